/**
 * Speaker resolution on PolNeAR: does slant name the person a source mention stands for? PolNeAR
 * marks sources as written (`he`, `Mr. Cruz`, `the senator`) and not whom they refer to, so slant's
 * team wrote that part: `eval/speakers.json` holds, for 238 gold sources drawn at random (120 of
 * train, used while writing the rules, and 118 of dev, held out; 60 % pronouns, 25 % surnames or
 * titled surnames, 15 % definite descriptions), the referent a reader of the article gives it. Only
 * offsets, the mention and the referent's name are stored: the texts stay in ../shared.
 *
 *   npx tsx scripts/eval-speakers.ts [--split dev|train] [--errors] [--json FILE] [--check]
 *
 * An item is *found* when one of slant's quotes has a source overlapping the mention; it is *right*
 * when that quote's speaker names the referent (the same name folded, or one name's words a part
 * of the other's with the same last word: `Trump` for `Donald Trump`, `Donald J. Trump` too).
 * Referents without a name (`a delegate from Michigan`) and the ones the annotator could not tell
 * are counted apart and not scored. `--check`: floors under `speakers-dev` in eval/floors.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldName } from '../src/text/names.js';
import type { ArticleAnalysis } from '../src/types.js';
import { reportSplitFigures, runAsScript, scorePolnearItems, type SplitEvalOptions } from './eval-polnear-items.js';

export interface SpeakerItem {
  id: string;
  split: 'train' | 'dev';
  article: string;
  /** UTF-16 offsets of the gold source in the article text. */
  start: number;
  end: number;
  mention: string;
  kind: 'pronoun' | 'surname' | 'definite';
  /** Whom the mention stands for, as the article names it; null when the reader could not tell. */
  referent: string | null;
  named: boolean;
}

/** Titles left out before names are compared. */
const TITLES = new Set(['mr', 'ms', 'mrs', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'gen', 'secretary', 'speaker', 'former', 'the']);

function nameWords(name: string): string[] {
  const words = foldName(name.replace(/['’]s$/u, '')).split(' ').filter((w) => w !== '');
  let k = 0;
  while (k < words.length - 1 && TITLES.has(words[k] as string)) k++;
  return words.slice(k);
}

/** Do the two names name the same speaker: equal, or one's words inside the other's with the same last word? */
export function sameSpeaker(predicted: string, gold: string): boolean {
  const p = nameWords(predicted);
  const g = nameWords(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (p.join(' ') === g.join(' ')) return true;
  if (p.at(-1) !== g.at(-1)) return false;
  const [short, long] = p.length <= g.length ? [p, g] : [g, p];
  return short.every((w) => long.includes(w));
}

export interface SpeakerOutcome {
  item: SpeakerItem;
  /** The speaker slant gives the quote whose source overlaps the mention; undefined when no quote has it, null when the quote has no speaker. */
  predicted: string | null | undefined;
  right: boolean;
}

/** Scores the items of one article against slant's analysis of it. */
export function scoreArticle(items: readonly SpeakerItem[], analysis: ArticleAnalysis): SpeakerOutcome[] {
  return items.map((item) => {
    const quote = analysis.quotes.find((q) => q.source !== undefined && q.source.start < item.end && item.start < q.source.end);
    const predicted = quote === undefined ? undefined : (quote.speaker?.name ?? null);
    const right = item.referent !== null && item.named && typeof predicted === 'string' && sameSpeaker(predicted, item.referent);
    return { item, predicted, right };
  });
}

interface Tally {
  items: number;
  scored: number;
  found: number;
  right: number;
}

const pct = (n: number, d: number): string => (d === 0 ? '   -' : ((100 * n) / d).toFixed(1).padStart(5));

function tally(outcomes: readonly SpeakerOutcome[]): Tally {
  const scored = outcomes.filter((o) => o.item.named && o.item.referent !== null);
  return {
    items: outcomes.length,
    scored: scored.length,
    found: scored.filter((o) => o.predicted !== undefined).length,
    right: scored.filter((o) => o.right).length,
  };
}

/** Reads the gold of `eval/speakers.json` for one split. */
export function readSpeakerGold(split: 'train' | 'dev'): SpeakerItem[] {
  const doc = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'eval', 'speakers.json'), 'utf8')) as { items: SpeakerItem[] };
  return doc.items.filter((i) => i.split === split);
}

/** Prints the table; true when `--check` finds a figure below its floor. */
export async function evalSpeakers(opts: SplitEvalOptions): Promise<boolean> {
  const gold = readSpeakerGold(opts.split);
  const outcomes = await scorePolnearItems(opts.split, 'speaker', gold, scoreArticle);
  if (outcomes === null) return false;

  console.log(`\nSpeaker resolution, PolNeAR ${opts.split} (eval/speakers.json: ${gold.length} gold sources with the referent a reader gives them)`);
  console.log('kind        items  scored  found │ right of found  right of scored');
  const rows: Array<[string, Tally]> = [
    ...(['pronoun', 'surname', 'definite'] as const).map((k): [string, Tally] => [k, tally(outcomes.filter((o) => o.item.kind === k))]),
    ['all', tally(outcomes)],
  ];
  for (const [kind, t] of rows) {
    console.log(`${kind.padEnd(10)} ${String(t.items).padStart(6)} ${String(t.scored).padStart(7)} ${String(t.found).padStart(6)} │ ${pct(t.right, t.found)} (${t.right}/${t.found})${' '.repeat(Math.max(1, 8 - `${t.right}/${t.found}`.length))}${pct(t.right, t.scored)}`);
  }
  const unscored = outcomes.filter((o) => !o.item.named || o.item.referent === null);
  console.log(`(scored: the referent has a name; ${unscored.length} without one or unclear are not scored. found: a slant quote's source overlaps the mention)`);
  if (opts.errors === true) {
    for (const o of outcomes) {
      if (o.right || !o.item.named || o.item.referent === null) continue;
      console.log(`  ${o.item.id} ${o.item.kind} ⟦${o.item.mention}⟧ gold ${o.item.referent} · slant ${o.predicted === undefined ? '(no quote)' : (o.predicted ?? '(no speaker)')}`);
    }
  }
  const all = tally(outcomes);
  const pronoun = rows[0]?.[1] as Tally;
  const figures: Record<string, number> = {
    'speakers.right.of.found': all.found === 0 ? 0 : all.right / all.found,
    'speakers.right.of.scored': all.scored === 0 ? 0 : all.right / all.scored,
    'speakers.pronoun.right.of.found': pronoun.found === 0 ? 0 : pronoun.right / pronoun.found,
  };
  return reportSplitFigures(opts, figures, 'speakers-dev', 'speaker resolution');
}

await runAsScript(import.meta.filename, 'eval-speakers', evalSpeakers);
