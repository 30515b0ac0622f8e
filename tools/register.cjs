// Runs TypeScript sources in development and tests with decorator metadata (type-graphql and
// MikroORM need `design:type`), which tsx and Node's type stripping do not emit.
process.env.SWC_NODE_PROJECT ??= require('node:path').join(__dirname, '..', 'tsconfig.json');
require('reflect-metadata');
require('@swc-node/register');
