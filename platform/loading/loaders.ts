import DataLoader from 'dataloader';

/**
 * The request-scoped batching every service needs, in three shapes. Services create them in their
 * constructor (one service instance per request), so batches and caches never mix callers.
 */

/** Records by id, one query per batch; null for an id that names nothing. */
export function byIdLoader<T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>, isId: (id: string) => boolean = () => true) {
  return new DataLoader<string, T | null>(async (ids) => {
    const valid = ids.filter(isId);
    const found = valid.length ? await fetch(valid) : [];
    const byId = new Map(found.map((record) => [record.id, record]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** The rows of many parents in one query, handed back per parent in the order fetched. */
export function groupedLoader<K, T>(fetch: (keys: readonly K[]) => Promise<T[]>, keyOf: (row: T) => K) {
  return new DataLoader<K, T[]>(async (keys) => {
    const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key)!);
  });
}

/**
 * One DataLoader per set of parameters (a page request, a status filter, a number of days): keys
 * asked for with the same parameters are batched together; different parameters never share a batch.
 * Parameters are compared by their JSON.
 */
export class LoaderFamily<P, K, V> {
  private readonly loaders = new Map<string, DataLoader<K, V>>();

  constructor(private readonly batch: (params: P, keys: readonly K[]) => Promise<Array<V | Error>>) {}

  load(params: P, key: K): Promise<V> {
    const id = JSON.stringify(params);
    let loader = this.loaders.get(id);
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => this.batch(params, keys));
      this.loaders.set(id, loader);
    }
    return loader.load(key);
  }
}

/**
 * A batch whose keys each pass an access check first: `check` runs for every key of the batch at
 * once, a key it refuses gets its error (DataLoader rejects that key's `load` with it), and `fetch`
 * sees only the keys that passed. Checking inside the batch rather than awaiting the check before
 * `load` keeps one batch one statement: a check that answers from a cache for some keys and asks
 * another subgraph for others would otherwise split the loads of one moment over several ticks.
 */
export async function checkedBatch<K, V>(
  keys: readonly K[],
  check: (key: K) => Promise<void>,
  fetch: (allowed: readonly K[]) => Promise<V[]>,
): Promise<Array<V | Error>> {
  const refusals = await Promise.all(
    keys.map((key) =>
      check(key).then(
        () => null,
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      ),
    ),
  );
  const allowed = keys.filter((_, i) => !refusals[i]);
  const values = allowed.length ? await fetch(allowed) : [];
  let next = 0;
  return keys.map((_, i) => refusals[i] ?? values[next++]);
}
