// Child process of bench/rio/run.mjs: DuckDB doing the same work as the sync's RIO side — read the six
// exports, filter on one OB_ID, join the cohorts to the bestuur's aangeboden opleidingen — and print
// the counts, wall time and peak RSS of this process.
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const [dir, bestuur] = process.argv.slice(2);
const t0 = performance.now();
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const csv = (name) =>
  `read_csv('${join(dir, name + '.csv')}', delim=';', header=true, quote='"', all_varchar=true)`;
const sql = `
WITH oe AS (
  SELECT OPLEIDINGSEENHEIDCODE, EIGENOPLEIDINGSEENHEIDSLEUTEL, NAAMLANG, BEGINDATUM, EINDDATUM FROM ${csv('nfo_opleidingen')} WHERE ONDERWIJSBESTUURCODE = '${bestuur}'
  UNION ALL SELECT OPLEIDINGSEENHEIDCODE, EIGENOPLEIDINGSEENHEIDSLEUTEL, NAAMLANG, BEGINDATUM, EINDDATUM FROM ${csv('ho_opleidingen')} WHERE ONDERWIJSBESTUURCODE = '${bestuur}'
  UNION ALL SELECT OPLEIDINGSEENHEIDCODE, EIGENOPLEIDINGSEENHEIDSLEUTEL, NAAMLANG, BEGINDATUM, EINDDATUM FROM ${csv('ho_opleidingsonderdelen')} WHERE ONDERWIJSBESTUURCODE = '${bestuur}'
), ao AS (
  SELECT AANGEBODENOPLEIDINGCODE, EIGENAANGEBODENOPLEIDINGSLEUTEL FROM ${csv('aangeboden_nfo_opleidingen')} WHERE ONDERWIJSBESTUURCODE = '${bestuur}'
  UNION ALL SELECT AANGEBODENOPLEIDINGCODE, EIGENAANGEBODENOPLEIDINGSLEUTEL FROM ${csv('aangeboden_ho_opleidingsonderdelen')} WHERE ONDERWIJSBESTUURCODE = '${bestuur}'
), co AS (
  SELECT c.AANGEBODENOPLEIDINGCODE, c.COHORTCODE FROM ${csv('aangeboden_nfo_opleiding_cohorten')} c JOIN ao USING (AANGEBODENOPLEIDINGCODE)
)
SELECT (SELECT count(*) FROM oe) AS oe, (SELECT count(*) FROM ao) AS ao, (SELECT count(*) FROM co) AS co`;
const reader = await con.runAndReadAll(sql);
const [row] = reader.getRowObjects();
const ms = performance.now() - t0;
process.stdout.write(
  JSON.stringify({
    ms,
    maxRssKiB: process.resourceUsage().maxRSS,
    counts: Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])),
  }) + '\n',
);
