/**
 * Edu-V identifiers from `@edustandaard/identifiers`: `IDENTIFIER_TYPES` (per technical term: type,
 * description, format, normalisation, example, documentation), `identifierTables` (the agreement's
 * tables per level, primary first and secondaries in the documented order) and `GEEN_ECK_ID_SITUATIES`.
 */
import {
  arrayExport,
  importPackage,
  objectExport,
  packageInfo,
  type PackageInfo,
  type SourceLike,
} from './packages.ts';

export type { SourceLike } from './packages.ts';

export interface IdentifierType {
  term: string;
  type: string;
  description?: string;
  format?: {
    description?: string;
    published?: boolean;
    pattern?: string | null;
    checkCharacter?: string | null;
    sources?: SourceLike[];
  };
  normalisation?: string;
  example?: string | null;
  exampleOf?: string;
  documentation?: { title: string; url: string };
}

export interface IdentifierTableRow {
  niveau: string;
  rang: string;
  type: string;
  term: string;
  formaatEnVoorbeeld?: string;
  example?: string | null;
  exampleOf?: string;
  documentation?: { title: string; url: string };
}

export interface IdentifierTable {
  niveau: string;
  section: string;
  toelichting?: string;
  rows: IdentifierTableRow[];
}

export interface IdentifiersData {
  pkg: PackageInfo;
  types: Record<string, IdentifierType>;
  tables: IdentifierTable[];
  geenEckId: { id: string; omschrijving: string }[];
  geenEckIdBron: SourceLike | null;
}

/** Loads the identifier data, or `null` when the package does not export its tables yet. */
export async function loadIdentifiers(): Promise<IdentifiersData | null> {
  const mod = await importPackage('@edustandaard/identifiers');
  const types = objectExport<Record<string, IdentifierType>>(mod, 'IDENTIFIER_TYPES');
  const tables = arrayExport<IdentifierTable>(mod, 'identifierTables');
  if (!types || !tables || tables.length === 0) return null;
  return {
    pkg: packageInfo('@edustandaard/identifiers'),
    types,
    tables: [...tables],
    geenEckId: [
      ...(arrayExport<{ id: string; omschrijving: string }>(mod, 'GEEN_ECK_ID_SITUATIES') ?? []),
    ],
    geenEckIdBron: objectExport<SourceLike>(mod, 'GEEN_ECK_ID_BRON'),
  };
}
