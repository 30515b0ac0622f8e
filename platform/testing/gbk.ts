/**
 * GBK bytes of a text, for tests of files saved by a Chinese Excel. The runtime decodes GBK but
 * has no encoder, so the table is the decoder's inverted once.
 */
let table: Map<string, number[]> | undefined;

export function gbkBytes(text: string): Buffer {
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder('gbk', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const ch = decoder.decode(Uint8Array.of(lead, trail));
          if (!table.has(ch)) table.set(ch, [lead, trail]);
        } catch {
          // not a GBK pair
        }
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else if (table.has(ch)) bytes.push(...table.get(ch)!);
    else throw new Error(`${ch} has no GBK code`);
  }
  return Buffer.from(bytes);
}
