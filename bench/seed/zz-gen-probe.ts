import { generateCity } from './seed.runner';
import { arrayLiteral } from './bulk-writer';
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const { tables } = generateCity('city', '2026-12-06', 13, 'k'.repeat(40));
const cpuMs = () => {
  const u = process.cpuUsage(cpu0);
  return ((u.user + u.system) / 1000).toFixed(0);
};
console.log('plan', (performance.now() - t0).toFixed(0), 'ms wall', cpuMs(), 'ms cpu', (process.memoryUsage().rss / 1e6).toFixed(0), 'MB');
for (const name of ['service_record', 'points_entry']) {
  const t = tables.find((x) => x.rows.table === name)!.rows;
  const c0 = process.cpuUsage();
  let n = 0;
  let chunk: unknown[][] = [];
  let gen = 0;
  let lit = 0;
  let g0 = process.cpuUsage();
  for (const row of t.rows) {
    chunk.push(row);
    n++;
    if (chunk.length === 5000) {
      const g1 = process.cpuUsage(g0);
      gen += g1.user + g1.system;
      const l0 = process.cpuUsage();
      t.columns.map((_, c) => arrayLiteral(chunk.map((r) => r[c])));
      const l1 = process.cpuUsage(l0);
      lit += l1.user + l1.system;
      chunk = [];
      g0 = process.cpuUsage();
    }
  }
  const u = process.cpuUsage(c0);
  console.log(
    name,
    n,
    'rows',
    ((u.user + u.system) / 1000).toFixed(0),
    'ms cpu; generating',
    (gen / 1000).toFixed(0),
    'literals',
    (lit / 1000).toFixed(0),
    (process.memoryUsage().rss / 1e6).toFixed(0),
    'MB',
  );
}
