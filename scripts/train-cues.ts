/**
 * Trains the learned cue model (`src/lexicons/cue-model.ts`) on PolNeAR train.
 *
 *   npx tsx scripts/train-cues.ts [--misses FILE.jsonl] [--cv] [--label exact|head] [--lambda 1,3,10] [--min-count 5] [--keep P --accept P --noun P] [--write]
 *
 * 1. Runs `analyzeArticle` on every train article with `candidateLog.observe` set, so that every
 *    cue the patterns read (lexicon verbs, verbs outside the lexicon, noun cues) is kept and its features
 *    (`learned.ts` `cueFeatures`) recorded.
 * 2. Labels each candidate: 1 when its cue is exactly a gold cue of the article (the first
 *    annotator's, as `scripts/eval.ts` reads them, whitespace trimmed), else 0 (`--label head`: when
 *    its verb lies inside one). It also notes whether the candidate's cue, source and content would
 *    be exact (or, for content, overlap ≥ .5) matches of the gold attribution whose cue holds its
 *    verb, to estimate F1.
 * 3. Fits a logistic regression with an L2 penalty (`lambda`, the bias unpenalised) by full-batch
 *    Adam; features seen fewer than MIN_COUNT times are dropped.
 * `--cv`: 5-fold cross-validation by article for each lambda; prints estimated exact F1 of cue and
 * source and overlap F1 of content for a grid of thresholds (`keep` for lexicon verbs, `accept`
 * for the others; nouns at `--noun`), and for a row of noun thresholds (verbs at `--keep` and
 * `--accept`), from the out-of-fold probabilities. `--write`: fits on all of train with the
 * first lambda and the chosen thresholds (`--keep`, `--accept`, `--noun`) and writes the model module.
 * Dev is never read here: report it with `npx tsx scripts/eval.ts --only polnear`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPolnear, type Frag } from './read-polnear.js';
import { analyzeArticle } from '../src/index.js';
import { candidateLog } from '../src/detectors/attributions/learned.js';
import type { Token } from '../src/nlp/wink.js';
import { adamStep, arg, bounds, encode as encodeFeatures, trim, type Encoded } from './training.js';

/**
 * Features seen fewer times than this in the training rows are dropped (`--min-count`). 5-fold CV on
 * train (cue/source/content estimate, log loss): 10 68.2/66.8/57.8, 0.2476; 5 68.5/67.0/58.0, 0.2451;
 * 3 68.6/67.1/58.1, 0.2438 but 30,764 weights (865 KB of module) against 19,782 (548 KB).
 */
const MIN_COUNT = Number(arg('--min-count') ?? '5');
const FOLDS = 5;
/**
 * What a positive is (`--label`): `exact`, the candidate's cue is a gold cue exactly (the default:
 * it also learns which cues the patterns bound wrongly); `head`, its verb lies inside a gold cue.
 * On train, 5-fold CV: exact 67.3/63.7/56.7 (cue/source/content, at 0.3/0.3), head 65.6/64.1/57.0 (at 0.45/0.45).
 */
const LABEL = arg('--label') ?? 'exact';

interface Sample {
  article: number;
  /** Offset of the cue's verb in the article text. */
  head: number;
  features: string[];
  /** Which threshold keeps it: a lexicon verb, a verb outside the lexicon, or a noun. */
  group: 'lexicon' | 'other' | 'noun';
  /** The verb lies inside a gold cue. */
  label: number;
  cueExact: boolean;
  hasSource: boolean;
  sourceExact: boolean;
  contentOverlap: boolean;
}

function iou(text: string, a: readonly Frag[], b: readonly Frag[]): number {
  const mark = (fs: readonly Frag[]): Set<number> => {
    const s = new Set<number>();
    for (const f of fs) for (let i = f.start; i < f.end; i++) if (!/\s/.test(text[i] ?? '')) s.add(i);
    return s;
  };
  const x = mark(a);
  const y = mark(b);
  let inter = 0;
  for (const i of x) if (y.has(i)) inter++;
  const union = x.size + y.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** Every candidate cue of train, with its features and labels; also the number of gold cues, sources and contents. */
function collect(misses?: string[]): { samples: Sample[]; gold: { cue: number; source: number; content: number } } {
  const data = readPolnear('train');
  if (data === null) {
    console.log('train-cues: ../shared/datasets/polnear not found');
    process.exit(0);
  }
  const samples: Sample[] = [];
  const gold = { cue: 0, source: 0, content: 0 };
  data.articles.forEach((article, index) => {
    const { text } = article;
    const golds = article.attributions.map((g) => ({ g, cue: bounds(text, g.cue), source: bounds(text, g.source) }));
    for (const g of article.attributions) {
      if (g.cue !== undefined) gold.cue++;
      if (g.source !== undefined) gold.source++;
      if (g.content !== undefined) gold.content++;
    }
    candidateLog.observe = (features, cue, a, ctx) => {
      const tok = (i: number): Token => ctx.tokens[i] as Token;
      const span = (start: number, end: number): Frag => {
        const s = ctx.span(start, end);
        return { start: s.start, end: s.end };
      };
      const head = span(tok(cue.head).start, tok(cue.head).end);
      // The cue as reported (`a.cue`: with an infinitive's `to`, `made it clear`), not only the tokens the patterns read.
      const cueSpan = trim(text, a.cue === undefined ? span(tok(cue.first).start, tok(cue.last).end) : span(a.cue[0], a.cue[1]));
      const match = golds.find((x) => x.g.cue?.some((f) => f.start <= head.start && head.end <= f.end) === true);
      const sourceSpan = a.source === undefined ? undefined : trim(text, span(tok(a.source[0]).start, tok(a.source[1]).end));
      const contentParts = a.parts.map(([s, e]) => span(s, e));
      const cueExact = match?.cue !== undefined && match.cue.start === cueSpan.start && match.cue.end === cueSpan.end;
      samples.push({
        article: index,
        head: head.start,
        features: [...features],
        group: cue.noun === true ? 'noun' : cue.cls !== undefined ? 'lexicon' : 'other',
        label: (LABEL === 'exact' ? cueExact : match !== undefined) ? 1 : 0,
        cueExact,
        hasSource: sourceSpan !== undefined,
        sourceExact: sourceSpan !== undefined && match?.source !== undefined && match.source.start === sourceSpan.start && match.source.end === sourceSpan.end,
        contentOverlap: match?.g.content !== undefined && iou(text, match.g.content, contentParts) >= 0.5,
      });
    };
    const before = samples.length;
    let tokens: readonly Token[] = [];
    let span: (start: number, end: number) => Frag = (start, end) => ({ start, end });
    const observe = candidateLog.observe;
    candidateLog.observe = (features, cue, a, ctx, scene) => {
      tokens = ctx.tokens;
      span = (start, end) => ctx.span(start, end);
      observe(features, cue, a, ctx, scene);
    };
    try {
      analyzeArticle({ text, id: article.name });
    } finally {
      candidateLog.observe = undefined;
    }
    if (misses !== undefined) {
      // Gold cues with no candidate whose verb lies inside them: what the patterns never offer.
      const heads = samples.slice(before).map((x) => x.head);
      for (const g of golds) {
        if (g.cue === undefined || heads.some((h) => g.cue!.start <= h && h < g.cue!.end)) continue;
        const inside = tokens.filter((t) => {
          const o = span(t.start, t.end);
          return o.start >= g.cue!.start && o.end <= g.cue!.end;
        });
        misses.push(JSON.stringify({ article: article.name, cue: text.slice(g.cue.start, g.cue.end), tags: inside.map((t) => `${t.lower}/${t.pos}`).join(' '), context: text.slice(Math.max(0, g.cue.start - 80), g.cue.end + 80).replace(/\s+/g, ' ') }));
      }
    }
  });
  return { samples, gold };
}

function encode(samples: readonly Sample[], use: readonly number[]): Encoded {
  return encodeFeatures(samples.map((s) => s.features), use, MIN_COUNT);
}

/** Logistic regression, L2 penalty `lambda` (the bias, feature `bias`, unpenalised), full-batch Adam. */
function fit(enc: Encoded, samples: readonly Sample[], use: readonly number[], lambda: number, iterations = 400): Float64Array {
  const n = enc.names.length;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const grad = new Float64Array(n);
  const bias = enc.index.get('bias') ?? -1;
  const rate = 0.05;
  for (let t = 1; t <= iterations; t++) {
    grad.fill(0);
    for (const k of use) {
      const row = enc.rows[k] as Int32Array;
      let z = 0;
      for (const j of row) z += w[j] as number;
      const g = 1 / (1 + Math.exp(-z)) - (samples[k] as Sample).label;
      for (const j of row) grad[j] = (grad[j] as number) + g;
    }
    for (let j = 0; j < n; j++) if (j !== bias) grad[j] = (grad[j] as number) + lambda * (w[j] as number);
    adamStep(w, grad, m, v, t, rate);
  }
  return w;
}

function probability(enc: Encoded, w: Float64Array, features: readonly string[]): number {
  let z = 0;
  for (const f of features) {
    const j = enc.index.get(f);
    if (j !== undefined) z += w[j] as number;
  }
  return 1 / (1 + Math.exp(-z));
}

function f1(tp: number, pred: number, gold: number): number {
  return pred + gold === 0 ? 0 : (2 * tp) / (pred + gold);
}

/** Estimated F1 of cue (exact), source (exact) and content (overlap) when candidates are kept by the thresholds. */
function estimate(samples: readonly Sample[], p: Float64Array, keep: number, accept: number, noun: number, gold: { cue: number; source: number; content: number }): [number, number, number] {
  let kept = 0;
  let withSource = 0;
  let cue = 0;
  let source = 0;
  let content = 0;
  samples.forEach((s, k) => {
    if ((p[k] as number) < (s.group === 'noun' ? noun : s.group === 'lexicon' ? keep : accept)) return;
    kept++;
    if (s.hasSource) withSource++;
    if (s.cueExact) cue++;
    if (s.sourceExact) source++;
    if (s.contentOverlap) content++;
  });
  return [f1(cue, kept, gold.cue), f1(source, withSource, gold.source), f1(content, kept, gold.content)];
}

function main(): void {
  const lambdas = (arg('--lambda') ?? '3').split(',').map(Number);
  const keep = Number(arg('--keep') ?? '0.3');
  const accept = Number(arg('--accept') ?? '0.3');
  const noun = Number(arg('--noun') ?? '0.5');
  const t0 = performance.now();
  const missFile = arg('--misses');
  const misses: string[] | undefined = missFile === undefined ? undefined : [];
  const { samples, gold } = collect(misses);
  if (missFile !== undefined && misses !== undefined) {
    writeFileSync(missFile, misses.join('\n') + '\n');
    console.log(`${misses.length} gold cues with no candidate written to ${missFile}`);
  }
  const positives = samples.filter((s) => s.label === 1).length;
  console.log(`${samples.length} candidates (${samples.filter((s) => s.group === 'lexicon').length} lexicon verbs, ${samples.filter((s) => s.group === 'noun').length} nouns), ${positives} positive (--label ${LABEL}); gold cues ${gold.cue}; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const all = samples.map((_, k) => k);
  const articles = Math.max(...samples.map((s) => s.article)) + 1;
  const everything = new Float64Array(samples.length).fill(1);
  for (const name of ['lexicon', 'other', 'noun'] as const) {
    const group = samples.filter((s) => s.group === name);
    const inside = group.filter((s) => s.label === 1);
    console.log(
      `${name === 'noun' ? 'nouns' : `${name} verbs`}: ${group.length}, inside a gold cue ${inside.length}, of which cue exact ${inside.filter((s) => s.cueExact).length}, ` +
        `source exact ${inside.filter((s) => s.sourceExact).length}, content overlap ${inside.filter((s) => s.contentOverlap).length}`,
    );
  }
  console.log(`all candidates kept: cue/source/content ${estimate(samples, everything, 0, 0, 0, gold).map((x) => (100 * x).toFixed(1)).join('/')}`);

  if (process.argv.includes('--cv')) {
    for (const lambda of lambdas) {
      const p = new Float64Array(samples.length);
      for (let fold = 0; fold < FOLDS; fold++) {
        const inFold = (k: number): boolean => Math.floor(((samples[k] as Sample).article * FOLDS) / articles) === fold;
        const trainRows = all.filter((k) => !inFold(k));
        const enc = encode(samples, trainRows);
        const w = fit(enc, samples, trainRows, lambda);
        for (const k of all) if (inFold(k)) p[k] = probability(enc, w, (samples[k] as Sample).features);
      }
      let logLoss = 0;
      samples.forEach((s, k) => {
        const q = Math.min(1 - 1e-9, Math.max(1e-9, p[k] as number));
        logLoss -= s.label === 1 ? Math.log(q) : Math.log(1 - q);
      });
      console.log(`\nlambda ${lambda}: out-of-fold log loss ${(logLoss / samples.length).toFixed(4)}`);
      console.log(`nouns (keep ${keep}, accept ${accept}): ` + NOUNS.map((n) => `${n} ${estimate(samples, p, keep, accept, n, gold).map((x) => (100 * x).toFixed(1)).join('/')}`).join('  '));
      console.log(`keep\\accept (nouns ${noun}) ` + ACCEPTS.map((a) => String(a).padEnd(16)).join(''));
      for (const keep of KEEPS) {
        const cells = ACCEPTS.map((accept) => estimate(samples, p, keep, accept, noun, gold).map((x) => (100 * x).toFixed(1)).join('/').padEnd(16));
        console.log(`${String(keep).padEnd(12)}${cells.join('')}`);
      }
    }
  }

  if (process.argv.includes('--write')) {
    const lambda = lambdas[0] as number;
    const enc = encode(samples, all);
    const w = fit(enc, samples, all, lambda);
    // Weights under 0.01 change no decision that matters (the rounding is also what runs).
    const weights = enc.names.map((f, j) => [f, Math.round((w[j] as number) * 100) / 100] as const).filter(([, x]) => x !== 0);
    w.fill(0);
    for (const [f, x] of weights) w[enc.index.get(f) as number] = x;
    const p = Float64Array.from(samples.map((s) => probability(enc, w, s.features)));
    const [c, s, t] = estimate(samples, p, keep, accept, noun, gold);
    const file = join(import.meta.dirname, '..', 'src', 'lexicons', 'cue-model.ts');
    const body = weights.map(([f, x]) => `    ${JSON.stringify(f)}: ${x},`).join('\n');
    writeFileSync(
      file,
      `/**
 * The learned cue model: a logistic regression deciding whether a cue the attribution patterns
 * read is an attribution as PolNeAR's annotators mark them (\`detectors/attributions/learned.ts\`).
 *
 * Source: trained for slant on PolNeAR train (Newell, Margolin & Ruths, LREC 2018; 840 articles,
 * the first annotator of each), never on dev, by \`npx tsx scripts/train-cues.ts --write --label ${LABEL} --lambda ${lambda} --min-count ${MIN_COUNT} --keep ${keep} --accept ${accept} --noun ${noun}\`:
 * ${samples.length} candidate cues, ${positives} of them positive (${LABEL === 'exact' ? 'exactly a gold cue' : 'inside a gold cue'}); L2 penalty ${lambda}; features seen fewer than
 * ${MIN_COUNT} times dropped; weights rounded to 0.01. Thresholds chosen by 5-fold cross-validation
 * on train (\`--cv\`). Estimated on train itself (optimistic): cue exact F1 ${(100 * c).toFixed(1)}, source exact
 * F1 ${(100 * s).toFixed(1)}, content overlap F1 ${(100 * t).toFixed(1)}. Weights are numbers, not text: this
 * module carries no PolNeAR text beyond the feature names (lemmas and token classes). License: MIT, as slant.
 */
export const CUE_MODEL: { readonly keep: number; readonly accept: number; readonly noun: number; readonly weights: Readonly<Record<string, number>> } = {
  /** Lexicon verbs are kept at this probability or more. */
  keep: ${keep},
  /** Verbs outside the lexicon are kept at this probability or more. */
  accept: ${accept},
  /** Noun and adjective cues (\`nouns.ts\`) are kept at this probability or more. */
  noun: ${noun},
  weights: {
${body}
  },
};
`,
    );
    console.log(`wrote ${file}: ${weights.length} weights; on train: cue/source/content ${[c, s, t].map((x) => (100 * x).toFixed(1)).join('/')}`);
  }
}

const KEEPS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
const ACCEPTS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
const NOUNS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 1.01];

main();
