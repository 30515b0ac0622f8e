// Preloaded into a hub process by the benchmark (`node -r ./bench/sql-counter.cjs dist/cli/…`): it
// counts every SQL statement the process sends (node-postgres, or the embedded PGlite) and answers
// the benchmark over the IPC channel. Counting is an increment per statement; recording the
// statements' text (for EXPLAIN ANALYZE) happens only between `record` and `stop` messages.
// Plain CommonJS so it loads into the compiled build without a TypeScript loader.
'use strict';

const counts = { orm: 0, nonce: 0 };
let recording = null;

function seen(sql) {
  const text = typeof sql === 'string' ? sql : sql && typeof sql.text === 'string' ? sql.text : '';
  // The nonce store's one insert per signed request is counted apart from the subgraph's own work.
  if (text.includes('seen_nonces')) counts.nonce++;
  else counts.orm++;
  if (recording && recording.length < 500) recording.push(text);
}

function wrap(prototype, method) {
  const original = prototype[method];
  if (typeof original !== 'function') return;
  prototype[method] = function counted(sql, ...rest) {
    seen(sql);
    return original.call(this, sql, ...rest);
  };
}

try {
  wrap(require('pg').Client.prototype, 'query');
} catch {
  // no node-postgres in this process
}
try {
  const { PGlite } = require('@electric-sql/pglite');
  wrap(PGlite.prototype, 'query');
  wrap(PGlite.prototype, 'exec');
  // Statements inside a transaction go through the transaction object, not the instance.
  const transaction = PGlite.prototype.transaction;
  PGlite.prototype.transaction = function counted(callback) {
    return transaction.call(this, (tx) => {
      wrap(tx, 'query');
      wrap(tx, 'exec');
      return callback(tx);
    });
  };
} catch {
  // no PGlite in this process
}

if (process.send) {
  process.on('message', (message) => {
    if (!message || typeof message.benchSql !== 'string') return;
    if (message.benchSql === 'record') recording = [];
    const statements = message.benchSql === 'stop' ? recording : undefined;
    if (message.benchSql === 'stop') recording = null;
    process.send({ benchSql: message.benchSql, id: message.id, counts: { ...counts }, statements });
  });
  // The channel must not keep a process alive that is asked to exit.
  if (process.channel) process.channel.unref();
}
