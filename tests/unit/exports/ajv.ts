/**
 * A JSON Schema validator for plan.json as a data user would set one up: Ajv for draft 2020-12,
 * with the two string formats the schema uses ("date" and "uri") checked, not ignored.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';

export function planValidator(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  return ajv.compile(schema);
}
