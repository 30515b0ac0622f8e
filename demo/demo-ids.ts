import { createHash } from 'node:crypto';

/**
 * Ids derived from codes, so the demo district has the same ids on every machine, and every
 * subgraph's demo data (and the example tokens) can name its organisations.
 */
export function demoId(code: string): string {
  const hex = createHash('sha1').update(`demo:${code}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
