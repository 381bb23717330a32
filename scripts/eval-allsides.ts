/**
 * Do slant's profile figures alone tell left-leaning outlets from right-leaning ones? Measured on
 * the AllSides sample (outlets labelled left / center / right by AllSides). Run by `npm run eval`
 * after PolNeAR and BASIL, or alone:
 *
 *   npx tsx scripts/eval-allsides.ts [--limit N] [--min-articles N] [--json FILE] [--check]
 *                                    [--save-profiles FILE] [--profiles FILE] [--permutations N]
 *                                    [--resample N]
 *
 * Protocol:
 * 1. Every article is analysed (`analyzeArticle({ text, id, source, date, title })`) and folded
 *    into one of its outlet's PARTS part profiles (article i of an outlet into part i mod PARTS)
 *    as the file streams by (`buildProfiles` per batch, then `mergeProfiles`): no more than one
 *    batch of analyses is ever held. An outlet's profile is its parts merged.
 * 2. Each outlet becomes one row of FEATURES: a fixed list of scalar profile figures, chosen before
 *    any result was seen (see FEATURES below). Outlets count equally, whatever their size.
 * 3. Outlets labelled left or right with at least 20 articles (`--min-articles`) are classified
 *    leave-one-outlet-out: each outlet is predicted by a model fitted on all the others. Every
 *    step that learns from data (means and standard deviations for standardising, centroids,
 *    weights, the choice of λ or of k) sees the training outlets only; the choices of λ and k are
 *    made by a leave-one-out inside the training outlets (nested).
 *    - majority: the training outlets' majority class (the baseline)
 *    - nearest centroid on all the standardised figures
 *    - nearest centroid on the k figures with the largest |Cohen's d| in the training outlets,
 *      k ∈ K_GRID chosen by the inner leave-one-out (ties: the smaller k)
 *    - logistic regression with an L2 penalty (accelerated gradient descent, written here),
 *      λ ∈ LAMBDA_GRID chosen by the inner leave-one-out (ties: the larger λ)
 *    Accuracy, and balanced accuracy (the mean of the per-class recalls).
 * 4. Shuffled-label control: the same leave-one-out, nested choices included, with the outlets'
 *    labels permuted (seeds 1, 2, …): the mean and highest accuracy over the runs, and
 *    p = (1 + runs at or above the real accuracy) / (1 + runs). `--permutations N` (default 200)
 *    runs for the nearest centroid, N / 10 for the top-k one and N / 40 for the logistic
 *    regression, whose nested leave-one-out costs most (about 20 s a run).
 * 5. Which figures carry the signal: Cohen's d (right − left, pooled standard deviation) of each
 *    figure over the outlets, and the weights of a logistic regression fitted on all of them
 *    (λ chosen by leave-one-out). Descriptive: not used to score the classifiers.
 * 6. Extra lines: the three classes (center too) by nearest centroid, against the majority; and
 *    the mean P(right) the logistic regression gives held-out left and right outlets and the
 *    center outlets it never saw.
 *
 * 7. Article resampling, `--resample N` (default 20, `GATE_REPLICATES`; 0 skips it): how far the
 *    accuracies move by chance. N replicates, each drawing every outlet's parts again with
 *    replacement (seeds 1 … N) and classifying as in 3 and 6 (left/right models, three-class
 *    centroid): each model's mean, standard deviation and range (`allsides.resample.<model>.mean`,
 *    `.sd`). With 44 outlets one outlet is 2.3 points; this measures the spread that comes from
 *    which articles were sampled. The MEANS are what `--check` compares with the floors: the
 *    single run's accuracies are printed and recorded but, jumping a whole outlet at a time, are
 *    not checked.
 *
 * Outlets whose articles carry different labels (AllSides re-rated them: ProPublica) are left out.
 *
 * Outputs: a table on stdout. `--json FILE` merges the figures into FILE under `figures`, with flat
 * names such as `allsides.centroid.accuracy`, `allsides.logistic.balanced`,
 * `allsides.majority.accuracy`, `allsides.shuffled.logistic.accuracy`. `--check`: compares with
 * eval/floors.json, key `allsides` (full runs with the default 20 replicates only). `--save-profiles FILE`
 * writes the outlets' profiles, their parts (about 40 MB for the whole sample) and labels;
 * `--profiles FILE` reads them instead of analysing the articles again (the figures are derived
 * afresh from the counts). No dataset: one line, exit 0.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceProfile } from '../src/index.js';
import { allSidesPath, readAllSides } from './datasets.js';
import { checkFloors, mergeJsonOutput, writeOutput } from './eval-floors.js';

// ---------------------------------------------------------------------------------------------
// The figures: fixed before any result was seen.

/** Voice types of `quoteShareByType`. */
const VOICE_TYPES = ['person', 'organisation', 'government', 'media', 'document', 'anonymous', 'group'] as const;
/** Cue classes of `cueClassShare` (src/lexicons/reporting-verbs.ts). */
const CUE_CLASSES = ['neutral', 'confirming', 'distancing', 'confrontational', 'conceding', 'denying', 'requesting', 'publishing', 'believing', 'evaluating', 'attributive'] as const;
/** Wording categories of `wordingRates` found in both voices, and `loaded`. */
const WORDING = ['hedge', 'booster', 'factive', 'assertive', 'intensifier', 'emotive', 'evaluative', 'dysphemism', 'euphemism', 'loaded'] as const;
/** Wording categories found in the outlet's own voice only. */
const WORDING_OWN_ONLY = ['scare-quote', 'agentless-passive'] as const;
/** Frames (src/lexicons/frames.ts) by family: each frame's share of its family's cue weight. */
const FRAME_FAMILIES = {
  generic: ['conflict', 'responsibility', 'human-interest', 'economic', 'morality'],
  policy: [
    'capacity-resources', 'fairness-equality', 'legality', 'policy-prescription', 'crime-punishment', 'security-defense',
    'health-safety', 'quality-of-life', 'cultural-identity', 'public-opinion', 'political', 'external-regulation',
  ],
} as const;

/** One figure: its name (as printed) and how it is read from a profile. */
export interface Feature {
  name: string;
  of: (p: SourceProfile) => number;
}

const frameShare = (p: SourceProfile, frame: string, family: readonly string[]): number => {
  const total = family.reduce((s, f) => s + (p.figures.frames[f] ?? 0), 0);
  return total > 0 ? (p.figures.frames[frame] ?? 0) / total : 0;
};

/**
 * The 65 scalar figures an outlet is described by: attribution (how much and whom it quotes, and
 * with which verbs), wording in its own voice and in quotes (per 1,000 words of that voice),
 * AFINN sentiment per word of each voice, and frame shares. Missing keys are 0.
 */
export const FEATURES: readonly Feature[] = [
  { name: 'quotes per 1000 words', of: (p) => p.figures.quotesPer1000Words },
  { name: 'direct share', of: (p) => p.figures.directShare },
  { name: 'anonymous share', of: (p) => p.figures.anonymousShare },
  { name: 'relayed share', of: (p) => p.figures.relayedShare },
  { name: 'according to per 1000 words', of: (p) => p.figures.accordingToPer1000Words },
  {
    name: 'quoted word share', // words inside quote marks / all words
    of: (p) => {
      const { own, quoted } = p.counts.voiceWords;
      return own + quoted > 0 ? quoted / (own + quoted) : 0;
    },
  },
  ...VOICE_TYPES.map((t) => ({ name: `quotes by ${t}`, of: (p: SourceProfile) => p.figures.quoteShareByType[t] ?? 0 })),
  ...CUE_CLASSES.map((c) => ({ name: `cue ${c}`, of: (p: SourceProfile) => p.figures.cueClassShare[c] ?? 0 })),
  ...[...WORDING, ...WORDING_OWN_ONLY].map((w) => ({ name: `own ${w}`, of: (p: SourceProfile) => p.figures.wordingRates.own[w] ?? 0 })),
  ...WORDING.map((w) => ({ name: `quoted ${w}`, of: (p: SourceProfile) => p.figures.wordingRates.quoted[w] ?? 0 })),
  { name: 'sentiment own', of: (p) => p.figures.sentiment.own },
  { name: 'sentiment quoted', of: (p) => p.figures.sentiment.quoted },
  ...Object.values(FRAME_FAMILIES).flatMap((family) => family.map((f) => ({ name: `frame ${f}`, of: (p: SourceProfile) => frameShare(p, f, family) }))),
];

/** An outlet's row of figures, in the order of `features`. */
export function featureRow(p: SourceProfile, features: readonly Feature[] = FEATURES): number[] {
  return features.map((f) => {
    const x = f.of(p);
    return Number.isFinite(x) ? x : 0;
  });
}

// ---------------------------------------------------------------------------------------------
// Pure parts: standardising, classifiers, leave-one-out, effect sizes.

type Matrix = readonly (readonly number[])[];
/** Fits a model on rows `X` with class labels `y` (0, 1, …) and returns its predictor. */
export type Fit = (X: Matrix, y: readonly number[]) => (x: readonly number[]) => number;

/** Column means and standard deviations (population; a constant column gets sd 1). */
export function standardiser(X: Matrix): { mean: number[]; sd: number[]; apply: (x: readonly number[]) => number[] } {
  const p = X[0]?.length ?? 0;
  const mean = new Array<number>(p).fill(0);
  const sd = new Array<number>(p).fill(0);
  for (const row of X) row.forEach((v, j) => (mean[j] = (mean[j] as number) + v / X.length));
  for (const row of X) row.forEach((v, j) => (sd[j] = (sd[j] as number) + (v - (mean[j] as number)) ** 2 / X.length));
  for (let j = 0; j < p; j++) sd[j] = Math.sqrt(sd[j] as number) > 1e-12 ? Math.sqrt(sd[j] as number) : 1;
  return { mean, sd, apply: (x) => x.map((v, j) => (v - (mean[j] as number)) / (sd[j] as number)) };
}

/** Wraps a fit so that it standardises with the training rows' means and sds only. */
export function standardised(fit: Fit): Fit {
  return (X, y) => {
    const s = standardiser(X);
    const predict = fit(X.map(s.apply), y);
    return (x) => predict(s.apply(x));
  };
}

/** The most frequent label (ties: the smallest). */
export function majority(y: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const c of y) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** Predicts the training rows' majority class, whatever the row. */
export const fitMajority: Fit = (_X, y) => {
  const m = majority(y);
  return () => m;
};

/** Nearest centroid (squared Euclidean distance to each class's mean row; ties: the training majority). */
export const fitCentroid: Fit = (X, y) => {
  const classes = [...new Set(y)].sort((a, b) => a - b);
  const fallback = majority(y);
  const centroids = classes.map((c) => {
    const rows = X.filter((_, i) => y[i] === c);
    const p = rows[0]?.length ?? 0;
    const m = new Array<number>(p).fill(0);
    for (const row of rows) row.forEach((v, j) => (m[j] = (m[j] as number) + v / rows.length));
    return m;
  });
  return (x) => {
    let best = fallback;
    let bestD = Infinity;
    centroids.forEach((m, k) => {
      const d = x.reduce((s, v, j) => s + (v - (m[j] as number)) ** 2, 0);
      if (d < bestD - 1e-12 || (Math.abs(d - bestD) <= 1e-12 && classes[k] === fallback)) {
        bestD = d;
        best = classes[k] as number;
      }
    });
    return best;
  };
};

/** A fitted logistic regression: P(class 1 | x) = σ(b + w·x). */
export interface LogisticModel {
  w: number[];
  b: number;
  iterations: number;
}

/**
 * L2-regularised logistic regression (labels 0 and 1) by accelerated gradient descent on mean
 * log-loss + λ/2 · |w|² (the intercept is not penalised): Nesterov's momentum, restarted whenever
 * the gradient turns against the last step (O'Donoghue & Candès 2015), with the step 1 / L, L the
 * gradient's Lipschitz constant (¼ of Zᵀ Z / n's largest eigenvalue, Z = X with a column of ones,
 * by power iteration, plus λ). Starts from `start` (a warm start) or zero; stops when the
 * gradient's norm is below `tolerance`.
 */
export function logistic(
  X: Matrix,
  y: readonly number[],
  lambda: number,
  { tolerance = 1e-5, maxIterations = 20_000, start }: { tolerance?: number; maxIterations?: number; start?: LogisticModel } = {},
): LogisticModel {
  const n = X.length;
  const p = X[0]?.length ?? 0;
  const q = p + 1;
  const Z = new Float64Array(n * q);
  X.forEach((row, i) => {
    row.forEach((v, j) => (Z[i * q + j] = v));
    Z[i * q + p] = 1;
  });
  const zv = new Float64Array(n);
  const product = (v: Float64Array, out: Float64Array): void => {
    // out = Zᵀ (Z v) / n
    out.fill(0);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < q; j++) s += (Z[i * q + j] as number) * (v[j] as number);
      zv[i] = s;
      for (let j = 0; j < q; j++) out[j] = (out[j] as number) + (s * (Z[i * q + j] as number)) / n;
    }
  };
  let v = new Float64Array(q).fill(1);
  let u = new Float64Array(q);
  let top = 0;
  for (let k = 0; k < 30; k++) {
    product(v, u);
    top = Math.hypot(...u);
    if (top === 0) break;
    for (let j = 0; j < q; j++) u[j] = (u[j] as number) / top;
    [v, u] = [u, v];
  }
  const L = 0.25 * top * 1.05 + lambda; // 5 % above the estimate: power iteration approaches it from below
  const gradient = (theta: Float64Array, g: Float64Array): number => {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let j = 0; j < q; j++) z += (Z[i * q + j] as number) * (theta[j] as number);
      const r = (1 / (1 + Math.exp(-z)) - (y[i] as number)) / n;
      for (let j = 0; j < q; j++) g[j] = (g[j] as number) + r * (Z[i * q + j] as number);
    }
    let norm = 0;
    for (let j = 0; j < q; j++) {
      if (j < p) g[j] = (g[j] as number) + lambda * (theta[j] as number);
      norm += (g[j] as number) ** 2;
    }
    return Math.sqrt(norm);
  };
  let theta = new Float64Array(q);
  if (start !== undefined && start.w.length === p) {
    theta.set(start.w);
    theta[p] = start.b;
  }
  let next = new Float64Array(q);
  const look = Float64Array.from(theta);
  const g = new Float64Array(q);
  let t = 1;
  let it = 0;
  for (; it < maxIterations; it++) {
    const norm = gradient(look, g);
    let turn = 0;
    for (let j = 0; j < q; j++) {
      next[j] = (look[j] as number) - (g[j] as number) / L;
      turn += (g[j] as number) * ((next[j] as number) - (theta[j] as number));
    }
    if (norm < tolerance) {
      theta = next;
      break;
    }
    const t1 = turn > 0 ? 1 : (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    const beta = turn > 0 ? 0 : (t - 1) / t1;
    for (let j = 0; j < q; j++) look[j] = (next[j] as number) + beta * ((next[j] as number) - (theta[j] as number));
    t = t1;
    [theta, next] = [next, theta];
  }
  return { w: Array.from(theta.subarray(0, p)), b: theta[p] as number, iterations: it };
}

/** σ(b + w·x). */
export const probability = (m: LogisticModel, x: readonly number[]): number => 1 / (1 + Math.exp(-(m.b + x.reduce((s, v, j) => s + v * (m.w[j] as number), 0))));

/** Logistic regression with a fixed λ, as a Fit (class 1 when P ≥ 0.5). */
export const fitLogistic =
  (lambda: number): Fit =>
  (X, y) => {
    const m = logistic(X, y, lambda);
    return (x) => (probability(m, x) >= 0.5 ? 1 : 0);
  };

/** Leave-one-out splits of n rows: each row is the test row once, the others train. */
export function leaveOneOut(n: number): Array<{ train: number[]; test: number }> {
  return Array.from({ length: n }, (_, test) => ({ train: Array.from({ length: n }, (_, i) => i).filter((i) => i !== test), test }));
}

/** Leave-one-out predictions: row i is predicted by `fit` on all the other rows. */
export function looPredict(X: Matrix, y: readonly number[], fit: Fit): number[] {
  return leaveOneOut(X.length).map(({ train, test }) => {
    const predict = fit(train.map((i) => X[i] as readonly number[]), train.map((i) => y[i] as number));
    return predict(X[test] as readonly number[]);
  });
}

export function accuracy(y: readonly number[], predicted: readonly number[]): number {
  return y.length === 0 ? 0 : y.filter((c, i) => predicted[i] === c).length / y.length;
}

/** The mean over classes of the share of each class's rows predicted right. */
export function balancedAccuracy(y: readonly number[], predicted: readonly number[]): number {
  const classes = [...new Set(y)];
  if (classes.length === 0) return 0;
  return classes.reduce((s, c) => {
    const rows = y.map((v, i) => [v, i] as const).filter(([v]) => v === c);
    return s + rows.filter(([, i]) => predicted[i] === c).length / rows.length;
  }, 0) / classes.length;
}

/** Picks the candidate whose fit has the best leave-one-out accuracy on (X, y); ties: the first listed. */
export function chooseByLoo<T>(X: Matrix, y: readonly number[], candidates: readonly T[], fitOf: (c: T) => Fit): T {
  let best = candidates[0] as T;
  let bestAcc = -1;
  for (const c of candidates) {
    const acc = accuracy(y, looPredict(X, y, fitOf(c)));
    if (acc > bestAcc) {
      bestAcc = acc;
      best = c;
    }
  }
  return best;
}

/** λ values tried by the nested choice, largest (simplest) first so that ties go to it. */
export const LAMBDA_GRID = [10, 1, 0.1, 0.01] as const;
/** k values tried by the nested top-k centroid, smallest first so that ties go to it. */
export const K_GRID = [3, 5, 10, 20, Infinity] as const;

/**
 * Logistic regression whose λ is chosen by a leave-one-out inside the training rows (each inner
 * fold standardised on its own training rows; ties: the first λ of the grid). Each inner fit starts
 * from the previous one's solution: the same optimum, found faster.
 */
export const fitLogisticNested =
  (grid: readonly number[] = LAMBDA_GRID): Fit =>
  (X, y) => {
    let best = grid[0] as number;
    let bestAcc = -1;
    let start: LogisticModel | undefined;
    for (const lambda of grid) {
      let right = 0;
      for (const { train, test } of leaveOneOut(X.length)) {
        const s = standardiser(train.map((i) => X[i] as readonly number[]));
        const m = logistic(train.map((i) => s.apply(X[i] as readonly number[])), train.map((i) => y[i] as number), lambda, start === undefined ? {} : { start });
        start = m;
        if ((probability(m, s.apply(X[test] as readonly number[])) >= 0.5 ? 1 : 0) === y[test]) right++;
      }
      if (right > bestAcc) {
        bestAcc = right;
        best = lambda;
      }
    }
    return standardised(fitLogistic(best))(X, y);
  };

/** Cohen's d of each column between class 1 and class 0: (mean₁ − mean₀) / pooled sd (0 when the sd is 0). */
export function cohensD(X: Matrix, y: readonly number[]): number[] {
  const p = X[0]?.length ?? 0;
  const n = [0, 0];
  const sum = [new Array<number>(p).fill(0), new Array<number>(p).fill(0)];
  const sq = [new Array<number>(p).fill(0), new Array<number>(p).fill(0)];
  X.forEach((row, i) => {
    const c = y[i] === 1 ? 1 : y[i] === 0 ? 0 : -1;
    if (c < 0) return;
    n[c] = (n[c] as number) + 1;
    const s = sum[c] as number[];
    const s2 = sq[c] as number[];
    row.forEach((v, j) => {
      s[j] = (s[j] as number) + v;
      s2[j] = (s2[j] as number) + v * v;
    });
  });
  const [n0, n1] = n as [number, number];
  if (n0 < 2 || n1 < 2) return new Array<number>(p).fill(0);
  return Array.from({ length: p }, (_, j) => {
    const m1 = (sum[1]?.[j] as number) / n1;
    const m0 = (sum[0]?.[j] as number) / n0;
    const ss = (sq[1]?.[j] as number) - n1 * m1 * m1 + (sq[0]?.[j] as number) - n0 * m0 * m0;
    const sd = Math.sqrt(Math.max(0, ss) / (n0 + n1 - 2));
    return sd > 1e-12 * (1 + Math.abs(m0) + Math.abs(m1)) ? (m1 - m0) / sd : 0;
  });
}

/** Nearest centroid (standardised) on the k columns with the largest |Cohen's d| in the training rows. */
export const fitTopKCentroid =
  (k: number): Fit =>
  (X, y) => {
    const d = cohensD(X, y);
    const keep = d.map((v, j) => [Math.abs(v), j] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, k).map(([, j]) => j);
    const pick = (x: readonly number[]): number[] => keep.map((j) => x[j] as number);
    const predict = standardised(fitCentroid)(X.map(pick), y);
    return (x) => predict(pick(x));
  };

/** Top-k nearest centroid whose k is chosen by a leave-one-out inside the training rows. */
export const fitTopKNested =
  (grid: readonly number[] = K_GRID): Fit =>
  (X, y) => {
    const k = chooseByLoo(X, y, grid, fitTopKCentroid);
    return fitTopKCentroid(k)(X, y);
  };

/** A seeded pseudo-random generator in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `xs` in a seeded random order (Fisher–Yates). */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  const r = random(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Leave-one-out accuracy with the labels permuted, over seeds 1…n: the mean, the highest, and the permutation p-value of `observed`. */
export function shuffledControl(X: Matrix, y: readonly number[], fit: Fit, permutations: number, observed: number): { mean: number; max: number; p: number } {
  let sum = 0;
  let max = 0;
  let atLeast = 0;
  for (let seed = 1; seed <= permutations; seed++) {
    const ys = shuffled(y, seed);
    const acc = accuracy(ys, looPredict(X, ys, fit));
    sum += acc;
    max = Math.max(max, acc);
    if (acc >= observed - 1e-12) atLeast++;
  }
  return { mean: permutations > 0 ? sum / permutations : 0, max, p: (1 + atLeast) / (1 + permutations) };
}

// ---------------------------------------------------------------------------------------------
// Running it

export interface AllSidesOptions {
  json?: string | undefined;
  check?: boolean;
  /** Read only the first N articles (quick runs). */
  limit?: number | undefined;
  /** Outlets need this many articles to be classified (default 20). */
  minArticles?: number | undefined;
  /** Write the outlets' profiles and labels to this file. */
  saveProfiles?: string | undefined;
  /** Read the outlets' profiles and labels from this file instead of analysing the articles. */
  profiles?: string | undefined;
  /**
   * Permutations of the shuffled-label control for the nearest centroid (default 200); the nested
   * ones cost far more: the top-k centroid gets a tenth of them, the logistic regression a fortieth.
   */
  permutations?: number | undefined;
  /**
   * Article-resampling replicates (default {@link GATE_REPLICATES}; 0: none): each re-runs the
   * leave-one-out on profiles whose articles were drawn again ({@link drawParts}). Their mean
   * accuracies are the figures `--check` compares with the floors.
   */
  resample?: number | undefined;
}

export interface AllSidesResult {
  figures: Record<string, number>;
  failed: boolean;
}

type Bias = 'left' | 'center' | 'right' | 'mixed';
interface Outlets {
  profiles: SourceProfile[];
  /**
   * Each outlet's articles in PARTS profiles (article i of an outlet in part i mod PARTS), named
   * `outlet` + PART_MARK + part: what `--resample` draws from. Absent in files saved before them.
   */
  parts?: SourceProfile[];
  bias: Record<string, Bias>;
  articles: number;
  crashes: number;
  /** Wall-clock and CPU seconds of reading and analysing (0 when read from a file). */
  seconds: number;
  cpuSeconds: number;
}

const BATCH = 250;
/** Parts per outlet for the article-resampling replicates of `--resample`. */
export const PARTS = 10;
/**
 * Replicates by default, and for `--check`: the floors are on the replicates' mean accuracies.
 * A single run's accuracy jumps 2.3 points whenever one of the 44 outlets changes side, which a
 * small change to the profiles does by chance (measured: sd 5 to 10 points over replicates); the
 * mean over 20 fixed draws moves by a fraction of that for the same change, so the check can be
 * tight and still not fail by chance.
 */
export const GATE_REPLICATES = 20;
/** Joins an outlet's name and its part number in a part profile's `source`. */
const PART_MARK = '\u0001';

/** The outlet a part profile belongs to. */
const outletOf = (part: SourceProfile): string => part.source.slice(0, part.source.lastIndexOf(PART_MARK));

/**
 * Streams the articles, analyses them and folds them into per-outlet part profiles (article i of an
 * outlet into part i mod PARTS); the outlets' profiles are their parts merged (`mergeProfiles` gives
 * exactly the profiles of one pass).
 */
async function buildOutlets(path: string, limit: number | undefined): Promise<Outlets> {
  const { analyzeArticle, buildProfiles, mergeProfiles } = await import('../src/index.js');
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const bias: Record<string, Bias> = {};
  const seen: Record<string, number> = {};
  let parts: SourceProfile[] = [];
  let batch: ReturnType<typeof analyzeArticle>[] = [];
  let articles = 0;
  let crashes = 0;
  let firstCrash = '';
  const flush = (): void => {
    if (batch.length === 0) return;
    parts = mergeProfiles(parts, buildProfiles(batch, { evidence: false }));
    batch = [];
  };
  const progress = process.stderr.isTTY === true;
  for await (const r of readAllSides(path)) {
    if (limit !== undefined && articles >= limit) break;
    articles++;
    // An outlet whose articles carry different labels (AllSides re-rated it) is `mixed` and left out.
    const known = bias[r.source];
    bias[r.source] = known === undefined || known === r.bias ? r.bias : 'mixed';
    const part = (seen[r.source] = (seen[r.source] ?? -1) + 1) % PARTS;
    try {
      const analysis = analyzeArticle({ text: r.text, id: r.id, source: r.source, date: r.date, title: r.title });
      batch.push({ ...analysis, source: `${r.source}${PART_MARK}${part}` });
    } catch (e) {
      crashes++;
      if (firstCrash === '') firstCrash = `${r.id}: ${(e as Error).message}`;
    }
    if (batch.length >= BATCH) flush();
    if (progress && articles % 500 === 0) process.stderr.write(`\rAllSides: ${articles} articles analysed`);
  }
  flush();
  if (progress) process.stderr.write('\r\x1b[K');
  if (crashes > 0) console.log(`analyzeArticle threw on ${crashes} article(s), left out; first: ${firstCrash}`);
  const cpu = process.cpuUsage(cpu0);
  const profiles = await mergeParts(parts.map((p) => ({ outlet: outletOf(p), part: p })));
  return { profiles, parts, bias, articles, crashes, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** One profile per outlet from part profiles (a part may come more than once: its counts add again). */
async function mergeParts(draws: ReadonlyArray<{ outlet: string; part: SourceProfile }>): Promise<SourceProfile[]> {
  const { ProfileBuilder } = await import('../src/profile/profiles.js');
  const builder = new ProfileBuilder({ evidence: false });
  for (const { outlet, part } of draws) builder.merge({ ...part, source: outlet });
  return builder.profiles();
}

/**
 * One article-resampling replicate: for each outlet, as many parts as it has, drawn with
 * replacement (seeded). A bootstrap at the level of parts of about a tenth of an outlet's articles.
 */
export function drawParts<T>(partsByOutlet: ReadonlyMap<string, readonly T[]>, seed: number): Array<{ outlet: string; part: T }> {
  const r = random(seed);
  const draws: Array<{ outlet: string; part: T }> = [];
  for (const [outlet, parts] of partsByOutlet) for (let i = 0; i < parts.length; i++) draws.push({ outlet, part: parts[Math.floor(r() * parts.length)] as T });
  return draws;
}

/** What one model of the resampling classifies: its outlets (by name), their classes and its fit. */
interface ResampledModel {
  key: string;
  label: string;
  fit: Fit;
  sources: readonly string[];
  y: readonly number[];
}

/**
 * How far the leave-one-out accuracies move when the same outlets' articles are drawn again:
 * `replicates` draws of parts with replacement ({@link drawParts}), each classified as the real
 * run is (the same outlets and labels, nested choices included). Prints and records each model's
 * mean, standard deviation and range (`allsides.resample.<model>.mean`, `.sd`). The means are what
 * CI checks (see `GATE_REPLICATES`).
 */
async function resampled(outlets: Outlets, models: readonly ResampledModel[], replicates: number, figs: Record<string, number>): Promise<void> {
  if (outlets.parts === undefined) {
    console.log('  article resampling: skipped, the profiles file has no parts (saved before they were kept)');
    return;
  }
  const wanted = new Set(models.flatMap((m) => m.sources));
  const byOutlet = new Map<string, SourceProfile[]>();
  for (const part of outlets.parts) {
    const outlet = outletOf(part);
    if (!wanted.has(outlet)) continue;
    const list = byOutlet.get(outlet);
    if (list === undefined) byOutlet.set(outlet, [part]);
    else list.push(part);
  }
  const runs = new Map<string, number[]>(models.map((m) => [m.key, []]));
  console.log('');
  console.log(`article resampling: ${replicates} replicates, each outlet's ${PARTS} parts drawn with replacement (accuracy)`);
  for (let seed = 1; seed <= replicates; seed++) {
    const bySource = new Map((await mergeParts(drawParts(byOutlet, seed))).map((p) => [p.source, p]));
    for (const m of models) {
      const X = m.sources.map((source) => featureRow(bySource.get(source) as SourceProfile));
      runs.get(m.key)?.push(accuracy(m.y, looPredict(X, m.y, m.fit)));
    }
    // Each draw depends only on its seed and the outlets' parts: two runs on different code can be compared draw by draw.
    console.log(`  draw ${seed}: ${models.map((m) => `${m.key} ${pct(runs.get(m.key)?.[seed - 1] ?? 0)}`).join(', ')}`);
  }
  console.log(`${''.padEnd(64)}   mean     sd    min    max`);
  for (const m of models) {
    const v = runs.get(m.key) ?? [];
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    const sd = v.length > 1 ? Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1)) : 0;
    figs[`allsides.resample.${m.key}.mean`] = r4(mean);
    figs[`allsides.resample.${m.key}.sd`] = r4(sd);
    console.log(`  ${m.label.padEnd(62)} ${pct(mean).padStart(6)} ${pct(sd).padStart(6)} ${pct(Math.min(...v)).padStart(6)} ${pct(Math.max(...v)).padStart(6)}`);
  }
}

/** Reads profiles saved by `--save-profiles`; the figures are derived again from the counts. */
async function readOutlets(file: string): Promise<Outlets> {
  const { mergeProfiles } = await import('../src/index.js');
  const saved = JSON.parse(readFileSync(file, 'utf8')) as Omit<Outlets, 'seconds' | 'cpuSeconds'>;
  return { ...saved, profiles: mergeProfiles(saved.profiles, []), seconds: 0, cpuSeconds: 0 };
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;
const pct = (x: number): string => (x * 100).toFixed(1);

/** Runs the AllSides evaluation; prints a table; returns the figures. */
export async function evalAllSides(opts: AllSidesOptions = {}): Promise<AllSidesResult> {
  const path = allSidesPath();
  if (path === null && opts.profiles === undefined) {
    console.log('eval-allsides: ../shared/datasets/allsides not found, skipped');
    return { figures: {}, failed: false };
  }
  const outlets = opts.profiles !== undefined ? await readOutlets(opts.profiles) : await buildOutlets(path as string, opts.limit);
  if (opts.saveProfiles !== undefined) {
    const { seconds: _, cpuSeconds: __, ...saved } = outlets;
    writeOutput(opts.saveProfiles, JSON.stringify(saved) + '\n');
  }
  const minArticles = opts.minArticles ?? 20;
  const permutations = opts.permutations ?? 200;
  const t0 = performance.now();

  // ---- the outlets and their rows
  const large = outlets.profiles.filter((p) => p.counts.articles >= minArticles);
  const mixed = large.filter((p) => outlets.bias[p.source] === 'mixed').map((p) => p.source);
  const eligible = large.filter((p) => outlets.bias[p.source] !== undefined && outlets.bias[p.source] !== 'mixed');
  const lr = eligible.filter((p) => outlets.bias[p.source] !== 'center');
  const X = lr.map((p) => featureRow(p));
  const y = lr.map((p) => (outlets.bias[p.source] === 'right' ? 1 : 0));
  const nLeft = y.filter((c) => c === 0).length;
  const nRight = y.length - nLeft;
  const nCenter = eligible.length - lr.length;
  const perArticle = outlets.articles > 0 ? (outlets.seconds * 1000) / outlets.articles : 0;
  console.log('');
  console.log(
    `AllSides: ${outlets.articles} articles, ${outlets.profiles.length} outlets` +
      (outlets.seconds > 0 ? ` (analysed in ${outlets.seconds.toFixed(0)} s, ${perArticle.toFixed(1)} ms/article; CPU ${outlets.cpuSeconds.toFixed(0)} s)` : ' (profiles read from file)') +
      `; outlets with ≥ ${minArticles} articles: ${nLeft} left, ${nRight} right, ${nCenter} center` +
      (mixed.length > 0 ? ` (left out, labelled differently across their articles: ${mixed.join(', ')})` : ''),
  );
  if (nLeft < 2 || nRight < 2) {
    console.log(`eval-allsides: too few left or right outlets with ≥ ${minArticles} articles to classify (try --min-articles or a larger --limit)`);
    return { figures: {}, failed: opts.check === true };
  }

  // ---- leave-one-outlet-out
  const models: Array<{ key: string; label: string; fit: Fit; permutations: number }> = [
    { key: 'majority', label: 'majority class of the training outlets', fit: fitMajority, permutations: 0 },
    { key: 'centroid', label: `nearest centroid, all ${FEATURES.length} figures`, fit: standardised(fitCentroid), permutations },
    { key: 'topk', label: `nearest centroid, top k by |d| (k nested)`, fit: fitTopKNested(), permutations: Math.ceil(permutations / 10) },
    { key: 'logistic', label: 'logistic regression, L2 (λ nested)', fit: fitLogisticNested(), permutations: Math.ceil(permutations / 40) },
  ];
  const figs: Record<string, number> = {};
  const predictions = new Map<string, number[]>();
  console.log('');
  console.log(`leave-one-outlet-out, left vs right (${y.length} outlets, ${FEATURES.length} figures)`.padEnd(64) + ' accuracy balanced │ shuffled labels: mean   max  runs  p');
  for (const m of models) {
    const predicted = looPredict(X, y, m.fit);
    predictions.set(m.key, predicted);
    const acc = accuracy(y, predicted);
    const bal = balancedAccuracy(y, predicted);
    figs[`allsides.${m.key}.accuracy`] = r4(acc);
    figs[`allsides.${m.key}.balanced`] = r4(bal);
    let control = '';
    if (m.permutations > 0) {
      const s = shuffledControl(X, y, m.fit, m.permutations, acc);
      figs[`allsides.shuffled.${m.key}.accuracy`] = r4(s.mean);
      figs[`allsides.shuffled.${m.key}.max`] = r4(s.max);
      figs[`allsides.shuffled.${m.key}.p`] = r4(s.p);
      control = ` │ ${pct(s.mean).padStart(5)} ${pct(s.max).padStart(5)} ${String(m.permutations).padStart(6)}  ${s.p.toFixed(3)}`;
    }
    console.log(`  ${m.label.padEnd(62)} ${pct(acc).padStart(6)} ${pct(bal).padStart(8)}${control}`);
    if (m.key === 'majority') console.log(`  ${'(the larger class is'.padEnd(62)} ${pct(Math.max(nLeft, nRight) / y.length).padStart(6)} of the outlets)`);
  }
  const names = lr.map((p) => p.source);
  const wrong = (key: string): string => {
    const predicted = predictions.get(key) ?? [];
    const w = names.filter((_, i) => predicted[i] !== y[i]);
    return w.length === 0 ? 'none' : w.map((n) => `${n} (${outlets.bias[n]})`).join(', ');
  };
  console.log('  (shuffled labels: the same leave-one-out with the outlets\' labels permuted; p = (1 + runs at or above the real accuracy) / (1 + runs))');
  console.log(`  misclassified by the logistic regression: ${wrong('logistic')}`);
  console.log(`  misclassified by the nearest centroid: ${wrong('centroid')}`);

  // ---- three classes
  const X3 = eligible.map((p) => featureRow(p));
  const y3 = eligible.map((p) => ['left', 'center', 'right'].indexOf(outlets.bias[p.source] as Bias));
  const acc3 = accuracy(y3, looPredict(X3, y3, standardised(fitCentroid)));
  const base3 = accuracy(y3, looPredict(X3, y3, fitMajority));
  figs['allsides.three.centroid.accuracy'] = r4(acc3);
  figs['allsides.three.majority.accuracy'] = r4(base3);
  // the left–right score of center outlets (never trained on) beside the held-out left and right ones
  const lambdaAll = chooseByLoo(X, y, LAMBDA_GRID, (l) => standardised(fitLogistic(l)));
  const scale = standardiser(X);
  const model = logistic(X.map(scale.apply), y, lambdaAll);
  const centers = eligible.filter((p) => outlets.bias[p.source] === 'center');
  const meanP = (ps: number[]): number => (ps.length === 0 ? 0 : ps.reduce((s, v) => s + v, 0) / ps.length);
  const looP = leaveOneOut(X.length).map(({ train, test }) => {
    const Xt = train.map((i) => X[i] as number[]);
    const yt = train.map((i) => y[i] as number);
    const s = standardiser(Xt);
    return probability(logistic(Xt.map(s.apply), yt, lambdaAll), s.apply(X[test] as number[]));
  });
  const pLeft = meanP(looP.filter((_, i) => y[i] === 0));
  const pRight = meanP(looP.filter((_, i) => y[i] === 1));
  const pCenter = meanP(centers.map((p) => probability(model, scale.apply(featureRow(p)))));
  figs['allsides.order.left'] = r4(pLeft);
  figs['allsides.order.center'] = r4(pCenter);
  figs['allsides.order.right'] = r4(pRight);
  console.log('');
  console.log(`three classes (${eligible.length} outlets, leave-one-out): nearest centroid ${pct(acc3)}, majority ${pct(base3)}`);
  console.log(
    `mean P(right) of the logistic regression (λ = ${lambdaAll}): left ${pct(pLeft)} (held out), center ${pct(pCenter)} (never trained on), right ${pct(pRight)} (held out)`,
  );

  const replicates = opts.resample ?? GATE_REPLICATES;
  if (replicates > 0) {
    const leftRight = lr.map((p) => p.source);
    await resampled(
      outlets,
      [
        ...models.filter((m) => m.key !== 'majority').map((m) => ({ ...m, sources: leftRight, y })),
        { key: 'three.centroid', label: `three classes, nearest centroid (${eligible.length} outlets)`, fit: standardised(fitCentroid), sources: eligible.map((p) => p.source), y: y3 },
      ],
      replicates,
      figs,
    );
  }

  // ---- which figures carry the signal
  const d = cohensD(X, y);
  const top = <T>(xs: T[], by: (x: T) => number, n = 10): T[] => [...xs].sort((a, b) => by(b) - by(a)).slice(0, n);
  const dTop = top(FEATURES.map((f, j) => ({ name: f.name, v: d[j] as number })), (x) => Math.abs(x.v));
  const wTop = top(FEATURES.map((f, j) => ({ name: f.name, v: model.w[j] as number })), (x) => Math.abs(x.v));
  console.log('');
  console.log(`figures that carry the signal (+: higher in right outlets)`);
  console.log(`  Cohen's d over the ${y.length} outlets                       logistic weight (standardised, all outlets, λ = ${lambdaAll})`);
  for (let i = 0; i < 10; i++) {
    const a = dTop[i];
    const b = wTop[i];
    const cell = (x: { name: string; v: number } | undefined, width: number): string =>
      x === undefined ? ''.padEnd(width) : `${x.name.padEnd(width - 8)}${(x.v >= 0 ? '+' : '') + x.v.toFixed(2)}`.padEnd(width);
    console.log(`  ${cell(a, 52)}  ${cell(b, 52)}`);
  }
  FEATURES.forEach((f, j) => {
    figs[`allsides.d.${f.name.replace(/ /g, '-')}`] = r4(d[j] as number);
    figs[`allsides.weight.${f.name.replace(/ /g, '-')}`] = r4(model.w[j] as number);
  });
  const seconds = (performance.now() - t0) / 1000;
  console.log(`(classifiers and controls: ${seconds.toFixed(1)} s)`);

  // ---- outputs
  if (opts.json !== undefined) {
    mergeJsonOutput(opts.json, figs, {
      allsides: { articles: outlets.articles, outlets: outlets.profiles.length, left: nLeft, right: nRight, center: nCenter, minArticles, seconds: Math.round(outlets.seconds * 1000) / 1000, cpuSeconds: Math.round(outlets.cpuSeconds * 1000) / 1000 },
    });
    console.log(`AllSides figures merged into ${opts.json}`);
  }
  let failed = false;
  if (opts.check === true) {
    if (opts.limit !== undefined || opts.minArticles !== undefined) console.log('check (allsides): skipped, the floors are for the whole sample and --min-articles 20');
    else if (replicates !== GATE_REPLICATES) console.log(`check (allsides): skipped, the floors are for the means of ${GATE_REPLICATES} replicates (--resample ${GATE_REPLICATES}, the default)`);
    else failed = checkFloors('allsides', figs, 'check (allsides)');
  }
  return { figures: figs, failed };
}

// As a script.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename) {
  const argv = process.argv.slice(2);
  const opts: AllSidesOptions = {};
  const usage = 'usage: npx tsx scripts/eval-allsides.ts [--limit N] [--min-articles N] [--json FILE] [--check] [--save-profiles FILE] [--profiles FILE] [--permutations N] [--resample N]';
  const count = (name: string, v: string | undefined): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) {
      console.log(`eval-allsides: ${name} needs a whole number, not ${v}\n${usage}`);
      process.exit(2);
    }
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = argv[++i];
    else if (a === '--check') opts.check = true;
    else if (a === '--limit') opts.limit = count(a, argv[++i]);
    else if (a === '--min-articles') opts.minArticles = count(a, argv[++i]);
    else if (a === '--permutations') opts.permutations = count(a, argv[++i]);
    else if (a === '--resample') opts.resample = count(a, argv[++i]);
    else if (a === '--save-profiles') opts.saveProfiles = argv[++i];
    else if (a === '--profiles') opts.profiles = argv[++i];
    else {
      console.log(usage);
      process.exit(a === '--help' || a === '-h' ? 0 : 2);
    }
  }
  evalAllSides(opts).then(
    (r) => process.exit(r.failed ? 1 : 0),
    (e: unknown) => {
      console.error(e);
      process.exit(2);
    },
  );
}
