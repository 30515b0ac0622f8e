import { readFileSync } from 'node:fs';

/** Where the CPU went in one `--cpu-prof` profile: by function (self time) and by package. */
export interface ProfileSummary {
  file: string;
  busyMs: number;
  functions: Array<{ name: string; selfMs: number; share: number }>;
  packages: Array<{ name: string; selfMs: number; share: number }>;
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

export function summariseProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let busyUs = 0;
  profile.samples.forEach((id, i) => {
    const frame = frames.get(id)!;
    const us = profile.timeDeltas[i] ?? 0;
    if (frame.functionName === '(idle)') return;
    busyUs += us;
    const where = frame.url ? `${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/')}:${frame.lineNumber + 1}` : '';
    const name = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byPackage.set(packageOf(frame.url, frame.functionName), (byPackage.get(packageOf(frame.url, frame.functionName)) ?? 0) + us);
  });
  const ranked = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, selfMs: Math.round(us / 1000), share: Math.round((us / Math.max(1, busyUs)) * 1000) / 10 }));
  return { file, busyMs: Math.round(busyUs / 1000), functions: ranked(byFunction), packages: ranked(byPackage) };
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  // PGlite's PostgreSQL compiled to WebAssembly (embedded mode): not the hub's own code.
  if (url.startsWith('wasm://')) return 'wasm (PGlite)';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  return 'hub (dist/)';
}

export function formatProfile(summary: ProfileSummary): string {
  const line = (x: { name: string; selfMs: number; share: number }) =>
    `    ${`${x.share.toFixed(1)}%`.padStart(6)} ${String(x.selfMs).padStart(7)} ms  ${x.name}`;
  return [
    `  ${summary.file}: ${summary.busyMs} ms busy`,
    '   by package:',
    ...summary.packages.slice(0, 10).map(line),
    '   by function (self time):',
    ...summary.functions.map(line),
  ].join('\n');
}
