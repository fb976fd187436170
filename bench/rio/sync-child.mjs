// Child process of bench/rio/run.mjs: runs the synchronisation plan over the generated exports and
// prints one JSON line with the plan projection, wall time and peak RSS of this process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planSync } from '@edustandaard/rio';

const [dir, bestuur] = process.argv.slice(2);
const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
const t0 = performance.now();
const plan = await planSync({ bestuur, rioDir: dir, sisFile: join(dir, 'sis.json'), config });
const ms = performance.now() - t0;
const items = plan.items.map((i) => ({
  categorie: i.categorie,
  entiteit: i.entiteit,
  rioCode: i.rioCode,
  rioCohortcode: i.rioCohortcode,
  sisSleutel: ['edu-dex', 'handmatig', 'verouderd', 'ontbreekt-in-sis'].includes(i.categorie)
    ? undefined
    : i.sisSleutel,
  cohorten: i.cohorten,
}));
process.stdout.write(
  JSON.stringify({
    ms,
    maxRssKiB: process.resourceUsage().maxRSS,
    items,
    samenvatting: plan.samenvatting,
    bronnen: plan.bronnen,
  }) + '\n',
);
