// `npm run schema`: writes the JSON Schemas kept in resources/: the board pack's, for editors, and
// the JSON report export's, for whoever reads the exports.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packFileJsonSchema } from '../shared/board/json-schema.ts';
import { reportJsonSchema } from '../electron/core/index.ts';

const RESOURCES = join(import.meta.dirname, '..', 'resources');
export const SCHEMA_PATH = join(RESOURCES, 'boards', 'board-pack.schema.json');
export const REPORT_SCHEMA_PATH = join(RESOURCES, 'report', 'report.schema.json');

const asText = (schema: Record<string, unknown>) => `${JSON.stringify(schema, null, 2)}\n`;

export function schemaText(): string {
  return asText(packFileJsonSchema());
}

export function reportSchemaText(): string {
  return asText(reportJsonSchema());
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(SCHEMA_PATH, schemaText());
  writeFileSync(REPORT_SCHEMA_PATH, reportSchemaText());
  process.stdout.write(`wrote ${SCHEMA_PATH}\nwrote ${REPORT_SCHEMA_PATH}\n`);
}
