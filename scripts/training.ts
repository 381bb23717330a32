/** What the model-training scripts share (`train-cues.ts`, `train-ends.ts`): arguments, PolNeAR spans, feature encoding. */
import type { Frag } from './read-polnear.js';

/** The value after `name` on the command line. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}

/** A fragment without the whitespace at its ends (as `scripts/eval.ts` compares spans). */
export function trim(text: string, f: Frag): Frag {
  let { start, end } = f;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** From the first trimmed fragment's start to the last one's end. */
export function bounds(text: string, fs: readonly Frag[] | undefined): Frag | undefined {
  if (fs === undefined || fs.length === 0) return undefined;
  const t = fs.map((f) => trim(text, f));
  return { start: (t[0] as Frag).start, end: (t[t.length - 1] as Frag).end };
}

/** Feature names seen at least `minCount` times in the rows `use`, and every row as the indices of its kept features. */
export interface Encoded {
  index: Map<string, number>;
  names: string[];
  rows: Int32Array[];
}

export function encode(features: readonly (readonly string[])[], use: readonly number[], minCount: number): Encoded {
  const counts = new Map<string, number>();
  for (const k of use) for (const f of features[k] as readonly string[]) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = features.map((fs) => Int32Array.from(fs.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  return { index, names, rows };
}

/** One step of Adam on weights `w` (moments `m`, `v`, step `t` from 1), learning rate `rate`. */
export function adamStep(w: Float64Array, grad: Float64Array, m: Float64Array, v: Float64Array, t: number, rate: number): void {
  for (let j = 0; j < w.length; j++) {
    const gj = grad[j] as number;
    m[j] = 0.9 * (m[j] as number) + 0.1 * gj;
    v[j] = 0.999 * (v[j] as number) + 0.001 * gj * gj;
    const mh = (m[j] as number) / (1 - 0.9 ** t);
    const vh = (v[j] as number) / (1 - 0.999 ** t);
    w[j] = (w[j] as number) - (rate * mh) / (Math.sqrt(vh) + 1e-8);
  }
}
