// Drives the analysts' report page (/reports) in a real Chromium (Debian's /usr/bin/chromium): it
// loads offline under its CSP, takes a pasted token, draws the table and the ECharts charts with
// data at a laptop's and a phone's width, and downloads the CSV.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { demoId } from '../demo/demo-ids';
import { Role } from '../platform/auth/identity';
import { browserTest, CHROMIUM } from './kit/browser';
import { useTestStack } from './kit/stack';

const hub = useTestStack({ demo: true });
/** Where the screenshots go (look at them: they are the check a person makes). */
const SHOTS = tmpdir();

/** Each chart and the colour of its bars: pixels of that colour on its canvas mean it drew data. */
const CHARTS: Array<[string, [number, number, number]]> = [
  ['chart-meetings', [0xc0, 0x39, 0x2b]],
  ['chart-actions', [0x27, 0xae, 0x60]],
  ['chart-units', [0x8e, 0x44, 0xad]],
  ['chart-aging', [0x2c, 0x7b, 0xe5]],
];

async function barPixels(page: Page, id: string, [r, g, b]: [number, number, number]): Promise<{ drawn: number; bars: number }> {
  return page.evaluate(
    ({ id, r, g, b }) => {
      const canvas = document.querySelector(`#${id} canvas`) as HTMLCanvasElement | null;
      if (!canvas) return { drawn: 0, bars: 0 };
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let drawn = 0;
      let bars = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 0) drawn += 1;
        if (Math.abs(data[i] - r) < 8 && Math.abs(data[i + 1] - g) < 8 && Math.abs(data[i + 2] - b) < 8 && data[i + 3] > 200) bars += 1;
      }
      return { drawn, bars };
    },
    { id, r, g, b },
  );
}

async function checkCharts(page: Page, width: string) {
  for (const [id, colour] of CHARTS) {
    const { drawn, bars } = await barPixels(page, id, colour);
    assert.ok(drawn > 1000, `${id} at ${width} draws something (${drawn} pixels)`);
    assert.ok(bars > 50, `${id} at ${width} draws bars of data (${bars} pixels of its colour)`);
  }
}

browserTest()('the report page loads offline, takes a token, and shows the table and charts with data at laptop and phone width', async () => {
  const origin = new URL(hub.stack.gateway.url).origin;
  const token = await hub.tokenFor({ role: Role.ANALYST, subject: 'report-page', organisationId: demoId('QH') });
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
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(String(error)));

    const response = await page.goto(`${origin}/reports`);
    assert.equal(response?.status(), 200);
    assert.match(response!.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    assert.equal(await page.title(), '联席会议统计报表');
    await page.getByText('请先粘贴访问令牌').waitFor();

    const started = Date.now();
    await page.fill('#token', token);
    await page.click('#save-token');
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    const loadMs = Date.now() - started;
    // The issue asks for under a second on the demo data; on this shared machine only a loose bound is fair.
    assert.ok(loadMs < 15_000, `the report is drawn in ${loadMs} ms`);
    // A second drawing (plans cached, ECharts loaded): what an analyst waits for each change.
    const again = Date.now();
    await page.evaluate(() => document.body.setAttribute('data-state', 'again'));
    await page.click('#run');
    await page.waitForSelector('body[data-state="ready"]');
    assert.ok(Date.now() - again < 5_000, `redrawn in ${Date.now() - again} ms`);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('hub-report-token')), token);

    // The scope picker holds the analyst's district and its streets and communities.
    const scopes = await page.locator('#scope option').allTextContents();
    assert.equal(scopes[0], '中共清河区委');
    assert.ok(scopes.length > 3);
    // The table: a row per month and the totals.
    const rows = await page.locator('#table tbody tr').count();
    assert.ok(rows >= 13, `${rows} rows`);
    assert.equal(await page.locator('#table tr.totals th').textContent(), '合计');
    await checkCharts(page, 'laptop');
    await page.screenshot({ path: path.join(SHOTS, 'reports-laptop.png'), fullPage: true });

    // At a phone's width the charts stack, are redrawn to fit, and nothing spills sideways but the table's own scroller.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(SHOTS, 'reports-phone.png'), fullPage: true });
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > 391 && !el.closest('.table-wrap'))
        .map((el) => el.id || el.tagName),
    );
    assert.deepEqual(overflow, [], 'nothing spills sideways but the table in its own scroller');
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, 'no sideways scrolling of the page');
    const chartWidth = await page.locator('#chart-meetings').evaluate((el) => el.getBoundingClientRect().width);
    assert.ok(chartWidth > 300 && chartWidth <= 390, `a chart fills the phone's width (${chartWidth})`);
    await checkCharts(page, 'phone');

    // Another grouping redraws; the CSV downloads with the token.
    await page.selectOption('#groupBy', 'CONVENER');
    await page.click('#run');
    await page.locator('#result-title', { hasText: '按召集组织' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
    const file = readFileSync((await download.path())!);
    assert.deepEqual([...file.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.match(file.toString('utf8'), /分组,召开会议数/);

    assert.deepEqual(
      requests.filter((url) => !url.startsWith(`${origin}/`)),
      [],
      'every request stays on the gateway',
    );
    assert.ok(requests.some((url) => url.startsWith(`${origin}/reports/__assets/echarts.min.js`)));
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
