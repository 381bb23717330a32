/**
 * PolNeAR reader (Newell, Margolin & Ruths, LREC 2018) for the eval harness and the conventions
 * study. Reads ../shared/datasets/polnear (or `$SLANT_DATASETS/polnear`); never copies anything.
 *
 * Format (BRAT standoff, one `.ann` per article and annotator):
 *   T14<TAB>Source 1348 1353<TAB>Kerry
 *   T16<TAB>Content 1359 1390;1393 1432<TAB>that 100,000 … (fragments joined by one space)
 *   E4<TAB>Attribution:T17 Content:T16 Cue:T15 Source:T14 [Content2:T18]
 *   #1<TAB>AnnotatorNotes T66<TAB>free text
 * Entity types: Source, Cue, Content, Attribution / Attribution-no-source (the event trigger: same
 * span as the cue), Discuss (annotator unsure, left for discussion), Discard (text the annotators
 * excluded: "ABSTRACT.", "Getty.", editor's notes, tweet markup…). A text column may run over
 * several lines when the span contains line breaks: continuation lines belong to the previous T.
 * Event roles: Attribution | Attribution-no-source (trigger), Source, Cue, Content, Content2
 * (second content of a split quote: `“…,” he said. “…”`). Content2 is merged into `content` here.
 *
 * Offsets in the .ann are Python code points; they are converted to UTF-16 offsets (JavaScript
 * string indices) with a mapping built only when the text has astral characters.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS } from './datasets.js';

/** A character range `[start, end)` in UTF-16 offsets into the article text. */
export interface Frag {
  start: number;
  end: number;
}

export interface PolnearAttribution {
  /** The event id in the .ann (`E4`). */
  id: string;
  /** `Attribution-no-source` when the annotator marked the event as having no source. */
  type: 'Attribution' | 'Attribution-no-source';
  source?: Frag[];
  cue?: Frag[];
  /** All content fragments, in text order (Content and Content2 merged). */
  content?: Frag[];
  /** True when the event had a Content2 role (split quote annotated as two contents). */
  content2?: boolean;
}

export interface PolnearArticle {
  name: string;
  publisher: string;
  text: string;
  /** The annotator whose .ann was read (the first in sorted order when several annotated it). */
  annotator: string;
  /** All annotators who annotated this article (sorted). */
  annotators: string[];
  attributions: PolnearAttribution[];
  /** Discard spans (text the annotators excluded from annotation). */
  discard: Frag[];
  /** Discuss spans (annotators unsure). */
  discuss: Frag[];
}

export interface PolnearStats {
  articles: number;
  /** Articles annotated by more than one annotator (only the first annotator is read). */
  multiAnnotated: number;
  /** Entity type → count, over the annotators read. */
  entityTypes: Record<string, number>;
  /** Event role → count. */
  roles: Record<string, number>;
  /** Fragments whose text (joined by one space) differs from the .ann text column. */
  textMismatches: number;
  /** The first few mismatches, for debugging. */
  mismatchExamples: string[];
  /** Source/Cue/Content entities not used by any event. */
  orphanEntities: number;
  /** Events with no content / no cue / no source. */
  noContent: number;
  noCue: number;
  noSource: number;
  /** Texts with astral characters (code point ≠ UTF-16 offsets). */
  astralTexts: number;
}

export interface PolnearSplit {
  split: 'train' | 'dev';
  articles: PolnearArticle[];
  stats: PolnearStats;
}

export const PUBLISHERS = ['breitbart', 'huff-post', 'nyt', 'politico', 'usa-today', 'wash-post', 'west-journal'] as const;

/** The PolNeAR folder, or null when absent. */
export function polnearPath(): string | null {
  const dir = join(DATASETS, 'polnear');
  return existsSync(dir) ? dir : null;
}

/** Code-point offset → UTF-16 offset, for a text. Identity when the text is all BMP. */
export function codePointMapper(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => {
    const v = map[cp];
    if (v === undefined) throw new RangeError(`polnear: code-point offset ${cp} beyond the text (${map.length - 1})`);
    return v;
  };
}

interface RawEntity {
  id: string;
  type: string;
  frags: Array<[number, number]>; // code points
  text: string;
}

/** Parses one .ann file into entities (code-point offsets) and events. */
export function parseAnn(ann: string): { entities: Map<string, RawEntity>; events: Array<{ id: string; args: Array<[string, string]> }> } {
  const entities = new Map<string, RawEntity>();
  const events: Array<{ id: string; args: Array<[string, string]> }> = [];
  let last: RawEntity | null = null;
  for (const line of ann.split('\n')) {
    const m = /^([TERAMN#])(\d+)\t/.exec(line);
    if (m === null) {
      // continuation of a multi-line text column
      if (last !== null) last.text += '\n' + line;
      continue;
    }
    last = null;
    const [id, head = '', ...rest] = line.split('\t');
    if (id === undefined) continue;
    if (m[1] === 'T') {
      const sp = head.indexOf(' ');
      const type = head.slice(0, sp);
      const frags = head
        .slice(sp + 1)
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number) as [number, number]);
      const entity: RawEntity = { id, type, frags, text: rest.join('\t') };
      entities.set(id, entity);
      last = entity;
    } else if (m[1] === 'E') {
      const args = head
        .split(' ')
        .filter((a) => a.includes(':'))
        .map((a) => {
          const i = a.lastIndexOf(':');
          return [a.slice(0, i), a.slice(i + 1)] as [string, string];
        });
      events.push({ id, args });
    }
  }
  return { entities, events };
}

/** A stats record with every count at zero. */
export function emptyStats(): PolnearStats {
  return {
    articles: 0,
    multiAnnotated: 0,
    entityTypes: {},
    roles: {},
    textMismatches: 0,
    mismatchExamples: [],
    orphanEntities: 0,
    noContent: 0,
    noCue: 0,
    noSource: 0,
    astralTexts: 0,
  };
}

/**
 * The attributions, Discard and Discuss spans of one .ann file over its text, in UTF-16 offsets;
 * adds to `stats` (entity types, roles, text mismatches…).
 */
export function readAnnotation(
  text: string,
  ann: string,
  name = '',
  stats: PolnearStats = emptyStats(),
  toU16: (cp: number) => number = codePointMapper(text),
): { attributions: PolnearAttribution[]; discard: Frag[]; discuss: Frag[] } {
  const { entities, events } = parseAnn(ann);
  const frags = new Map<string, Frag[]>();
  for (const e of entities.values()) {
    stats.entityTypes[e.type] = (stats.entityTypes[e.type] ?? 0) + 1;
    const fs = e.frags.map(([s, t]) => ({ start: toU16(s), end: toU16(t) }));
    frags.set(e.id, fs);
    const joined = fs.map((f) => text.slice(f.start, f.end)).join(' ');
    if (joined !== e.text && joined !== e.text.replace(/\n+$/, '')) {
      stats.textMismatches++;
      if (stats.mismatchExamples.length < 5) stats.mismatchExamples.push(`${name} ${e.id}: ann ${JSON.stringify(e.text.slice(0, 60))} text ${JSON.stringify(joined.slice(0, 60))}`);
    }
  }
  const used = new Set<string>();
  const attributions: PolnearAttribution[] = [];
  for (const ev of events) {
    const trigger = ev.args.find(([r]) => r === 'Attribution' || r === 'Attribution-no-source');
    const a: PolnearAttribution = { id: ev.id, type: trigger?.[0] === 'Attribution-no-source' ? 'Attribution-no-source' : 'Attribution' };
    for (const [role, tid] of ev.args) {
      stats.roles[role] = (stats.roles[role] ?? 0) + 1;
      const fs = frags.get(tid);
      if (fs === undefined) continue;
      used.add(tid);
      if (role === 'Source') a.source = [...(a.source ?? []), ...fs];
      else if (role === 'Cue') a.cue = [...(a.cue ?? []), ...fs];
      else if (role === 'Content' || /^Content\d+$/.test(role)) {
        a.content = [...(a.content ?? []), ...fs];
        if (role !== 'Content') a.content2 = true;
      }
    }
    for (const k of ['source', 'cue', 'content'] as const) a[k]?.sort((x, y) => x.start - y.start || x.end - y.end);
    if (a.content === undefined) stats.noContent++;
    if (a.cue === undefined) stats.noCue++;
    if (a.source === undefined) stats.noSource++;
    attributions.push(a);
  }
  for (const e of entities.values()) {
    if ((e.type === 'Source' || e.type === 'Cue' || e.type === 'Content') && !used.has(e.id)) stats.orphanEntities++;
  }
  const ofType = (type: string): Frag[] =>
    [...entities.values()].filter((e) => e.type === type).flatMap((e) => frags.get(e.id) ?? []);
  attributions.sort((x, y) => (x.content?.[0]?.start ?? x.cue?.[0]?.start ?? 0) - (y.content?.[0]?.start ?? y.cue?.[0]?.start ?? 0));
  return { attributions, discard: ofType('Discard'), discuss: ofType('Discuss') };
}

/** Reads one split, or null when the dataset folder is absent. */
export function readPolnear(split: 'train' | 'dev'): PolnearSplit | null {
  const root = polnearPath();
  if (root === null) return null;
  const textDir = join(root, split, 'text');
  const annDir = join(root, split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) return null;
  const annFiles = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const byName = new Map<string, string[]>();
  for (const f of annFiles) {
    const m = /^(.*)_([0-9a-z]+)\.ann$/.exec(f);
    if (m === null) continue;
    const list = byName.get(m[1] as string) ?? [];
    list.push(m[2] as string);
    byName.set(m[1] as string, list);
  }
  const stats = emptyStats();
  const articles: PolnearArticle[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.replace(/\.txt$/, '');
    const annotators = (byName.get(name) ?? []).sort();
    const annotator = annotators[0];
    if (annotator === undefined) continue; // no annotation: not part of the evaluation
    const text = readFileSync(join(textDir, file), 'utf8');
    const toU16 = codePointMapper(text);
    if (/[\uD800-\uDBFF]/.test(text)) stats.astralTexts++;
    const { attributions, discard, discuss } = readAnnotation(text, readFileSync(join(annDir, `${name}_${annotator}.ann`), 'utf8'), name, stats, toU16);
    stats.articles++;
    if (annotators.length > 1) stats.multiAnnotated++;
    articles.push({
      name,
      publisher: name.split('_')[0] ?? '',
      text,
      annotator,
      annotators,
      attributions,
      discard,
      discuss,
    });
  }
  return { split, articles, stats };
}

// `npx tsx scripts/read-polnear.ts [train|dev]`: print the reader's statistics.
if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const split = process.argv[2] === 'train' ? 'train' : 'dev';
  const data = readPolnear(split);
  if (data === null) console.log('polnear: ../shared/datasets/polnear not found, skipped');
  else console.log(JSON.stringify({ split, ...data.stats, attributions: data.articles.reduce((n, a) => n + a.attributions.length, 0) }, null, 2));
}
