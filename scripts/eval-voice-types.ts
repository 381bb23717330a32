/**
 * Voice types on PolNeAR: is a source the person, organisation, government, medium, document,
 * anonymous source or unnamed group slant says it is? PolNeAR marks sources without saying what they
 * are, so slant's team wrote that part: `eval/voice-types.json` holds, for 300 gold sources drawn at
 * random (150 of train, used while writing the rules, and 150 of dev, held out; pronouns left out, as
 * a pronoun is whatever it stands for), the type a reader of the article gives it and whether it has
 * a name. Only offsets, the mention and the labels are stored: the texts stay in ../shared.
 *
 *   npx tsx scripts/eval-voice-types.ts [--split dev|train] [--errors] [--json FILE] [--check]
 *
 * An item is *found* when one of slant's quotes has a source overlapping the mention; its type is
 * then the type of that quote's voice. Prints the share of found items whose type is right, the same
 * per gold type (the rows of a confusion table), and how often `named` agrees. Items the reader marked
 * `other` are counted apart and not scored. `--check`: floors under `voice-types-dev` in eval/floors.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleAnalysis, VoiceType } from '../src/types.js';
import { reportSplitFigures, runAsScript, scorePolnearItems, type SplitEvalOptions } from './eval-polnear-items.js';

const TYPES: readonly VoiceType[] = ['person', 'anonymous', 'organisation', 'government', 'media', 'document', 'group'];

export interface VoiceTypeItem {
  id: string;
  split: 'train' | 'dev';
  article: string;
  /** UTF-16 offsets of the gold source in the article text. */
  start: number;
  end: number;
  mention: string;
  /** What kind of source the reader says it is; `other` when none of slant's types fits. */
  type: VoiceType | 'other';
  /** Has a proper name in the article (a description of a named person counts as named). */
  named: boolean;
  /** The reader hesitated (their note began `unclear:`). */
  unclear?: boolean;
}

interface Outcome {
  item: VoiceTypeItem;
  /** The type and `named` of the voice of the quote whose source overlaps the mention; undefined when no quote has it or the quote has no speaker. */
  predicted: { type: VoiceType; named: boolean; name: string } | undefined;
}

export function readVoiceTypeGold(split: 'train' | 'dev'): VoiceTypeItem[] {
  const doc = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'eval', 'voice-types.json'), 'utf8')) as { items: VoiceTypeItem[] };
  return doc.items.filter((i) => i.split === split);
}

function scoreArticle(items: readonly VoiceTypeItem[], analysis: ArticleAnalysis): Outcome[] {
  return items.map((item) => {
    const quote = analysis.quotes.find((q) => q.source !== undefined && q.source.start < item.end && item.start < q.source.end && q.speaker !== undefined);
    const voice = quote === undefined ? undefined : analysis.voices.find((v) => v.id === quote.speaker?.voiceId);
    return { item, predicted: voice === undefined ? undefined : { type: voice.type, named: voice.named, name: voice.name } };
  });
}

const pct = (n: number, d: number): string => (d === 0 ? '    -' : ((100 * n) / d).toFixed(1).padStart(5));

/** Prints the tables; true when `--check` finds a figure below its floor. */
export async function evalVoiceTypes(opts: SplitEvalOptions): Promise<boolean> {
  const gold = readVoiceTypeGold(opts.split);
  const outcomes = await scorePolnearItems(opts.split, 'voice-type', gold, scoreArticle);
  if (outcomes === null) return false;

  const scored = outcomes.filter((o) => o.item.type !== 'other');
  const found = scored.filter((o) => o.predicted !== undefined);
  const right = found.filter((o) => o.predicted?.type === o.item.type);
  const namedRight = found.filter((o) => o.predicted?.named === o.item.named);
  console.log(`\nVoice types, PolNeAR ${opts.split} (eval/voice-types.json: ${gold.length} gold sources, pronouns left out, typed by a reader)`);
  console.log(`scored ${scored.length} (${outcomes.length - scored.length} typed other), found ${found.length}: type right ${pct(right.length, found.length)} % (${right.length}/${found.length}), named right ${pct(namedRight.length, found.length)} % (${namedRight.length}/${found.length})`);
  console.log(`gold ↓ slant →  ${TYPES.map((t) => t.slice(0, 5).padStart(6)).join('')}   right`);
  for (const t of TYPES) {
    const row = found.filter((o) => o.item.type === t);
    if (row.length === 0) continue;
    const cells = TYPES.map((p) => String(row.filter((o) => o.predicted?.type === p).length).padStart(6)).join('');
    const ok = row.filter((o) => o.predicted?.type === t).length;
    console.log(`${t.padEnd(14)} ${cells}   ${pct(ok, row.length)} (${ok}/${row.length})`);
  }
  if (opts.errors === true) {
    for (const o of found) {
      if (o.predicted?.type === o.item.type && o.predicted.named === o.item.named) continue;
      const named = (n: boolean | undefined): string => (n === true ? 'named' : 'unnamed');
      console.log(`  ${o.item.id} ⟦${o.item.mention}⟧ gold ${o.item.type} ${named(o.item.named)}${o.item.unclear === true ? ' (unclear)' : ''} · slant ${o.predicted?.type} ${named(o.predicted?.named)} (${o.predicted?.name})`);
    }
  }
  const figures: Record<string, number> = {
    'voice-types.right.of.found': found.length === 0 ? 0 : right.length / found.length,
    'voice-types.named.right.of.found': found.length === 0 ? 0 : namedRight.length / found.length,
  };
  return reportSplitFigures(opts, figures, 'voice-types-dev', 'voice types');
}

await runAsScript(import.meta.filename, 'eval-voice-types', evalVoiceTypes);
