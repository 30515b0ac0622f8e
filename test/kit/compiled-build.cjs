/**
 * The compiled build (`npm run build`: tsc to dist/, schema/ beside it) that the tests of the
 * compiled hub run (compiled-build, shutdown, the fault suite), built at most once while the sources
 * are unchanged: CI builds it once (.ci/run) and each of them reuses it. A second tsc of the whole
 * hub took most of a minute on 2 cores.
 *
 * Fresh means the stamp written when the last build started is newer than every input of it. The
 * stamp is written only after a build succeeded. A lock keeps parallel Jest workers from building
 * into dist/ together (and from building while another one is).
 */
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { setTimeout: sleep } = require('node:timers/promises');
const { promisify } = require('node:util');

const ROOT = path.join(__dirname, '..', '..');
const STAMP = path.join(ROOT, 'dist', '.build-stamp');
const LOCK = path.join(ROOT, 'dist.lock');
const INPUT_DIRECTORIES = ['platform', 'gateway', 'subgraphs', 'cli', 'demo', 'schema'];
const INPUT_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];
/** A lock older than this was left by a killed run (a build takes about a minute). */
const STALE_LOCK_MS = 10 * 60_000;

function newestInput() {
  let newest = 0;
  const visit = (entry) => {
    const stat = fs.statSync(entry, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) visit(path.join(entry, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const name of [...INPUT_DIRECTORIES, ...INPUT_FILES]) visit(path.join(ROOT, name));
  return newest;
}

function isFresh() {
  const stamp = fs.statSync(STAMP, { throwIfNoEntry: false });
  return stamp !== undefined && stamp.mtimeMs >= newestInput();
}

async function withLock(work) {
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const held = fs.statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds dist/ unless it is already built from the current sources. */
async function buildOnce() {
  if (isFresh()) return;
  await withLock(async () => {
    if (isFresh()) return;
    const started = new Date();
    fs.rmSync(STAMP, { force: true });
    await promisify(execFile)('npm', ['run', '-s', 'build'], { cwd: ROOT });
    // Dated when the build began: a source saved while tsc ran makes the next caller build again.
    fs.writeFileSync(STAMP, '');
    fs.utimesSync(STAMP, started, started);
  });
}

module.exports = { buildOnce };

// `node test/kit/compiled-build.cjs`: CI builds it beside the type check and lint, before the tests.
if (require.main === module) {
  buildOnce().catch((error) => {
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}${error.stack ?? error}\n`);
    process.exit(1);
  });
}
