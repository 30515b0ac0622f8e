import pg from 'pg';
import type { BenchProcess } from './hub.processes';

export interface ExplainedStatement {
  process: string;
  sql: string;
  executionMs: number;
  planningMs: number;
  rows: number;
  plan: string;
}

/**
 * The statements the subgraphs run for one request (recorded by the preloaded SQL counter), each
 * EXPLAIN ANALYZEd on the same database afterwards, with the hand-written floor for comparison.
 * The ORM inlines its parameters, so the recorded text is the complete statement.
 */
export async function explainOneRequest(
  processes: BenchProcess[],
  send: () => Promise<unknown>,
  databaseUrl: string,
  floor: string,
): Promise<ExplainedStatement[]> {
  const counted = processes.filter((p) => p.sql);
  for (const p of counted) await p.sql!.record();
  await send();
  const recorded: Array<{ process: string; sql: string }> = [];
  for (const p of counted) for (const sql of await p.sql!.stopRecording()) recorded.push({ process: p.name, sql });
  const reads = recorded.filter(({ sql }) => /^\s*(select|with)\b/i.test(sql) && !sql.includes('seen_nonces'));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const explained: ExplainedStatement[] = [];
    for (const statement of [...reads, { process: 'hand-written floor', sql: floor }]) {
      const { rows } = await client.query(`explain (analyze, buffers, format json) ${statement.sql}`);
      const [result] = rows[0]['QUERY PLAN'] as Array<{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }>;
      explained.push({
        ...statement,
        executionMs: result['Execution Time'],
        planningMs: result['Planning Time'],
        rows: result.Plan['Actual Rows'],
        plan: describe(result.Plan),
      });
    }
    return explained;
  } finally {
    await client.end();
  }
}

interface PlanNode {
  'Node Type': string;
  'Actual Rows': number;
  'Actual Total Time': number;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** The plan's scans, e.g. `Index Scan organisation_parent_id_index, Seq Scan agreement`. */
function describe(node: PlanNode): string {
  const scans: string[] = [];
  const walk = (n: PlanNode) => {
    if (/Scan/.test(n['Node Type'])) scans.push(`${n['Node Type']} ${n['Index Name'] ?? n['Relation Name'] ?? ''}`.trim());
    n.Plans?.forEach(walk);
  };
  walk(node);
  return [...new Set(scans)].join(', ');
}

export function formatExplained(statements: ExplainedStatement[]): string {
  return statements
    .map(
      (s) =>
        `  ${s.process.padEnd(20)} ${s.executionMs.toFixed(2).padStart(8)} ms exec ${s.planningMs.toFixed(2).padStart(6)} ms plan ${String(s.rows).padStart(5)} rows  ${s.plan}\n      ${s.sql.replace(/\s+/g, ' ').slice(0, 150)}`,
    )
    .join('\n');
}
