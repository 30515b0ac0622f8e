import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GatewayRoute } from '../../../platform/http/gateway-route';
import { REPORT_PAGE_SCRIPT } from './report-page.script';

/** Everything from this origin; no inline script (ECharts and the page set inline styles only). */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #222; background: #f5f6f8; }
header { background: #b22222; color: #fff; padding: 12px 16px; }
header h1 { margin: 0; font-size: 18px; }
main { padding: 12px 16px; max-width: 1400px; margin: 0 auto; }
section { background: #fff; border-radius: 6px; padding: 12px; margin-bottom: 12px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
.controls { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: flex-end; }
.controls label { display: flex; flex-direction: column; font-size: 12px; color: #555; }
.controls input, .controls select, .controls button { font: inherit; padding: 4px 8px; min-height: 32px; }
#token { width: 22em; max-width: 100%; }
button { background: #b22222; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
button.secondary { background: #fff; color: #b22222; border: 1px solid #b22222; }
#status { min-height: 1.5em; margin: 4px 0 0; color: #555; }
#status.error { color: #b22222; }
.charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 12px; }
.chart { height: 320px; background: #fff; border-radius: 6px; padding: 8px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; white-space: nowrap; }
th, td { border-bottom: 1px solid #e5e5e5; padding: 4px 8px; text-align: right; }
th:first-child, tbody th { text-align: left; }
thead th { background: #fafafa; position: sticky; top: 0; }
tr.totals { font-weight: bold; background: #fff7e6; }
@media (max-width: 760px) {
  main { padding: 8px; }
  .charts { grid-template-columns: minmax(0, 1fr); }
  .controls label { flex: 1 1 45%; }
  .controls label.wide { flex-basis: 100%; }
}`;

const HTML = (href: (name: string) => string) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>联席会议统计报表</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${href('reports.css')}">
</head>
<body data-state="empty">
<header><h1>联席会议统计报表</h1></header>
<main>
<section class="controls">
  <label class="wide">访问令牌（仅保存在本标签页）<input id="token" type="password" autocomplete="off" placeholder="粘贴 Bearer 令牌"></label>
  <button id="save-token" type="button">使用令牌</button>
</section>
<section class="controls">
  <label class="wide">统计范围<select id="scope"></select></label>
  <label>起始日期<input id="from" type="date" min="1900-01-01" max="2099-12-31"></label>
  <label>截止日期<input id="to" type="date" min="1900-01-01" max="2099-12-31"></label>
  <label>分组方式<select id="groupBy">
    <option value="MONTH">按月</option><option value="QUARTER">按季度</option><option value="YEAR">按年</option>
    <option value="CONVENER">按召集组织</option><option value="MEMBER_UNIT">按成员单位</option>
  </select></label>
  <button id="run" type="button">查询</button>
  <button id="csv" type="button" class="secondary">下载 CSV</button>
  <button id="xlsx" type="button" class="secondary">下载 Excel</button>
  <p id="status" role="status"></p>
</section>
<section>
  <h2 id="result-title" style="font-size:15px;margin:0 0 8px"></h2>
  <div class="charts">
    <div id="chart-meetings" class="chart"></div>
    <div id="chart-actions" class="chart"></div>
    <div id="chart-units" class="chart"></div>
    <div id="chart-aging" class="chart"></div>
  </div>
</section>
<section class="table-wrap"><table id="table"></table></section>
</main>
<script src="${href('echarts.min.js')}"></script>
<script src="${href('reports.js')}"></script>
</body>
</html>
`;

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

function asset(body: Buffer | string, type: string): Asset {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return { body: buf, type, etag: `"${createHash('sha256').update(buf).digest('base64url').slice(0, 22)}"` };
}

const BASE = '/reports/__assets';
let assets: Map<string, Asset> | undefined;
/** Read once, at the first route's creation: a missing package fails at start, not on a user's first visit. */
function loadAssets(): Map<string, Asset> {
  assets ??= new Map([
    ['echarts.min.js', asset(readFileSync(join(dirname(require.resolve('echarts/package.json')), 'dist', 'echarts.min.js')), 'text/javascript; charset=utf-8')],
    ['reports.js', asset(REPORT_PAGE_SCRIPT, 'text/javascript; charset=utf-8')],
    ['reports.css', asset(STYLE, 'text/css; charset=utf-8')],
  ]);
  return assets;
}

/**
 * `GET /reports` on the gateway: the analysts' page (Chinese), with the scope, period and grouping,
 * the table, ECharts charts and the CSV/XLSX downloads. It works offline: ECharts and the page's own
 * script are served from this process (`/reports/__assets/`), and a strict CSP forbids any other
 * origin. The page holds no data: it asks `/graphql` with the token the user pastes.
 */
export const reportPageRoute: GatewayRoute = {
  path: '/reports',
  peers: [],
  create: () => {
    const files = loadAssets();
    const href = (name: string) => `${BASE}/${name}?v=${files.get(name)!.etag.slice(1, 13)}`;
    const html = HTML(href);
    return (_req, res) => {
      res.set({ 'Content-Security-Policy': CSP, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
      res.type('html').send(html);
    };
  },
};

/** The page's files: ECharts' own build from node_modules, the page's script and style. */
export const reportAssetsRoute: GatewayRoute = {
  path: `${BASE}/:file`,
  peers: [],
  create: () => {
    const files = loadAssets();
    return (req, res, next) => {
      const found = files.get(String(req.params.file));
      if (!found) return next();
      res.set({ 'Content-Type': found.type, 'Cache-Control': 'public, max-age=31536000, immutable', 'X-Content-Type-Options': 'nosniff', ETag: found.etag });
      res.send(found.body);
    };
  },
};
