/** Compiles the build the fault suite runs (`npm run build`: tsc to dist/, schema/ beside it). */
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async () => {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: path.join(__dirname, '..', '..'), stdio: 'inherit' });
};
