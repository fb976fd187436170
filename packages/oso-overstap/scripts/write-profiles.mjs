#!/usr/bin/env node
// Writes the JSON export of every overstapprofiel (profiles/<id>-<version>.json) from the built
// package (run `npm run build -w @edustandaard/oso-overstap` first). Output folder: the first
// argument, default ./profiles next to this package. test/profiles-json.test.ts fails on drift.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import {
  OV_PROFILE_IDS,
  OV_VERSIONS,
  profileDocument,
  profileFileName,
} from '../dist/profiles-index.js';

const out = resolve(process.argv[2] ?? fileURLToPath(new URL('../profiles/', import.meta.url)));
mkdirSync(out, { recursive: true });
for (const version of OV_VERSIONS)
  for (const id of OV_PROFILE_IDS) {
    const file = resolve(out, profileFileName(id, version));
    // Formatted as the repository's prettier check expects.
    const options = { ...(await resolveConfig(file)), parser: 'json' };
    const json = await format(JSON.stringify(profileDocument(id, version)), options);
    writeFileSync(file, json);
    console.log(file);
  }
