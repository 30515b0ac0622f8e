import { createHash } from 'node:crypto';

/**
 * A seeded pseudo-random source (SplitMix32): the same seed gives the same city on every machine
 * and every run. Each generator takes its own stream (`forStream`), so adding a generator, or
 * changing one, leaves the data of the others exactly as it was.
 */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** An independent stream for `name` (a subgraph, a table), derived from the city's seed. */
  static forStream(seed: number, name: string): Random {
    return new Random(createHash('sha256').update(`${seed}:${name}`).digest().readUInt32LE(0));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of `choices` with probability proportional to its weight. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let at = this.next() * total;
    for (const [value, weight] of choices) {
      at -= weight;
      if (at < 0) return value;
    }
    return choices[choices.length - 1][0];
  }

  /** A new array in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** A version-4-shaped UUID drawn from this stream (deterministic, unlike `randomUUID`). */
  uuid(): string {
    // Hex by byte lookup rather than toString/padStart: millions of ids per city (the same ids as before).
    let hex = '';
    for (let k = 0; k < 4; k++) {
      const word = Math.floor(this.next() * 4294967296);
      hex += HEX[word >>> 24] + HEX[(word >>> 16) & 255] + HEX[(word >>> 8) & 255] + HEX[word & 255];
    }
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16], 16) & 3]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/**
 * `count` whole numbers that add up to exactly `total`, each at least `min`, spread around their
 * mean by `weight(i)` (a relative size) with some noise: streets of different sizes, say.
 */
export function spread(random: Random, total: number, count: number, min = 0, weight: (i: number) => number = () => 1): number[] {
  if (count === 0) return [];
  const free = total - min * count;
  if (free < 0) throw new Error(`cannot spread ${total} over ${count} with at least ${min} each`);
  const shares = Array.from({ length: count }, (_, i) => weight(i) * (0.5 + random.next()));
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((share) => (share / sum) * free);
  const parts = exact.map(Math.floor);
  // Hand out what rounding down left over, largest remainders first.
  const order = exact.map((value, i) => [value - Math.floor(value), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const left = free - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) parts[order[k % count][1]]++;
  return parts.map((part) => part + min);
}
