/**
 * What the evaluation scripts share: checking figures against the floors recorded in
 * `eval/floors.json`, and writing an output file (or merging figures into one).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * A figure may fall this far below its floor before the check fails, unless its section of
 * eval/floors.json sets its own `_tolerance` (and says why in its `_note`).
 */
export const TOLERANCE = 0.02;

/**
 * The figures of `figures` that are more than the tolerance below their floors in `floors` (one
 * section of eval/floors.json), or unknown, as lines; keys starting with `_` are notes, not
 * floors. Also returns how many floors were checked and the tolerance used.
 */
export function belowFloors(floors: Record<string, unknown>, figures: Record<string, number>): { below: string[]; checked: number; tolerance: number } {
  const tolerance = typeof floors['_tolerance'] === 'number' ? floors['_tolerance'] : TOLERANCE;
  const below: string[] = [];
  let checked = 0;
  for (const [name, floor] of Object.entries(floors)) {
    if (name.startsWith('_') || typeof floor !== 'number') continue;
    checked++;
    const value = figures[name];
    if (value === undefined) below.push(`${name}: unknown figure`);
    else if (value < floor - tolerance) below.push(`${name}: ${value.toFixed(4)} < floor ${floor} − ${tolerance}`);
  }
  return { below, checked, tolerance };
}

/**
 * Compares `figures` with the floors under `key` in eval/floors.json and prints the verdict,
 * each line starting with `label` (`check`, `check (basil)`). Returns true when a figure is more
 * than the tolerance below its floor, or unknown.
 */
export function checkFloors(key: string, figures: Record<string, number>, label: string): boolean {
  const floors = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'eval', 'floors.json'), 'utf8')) as Record<string, unknown>)[key];
  if (floors === undefined || typeof floors !== 'object' || floors === null) {
    console.log(`${label}: no floors for ${key} in eval/floors.json`);
    return false;
  }
  const { below, checked, tolerance } = belowFloors(floors as Record<string, unknown>, figures);
  if (below.length > 0) {
    console.log(`${label} FAILED (${below.length} of ${checked} figures):\n  ${below.join('\n  ')}`);
    return true;
  }
  console.log(`${label}: ${checked} figures at or above their floors (tolerance ${tolerance})`);
  return false;
}

/** Writes `content` to `path`, making its folder first. */
export function writeOutput(path: string, content: string): void {
  const abs = resolve(path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

/**
 * Merges `figures` into the JSON file at `path` (created if absent, or unreadable) under
 * `figures`, beside the other evaluations' figures, and sets the top-level entries of `extra`.
 */
export function mergeJsonOutput(path: string, figures: Record<string, number>, extra: Record<string, unknown> = {}): void {
  const abs = resolve(path);
  let doc: { figures?: Record<string, number> } & Record<string, unknown> = {};
  if (existsSync(abs)) {
    try {
      doc = JSON.parse(readFileSync(abs, 'utf8')) as typeof doc;
    } catch {
      doc = {};
    }
  }
  doc.figures = { ...(doc.figures ?? {}), ...figures };
  Object.assign(doc, extra);
  writeOutput(abs, JSON.stringify(doc, null, 2) + '\n');
}
