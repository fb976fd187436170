/**
 * Tabel 3 of `Afspraak SWV-profielen` 2024.1 §2.6: "Verplichte gegevenselementen in dossier volgens de
 * SWV-profielen" (why each element is mandatory: by the gegevensset, by the profile, or conditionally).
 */
import { doc2024 } from './sources.js';
import { LEERLING, METADATA, SCHOOL } from './paths.js';
import type { SwvTabel3Rij } from './types.js';

const T3 = doc2024('§2.6 Tabel 3');
const GS = 'Verplicht volgens gegevensset.';
const PR = 'Verplicht volgens profiel.';
const CV = 'Conditioneel verplicht';

function rij(xmlTag: string, path: string, waarde: string): SwvTabel3Rij {
  return { xmlTag, path, 'PO-SWV': waarde, 'VO-SWV': waarde, source: T3 };
}

/** Tabel 3, in the order printed (both profiles have the same column values). */
export const TABEL_3: readonly SwvTabel3Rij[] = [
  rij('metadata', METADATA, GS),
  rij('deeldossier', `${METADATA}/deeldossier`, GS),
  rij('pakketnaam', `${METADATA}/pakketnaam`, GS),
  rij('pakketversie', `${METADATA}/pakketversie`, GS),
  rij('datum', `${METADATA}/datum`, GS),
  rij('standaardversie', `${METADATA}/standaardversie`, GS),
  rij('validatieversie', `${METADATA}/validatieversie`, GS),
  rij('overstap', `${METADATA}/overstap`, PR),
  rij('overdrachtsoort', '/dossier/overdrachtsoort', GS),
  rij('huidigeschool', SCHOOL, GS),
  rij('naam', `${SCHOOL}/naam`, GS),
  rij('communicatielijst', `${SCHOOL}/communicatielijst`, PR),
  rij('brincode', `${SCHOOL}/brincode`, GS),
  rij('vestigingscode', `${SCHOOL}/vestigingscode`, GS),
  rij('leerling', LEERLING, GS),
  rij('voornaam', `${LEERLING}/voornaam`, 'Verplicht volgens profiel'),
  rij('achternaam', `${LEERLING}/achternaam`, 'Verplicht volgens gegevensset'),
  rij('geboortedatum', `${LEERLING}/geboortedatum`, 'Verplicht volgens profiel'),
  rij('adresgeheim', `${LEERLING}/adresgeheim`, 'Verplicht volgens profiel'),
  rij('adreslijst', `${LEERLING}/adreslijst`, CV),
  rij(
    'schoolloopbaan',
    `${LEERLING}/schoolloopbaanlijst/schoolloopbaan`,
    'Verplicht volgens profiel',
  ),
  rij('verzorger', `${LEERLING}/verzorger`, CV),
];
