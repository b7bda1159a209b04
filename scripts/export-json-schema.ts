// `npm run schema`: writes the board pack JSON Schema beside the packs, for editors.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packFileJsonSchema } from '../shared/board/json-schema.ts';

export const SCHEMA_PATH = join(import.meta.dirname, '..', 'resources', 'boards', 'board-pack.schema.json');

export function schemaText(): string {
  return `${JSON.stringify(packFileJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(SCHEMA_PATH, schemaText());
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
}
