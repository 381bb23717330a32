/**
 * Profiles as CSV for R and pandas: one row per outlet, the scalar figures flattened into columns
 * named by their path (`figures.directShare`, `figures.wordShareBySide.us-government`). RFC 4180:
 * comma-separated, CRLF line ends, fields with a comma, a quote or a line break in double quotes.
 */
import type { SourceProfile } from '../index.js';

/** One field, quoted when it has to be. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, with its CRLF. */
export function csvRecord(fields: ReadonlyArray<string | number | null | undefined>): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The union of the figures' keys over all the outlets: a number (`null`) or a nested record. */
type Shape = Map<string, Shape | null>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Adds the keys of `figures` to `shape`. Lists (`topVoices`) are left out: they are not one figure per outlet. */
function addShape(figures: Record<string, unknown>, shape: Shape): void {
  for (const [key, value] of Object.entries(figures)) {
    if (typeof value === 'number') {
      if (!shape.has(key)) shape.set(key, null);
    } else if (isRecord(value)) {
      let inner = shape.get(key);
      if (inner === undefined || inner === null) shape.set(key, (inner = new Map()));
      addShape(value, inner);
    }
  }
}

/** The column paths of a shape: the figures in their own order, the keys inside them sorted. */
function columnsOf(shape: Shape, path: string[], out: string[][]): string[][] {
  const keys = [...shape.keys()];
  if (path.length > 1) keys.sort();
  for (const key of keys) {
    const inner = shape.get(key);
    if (inner === null || inner === undefined) out.push([...path, key]);
    else columnsOf(inner, [...path, key], out);
  }
  return out;
}

/** The figure at a path of keys, or `undefined`. */
function at(value: unknown, path: readonly string[]): number | undefined {
  let here = value;
  for (const key of path) here = isRecord(here) ? here[key] : undefined;
  return typeof here === 'number' ? here : undefined;
}

/** The columns every row starts with: who, how many, when. */
const LEAD: ReadonlyArray<[string, (p: SourceProfile) => string | number | null]> = [
  ['source', (p) => p.source],
  ['articles', (p) => p.counts.articles],
  ['dates.first', (p) => p.dates.first],
  ['dates.last', (p) => p.dates.last],
  ['counts.words', (p) => p.counts.words],
  ['counts.quotes', (p) => p.counts.quotes],
];

/**
 * The profiles as a CSV table: a header, then one row per profile. The figure columns are the union
 * of the scalar figures over all the profiles, named by their path (`figures.frames.conflict`); a
 * figure an outlet does not have (a side it never quotes) is left blank.
 */
export function profilesCsv(profiles: readonly SourceProfile[]): string {
  const shape: Shape = new Map();
  for (const p of profiles) addShape(p.figures as unknown as Record<string, unknown>, shape);
  const columns = columnsOf(shape, ['figures'], []);
  let csv = csvRecord([...LEAD.map(([name]) => name), ...columns.map((path) => path.join('.'))]);
  for (const p of profiles) {
    csv += csvRecord([...LEAD.map(([, get]) => get(p)), ...columns.map((path) => at(p, path))]);
  }
  return csv;
}
