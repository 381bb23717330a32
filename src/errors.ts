/** Argument checks shared by the public functions: every bad argument becomes a `TypeError` starting with `slant:`. */

/** Describes a value for an error message: `a number (42)`, `null`, `an array`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `a ${typeof value} (${String(value)})`;
  }
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  return 'an object';
}

/** Throws `TypeError('slant: <what> must be <expected>, got <value>')`. */
export function fail(what: string, expected: string, value: unknown): never {
  throw new TypeError(`slant: ${what} must be ${expected}, got ${describe(value)}`);
}

/** A plain object (not null, not an array): what options and article objects must be. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rejects keys that are not among `known`, so a misspelt option is reported instead of ignored. */
export function checkKeys(what: string, value: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new TypeError(`slant: unknown ${what} "${key}"; expected one of: ${known.join(', ')}`);
    }
  }
}

/** Checks an optional string field: absent, `undefined`, or a string. */
export function optionalString(what: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') fail(what, 'a string', value);
  return value;
}
