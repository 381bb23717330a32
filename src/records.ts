/**
 * Records keyed by words that come from the text or the caller (outlets, speakers, sides, label
 * targets, lexicon look-ups). A name such as `__proto__`, `constructor` or `toString` must be a
 * key like any other: never an inherited value (`table.constructor` is `Object`), and never a way
 * to write into `Object.prototype` (`record['__proto__'] = …` sets the prototype of an ordinary
 * object). Work is done in records with no prototype; what slant returns is rebuilt into ordinary
 * objects with `Object.fromEntries`, which keeps `__proto__` as an own key, so results stay plain,
 * JSON-serialisable and comparable with `toEqual`.
 */

/** An empty record with no prototype: every key, `__proto__` included, is an own data property. */
export function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A frozen look-up table with no prototype: `table['constructor']` is `undefined`, as for any word not in it. */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(record<T>(), entries));
}

/**
 * An empty record with no prototype, like {@link record}, for the many small records a profile holds
 * (one tally per speaker, tens of thousands over a large corpus). `Object.create(null)` gives V8's
 * hash-table object (measured: 289 bytes with five keys); a `{}` whose prototype is then removed
 * keeps V8's compact fixed-shape layout while it has few keys (104 bytes) and turns into a hash table
 * by itself as keys are added. Keys behave the same: `__proto__` is an own key, nothing is inherited.
 */
export function smallRecord<T>(): Record<string, T> {
  return Object.setPrototypeOf({}, null) as Record<string, T>;
}

/** A deep copy of plain data whose objects are records with no prototype (arrays stay arrays). */
export function toRecords<T>(value: T): T {
  if (Array.isArray(value)) return value.map(toRecords) as T;
  if (value !== null && typeof value === 'object') {
    const out = smallRecord<unknown>();
    for (const [key, v] of Object.entries(value)) out[key] = toRecords(v);
    return out as T;
  }
  return value;
}

/**
 * A deep copy of plain data whose objects are ordinary objects again, own keys kept (`__proto__` too,
 * which is defined, not assigned). Copied key by key: `Object.fromEntries(Object.entries(…))` made
 * two arrays per key, much garbage when the profiles of a large corpus (a record per speaker) are
 * finished.
 */
export function toPlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(toPlain) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const v = toPlain((value as Record<string, unknown>)[key]);
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
    }
    return out as T;
  }
  return value;
}
