/** The pure parts of the AllSides evaluation (scripts/eval-allsides.ts): figures, standardising, classifiers, leave-one-out. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle, buildProfiles } from '../src/index.js';
import {
  accuracy,
  balancedAccuracy,
  chooseByLoo,
  cohensD,
  drawParts,
  FEATURES,
  featureRow,
  fitCentroid,
  fitLogisticNested,
  fitMajority,
  fitTopKCentroid,
  leaveOneOut,
  logistic,
  looPredict,
  probability,
  shuffled,
  standardised,
  standardiser,
  type Fit,
} from '../scripts/eval-allsides.js';

/** Two well-separated clusters in 3 dimensions: the first column separates them, the others are noise. */
const X = [
  [0, 5, 1],
  [1, 3, 0],
  [0.5, 4, 2],
  [1.5, 6, 1],
  [10, 4, 1],
  [11, 6, 0],
  [9.5, 5, 2],
  [10.5, 3, 1],
];
const y = [0, 0, 0, 0, 1, 1, 1, 1];

describe('standardiser', () => {
  it('centres and scales with the rows it is given, population sd', () => {
    const s = standardiser([[1, 10], [3, 10]]);
    expect(s.mean).toEqual([2, 10]);
    expect(s.sd).toEqual([1, 1]); // a constant column gets sd 1, not 0
    expect(s.apply([5, 12])).toEqual([3, 2]);
  });

  it('standardised(fit) shows the fit only standardised training rows, and scales the test row with their statistics', () => {
    const seen: number[][] = [];
    const spy: Fit = (rows) => {
      seen.push(...rows.map((r) => [...r]));
      return (x) => x[0] as number;
    };
    const predict = standardised(spy)([[0], [2], [4]], [0, 0, 1]);
    expect(seen.map((r) => r[0])).toEqual([-Math.sqrt(1.5), 0, Math.sqrt(1.5)]);
    expect(predict([100])).toBeCloseTo((100 - 2) / Math.sqrt(8 / 3));
  });
});

describe('leave-one-out', () => {
  it('holds out each row once and trains on all the others', () => {
    const splits = leaveOneOut(4);
    expect(splits.map((s) => s.test)).toEqual([0, 1, 2, 3]);
    expect(splits[2]).toEqual({ train: [0, 1, 3], test: 2 });
  });

  it.each([
    // the training folds' majority flips against the held-out row when the classes are nearly balanced
    [[0, 0, 1, 1, 1], [1, 1, 0, 0, 0]],
    [[0, 0, 0, 1, 1], [0, 0, 0, 0, 0]],
  ])('the majority baseline on labels %j predicts %j', (labels, want) => {
    expect(looPredict(labels.map(() => [0]), labels, fitMajority)).toEqual(want);
  });

  it('never lets a model see its test row', () => {
    const seenTest: boolean[] = [];
    const rows = [[0], [1], [2]];
    looPredict(rows, [0, 1, 0], (train) => {
      return (x) => {
        seenTest.push(train.some((r) => r[0] === x[0]));
        return 0;
      };
    });
    expect(seenTest).toEqual([false, false, false]);
  });
});

describe('scores', () => {
  it('accuracy and balanced accuracy', () => {
    expect(accuracy([0, 0, 0, 1], [0, 0, 0, 0])).toBe(0.75);
    expect(balancedAccuracy([0, 0, 0, 1], [0, 0, 0, 0])).toBe(0.5);
    expect(balancedAccuracy([0, 1, 1, 1], [0, 1, 0, 0])).toBeCloseTo((1 + 1 / 3) / 2);
  });

  it("Cohen's d: mean difference over the pooled sd, 0 for a constant column", () => {
    const d = cohensD([[1, 7], [3, 7], [5, 7], [7, 7]], [0, 0, 1, 1]);
    expect(d[0]).toBeCloseTo(4 / Math.sqrt(2)); // means 2 and 6, pooled variance (2 + 2) / 2
    expect(d[1]).toBe(0);
  });
});

describe('classifiers', () => {
  it('nearest centroid separates the clusters, leave-one-out too', () => {
    const predict = fitCentroid(X, y);
    expect(X.map(predict)).toEqual(y);
    expect(predict([6, 0, 0])).toBe(1);
    expect(predict([4, 0, 0])).toBe(0);
    expect(accuracy(y, looPredict(X, y, standardised(fitCentroid)))).toBe(1);
  });

  it('nearest centroid on the top figure by |d| ignores noise columns', () => {
    const noisy = X.map((r, i) => [...r, i % 2 === 0 ? 100 : -100]); // a loud column unrelated to the classes
    expect(accuracy(y, looPredict(noisy, y, fitTopKCentroid(1)))).toBe(1);
  });

  it('logistic regression fits a separable set and reaches the penalised optimum', () => {
    const s = standardiser(X);
    const Z = X.map(s.apply);
    const lambda = 0.1;
    const m = logistic(Z, y, lambda, { tolerance: 1e-9 });
    expect(Z.map((x) => (probability(m, x) >= 0.5 ? 1 : 0))).toEqual(y);
    expect(m.w[0]).toBeGreaterThan(0);
    // the objective is smallest at the solution: no small step along any coordinate lowers it
    const objective = (w: number[], b: number): number =>
      Z.reduce((sum, x, i) => {
        const p = probability({ w, b, iterations: 0 }, x);
        return sum - (y[i] === 1 ? Math.log(p) : Math.log(1 - p)) / Z.length;
      }, 0) +
      (lambda / 2) * w.reduce((t, v) => t + v * v, 0);
    const best = objective(m.w, m.b);
    for (let j = 0; j <= m.w.length; j++) {
      for (const step of [1e-3, -1e-3]) {
        const w = [...m.w];
        let b = m.b;
        if (j < w.length) w[j] = (w[j] as number) + step;
        else b += step;
        expect(objective(w, b)).toBeGreaterThan(best);
      }
    }
  });

  it('a larger λ gives smaller weights', () => {
    const Z = X.map(standardiser(X).apply);
    const norm = (lambda: number): number => Math.hypot(...logistic(Z, y, lambda).w);
    expect(norm(10)).toBeLessThan(norm(1));
    expect(norm(1)).toBeLessThan(norm(0.01));
  });

  it('the nested choice takes the candidate with the best inner leave-one-out accuracy; ties go to the first listed', () => {
    const constant =
      (c: number): Fit =>
      () =>
      () =>
        c;
    const fitOf = (c: string): Fit => (c === 'centroid' ? fitCentroid : c === 'zero' ? constant(0) : constant(1));
    expect(chooseByLoo(X, y, ['zero', 'centroid', 'one'], fitOf)).toBe('centroid');
    expect(chooseByLoo(X, y, ['one', 'zero'], fitOf)).toBe('one');
    expect(chooseByLoo(X, y, ['zero', 'one'], fitOf)).toBe('zero');
  });

  it('nested logistic regression classifies held-out rows of a separable set', () => {
    expect(accuracy(y, looPredict(X, y, fitLogisticNested([1, 0.1])))).toBe(1);
  });

  it('shuffled labels: a seeded permutation of the same labels', () => {
    const a = shuffled(y, 7);
    expect(a).toEqual(shuffled(y, 7));
    expect([...a].sort()).toEqual([...y].sort());
    expect(a).not.toEqual(y);
  });
});

describe('profile figures', () => {
  it('reads a fixed list of distinct, finite figures from a profile; frame shares sum to 1 in each family', () => {
    const names = FEATURES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBe(65);
    const text = `The Pentagon said the strikes were “defensive”. Critics claimed the attack was a reckless escalation that killed civilians, according to local officials. The economy and the courts will feel it.`;
    const [profile] = buildProfiles([analyzeArticle({ text, source: 'Example' })], { evidence: false });
    const row = featureRow(profile!);
    expect(row.every(Number.isFinite)).toBe(true);
    const frames = names.map((n, j) => [n, row[j] as number] as const).filter(([n]) => n.startsWith('frame '));
    const generic = ['conflict', 'responsibility', 'human-interest', 'economic', 'morality'];
    const sum = (xs: (readonly [string, number])[]): number => xs.reduce((s, [, v]) => s + v, 0);
    expect(sum(frames.filter(([n]) => generic.includes(n.slice(6))))).toBeCloseTo(1);
    expect(sum(frames.filter(([n]) => !generic.includes(n.slice(6))))).toBeCloseTo(1);
    expect(row[names.indexOf('according to per 1000 words')]).toBeGreaterThan(0);
  });
});

describe('article resampling', () => {
  it('draws, for each outlet, as many of its own parts as it has, with replacement, the same for the same seed', () => {
    const parts = new Map([
      ['A', ['a0', 'a1', 'a2']],
      ['B', ['b0', 'b1']],
    ]);
    const draws = drawParts(parts, 7);
    expect(draws.map((d) => d.outlet)).toEqual(['A', 'A', 'A', 'B', 'B']);
    for (const d of draws) expect(d.part.startsWith(d.outlet.toLowerCase())).toBe(true);
    expect(drawParts(parts, 7)).toEqual(draws);
    // over many seeds every part is drawn, and some draw repeats a part
    const seen = new Set<string>();
    let repeats = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const a = drawParts(parts, seed).filter((d) => d.outlet === 'A').map((d) => d.part);
      a.forEach((p) => seen.add(p));
      if (new Set(a).size < a.length) repeats++;
    }
    expect(seen).toEqual(new Set(['a0', 'a1', 'a2']));
    expect(repeats).toBeGreaterThan(0);
  });
});
