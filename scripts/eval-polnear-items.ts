/**
 * What the evaluations on slant's own labels for PolNeAR sources share (speaker resolution,
 * `eval-speakers.ts`; voice types, `eval-voice-types.ts`): analysing the articles that hold gold
 * items, writing and checking the figures of a split, and running as a script with
 * `[--split dev|train] [--errors] [--json FILE] [--check]`.
 */
import { resolve } from 'node:path';
import type { ArticleAnalysis } from '../src/types.js';
import { checkFloors, mergeJsonOutput } from './eval-floors.js';
import { readPolnear } from './read-polnear.js';

/** The options every such evaluation takes. */
export interface SplitEvalOptions {
  split: 'train' | 'dev';
  errors?: boolean;
  json?: string;
  check?: boolean;
}

/**
 * Analyses each PolNeAR article of `split` that holds gold items and scores them with `score`; null
 * (and a line saying so) when PolNeAR is absent. `what` names the evaluation in its messages.
 */
export async function scorePolnearItems<I extends { article: string }, O>(
  split: 'train' | 'dev',
  what: string,
  gold: readonly I[],
  score: (items: readonly I[], analysis: ArticleAnalysis) => O[],
): Promise<O[] | null> {
  const data = readPolnear(split);
  if (data === null) {
    console.log(`eval: ../shared/datasets/polnear not found, ${what} skipped`);
    return null;
  }
  const { analyzeArticle } = await import('../src/index.js');
  const outcomes: O[] = [];
  for (const article of data.articles) {
    const items = gold.filter((i) => i.article === article.name);
    if (items.length === 0) continue;
    outcomes.push(...score(items, analyzeArticle({ id: article.name, text: article.text })));
  }
  if (outcomes.length !== gold.length) console.log(`eval: ${gold.length - outcomes.length} ${what} items name articles not in PolNeAR ${split}`);
  return outcomes;
}

/**
 * Merges the figures into `--json` (train's named `<figure>.train`) and, with `--check` on dev,
 * compares them with the floors under `key`; true when one is below.
 */
export function reportSplitFigures(opts: SplitEvalOptions, figures: Record<string, number>, key: string, label: string): boolean {
  if (opts.json !== undefined) mergeJsonOutput(opts.json, opts.split === 'dev' ? figures : Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${k}.${opts.split}`, v])));
  return opts.check === true && opts.split === 'dev' ? checkFloors(key, figures, label) : false;
}

/** Runs `evaluate` with the command line's options when `filename` is the script node was started with. */
export async function runAsScript(filename: string, name: string, evaluate: (opts: SplitEvalOptions) => Promise<boolean>): Promise<void> {
  if (process.argv[1] === undefined || resolve(process.argv[1]) !== filename) return;
  const args = process.argv.slice(2);
  const value = (flag: string): string | undefined => {
    const k = args.indexOf(flag);
    return k >= 0 ? args[k + 1] : undefined;
  };
  const split = value('--split') ?? 'dev';
  if (split !== 'dev' && split !== 'train') throw new Error(`${name}: --split dev|train, not ${split}`);
  const json = value('--json');
  const failed = await evaluate({ split, errors: args.includes('--errors'), check: args.includes('--check'), ...(json === undefined ? {} : { json }) });
  process.exit(failed ? 1 : 0);
}
