// Lint rules, including the table of which runtime folder may import which.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'worker_threads'];

function restrict(patterns, message) {
  return { group: patterns, message };
}

export default tseslint.config(
  { ignores: ['dist/**', '.tsbuild/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(['electron', 'better-sqlite3', 'react', 'react-dom', ...nodeBuiltins], 'shared/ is pure: no Node, no Electron, no DOM libraries.'),
            restrict(['**/electron/**', '**/renderer/**'], 'shared/ may not import from electron/ or renderer/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(['electron', 'react', 'react-dom'], 'electron/core runs under plain Node: never import electron or React.'),
            restrict(['**/renderer/**', '**/main/**', '**/preload/**'], 'electron/core may import shared/ only.'),
          ],
        },
      ],
    },
  },
  {
    // SQL lives in the repository layer: a statement anywhere else in the app is a repository's job.
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/db/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(prepare|pragma|exec)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]",
          message: 'SQL belongs in electron/core/db (a repository or a db helper), as a prepared statement.',
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [restrict(['react', 'react-dom', '**/renderer/**', '**/preload/**'], 'The main process may not import the renderer or the preload.')] },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(['better-sqlite3', 'zod', 'react', '**/core/**', '**/main/**', '**/renderer/**', ...nodeBuiltins], 'The preload may import electron and the channel list only.'),
            restrict(['**/shared/ipc/contract', '**/shared/ipc/*-contract', '**/shared/domain/**'], 'The preload allow-lists channel names; it never bundles the schemas.'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(['electron', 'better-sqlite3', ...nodeBuiltins], 'The renderer never sees Node, SQL or Electron.'),
            restrict(['**/electron/**'], 'The renderer talks to the main process only through window.api.'),
          ],
        },
      ],
    },
  },
  {
    // CommonJS on purpose: electron-builder's config and what the CommonJS-compiled specs load.
    files: ['build/**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.mjs', 'build/**/*.mjs', 'build/**/*.mts', 'build/**/*.cjs'],
    rules: { 'no-console': 'off' },
  },
);
