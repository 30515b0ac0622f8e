// Lint rules that hold the architecture, on top of the recommended TypeScript rules:
// - only the config module reads process.env (everything else is handed a parsed Config);
// - a subgraph imports another subgraph only through that subgraph's public/ folder;
// - the platform imports no subgraph, gateway, CLI or demo code.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SUBGRAPHS = readdirSync(path.join(import.meta.dirname, 'subgraphs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const noProcessEnv = {
  'no-restricted-properties': [
    'error',
    { object: 'process', property: 'env', message: 'Read configuration through platform/config (loadConfig), not process.env.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'test/kit/graphql/', 'dist/', '.dist-test-*/', 'data/', 'schema/', 'tools/*.cjs', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      ...noProcessEnv,
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Plain CommonJS preloaded into child processes (`node -r`), e.g. the test kit's outbound recorder.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', process: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The one place that reads the environment, and the test kit's own settings.
    files: ['platform/config/**/*.ts', 'platform/testing/test-settings.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/subgraphs', '**/subgraphs/**', '**/gateway', '**/gateway/**', '**/cli/**', '**/demo/**'],
              message: 'The platform is shared plumbing: it imports no subgraph, gateway, CLI or demo code.',
            },
          ],
        },
      ],
    },
  },
  ...SUBGRAPHS.map((name) => ({
    files: [`subgraphs/${name}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: SUBGRAPHS.filter((other) => other !== name).map((other) => ({
            group: [`**/${other}/**`, `!**/${other}/public`, `!**/${other}/public/**`],
            message: `A subgraph may import only ${other}/public/ of the ${other} subgraph.`,
          })),
        },
      ],
    },
  })),
);
