/** The decoded dossier types per version (generated from the XSD; see src/generated/types-*.ts). */
import type { Dossier as Dossier2019 } from './generated/types-2019.1.js';
import type { Dossier as Dossier2024 } from './generated/types-2024.1.js';

export type { Dossier2019, Dossier2024 };

/** A dossier of either version. */
export type Dossier = Dossier2019 | Dossier2024;

/**
 * A dossier as the generic profile code handles it (selective export, migration, render): the content
 * of the root element `dossier` as a plain decoded object. `write()` accepts it beside the typed
 * {@link Dossier}; the encoder checks it against the schema descriptor either way.
 */
export type DecodedDossier = Record<string, unknown>;
