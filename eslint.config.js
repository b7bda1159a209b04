import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Node's own list, so a module added to Node is walled off as soon as it exists.
const nodeBuiltins = ['node:*', ...builtinModules, ...builtinModules.map((name) => `${name}/*`)];
const testSupport = ['**/testing/**', 'vitest', '@playwright/test'];
const coreInternals = ['**/core/*', '**/core/**/*', '!**/core/index.ts', '!**/core/index.js', '!**/core/index'];

/** Each folder may import only what its job needs; these walls are the architecture. */
function walls(...groups) {
  return {
    'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
  };
}

const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'dist-e2e/**',
      'node_modules/**',
      '.tools/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['shared/**'],
    rules: walls([
      [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3', '**/electron/**', '**/renderer/**'],
      'shared/ is pure: no Node, DOM, React or Electron, and nothing from the shells.',
    ]),
  },
  {
    files: ['renderer/**'],
    rules: walls([
      [...nodeBuiltins, 'electron', 'better-sqlite3', '**/electron/**'],
      'The renderer reaches the back end only through its API client.',
    ]),
  },
  {
    files: ['renderer/src/components/**', 'renderer/src/*.ts', 'renderer/src/*.tsx'],
    ignores: TESTS,
    rules: walls(
      [
        [...nodeBuiltins, 'electron', 'better-sqlite3', '**/electron/**'],
        'The renderer reaches the back end only through its API client.',
      ],
      [['**/api/client', '**/api/client.ts'], 'Components change state through named store actions, never the API.'],
      [testSupport, 'Test support stays out of the app.'],
    ),
  },
  {
    files: ['electron/core/**', 'electron/cli/**'],
    ignores: ['electron/core/db/**', ...TESTS],
    rules: walls(
      [
        ['electron', 'better-sqlite3', '**/renderer/**', '**/electron/main/**'],
        'Only electron/main imports electron; only electron/core/db touches the database.',
      ],
      [testSupport, 'Test support stays out of the app.'],
    ),
  },
  {
    files: ['electron/main/**', 'electron/host/**', 'electron/cli/**'],
    ignores: TESTS,
    rules: walls(
      [['better-sqlite3', '**/renderer/**'], 'The shells reach the database only through the core.'],
      [coreInternals, 'The shells and the command line use the core through its public entry, electron/core/index.ts.'],
      [testSupport, 'Test support stays out of the app.'],
    ),
  },
  {
    files: ['electron/host/**', 'electron/cli/**'],
    ignores: TESTS,
    rules: walls(
      [['electron', 'better-sqlite3', '**/renderer/**', '**/electron/main/**'], 'Only electron/main imports electron.'],
      [coreInternals, 'The shells and the command line use the core through its public entry, electron/core/index.ts.'],
      [testSupport, 'Test support stays out of the app.'],
    ),
  },
  {
    // The room listener runs in both shells and will move to the shared Node adapters: no shell of its own.
    files: ['electron/room/**'],
    ignores: TESTS,
    rules: walls(
      [
        ['electron', 'better-sqlite3', '**/renderer/**', '**/main/**', '**/host/**'],
        'The room listener is Electron-free and shell-free; it reaches the core through the object it is handed.',
      ],
      [coreInternals, 'The room listener uses the core through its public entry, electron/core/index.ts.'],
      [testSupport, 'Test support stays out of the app.'],
    ),
  },
  {
    files: ['electron/core/db/**'],
    ignores: TESTS,
    rules: walls(
      [['electron', '**/renderer/**', '**/electron/main/**'], 'The database module runs under plain Node.'],
      [testSupport, 'Test support stays out of the app.'],
    ),
  },
  {
    files: ['electron/preload/**'],
    rules: walls([
      [...nodeBuiltins, 'better-sqlite3', '**/electron/core/**', '**/renderer/**'],
      'The preload exposes the API client and nothing else.',
    ]),
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
