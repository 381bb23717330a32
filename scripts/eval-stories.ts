/**
 * Story grouping on BASIL (Fan et al., EMNLP 2019): 100 events, each reported by Fox News, the New
 * York Times and HuffPost. Run by `npm run eval` after the other parts, or alone:
 *
 *   npx tsx scripts/eval-stories.ts [--json FILE] [--check] [--grid]
 *
 * `groupStories` runs on all 300 articles (title, text and date from the dataset), and its groups
 * are scored against the events with B-cubed precision, recall and F1 (Bagga & Baldwin 1998: per
 * article, the share of its group that is its event, and the share of its event in its group) and
 * the share of events recovered exactly. Two settings: with dates (the default options) and on
 * content alone (dates removed), which is the harder test: BASIL's events are spread over ten
 * years, so dates alone separate most of them.
 *
 * `--grid`: B-cubed F1 for a range of thresholds on the EVEN events (which chose the default) and
 * the ODD ones (held out). `--check`: floors in eval/floors.json, key `stories`.
 */
import { resolve } from 'node:path';
import { analyzeArticle, groupStories } from '../src/index.js';
import type { ArticleAnalysis } from '../src/types.js';
import { checkFloors, mergeJsonOutput } from './eval-floors.js';
import { readBasil } from './read-basil.js';

/** B-cubed precision / recall / F1 of `groups` against `gold` (both: item → group key). */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): { p: number; r: number; f1: number } {
  const members = (assign: ReadonlyMap<string, string>): Map<string, Set<string>> => {
    const m = new Map<string, Set<string>>();
    for (const [item, key] of assign) m.set(key, (m.get(key) ?? new Set()).add(item));
    return m;
  };
  const pg = members(predicted);
  const gg = members(gold);
  let p = 0;
  let r = 0;
  for (const [item, key] of gold) {
    const mine = pg.get(predicted.get(item) ?? '') ?? new Set([item]);
    const truth = gg.get(key) as Set<string>;
    let both = 0;
    for (const x of mine) if (truth.has(x)) both++;
    p += both / mine.size;
    r += both / truth.size;
  }
  p /= gold.size;
  r /= gold.size;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

function score(analyses: readonly ArticleAnalysis[], event: ReadonlyMap<string, string>, options: Parameters<typeof groupStories>[1]) {
  const stories = groupStories(analyses, options);
  const predicted = new Map<string, string>();
  for (const s of stories) for (const id of s.articleIds) predicted.set(id, s.id);
  const gold = new Map(analyses.map((a) => [a.id, event.get(a.id) as string]));
  const exact = stories.filter((s) => {
    const keys = new Set(s.articleIds.map((id) => event.get(id)));
    const key = [...keys][0] as string;
    return keys.size === 1 && s.articleIds.length === [...gold.values()].filter((k) => k === key).length;
  }).length;
  const events = new Set(gold.values()).size;
  return { ...bcubed(predicted, gold), exact: exact / events, stories: stories.length, events };
}

export interface StoriesResult {
  figures: Record<string, number>;
  ok: boolean;
}

export async function evalStories(opts: { json?: string; check?: boolean; grid?: boolean } = {}): Promise<StoriesResult> {
  const data = readBasil();
  if (data === null) {
    console.log('stories: ../shared/datasets/basil not found, skipped');
    return { figures: {}, ok: true };
  }
  const started = performance.now();
  const event = new Map<string, string>();
  const analyses = data.articles.map((a) => {
    event.set(a.name, String(a.index));
    return analyzeArticle({ text: a.text, id: a.name, source: a.outlet, title: a.title, ...(a.date === null ? {} : { date: a.date }) });
  });
  const undated = analyses.map((a) => ({ ...a, date: null }));
  const withDates = score(analyses, event, undefined);
  const contentOnly = score(undated, event, undefined);
  const ms = performance.now() - started;
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  console.log(`\nStory grouping on BASIL: ${analyses.length} articles, ${withDates.events} events (groupStories defaults; ${(ms / 1000).toFixed(1)} s with analysis)`);
  console.log('                       B3 P    B3 R   B3 F1  exact events  stories');
  for (const [name, s] of [['with dates', withDates], ['content only', contentOnly]] as const) {
    console.log(`  ${name.padEnd(18)} ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f1)}  ${pct(s.exact)} %     ${String(s.stories).padStart(4)}`);
  }
  if (opts.grid === true) {
    console.log('\n  content only, B3 F1 by threshold:   even events (tuning)   odd events (held out)');
    const half = (parity: number): ArticleAnalysis[] => undated.filter((a) => Number(event.get(a.id)) % 2 === parity);
    for (const threshold of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]) {
      const even = score(half(0), event, { threshold });
      const odd = score(half(1), event, { threshold });
      console.log(`  ${threshold.toFixed(2).padStart(34)}   ${pct(even.f1)}                  ${pct(odd.f1)}`);
    }
  }
  const figures: Record<string, number> = {
    'stories.dated.bcubed.p': withDates.p,
    'stories.dated.bcubed.r': withDates.r,
    'stories.dated.bcubed.f1': withDates.f1,
    'stories.dated.exact': withDates.exact,
    'stories.content.bcubed.p': contentOnly.p,
    'stories.content.bcubed.r': contentOnly.r,
    'stories.content.bcubed.f1': contentOnly.f1,
    'stories.content.exact': contentOnly.exact,
  };
  if (opts.json !== undefined) mergeJsonOutput(opts.json, figures, { stories: { articles: analyses.length, events: withDates.events, seconds: Math.round(ms) / 1000 } });
  const ok = opts.check === true ? !checkFloors('stories', figures, 'stories') : true;
  return { figures, ok };
}

if (process.argv[1] !== undefined && import.meta.filename === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const at = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i === -1 ? undefined : args[i + 1];
  };
  const json = at('--json');
  void evalStories({ ...(json === undefined ? {} : { json }), check: args.includes('--check'), grid: args.includes('--grid') }).then((result) => {
    process.exitCode = result.ok ? 0 : 1;
  });
}
