/**
 * Trains the learned content-end model (`src/lexicons/end-model.ts`) on PolNeAR train.
 *
 *   npx tsx scripts/train-ends.ts [--cv] [--by-cut] [--lambda 1,3,10] [--min-count 10] [--exact-weight 0.25] [--margin 0.05] [--write]
 *
 * 1. Runs `analyzeArticle` on every train article with `endLog.observe` set, so that every content
 *    whose end may move (`content.ts` `learnedEnd`) is kept with its candidate ends and their
 *    features (`ends.ts` `endCandidates`), the ends left as the rules made them.
 * 2. Matches each content to a gold attribution of the article (the first annotator's, as
 *    `scripts/eval.ts` reads them): the one whose cue overlaps its cue, else the one whose content
 *    starts where it starts. A candidate is positive when it ends where the gold content ends
 *    (whitespace trimmed); contents whose gold end no candidate reaches are not trained on.
 * 3. Fits a conditional logit (a softmax over each content's candidates) with an L2 penalty
 *    (`lambda`) by full-batch Adam; features seen fewer than MIN_COUNT times are dropped.
 * 4. Chooses an end as `ends.ts` `chooseEnd` does: the candidate worth most (its chance of
 *    overlapping the gold content ≥ .5, plus `--exact-weight` times its chance of being exact),
 *    when it is worth `--margin` more than the rules' end.
 * `--cv`: 5-fold cross-validation by article for each lambda; prints, from the out-of-fold choices,
 * how many matched contents (exact, and overlap ≥ .5) the rules' ends and the model's give, for a
 * row of margins, then the gain by fold and by annotator at `--margin` (`--by-cut`: and by where
 * the moved ends go). `--write`: fits on all of train with the first lambda and writes the model
 * module with `--exact-weight` and `--margin`.
 * Dev is never read here: report it with `npx tsx scripts/eval.ts --only polnear`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPolnear, type Frag } from './read-polnear.js';
import { exactMatch, iou, trimFrags } from './eval.js';
import { adamStep, arg, encode, type Encoded } from './training.js';
import { analyzeArticle } from '../src/index.js';
import { endFeatures, endLog, endValues } from '../src/detectors/attributions/ends.js';

/**
 * Features seen fewer times than this in the training rows are dropped (`--min-count`). 5-fold CV
 * on train (lambda 3, exact weight 0.5, margin 0.1; exact / overlap matches against the rules'
 * ends): 20 +148/+262, 10 +166/+272, 5 +166/+276.
 */
const MIN_COUNT = Number(arg('--min-count') ?? '10');
const FOLDS = 5;

/** One content: its candidate ends (rows into the feature lists), which is the rules', and how each scores against gold. */
interface Group {
  article: number;
  /** Who annotated the article (the gains differ by annotator). */
  annotator: string;
  rows: number[];
  ruled: number;
  /** Per candidate: ends where the gold content ends; matches it exactly; overlaps it ≥ .5. */
  positive: boolean[];
  /** Per candidate: the content's length in characters, were it to end there. */
  lengths: number[];
  exact: boolean[];
  overlap: boolean[];
}

function collect(): { groups: Group[]; features: string[][] } {
  const data = readPolnear('train');
  if (data === null) {
    console.log('train-ends: ../shared/datasets/polnear not found');
    process.exit(0);
  }
  const groups: Group[] = [];
  const features: string[][] = [];
  data.articles.forEach((article, index) => {
    const { text } = article;
    const golds = article.attributions.filter((g) => g.content !== undefined).map((g) => ({ cue: trimFrags(text, g.cue ?? []), content: trimFrags(text, g.content ?? []) }));
    endLog.observe = (candidates, scene, a, ctx) => {
      const map = ([s, e]: readonly [number, number]): Frag => {
        const o = ctx.span(s, e);
        return { start: o.start, end: o.end };
      };
      const cue = a.cue === undefined ? undefined : map(a.cue);
      const parts = a.parts.map(map);
      const ruledFrags = trimFrags(text, parts);
      const start = ruledFrags[0]?.start;
      const gold =
        golds.find((g) => cue !== undefined && g.cue.some((f) => f.start < cue.end && cue.start < f.end)) ??
        golds.find((g) => g.content[0]?.start === start);
      if (gold === undefined) return;
      const goldEnd = Math.max(...gold.content.map((f) => f.end));
      const group: Group = { article: index, annotator: article.annotator, rows: [], ruled: -1, positive: [], lengths: [], exact: [], overlap: [] };
      for (const c of candidates) {
        const frags = trimFrags(text, [...parts.slice(0, -1), { start: (parts[parts.length - 1] as Frag).start, end: map([c.end, c.end]).end }]);
        if (c.at === scene.ruled) group.ruled = group.rows.length;
        group.rows.push(features.length);
        features.push(endFeatures(c));
        const end = Math.max(...frags.map((f) => f.end));
        group.positive.push(end === goldEnd);
        group.lengths.push(c.end - a.content[0]);
        group.exact.push(exactMatch(frags, gold.content));
        group.overlap.push(iou(frags, gold.content) >= 0.5);
      }
      if (group.ruled >= 0) groups.push(group);
    };
    try {
      analyzeArticle({ text, id: article.name });
    } finally {
      endLog.observe = undefined;
    }
  });
  return { groups, features };
}

function scores(enc: Encoded, w: Float64Array, g: Group): number[] {
  return g.rows.map((r) => {
    let z = 0;
    for (const j of enc.rows[r] as Int32Array) z += w[j] as number;
    return z;
  });
}

/** Conditional logit: a softmax over each group's candidates, the gold end(s) its target; L2 penalty `lambda`; full-batch Adam. */
function fit(enc: Encoded, groups: readonly Group[], lambda: number, iterations = 300): Float64Array {
  const n = enc.names.length;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const grad = new Float64Array(n);
  const trained = groups.filter((g) => g.positive.some(Boolean));
  for (let t = 1; t <= iterations; t++) {
    grad.fill(0);
    for (const g of trained) {
      const z = scores(enc, w, g);
      const top = Math.max(...z);
      const e = z.map((x) => Math.exp(x - top));
      const sum = e.reduce((a, b) => a + b, 0);
      const positives = g.positive.filter(Boolean).length;
      g.rows.forEach((r, k) => {
        const d = (e[k] as number) / sum - (g.positive[k] ? 1 / positives : 0);
        for (const j of enc.rows[r] as Int32Array) grad[j] = (grad[j] as number) + d;
      });
    }
    for (let j = 0; j < n; j++) grad[j] = (grad[j] as number) + lambda * (w[j] as number);
    adamStep(w, grad, m, v, t, 0.05);
  }
  return w;
}

/** The candidate chosen (`ends.ts` `chooseEnd`): the one worth most when it is worth `margin` more than the rules' end, else the rules'. */
function choice(z: readonly number[], ruled: number, margin: number, lengths: readonly number[]): number {
  const u = endValues(z, lengths, EXACT_WEIGHT);
  let best = ruled;
  for (let k = 0; k < u.length; k++) if ((u[k] as number) > (u[best] as number)) best = k;
  return best !== ruled && (u[best] as number) - (u[ruled] as number) > margin ? best : ruled;
}

function tally(groups: readonly Group[], chosen: readonly number[]): { exact: number; overlap: number } {
  let exact = 0;
  let overlap = 0;
  groups.forEach((g, i) => {
    const k = chosen[i] as number;
    if (g.exact[k]) exact++;
    if (g.overlap[k]) overlap++;
  });
  return { exact, overlap };
}

const MARGINS = [0, 0.02, 0.05, 0.1, 0.15, 0.2];
/**
 * Weight of a candidate's own chance of being exactly right beside its chance of overlapping
 * (`--exact-weight`; `ends.ts` `endValues`). 5-fold CV on train (min count 10, lambda 3, margin
 * 0.05; exact / overlap against the rules' ends): 0.25 +100/+302, 0.5 +156/+276; at min count 20
 * and margin 0.1, 0 −99/+285, 0.5 +148/+262, 1 +196/+210, 2 +210/+205; the most likely end alone +214/+210.
 */
const EXACT_WEIGHT = Number(arg('--exact-weight') ?? '0.25');

function main(): void {
  // Lambda 1 / 3 / 10 (min count 20, exact weight 0.5, margin 0.1): overlap +247 / +262 / +246.
  const lambdas = (arg('--lambda') ?? '3').split(',').map(Number);
  const margin = Number(arg('--margin') ?? '0.05');
  const t0 = performance.now();
  const { groups, features } = collect();
  const all = groups.map((_, i) => i);
  const articles = Math.max(...groups.map((g) => g.article)) + 1;
  const rules = tally(groups, groups.map((g) => g.ruled));
  const best = tally(groups, groups.map((g) => Math.max(0, g.overlap.findIndex(Boolean))));
  console.log(
    `${groups.length} contents, ${features.length} candidate ends, ${groups.filter((g) => g.positive.some(Boolean)).length} with the gold end among them ` +
      `(${groups.filter((g) => g.positive[g.ruled]).length} at the rules' end); ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  console.log(`rules' ends: exact ${rules.exact}, overlap ${rules.overlap}; best candidate (overlap): ${best.overlap}`);
  const rowsOf = (use: readonly number[]): number[] => use.flatMap((i) => (groups[i] as Group).rows);

  if (process.argv.includes('--cv')) {
    for (const lambda of lambdas) {
      const z: number[][] = [];
      for (let fold = 0; fold < FOLDS; fold++) {
        const inFold = (i: number): boolean => Math.floor(((groups[i] as Group).article * FOLDS) / articles) === fold;
        const trainGroups = all.filter((i) => !inFold(i));
        const enc = encode(features, rowsOf(trainGroups), MIN_COUNT);
        const w = fit(enc, trainGroups.map((i) => groups[i] as Group), lambda);
        for (const i of all) if (inFold(i)) z[i] = scores(enc, w, groups[i] as Group);
      }
      const cells = MARGINS.map((mg) => {
        const t = tally(groups, groups.map((g, i) => choice(z[i] as number[], g.ruled, mg, g.lengths)));
        return `${mg}: exact ${t.exact - rules.exact >= 0 ? '+' : ''}${t.exact - rules.exact}, overlap ${t.overlap - rules.overlap >= 0 ? '+' : ''}${t.overlap - rules.overlap}`;
      });
      console.log(`lambda ${lambda}, out of fold, against the rules' ends (margin: change): ${cells.join('  ')}`);
      const folds = Array.from({ length: FOLDS }, (_, fold) => {
        const use = all.filter((i) => Math.floor(((groups[i] as Group).article * FOLDS) / articles) === fold);
        const part = use.map((i) => groups[i] as Group);
        return tally(part, use.map((i) => choice(z[i] as number[], (groups[i] as Group).ruled, margin, (groups[i] as Group).lengths))).overlap - tally(part, part.map((g) => g.ruled)).overlap;
      });
      console.log(`  overlap change by fold (margin ${margin}): ${folds.join(' ')}`);
      const annotators = [...new Set(groups.map((g) => g.annotator))].sort();
      const byAnnotator = annotators.map((name) => {
        const use = all.filter((i) => (groups[i] as Group).annotator === name);
        const part = use.map((i) => groups[i] as Group);
        return `${name} ${tally(part, use.map((i) => choice(z[i] as number[], (groups[i] as Group).ruled, margin, (groups[i] as Group).lengths))).overlap - tally(part, part.map((g) => g.ruled)).overlap}/${part.length}`;
      });
      console.log(`  by annotator: ${byAnnotator.join('  ')}`);
      if (process.argv.includes('--by-cut')) {
        // Where the moved ends go: the chosen candidate's place and cut token, overlap won and lost.
        const byCut = new Map<string, [number, number, number]>();
        groups.forEach((g, i) => {
          const k = choice(z[i] as number[], g.ruled, margin, g.lengths);
          if (k === g.ruled) return;
          const f = features[g.rows[k] as number] as string[];
          const key = `${f.find((x) => x.startsWith('w:'))}|${f.find((x) => x.startsWith('c:'))}`;
          const cell = byCut.get(key) ?? [0, 0, 0];
          cell[0]++;
          if (g.overlap[k] && !g.overlap[g.ruled]) cell[1]++;
          if (!g.overlap[k] && g.overlap[g.ruled]) cell[2]++;
          byCut.set(key, cell);
        });
        for (const [key, [n, won, lost]] of [...byCut].sort((x, y) => y[1][0] - x[1][0])) console.log(`  ${key.padEnd(24)} moved ${n}, overlap won ${won}, lost ${lost}`);
      }
    }
  }

  if (process.argv.includes('--write')) {
    const lambda = lambdas[0] as number;
    const enc = encode(features, rowsOf(all), MIN_COUNT);
    const w = fit(enc, groups, lambda);
    // Weights under 0.01 change no choice that matters (the rounding is also what runs).
    const weights = enc.names.map((f, j) => [f, Math.round((w[j] as number) * 100) / 100] as const).filter(([, x]) => x !== 0);
    w.fill(0);
    for (const [f, x] of weights) w[enc.index.get(f) as number] = x;
    const t = tally(groups, groups.map((g) => choice(scores(enc, w, g), g.ruled, margin, g.lengths)));
    const file = join(import.meta.dirname, '..', 'src', 'lexicons', 'end-model.ts');
    // ASCII only (other characters escaped): V8 keeps a module's source, and one character outside
    // Latin-1 makes the whole text two bytes a character; under tsx, a worker of 32 MB (the
    // workerHeapMb tests) had no room for that.
    const ascii = (name: string): string => JSON.stringify(name).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const body = weights.map(([f, x]) => `    ${ascii(f)}: ${x},`).join('\n');
    writeFileSync(
      file,
      `/**
 * The learned content-end model: a conditional logit choosing where an attribution's content ends
 * among the places it could (\`detectors/attributions/ends.ts\`).
 *
 * Source: trained for slant on PolNeAR train (Newell, Margolin & Ruths, LREC 2018; 840 articles,
 * the first annotator of each), never on dev, by \`npx tsx scripts/train-ends.ts --write --lambda ${lambda} --min-count ${MIN_COUNT} --exact-weight ${EXACT_WEIGHT} --margin ${margin}\`:
 * ${groups.length} contents, ${features.length} candidate ends; L2 penalty ${lambda}; features seen fewer than ${MIN_COUNT} times
 * dropped; weights rounded to 0.01. On train itself (optimistic), matched contents against the
 * rules' ends: exact ${t.exact} (rules ${rules.exact}), overlap of half the union or more ${t.overlap} (rules ${rules.overlap}).
 * Weights are numbers, not text: this module carries no PolNeAR text beyond the feature names
 * (lemmas and token classes). License: MIT, as slant.
 */
export const END_MODEL: { readonly exactWeight: number; readonly margin: number; readonly weights: Readonly<Record<string, number>> } = {
  /** Weight of a candidate's chance of being exactly right beside its chance of overlapping (\`ends.ts\` \`endValues\`). */
  exactWeight: ${EXACT_WEIGHT},
  /** An end moves only when the new one is worth this much more than the rules' end. */
  margin: ${margin},
  weights: {
${body}
  },
};
`,
    );
    console.log(`wrote ${file}: ${weights.length} weights; on train: exact ${t.exact}, overlap ${t.overlap}`);
  }
}

main();
