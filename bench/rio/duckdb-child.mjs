// Child process of bench/rio/run.mjs: DuckDB doing the same work as the sync's RIO side — read the ten
// exports in DUO's real layout, resolve one ONDERWIJSBESTUURID through the relation table, select its
// aangeboden opleidingen, their opleidingseenheden and cohorts — and print the counts, wall time and
// peak RSS of this process.
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const [dir, bestuur] = process.argv.slice(2);
const t0 = performance.now();
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const peildatum = process.argv[4] ?? '2026-01-01';
const csv = (name) =>
  `read_csv('${join(dir, name + '.csv')}', delim=',', header=true, quote='"', escape='"', all_varchar=true)`;
const union = (names, cols, where) =>
  names.map((n) => `SELECT ${cols} FROM ${csv(n)} WHERE ${where}`).join(' UNION ALL ');
// DUO's real layout: bestuur -> aanbieders (relation table) -> aangeboden opleidingen ->
// opleidingseenheden and cohorts, as planSync reads it.
const sql = `
WITH rel AS (
  SELECT ONDERWIJSAANBIEDERID FROM ${csv('relaties_onderwijsbesturen_onderwijsaanbieders')}
  WHERE ONDERWIJSBESTUURID = '${bestuur}' AND (EINDDATUM IS NULL OR EINDDATUM >= '${peildatum}')
), ao AS (
  ${union(['aangeboden_nfo_opleidingen', 'aangeboden_ho_opleidingen', 'aangeboden_ho_opleidingsonderdelen'], 'AANGEBODEN_OPLEIDINGCODE, OPLEIDINGSEENHEIDCODE, EIGEN_AANGEBODEN_OPLEIDINGSLEUTEL, EIGENNAAM, BEGINDATUM_PERIODE', 'ONDERWIJSAANBIEDERID IN (SELECT * FROM rel)')}
), oe AS (
  ${union(['nfo_opleidingen', 'ho_opleidingen', 'ho_opleidingsonderdelen'], 'OPLEIDINGSEENHEIDCODE, EIGEN_OPLEIDINGSEENHEIDSLEUTEL, NAAM_LANG, BEGINDATUM, EINDDATUM', 'OPLEIDINGSEENHEIDCODE IN (SELECT OPLEIDINGSEENHEIDCODE FROM ao)')}
), co AS (
  ${union(['aangeboden_nfo_opleiding_cohorten', 'aangeboden_ho_opleiding_cohorten', 'aangeboden_ho_opleidingsonderdeel_cohorten'], 'AANGEBODEN_OPLEIDINGCODE, COHORTCODE', 'AANGEBODEN_OPLEIDINGCODE IN (SELECT AANGEBODEN_OPLEIDINGCODE FROM ao)')}
)
SELECT (SELECT count(DISTINCT OPLEIDINGSEENHEIDCODE) FROM oe) AS oe,
       (SELECT count(DISTINCT AANGEBODEN_OPLEIDINGCODE) FROM ao) AS ao,
       (SELECT count(*) FROM co) AS co`;
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
