/**
 * A progress bar over all the rows of a seed, labelled with the table being written. On a terminal
 * it redraws one line; otherwise (CI logs, tests) it prints one line per finished table.
 */
export interface Progress {
  table(label: string, rows: number): void;
  advance(rows: number): void;
  finish(): void;
}

const WIDTH = 30;

export function progressBar(totalRows: number, destination: NodeJS.WriteStream | null = process.stderr): Progress {
  if (destination === null) return { table: () => {}, advance: () => {}, finish: () => {} };
  const out = destination;
  const started = performance.now();
  let done = 0;
  let label = '';
  let tableRows = 0;
  let tableStarted = started;
  let lastDraw = 0;
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
  const draw = (force = false) => {
    if (!out.isTTY || (!force && performance.now() - lastDraw < 100)) return;
    lastDraw = performance.now();
    const share = totalRows ? done / totalRows : 1;
    const bar = '█'.repeat(Math.round(share * WIDTH)).padEnd(WIDTH, '░');
    out.write(
      `\r${bar} ${(share * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString('en')}/${totalRows.toLocaleString('en')} rows  ${seconds(started)} s  ${label}\x1b[K`,
    );
  };
  const endTable = () => {
    if (!label || out.isTTY) return;
    out.write(`  ${label.padEnd(40)} ${tableRows.toLocaleString('en').padStart(10)} rows in ${seconds(tableStarted)} s\n`);
  };
  return {
    table: (name, rows) => {
      endTable();
      label = name;
      tableRows = rows;
      tableStarted = performance.now();
      draw(true);
    },
    advance: (rows) => {
      done += rows;
      draw();
    },
    finish: () => {
      endTable();
      label = 'done';
      draw(true);
      if (out.isTTY) out.write('\n');
    },
  };
}
