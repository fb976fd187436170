/**
 * @edustandaard/oso — the OSO gegevensset (overstapdossier) 2019.1 and 2024.1: typed model, schema
 * descriptors, XML read/write, code lists, categories of selectief uitleveren, base validation and
 * migration.
 * @packageDocumentation
 */
export {
  OSO_VERSIONS,
  OSO_VERSION_INFO,
  OSO_SCHEMAS,
  compiledSchema,
  assertVersion,
  versionOfNamespace,
  type OsoVersion,
} from './versions.js';
export type { DecodedDossier, Dossier, Dossier2019, Dossier2024 } from './model.js';
export type * as Oso2019 from './generated/types-2019.1.js';
export type * as Oso2024 from './generated/types-2024.1.js';
export {
  read,
  detectVersion,
  structuralContext,
  type ReadOptions,
  type ReadResult,
} from './read.js';
export { OSO_XSD_MESSAGES } from './messages.js';
export { write, type WriteOptions } from './write.js';
export type { ElementRow } from './element-row.js';
export type { Codelijst } from './codelijst-type.js';
export type { Categorie } from './categorie-type.js';
export type { RuleInventoryEntry } from './rule-types.js';
export { elementTable, OSO_ELEMENTS_2019_1, OSO_ELEMENTS_2024_1 } from './elements.js';
export {
  codelijsten,
  codelistMap,
  OSO_CODELIJSTEN_2019_1,
  OSO_CODELIJSTEN_2024_1,
} from './codelijsten.js';
export {
  categorieen,
  CATEGORIE_WAARDEN,
  OSO_CATEGORIEEN_2019_1,
  OSO_CATEGORIEEN_2024_1,
  type CategorieWaarde,
} from './categorieen.js';
export {
  OSO_RULES_2019_1,
  OSO_RULES_2024_1,
  OSO_BASE_PROFILES,
  osoBaseProfile,
  osoRules,
  type OsoRule,
  type Divergence,
} from './rules.js';
export { OSO_RULE_INVENTORY_2019_1 } from './generated/rules-2019.1.js';
export {
  validate,
  validateDecoded,
  validateStructure,
  type ValidateOptions,
  type ValidateDecodedOptions,
} from './validate.js';
export {
  readDossier,
  type DossierInput,
  type ReadDossierOptions,
  type ReadDossier,
} from './input.js';
export {
  selectAll,
  selectLazy,
  pathOf,
  scalar,
  indexRows,
  osoNavigator,
  selectLazyFrom,
  type Located,
  type LazyNode,
  type RowIndex,
} from './navigate.js';
export { migrate, type MigrationEntry, type MigrationResult } from './migrate.js';
export { render, escapeHtml, type RenderInput, type RenderOptions } from './render.js';
export { CODE_LABELS, type CodeLabels } from './code-labels.js';
export {
  OSO_CHANGES_2024_1,
  OSO_CHANGES_2024_1_SEARCH,
  renamePath,
  type OsoChange,
} from './changes.js';
export {
  OSO_DERIVATIONS_2019_1,
  OSO_DERIVATIONS_2024_1,
  OSO_DERIVATION_DATA_2019_1,
  OSO_DERIVATION_DATA_2024_1,
  osoResolvedDerivations,
  OSO_ADRES,
  OSO_AFGENOMENDOOR,
  OSO_COMMUNICATIE,
  OSO_DOORSTROOMTOETSRESULTAAT,
  OSO_LEERLING,
  OSO_PERSOON,
  OSO_SCHOOL,
  OSO_TOETS,
  OSO_RULES,
  carriedIdentifier,
  osoToCentral,
  osoLeerlingFromCentral,
  osoSchoolFromCentral,
  type OsoCentral,
} from './derivations.js';
export { OSO_MANIFEST, OSO_MANIFEST_2019_1 } from './manifest.js';
export { OSO_XSLT_DEAD_CHECKS_2019_1 } from './generated/xslt-dead-checks-2019.1.js';

/** The afsprakenset versions this package implements (issue #13: data, not the package version). */
export { OSO_VERSIONS as AFSPRAKENSET_VERSIONS } from './versions.js';
