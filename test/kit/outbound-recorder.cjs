// Preloaded into a hub process under test (`node -r ./test/kit/outbound-recorder.cjs …`): every
// attempt to open a TCP connection to, or resolve a name of, anything but this machine is written
// to stderr as one `OUTBOUND-ATTEMPT {…}` line and refused, so the test sees it and nothing leaves.
// Plain CommonJS so it loads into the compiled build as well as the TypeScript sources.
'use strict';
const net = require('node:net');
const dns = require('node:dns');

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.', 'ip6-localhost']);

function isLocal(host) {
  if (host === undefined || host === null || host === '') return true; // net defaults to localhost
  const name = String(host)
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (LOOPBACK_NAMES.has(name) || name.endsWith('.localhost')) return true;
  if (name === '::1' || name === '::' || name === '0.0.0.0') return true;
  return /^(::ffff:)?127\./.test(name);
}

function record(kind, target) {
  process.stderr.write(`OUTBOUND-ATTEMPT ${JSON.stringify({ kind, target })}\n`);
}

function refusal(target) {
  return Object.assign(new Error(`outbound call to ${target} refused by the test`), { code: 'ECONNREFUSED' });
}

// net.connect, http, https, undici (fetch) and tls all end in Socket.prototype.connect.
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function recordedConnect(...args) {
  // Node passes its own normalised [options, callback] array; users pass (options), (port, host) or (path).
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options =
    typeof first === 'object' && first !== null
      ? first
      : typeof first === 'number' || /^\d+$/.test(String(first))
        ? { port: first, host: typeof args[1] === 'string' ? args[1] : undefined }
        : { path: first };
  if (!options.path && !isLocal(options.host)) {
    const target = `${options.host}:${options.port}`;
    record('connect', target);
    process.nextTick(() => this.destroy(refusal(target)));
    return this;
  }
  return connect.apply(this, args);
};

function guardLookup(original, kind) {
  return function recordedLookup(hostname, ...rest) {
    if (isLocal(hostname) || net.isIP(String(hostname))) return original.call(this, hostname, ...rest);
    record(kind, String(hostname));
    const callback = rest.findLast((arg) => typeof arg === 'function');
    const error = Object.assign(new Error(`name lookup of ${hostname} refused by the test`), { code: 'ENOTFOUND', hostname });
    if (callback) return void process.nextTick(() => callback(error));
    return Promise.reject(error);
  };
}

for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  dns[name] = guardLookup(dns[name], `dns.${name}`);
  dns.promises[name] = guardLookup(dns.promises[name], `dns.promises.${name}`);
}
