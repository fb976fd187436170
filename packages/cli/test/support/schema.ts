/** Validates a command's JSON output against the schema the package ships (schema/*.json). */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const ajv = new Ajv({ strict: false, allErrors: true });

/**
 * The validation errors of `data` against `schema/<file>` (empty when valid).
 * @param file - e.g. `select-summary.json`
 * @param data - the parsed output
 */
export function schemaErrors(file: string, data: unknown): string[] {
  const schema = JSON.parse(
    readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8'),
  ) as { $id: string };
  const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
  return validate(data)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
