import { readFileSync, writeFileSync } from 'node:fs';
import { render, select, validate } from '@edustandaard/oso-overstap';
import { write } from '@edustandaard/oso';

// Profile from overdrachtsoort + metadata/overstap, version from the namespace.
const report = validate(readFileSync('dossier.xml'), { file: 'dossier.xml' });
if (!report.valid) for (const i of report.issues) console.log(i.code, i.path, i.message);

// Selective export: only what POVO allows, two optional categories switched off.
const povo = select(readFileSync('volledig.xml'), 'POVO', { optOut: ['verzuim', 'cijferlijsten'] });
for (const c of povo.changes) console.log(c.action, c.code, c.path, c.reason);
writeFileSync('povo.xml', write(povo.dossier, { version: povo.version }));

writeFileSync('weergave.html', render(readFileSync('dossier.xml')));
