import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPORT_SCHEMA_PATH, reportSchemaText, SCHEMA_PATH, schemaText } from './export-json-schema.ts';

describe('the board pack JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText());
  });

  it('describes the top-level sections and the item kinds', () => {
    const schema = JSON.parse(schemaText());
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['board', 'layers', 'nodes', 'edges', 'items', 'context', 'traceability']),
    );
    expect(JSON.stringify(schema.properties.items)).toContain('decision-rule');
    expect(schema.additionalProperties).toBe(false);
  });

  it('is referenced by the shipped packs for editors', () => {
    const first = readFileSync(new URL('../resources/boards/webshop-migration/board.yaml', import.meta.url), 'utf8');
    expect(first.split('\n')[0]).toBe('# yaml-language-server: $schema=../board-pack.schema.json');
    expect(parse(first).board.id).toBe('webshop-migration');
  });
});

describe('the JSON Schema of the report export', () => {
  it('is up to date with the report model (run `npm run schema` after changing it)', () => {
    expect(readFileSync(REPORT_SCHEMA_PATH, 'utf8')).toBe(reportSchemaText());
  });

  it('is documented: a title, a description, and descriptions on the fields that need one', () => {
    const schema = JSON.parse(reportSchemaText());
    expect(schema.title).toBe('Boardwalk decision report');
    expect(schema.description).toMatch(/boardwalk-report/);
    expect(schema.properties.version.const).toBe(2);
    expect(schema.$id).toMatch(/^urn:boardwalk:report-schema:v2$/);
    expect(schema.properties.$schema).toBeDefined();
    expect(JSON.stringify(schema.properties.items)).toMatch(/Private/);
    expect(JSON.stringify(schema)).toContain('Who made the change');
  });
});
