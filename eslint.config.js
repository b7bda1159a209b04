import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util'];

/** Each folder may import only what its job needs; these walls are the architecture. */
function walls(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] };
}

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
    rules: walls(
      [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3', '**/electron/**', '**/renderer/**'],
      'shared/ is pure: no Node, DOM, React or Electron, and nothing from the shells.',
    ),
  },
  {
    files: ['renderer/**'],
    rules: walls(
      [...nodeBuiltins, 'electron', 'better-sqlite3', '**/electron/**'],
      'The renderer reaches the back end only through its API client.',
    ),
  },
  {
    files: ['electron/core/**', 'electron/host/**', 'electron/cli/**'],
    ignores: ['electron/core/db/**'],
    rules: walls(
      ['electron', 'better-sqlite3', '**/renderer/**', '**/electron/main/**'],
      'Only electron/main imports electron; only electron/core/db touches the database.',
    ),
  },
  {
    files: ['electron/core/db/**'],
    rules: walls(['electron', '**/renderer/**', '**/electron/main/**'], 'The database module runs under plain Node.'),
  },
  {
    files: ['electron/preload/**'],
    rules: walls(
      [...nodeBuiltins, 'better-sqlite3', '**/electron/core/**', '**/renderer/**'],
      'The preload exposes the API client and nothing else.',
    ),
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
