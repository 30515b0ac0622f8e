/** Jest runs the TypeScript sources through SWC with decorator metadata (type-graphql and MikroORM need it). */
module.exports = {
  testEnvironment: 'node',
  testTimeout: 120000,
  // After the whole suite some handle (not yet found: each file alone exits at once) can keep Jest
  // alive, which would hang CI. Exit once the results are in.
  forceExit: true,
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2023' },
        module: { type: 'commonjs' },
      },
    ],
  },
  setupFiles: ['reflect-metadata'],
  // Two files at a time: each has a database of its own and every server listens on a free port;
  // builds and templates shared between files are built under a lock (test/kit/).
  maxWorkers: 2,
  // On PostgreSQL each file's database is a copy of a template migrated once per run (test/kit/template-database.ts).
  globalSetup: '<rootDir>/test/kit/global-setup.ts',
  globalTeardown: '<rootDir>/test/kit/global-teardown.ts',
  testMatch: ['<rootDir>/**/*.test.ts'],
  // The fault suite runs on its own (`npm run test:faults`, jest.faults.config.cjs).
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/faults/'],
};
