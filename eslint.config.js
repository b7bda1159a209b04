import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import walls from './scripts/eslint-walls.mjs';

/*
 * The walls between folders are the architecture. Each area lists what its files must not import;
 * every area a file lies in applies (scripts/eslint-walls.mjs resolves each import to where it lands,
 * and checks import(), require() and re-exports as well). scripts/lint-walls.test.ts feeds a probe
 * for every crossing to this config.
 */
const SHELLS = ['electron/main/', 'electron/preload/', 'electron/host/', 'electron/cli/'];
const TEST_SUPPORT = ['electron/testing/', 'scripts/synthetic/', 'vitest', '@playwright/test', 'fast-check'];
const OUTSIDE_THE_APP = ['scripts/', 'e2e/', 'bin/'];
const CORE_ENTRY = ['electron/core/index'];

const testSupport = { to: TEST_SUPPORT, message: 'Test support is for tests only.' };
const otherShells = (shell) => ({
  to: SHELLS.filter((other) => other !== shell),
  message: 'No shell imports another: what two shells share lives in electron/adapters/ or the core.',
});
const coreEntryOnly = {
  to: ['electron/core/'],
  except: CORE_ENTRY,
  message: 'The shells, adapters and scripts use the core through its public entry, electron/core/index.ts.',
};
const noDatabase = { to: ['better-sqlite3'], message: 'Only electron/core/db touches SQLite.' };
const noElectron = { to: ['electron'], message: 'Only electron/main and electron/preload import electron.' };
const noRenderer = { to: ['renderer/'], message: 'The renderer is reached over the API, never imported.' };

const areas = [
  {
    files: ['shared/'],
    tests: false,
    computed: false,
    refused: [
      {
        to: ['node:builtins', 'electron', 'react', 'react-dom', 'better-sqlite3', 'playwright-core'],
        message: 'shared/ is pure: no Node, DOM, React or Electron.',
      },
    ],
  },
  {
    files: ['shared/'],
    refused: [{ to: ['electron/', 'renderer/', ...OUTSIDE_THE_APP], message: 'shared/ imports nothing of the rest.' }],
  },
  {
    files: ['renderer/'],
    computed: false,
    refused: [
      {
        to: ['node:builtins', 'electron', 'better-sqlite3', 'electron/', 'e2e/', 'bin/'],
        message: 'The renderer reaches the back end only through its API client.',
      },
    ],
  },
  {
    files: ['renderer/'],
    except: ['renderer/src/api/'],
    refused: [{ to: ['shared/api/client'], message: 'The renderer reaches the back end only through its API client.' }],
  },
  {
    files: ['renderer/'],
    except: ['renderer/src/api/', 'renderer/src/stores/'],
    tests: false,
    refused: [
      {
        to: ['renderer/src/api/client'],
        message: 'Components change state through named store actions, never the API.',
      },
    ],
  },
  {
    files: ['renderer/'],
    tests: false,
    refused: [testSupport, { to: ['scripts/'], message: 'Scripts are not the app.' }],
  },
  {
    files: ['electron/core/'],
    tests: false,
    computed: false,
    refused: [
      noElectron,
      noRenderer,
      { to: [...SHELLS, 'electron/adapters/'], message: 'The core imports neither shell nor their adapters.' },
      { to: OUTSIDE_THE_APP, message: 'The app does not import scripts, tests or launchers.' },
      testSupport,
    ],
  },
  { files: ['electron/core/'], except: ['electron/core/db/'], tests: false, refused: [noDatabase] },
  {
    files: ['electron/core/reports/'],
    tests: false,
    refused: [
      {
        to: ['electron/core/db/', 'electron/core/dispatch', 'electron/core/index', 'electron/core/services/'],
        message: 'A report is built from what it is given: reports reach neither the database nor the dispatcher.',
      },
    ],
  },
  {
    files: ['electron/adapters/'],
    tests: false,
    computed: false,
    refused: [
      noElectron,
      noDatabase,
      noRenderer,
      coreEntryOnly,
      { to: SHELLS, message: 'Adapters serve the shells; they import none of them.' },
      { to: OUTSIDE_THE_APP, message: 'The app does not import scripts, tests or launchers.' },
      testSupport,
    ],
  },
  ...SHELLS.map((shell) => ({
    files: [shell],
    tests: false,
    computed: false,
    refused: [
      otherShells(shell),
      coreEntryOnly,
      noDatabase,
      noRenderer,
      { to: OUTSIDE_THE_APP, message: 'The app does not import scripts, tests or launchers.' },
      testSupport,
      ...(shell === 'electron/main/' || shell === 'electron/preload/' ? [] : [noElectron]),
    ],
  })),
  {
    files: ['electron/preload/'],
    refused: [
      {
        to: ['node:builtins', 'electron/core/', 'electron/adapters/'],
        message: 'The preload exposes the API client and nothing else.',
      },
    ],
  },
  {
    files: ['electron/testing/'],
    refused: [noElectron, noRenderer, { to: SHELLS.slice(0, 2), message: 'Test support runs under plain Node.' }],
  },
  {
    files: ['scripts/'],
    refused: [
      { ...noElectron, except: ['electron/package.json'] },
      noRenderer,
      {
        to: ['electron/main/', 'electron/preload/', 'electron/cli/', 'e2e/', 'bin/'],
        message: 'Scripts drive the app from outside.',
      },
    ],
  },
  { files: ['scripts/'], tests: false, refused: [coreEntryOnly] },
  {
    files: ['e2e/'],
    refused: [
      {
        to: ['electron/', 'renderer/', 'bin/', 'better-sqlite3'],
        // The command table is plain data (ids, labels, keys): the keyboard test presses every key it advertises.
        except: ['renderer/src/commands/table'],
        message: 'End-to-end tests drive the app from outside: through a browser, HTTP and the built app.',
      },
    ],
  },
  {
    files: ['bin/'],
    refused: [
      {
        to: ['electron/', 'renderer/', 'shared/', 'scripts/', 'e2e/', 'electron', 'better-sqlite3'],
        except: ['electron/cli/boardwalk', 'electron/host/main'],
        message: 'The launcher starts the command line or the browser host, and nothing else.',
      },
    ],
  },
];

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
    plugins: { walls },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'walls/imports': ['error', { areas }],
    },
  },
  {
    files: ['renderer/**'],
    // The participant page's own client is the only way that page reaches the room listener.
    ignores: ['renderer/src/api/**', 'renderer/participant/roomClient.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['fetch', 'EventSource', 'XMLHttpRequest', 'WebSocket'].map((name) => ({
          name,
          message: 'The renderer reaches the back end only through its API client.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
