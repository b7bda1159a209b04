import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * The folder walls as one lint rule. An import is judged by where it lands, not by how it is
 * spelled: a relative path is resolved against the importing file, so `../main/x.ts` from
 * electron/host is electron/main whatever the number of `../`. Static imports, re-exports,
 * `import()` and `require()` are all checked; an `import()` whose source is computed cannot be
 * judged, so areas that say `computed: false` refuse it.
 *
 * Options: `{ areas: [{ files, except?, tests?, computed?, refused: [{ to, except?, message }] }] }`.
 * `files`/`to` are project paths (a folder ends with `/`, a file is named without its extension) or
 * package names (`node:builtins` stands for every Node module). Every area a file lies in applies.
 */

/** @typedef {{ package?: string, path?: string }} Target */
/** @typedef {{ to: string[], except?: string[], message: string }} Wall */
/** @typedef {{ files: string[], except?: string[], tests?: boolean, computed?: boolean, refused: Wall[] }} Area */

const ROOT = resolve(import.meta.dirname, '..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const TEST_FILE = /(\.test\.tsx?|\.spec\.ts)$|(^|\/)testing\//;

const withoutExtension = (/** @type {string} */ path) => path.replace(/\.(ts|tsx|js|mjs|cjs)$/, '');

/**
 * A project path (`electron/core/`, `electron/core/index`) or a package name, as its entry says.
 * @param {Target} target
 * @param {string[]} entries
 */
function lies(target, entries) {
  return entries.some((entry) => {
    if (entry === 'node:builtins') return target.package !== undefined && isBuiltin(target.package);
    if (target.package !== undefined) return target.package === entry || target.package.startsWith(`${entry}/`);
    const path = target.path ?? '';
    return entry.endsWith('/') ? path.startsWith(entry) : path === entry;
  });
}

/** @param {string} name */
function isBuiltin(name) {
  return name.startsWith('node:') || NODE_BUILTINS.has(name) || NODE_BUILTINS.has(name.split('/')[0] ?? '');
}

/**
 * Where an import lands: a project path without extension, or a package name.
 * @param {string} source
 * @param {string} file
 * @returns {Target}
 */
function targetOf(source, file) {
  if (!source.startsWith('.') && !source.startsWith('/')) return { package: source };
  const absolute = resolve(dirname(file), source);
  return { path: withoutExtension(relative(ROOT, absolute).split(sep).join('/')) };
}

/**
 * @param {string} file
 * @param {Area[]} areas
 */
function areasOf(file, areas) {
  const path = relative(ROOT, file).split(sep).join('/');
  const target = { path: withoutExtension(path) };
  const test = TEST_FILE.test(path);
  return areas.filter(
    (area) =>
      lies(target, area.files) && !lies(target, area.except ?? []) && (area.tests === undefined || area.tests === test),
  );
}

/** @type {any} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only what its job needs (the architecture as walls).' },
    schema: [{ type: 'object', properties: { areas: { type: 'array' } }, additionalProperties: false }],
    messages: {
      refused: "'{{source}}' crosses a wall: {{message}}",
      computed: 'An import() with a computed source cannot be checked against the walls; name the module.',
    },
  },
  /** @param {any} context */
  create(context) {
    const areas = areasOf(context.filename, context.options[0]?.areas ?? []);
    if (areas.length === 0) return {};
    /**
     * @param {any} node
     * @param {any} sourceNode
     */
    const check = (node, sourceNode) => {
      const computed = !sourceNode || sourceNode.type !== 'Literal' || typeof sourceNode.value !== 'string';
      if (computed) {
        if (areas.some((area) => area.computed === false)) context.report({ node, messageId: 'computed' });
        return;
      }
      const target = targetOf(sourceNode.value, context.filename);
      for (const area of areas)
        for (const wall of area.refused)
          if (lies(target, wall.to) && !lies(target, wall.except ?? [])) {
            context.report({ node, messageId: 'refused', data: { source: sourceNode.value, message: wall.message } });
            return;
          }
    };
    return {
      ImportDeclaration: (/** @type {any} */ node) => check(node, node.source),
      ExportNamedDeclaration: (/** @type {any} */ node) => node.source && check(node, node.source),
      ExportAllDeclaration: (/** @type {any} */ node) => check(node, node.source),
      ImportExpression: (/** @type {any} */ node) => check(node, node.source),
      TSImportEqualsDeclaration: (/** @type {any} */ node) =>
        node.moduleReference.type === 'TSExternalModuleReference' && check(node, node.moduleReference.expression),
      CallExpression: (/** @type {any} */ node) => {
        const callee = node.callee;
        const isRequire =
          (callee.type === 'Identifier' && callee.name === 'require') ||
          (callee.type === 'MemberExpression' &&
            callee.object.name === 'require' &&
            callee.property.name === 'resolve');
        if (isRequire) check(node, node.arguments[0]);
      },
    };
  },
};

export default { meta: { name: 'boardwalk-walls' }, rules: { imports: rule } };
