/**
 * Compiles the build the fault suite runs (`npm run build`: tsc to dist/, schema/ beside it), unless
 * `npm test` (or CI) already built the same sources (test/kit/compiled-build.cjs).
 */
const { buildOnce } = require('../kit/compiled-build.cjs');

module.exports = () => buildOnce();
