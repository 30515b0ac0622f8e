// Drives the offline GraphiQL page in a real Chromium (Debian's /usr/bin/chromium) and checks that it
// renders, runs a query against a real GraphQL endpoint, and never asks anything of another origin.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { Role } from '../platform/auth/identity';
import { demoId } from '../demo/demo-ids';
import { browserTest, CHROMIUM } from './kit/browser';
import { useTestStack } from './kit/stack';
import { harnessSettings } from '../platform/config/harness';

const hub = useTestStack({ demo: true });

browserTest()('the gateway serves GraphiQL offline, it runs a query against the same origin, and its docs load', async () => {
  const origin = new URL(hub.stack.gateway.url).origin;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
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
    await queryEditor.evaluate((el) => (el as unknown as Cm).CodeMirror.setValue('{ organisationByCode(code: "QH") { name } }'));
    const headers = JSON.stringify({ Authorization: `Bearer ${await hub.tokenFor({ role: Role.ANALYST, subject: 'ide', organisationId: demoId('QH') })}` });
    await headersEditor.evaluate((el, value) => (el as unknown as Cm).CodeMirror.setValue(value), headers);
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText('中共清河区委').waitFor({ timeout: 30_000 });
    assert.match(await result.innerText(), /"name":\s*"中共清河区委"/);

    // Docs: the schema is introspected again now that a token is set (GraphiQL's own introspection
    // query, 15 deep), and the explorer shows a field's and a type's description.
    await page.locator('button[aria-label="Re-fetch GraphQL schema"]').click();
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    const docs = page.locator('section[aria-label="Documentation Explorer"]');
    await docs.locator('a', { hasText: /^Query$/ }).click({ timeout: 30_000 });
    await docs.getByText('按组织代码查党组织 (an organisation by its code)').waitFor();
    await docs.locator('a', { hasText: /^organisationByCode$/ }).click();
    await docs
      .locator('a', { hasText: /^Organisation$/ })
      .first()
      .click();
    await docs.getByText(/^党组织 \(Organisation\)/).waitFor();

    const screenshot = harnessSettings().IDE_SCREENSHOT;
    if (screenshot) await page.screenshot({ path: screenshot });

    assert.ok(requests.length > 0);
    const foreign = requests.filter((url) => !url.startsWith(`${origin}/`));
    assert.deepEqual(foreign, [], 'every request stays on the server origin');
    assert.ok(requests.some((url) => url.startsWith(`${origin}/graphql/__ide/graphiql.js`)));
    // GraphiQL asks for the schema on load, before a token is entered: the gateway refuses that (401).
    assert.deepEqual(
      consoleErrors.filter((e) => !e.includes('status of 401')),
      [],
    );

    // GraphQL traffic that is not a browser page load still falls through to the endpoint.
    const post = await hub.gateway.request('{ organisationByCode(code: "QH") { code } }');
    assert.deepEqual(post.data, { organisationByCode: { code: 'QH' } });
    const asset = await fetch(`${origin}/graphql/__ide/graphiql.css`);
    assert.equal(asset.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
  } finally {
    await browser.close();
  }
});
