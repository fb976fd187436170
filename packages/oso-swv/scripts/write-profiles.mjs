#!/usr/bin/env node
// Writes the JSON export of every SWV profile (profiles/<id>-<version>.json) from the built package
// (run `npm run build -w @edustandaard/oso-swv` first). Output folder: the first argument, default
// ./profiles next to this package. test/profiles-json.test.ts fails on drift (#15 item 1).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { SWV_PROFILE_IDS, SWV_VERSIONS } from '../dist/profiles-index.js';
import { swvProfileDocument, swvProfileFileName } from '../dist/profile-document.js';

const out = resolve(process.argv[2] ?? fileURLToPath(new URL('../profiles/', import.meta.url)));
mkdirSync(out, { recursive: true });
for (const version of SWV_VERSIONS)
  for (const id of SWV_PROFILE_IDS) {
    const file = resolve(out, swvProfileFileName(id, version));
    // Formatted as the repository's prettier check expects.
    const options = { ...(await resolveConfig(file)), parser: 'json' };
    const json = await format(JSON.stringify(swvProfileDocument(id, version)), options);
    writeFileSync(file, json);
    console.log(file);
  }
