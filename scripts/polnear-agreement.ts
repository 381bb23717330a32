/**
 * How far PolNeAR's own annotators agree, for reading slant's figures against it: on the articles
 * that two annotators annotated (16 in train, 2 in dev), each annotator is scored as the other's
 * prediction with `scripts/eval.ts`'s `score` (both directions summed, so precision and recall
 * are the same), and slant is scored against each of the two on the same articles.
 * `npm run eval` prints both after the PolNeAR table; `npx tsx scripts/polnear-agreement.ts` alone.
 * The articles are few (18) and most are in train, where slant's rules were tuned: a guide to what
 * agreement the annotation allows, not a test set.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { polnearPath, readAnnotation, readPolnear, type PolnearAttribution } from './read-polnear.js';
import { predictedSets, prf, ROLES, score, type Role, type SpanSet } from './eval.js';
import { analyzeArticle } from '../src/index.js';

interface Counts {
  exact: number;
  overlap: number;
  gold: number;
  pred: number;
}

/** Exact and overlap F1 (0–1) of each role. */
export type RoleF1 = Record<Role, { exact: number; overlap: number }>;

export interface Agreement {
  articles: number;
  /** One annotator scored against the other (both ways). */
  annotators: RoleF1;
  /** slant scored against each of the two annotators. */
  slant: RoleF1;
}

const sets = (attributions: readonly PolnearAttribution[]): SpanSet[] =>
  attributions.map((a) => ({ ...(a.source && { source: a.source }), ...(a.cue && { cue: a.cue }), ...(a.content && { content: a.content }) }));

function tally(): Record<Role, Counts> {
  return { source: { exact: 0, overlap: 0, gold: 0, pred: 0 }, cue: { exact: 0, overlap: 0, gold: 0, pred: 0 }, content: { exact: 0, overlap: 0, gold: 0, pred: 0 } };
}

function add(into: Record<Role, Counts>, s: ReturnType<typeof score>): void {
  for (const role of ROLES) {
    const t = into[role];
    t.exact += s[role].exact.length;
    t.overlap += s[role].overlap.length;
    t.gold += s[role].gold;
    t.pred += s[role].pred;
  }
}

function f1s(t: Record<Role, Counts>): RoleF1 {
  const out = {} as RoleF1;
  for (const role of ROLES) out[role] = { exact: prf(t[role].exact, t[role].pred, t[role].gold).f1, overlap: prf(t[role].overlap, t[role].pred, t[role].gold).f1 };
  return out;
}

/** The agreement on every doubly annotated article of both splits, or null without the dataset. */
export function agreement(): Agreement | null {
  const root = polnearPath();
  if (root === null) return null;
  const humans = tally();
  const machine = tally();
  let articles = 0;
  for (const split of ['train', 'dev'] as const) {
    for (const article of readPolnear(split)?.articles ?? []) {
      if (article.annotators.length < 2) continue;
      articles++;
      const [a, b] = article.annotators.slice(0, 2).map((who) => readAnnotation(article.text, readFileSync(join(root, split, 'attributions', `${article.name}_${who}.ann`), 'utf8'))) as [
        ReturnType<typeof readAnnotation>,
        ReturnType<typeof readAnnotation>,
      ];
      add(humans, score(article.text, sets(a.attributions), sets(b.attributions), a.discard));
      add(humans, score(article.text, sets(b.attributions), sets(a.attributions), b.discard));
      const predicted = predictedSets(article.text, analyzeArticle({ text: article.text, id: article.name })).sets;
      for (const gold of [a, b]) add(machine, score(article.text, sets(gold.attributions), predicted, gold.discard));
    }
  }
  return { articles, annotators: f1s(humans), slant: f1s(machine) };
}

/** The lines `npm run eval` prints. */
export function agreementLines(a: Agreement): string[] {
  const pct = (x: number): string => (x * 100).toFixed(1);
  const row = (f: RoleF1): string => ROLES.map((r) => `${pct(f[r].exact)}/${pct(f[r].overlap)}`).join('   ');
  return [
    `annotator agreement, the ${a.articles} articles two PolNeAR annotators annotated (train and dev), F1 exact/overlap source   cue   content:`,
    `  one annotator against the other   ${row(a.annotators)}`,
    `  slant against each of the two     ${row(a.slant)}`,
  ];
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename) {
  const a = agreement();
  console.log(a === null ? 'polnear-agreement: no PolNeAR folder; nothing to do' : agreementLines(a).join('\n'));
}
