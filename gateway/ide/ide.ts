// Offline GraphQL IDE. Government networks have no internet access, so the usual CDN-hosted
// GraphiQL page (and Apollo's landing page) cannot load there: GraphiQL, React and the boot
// script are served from this process, out of node_modules, and a strict CSP forbids any
// other origin so a missed asset fails loudly instead of silently calling out.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Express, NextFunction, Request, Response } from 'express';

const DEFAULT_TITLE = '党建引领基层治理联邦图 · GraphQL';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // React and CodeMirror set inline styles
  "img-src 'self' data:",
  "font-src 'self' data:", // graphiql.min.css embeds its fonts as data: URIs
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

/** A file of an installed package; resolved through package.json since these packages' `exports` hide their UMD builds. */
function packageFile(pkg: string, file: string): Buffer {
  return readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file));
}

function asset(body: Buffer | string, type: string): Asset {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return { body: buf, type, etag: `"${createHash('sha256').update(buf).digest('base64url').slice(0, 22)}"` };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function bootScript(url: string): string {
  return `'use strict';
(function () {
  var fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(url)} });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: 'headers', // where the Authorization: Bearer header goes
    }),
  );
})();
`;
}

/** Serves GraphiQL at `path` for browser GETs (Accept: text/html) and its assets under `${path}/__ide/`. Other requests fall through to next(). */
export function mountIde(app: Express, options: { path: string; title?: string }): void {
  const { path } = options;
  const base = `${path}/__ide`;
  // Read once at mount: a missing package fails at startup, not on a user's first visit.
  const assets = new Map<string, Asset>([
    ['react.js', asset(packageFile('react', 'umd/react.production.min.js'), JS)],
    ['react-dom.js', asset(packageFile('react-dom', 'umd/react-dom.production.min.js'), JS)],
    ['graphiql.js', asset(packageFile('graphiql', 'graphiql.min.js'), JS)],
    ['graphiql.css', asset(packageFile('graphiql', 'graphiql.min.css'), CSS)],
    ['boot.js', asset(bootScript(path), JS)],
  ]);
  // Content hashes in the query string let the assets be cached forever yet change on upgrade.
  const href = (name: string) => `${base}/${name}?v=${assets.get(name)!.etag.slice(1, 13)}`;
  const scripts = ['react.js', 'react-dom.js', 'graphiql.js', 'boot.js'].map((name) => `<script src="${href(name)}"></script>`).join('\n');
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title ?? DEFAULT_TITLE)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${href('graphiql.css')}">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">正在加载 GraphiQL…</div>
${scripts}
</body>
</html>
`;

  app.get(path, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || !(req.headers.accept ?? '').includes('text/html')) return next();
    res.set({
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.type('html').send(html);
  });

  app.get(`${base}/:file`, (req: Request, res: Response, next: NextFunction) => {
    const found = assets.get(String(req.params.file));
    if (!found) return next();
    res.set({
      'Content-Type': found.type,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      ETag: found.etag,
    });
    res.send(found.body); // express answers 304 itself when If-None-Match matches the ETag
  });
}
