/**
 * `npm run test:faults`: the fault suite (test/faults/*.faults.test.ts) against the distributed
 * deployment from the compiled build on PostgreSQL. Built once before the files run; the files run
 * one at a time (each starts a whole fleet of processes on a 2-core machine).
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  testTimeout: 300000,
  testMatch: ['<rootDir>/test/faults/**/*.faults.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/test/faults/build-once.cjs',
  maxWorkers: 1,
};
