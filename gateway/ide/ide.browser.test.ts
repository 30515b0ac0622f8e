// Drives the offline GraphiQL page in a real Chromium (Debian's /usr/bin/chromium) and checks that it
// renders, runs a query against a real GraphQL endpoint, and never asks anything of another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { buildSchema, graphql } from 'graphql';
import { chromium } from 'playwright-core';
import { mountIde } from './ide';

const schema = buildSchema('type Query { hello: String }');
const rootValue = { hello: () => '你好' };
const authorizations: (string | undefined)[] = [];

async function startServer(): Promise<{ server: Server; origin: string }> {
  const app = express();
  mountIde(app, { path: '/graphql' });
  app.post('/graphql', express.json(), async (req, res) => {
    const { query, variables, operationName } = req.body ?? {};
    authorizations.push(req.headers.authorization);
    res.json(await graphql({ schema, source: String(query), rootValue, variableValues: variables, operationName }));
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('GraphiQL renders offline and runs a query against the same origin', async () => {
  const { server, origin } = await startServer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));

    const response = await page.goto(`${origin}/graphql`);
    assert.equal(response?.status(), 200);
    assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    assert.equal(await page.title(), '党建引领基层治理联邦图 · GraphQL');

    // The editor renders, headers editor included.
    const queryEditor = page.locator('.graphiql-query-editor .CodeMirror');
    await queryEditor.waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.graphiql-editor-tools button.active', { hasText: 'Headers' }).waitFor();
    // The hidden (variables) editor stays laid out, only marked `.hidden`.
    const headersEditor = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror');
    await headersEditor.waitFor();

    // Set `{ hello }` and a bearer token through CodeMirror (typing would fight its bracket auto-closing).
    type Cm = { CodeMirror: { setValue(value: string): void } };
    await queryEditor.click();
    await queryEditor.evaluate((el) => (el as unknown as Cm).CodeMirror.setValue('{ hello }'));
    await headersEditor.evaluate((el) => (el as unknown as Cm).CodeMirror.setValue('{"Authorization": "Bearer test-token"}'));
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText('你好').waitFor({ timeout: 30_000 });
    assert.match(await result.innerText(), /"hello":\s*"你好"/);
    assert.equal(authorizations.at(-1), 'Bearer test-token', 'the headers editor feeds the request');

    if (process.env.IDE_SCREENSHOT) await page.screenshot({ path: process.env.IDE_SCREENSHOT });

    assert.ok(requests.length > 0);
    const foreign = requests.filter((url) => !url.startsWith(`${origin}/`));
    assert.deepEqual(foreign, [], 'every request stays on the server origin');
    assert.ok(requests.some((url) => url.startsWith(`${origin}/graphql/__ide/graphiql.js`)));
    assert.deepEqual(consoleErrors, []);

    // GraphQL traffic that is not a browser page load still falls through to the endpoint.
    const post = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    assert.deepEqual(await post.json(), { data: { hello: '你好' } });
    const asset = await fetch(`${origin}/graphql/__ide/graphiql.css`);
    assert.equal(asset.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
    const jsonGet = await fetch(`${origin}/graphql`, { headers: { accept: 'application/json' } });
    assert.equal(jsonGet.status, 404); // no GET handler behind the IDE in this test: it fell through
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
