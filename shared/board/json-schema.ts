import { z } from 'zod';
import { packFileSchema } from './schema.ts';

/** The JSON Schema of one pack file, for editors; generated from the zod schema so the two never drift. */
export function packFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(packFileSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Boardwalk board pack file',
    description: 'One YAML file of a Boardwalk board pack; a pack is the union of its files.',
  };
}
