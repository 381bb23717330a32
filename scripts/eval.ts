/**
 * Quote / attribution evaluation on PolNeAR (`npm run eval`).
 *
 *   npx tsx scripts/eval.ts [--split dev|train] [--errors FILE] [--json FILE] [--check] [--only polnear] [--self-test]
 *
 * Runs `analyzeArticle` on every article of the split and scores SOURCE, CUE and CONTENT spans
 * separately against the gold attributions (one annotator per article: the first in sorted order).
 *
 * Scoring rules (all in `score`, a pure function):
 * - Every span is trimmed of whitespace at both ends first. A discontinuous span is a list of
 *   fragments: a predicted content is `quote.parts` when given, else `[quote.content]`.
 * - EXACT match: same first start and same last end after trimming. Gaps inside a discontinuous
 *   span are not compared: a prediction that covers a split quote `“A,” he said. “B.”` as one
 *   content from the first to the last quote mark matches a gold content annotated as the two
 *   fragments `“A,”` + `“B.”` (PolNeAR always annotates split quotes as fragments that leave out
 *   `he said`; a detector that returns `parts` is scored on the same first/last boundaries).
 * - OVERLAP match: |P∩G| / |P∪G| ≥ 0.5, over the characters of the union of each side's fragments.
 * - One-to-one: every gold item and every prediction is used at most once, greedily by the largest
 *   overlap (exact: in text order). Items are counted per attribution / per quote, not deduplicated:
 *   a source shared by two gold attributions is two gold sources.
 * - A predicted quote with no source (cue) adds no source (cue) prediction; a gold attribution with
 *   no source (cue, content) adds no gold source (cue, content).
 * - Predicted quotes whose content lies wholly inside a Discard span (text the annotators excluded:
 *   "ABSTRACT.", editor's notes, tweet markup) are ignored and counted apart.
 * - P = matched / predictions, R = matched / gold, F1 = 2PR / (P + R) (0 when P + R = 0).
 * - DIRECT gold attribution: at least half of its content's non-space characters lie inside
 *   double quotation marks (“…”, "…", or ''…'' as in the nyt texts; paired within a paragraph);
 *   INDIRECT otherwise. Their recall is the share of gold contents matched (overlap, one-to-one)
 *   by a predicted content.
 *
 * Outputs: a table on stdout. `--json FILE`: every figure (fractions 0–1, flat names such as
 * `cue.exact.f1`, `nyt.content.overlap.r`, `direct.recall`). `--errors FILE`: one JSON record a line
 * per role: `miss` (gold not overlapped), `boundary` (overlapped, not exact, with the prediction
 * and IoU) and `false-positive` (prediction overlapping no gold), each with the article, the
 * span, ±100 characters of context with the span in ⟦ ⟧, and the whole gold attribution or
 * predicted quote. `--check`: compares with eval/floors.json (key `polnear-<split>`) and exits 1
 * when a figure is more than 0.02 below its floor. After the attributions, speaker resolution on the
 * same split (scripts/eval-speakers.ts: slant's referents for 238 PolNeAR sources, eval/speakers.json),
 * and voice types (scripts/eval-voice-types.ts: 300 PolNeAR sources typed by a reader, eval/voice-types.json).
 * `--only polnear`: PolNeAR alone (no BASIL, story grouping or AllSides part), for iterating on
 * attributions. No dataset: one line, exit 0.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { codePointMapper, PUBLISHERS, readPolnear, type Frag, type PolnearArticle } from './read-polnear.js';
import { evalBasil } from './eval-basil.js';
import { evalSpeakers } from './eval-speakers.js';
import { evalVoiceTypes } from './eval-voice-types.js';
import { evalStories } from './eval-stories.js';
import { checkFloors, writeOutput } from './eval-floors.js';

// ---------------------------------------------------------------------------------------------
// The API under evaluation (mirrors the detector's interface; `quotes` may be missing today).

interface Span {
  start: number;
  end: number;
  text: string;
}
interface Quote {
  kind: 'direct' | 'indirect' | 'mixed';
  content: Span;
  parts?: Span[];
  cue?: Span;
  source?: Span;
  speaker?: { name: string; voiceId: string };
  cueClass?: string;
  unattributed?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Pure scoring

export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];

/** One attribution (gold) or one quote (predicted): each role a list of fragments, or absent. */
export type SpanSet = Partial<Record<Role, Frag[]>>;

export interface RoleScore {
  gold: number;
  pred: number;
  /** One-to-one exact matches: [gold index, prediction index] (indices into the SpanSet arrays). */
  exact: Array<[number, number]>;
  /** One-to-one overlap matches: [gold index, prediction index, IoU]. */
  overlap: Array<[number, number, number]>;
}
export type ArticleScore = Record<Role, RoleScore>;

/** Trims whitespace at both ends of each fragment; drops empty fragments; sorts. */
export function trimFrags(text: string, frags: readonly Frag[]): Frag[] {
  const out: Frag[] = [];
  for (const f of frags) {
    let { start, end } = f;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) out.push({ start, end });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Union of fragments as disjoint sorted intervals. */
function merge(frags: readonly Frag[]): Frag[] {
  const out: Frag[] = [];
  for (const f of [...frags].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last !== undefined && f.start <= last.end) last.end = Math.max(last.end, f.end);
    else out.push({ ...f });
  }
  return out;
}

const length = (fs: readonly Frag[]): number => fs.reduce((n, f) => n + f.end - f.start, 0);

/** |P∩G| / |P∪G| over characters (fragments already trimmed). */
export function iou(p: readonly Frag[], g: readonly Frag[]): number {
  const a = merge(p);
  const b = merge(g);
  let inter = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Frag;
    const y = b[j] as Frag;
    inter += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    if (x.end < y.end) i++;
    else j++;
  }
  const union = length(a) + length(b) - inter;
  return union === 0 ? 0 : inter / union;
}

/** Exact: same first start and last end (fragments already trimmed and sorted). */
export function exactMatch(p: readonly Frag[], g: readonly Frag[]): boolean {
  const p0 = p[0];
  const g0 = g[0];
  if (p0 === undefined || g0 === undefined) return false;
  return p0.start === g0.start && Math.max(...p.map((f) => f.end)) === Math.max(...g.map((f) => f.end));
}

/**
 * Scores one article: for each role, one-to-one exact and overlap matches between the gold
 * attributions and the predicted quotes. `ignore`: predictions whose content lies wholly inside
 * one of these spans are left out (the caller can count them with `ignoredPredictions`).
 */
export function score(text: string, gold: readonly SpanSet[], predicted: readonly SpanSet[], ignore: readonly Frag[] = []): ArticleScore {
  const kept = predicted.map((p, i) => [p, i] as const).filter(([p]) => !isIgnored(text, p, ignore));
  const result = {} as ArticleScore;
  for (const role of ROLES) {
    const g = gold.map((s, i) => [trimFrags(text, s[role] ?? []), i] as const).filter(([fs]) => fs.length > 0);
    const p = kept.map(([s, i]) => [trimFrags(text, s[role] ?? []), i] as const).filter(([fs]) => fs.length > 0);
    const exactPairs: Array<[number, number]> = [];
    const candidates: Array<[number, number, number]> = [];
    for (const [gf, gi] of g) {
      for (const [pf, pi] of p) {
        if (exactMatch(pf, gf)) exactPairs.push([gi, pi]);
        const o = iou(pf, gf);
        if (o >= 0.5) candidates.push([gi, pi, o]);
      }
    }
    result[role] = {
      gold: g.length,
      pred: p.length,
      exact: greedy(exactPairs.map(([a, b]) => [a, b, 1] as [number, number, number])).map(([a, b]) => [a, b]),
      overlap: greedy(candidates),
    };
  }
  return result;
}

/** Is this prediction's content wholly inside an ignored span? */
export function isIgnored(text: string, p: SpanSet, ignore: readonly Frag[]): boolean {
  const c = trimFrags(text, p.content ?? []);
  if (c.length === 0 || ignore.length === 0) return false;
  const first = c[0] as Frag;
  const last = Math.max(...c.map((f) => f.end));
  return ignore.some((z) => z.start <= first.start && last <= z.end);
}

/** One-to-one assignment, largest weight first (ties: gold then prediction order). */
function greedy(pairs: Array<[number, number, number]>): Array<[number, number, number]> {
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<[number, number, number]> = [];
  for (const pair of [...pairs].sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1])) {
    if (usedG.has(pair[0]) || usedP.has(pair[1])) continue;
    usedG.add(pair[0]);
    usedP.add(pair[1]);
    out.push(pair);
  }
  return out;
}

/** Running totals of matched counts. */
export interface Tally {
  gold: number;
  pred: number;
  exact: number;
  overlap: number;
}
export interface PRF {
  p: number;
  r: number;
  f1: number;
}
export function prf(matched: number, pred: number, gold: number): PRF {
  const p = pred === 0 ? 0 : matched / pred;
  const r = gold === 0 ? 0 : matched / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/**
 * Character mask of the text inside double quotation marks (marks included): “ opens, ” closes,
 * a straight " toggles, and so does a doubled apostrophe '' (the New York Times texts of PolNeAR
 * come from a news archive that writes double quotes as '' … ''); everything resets at a line
 * break (a quote running over several paragraphs reopens with a mark at each paragraph start).
 */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      open = -1;
    } else if (c === "'" && text[i + 1] === "'") {
      // '' is a double quote mark; in ,''' (a nested single quote closing first) it is the last two
      if (open < 0) {
        open = i;
        i++;
      } else {
        const end = text[i + 2] === "'" ? i + 3 : i + 2;
        mask.fill(1, open, end);
        open = -1;
        i = end - 1;
      }
    } else if (c === '“' || (c === '"' && open < 0)) {
      open = i;
    } else if ((c === '”' || c === '"') && open >= 0) {
      mask.fill(1, open, i + 1);
      open = -1;
    }
  }
  return mask;
}

/** Direct: ≥ 50% of the content's non-space characters are inside quote marks. */
export function isDirect(text: string, mask: Uint8Array, content: readonly Frag[]): boolean {
  let all = 0;
  let quoted = 0;
  for (const f of content) {
    for (let i = f.start; i < f.end; i++) {
      if (/\s/.test(text[i] ?? '')) continue;
      all++;
      quoted += mask[i] ?? 0;
    }
  }
  return all > 0 && quoted * 2 >= all;
}

// ---------------------------------------------------------------------------------------------
// Running the detector

/** The quotes of an analysis as SpanSets (missing `quotes` → none), and how many spans were bad. */
export function predictedSets(text: string, analysis: unknown): { sets: SpanSet[]; quotes: Quote[]; badSpans: number } {
  const raw = (analysis as { quotes?: unknown } | null)?.quotes;
  const quotes = Array.isArray(raw) ? (raw as Quote[]) : [];
  let badSpans = 0;
  const frag = (s: Span | undefined): Frag[] | undefined => {
    if (s === undefined || s === null) return undefined;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.end < s.start) {
      badSpans++;
      return undefined;
    }
    if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) badSpans++;
    return [{ start: s.start, end: s.end }];
  };
  const sets = quotes.map((q) => {
    const set: SpanSet = {};
    const parts = Array.isArray(q.parts) && q.parts.length > 0 ? q.parts.flatMap((p) => frag(p) ?? []) : frag(q.content);
    if (parts !== undefined && parts.length > 0) set.content = parts;
    const cue = frag(q.cue);
    if (cue !== undefined) set.cue = cue;
    const source = frag(q.source);
    if (source !== undefined) set.source = source;
    return set;
  });
  return { sets, quotes, badSpans };
}

// ---------------------------------------------------------------------------------------------
// Figures

const REFERENCE = [
  { name: 'rule baseline', source: 10.7, cue: 22.8, content: 5.6 },
  { name: 'CRF', source: 50.6, cue: 53.4, content: 28.6 },
  { name: 'CofeNet', source: 83.2, cue: 75.3, content: 72.9 },
];

interface Group {
  articles: number;
  attributions: number;
  quotes: number;
  roles: Record<Role, Tally>;
  direct: { gold: number; found: number };
  indirect: { gold: number; found: number };
}
const newGroup = (): Group => ({
  articles: 0,
  attributions: 0,
  quotes: 0,
  roles: { source: tally(), cue: tally(), content: tally() },
  direct: { gold: 0, found: 0 },
  indirect: { gold: 0, found: 0 },
});
function tally(): Tally {
  return { gold: 0, pred: 0, exact: 0, overlap: 0 };
}

/** Flat figure names → values (fractions 0–1), as used by --json and eval/floors.json. */
function figures(g: Group, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {};
  const r4 = (x: number): number => Math.round(x * 10000) / 10000;
  for (const role of ROLES) {
    const t = g.roles[role];
    for (const kind of ['exact', 'overlap'] as const) {
      const m = prf(t[kind], t.pred, t.gold);
      out[`${prefix}${role}.${kind}.p`] = r4(m.p);
      out[`${prefix}${role}.${kind}.r`] = r4(m.r);
      out[`${prefix}${role}.${kind}.f1`] = r4(m.f1);
    }
  }
  out[`${prefix}direct.recall`] = r4(g.direct.gold === 0 ? 0 : g.direct.found / g.direct.gold);
  out[`${prefix}indirect.recall`] = r4(g.indirect.gold === 0 ? 0 : g.indirect.found / g.indirect.gold);
  return out;
}

const pct = (x: number): string => (x * 100).toFixed(1);

// ---------------------------------------------------------------------------------------------
// Self-test: a hand-made article with known answers.

function selfTest(): void {
  const checks: Array<[string, boolean]> = [];
  const eq = (name: string, got: unknown, want: unknown): void => {
    const ok = JSON.stringify(got) === JSON.stringify(want);
    checks.push([ok ? name : `${name}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`, ok]);
  };
  const text = 'Kirby said that the talks failed. “We are done,” he said. “Go home.” Rain fell.';
  const at = (s: string, from = 0): Frag => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`self-test: ${s} not in text`);
    return { start, end: start + s.length };
  };
  const gold: SpanSet[] = [
    { source: [at('Kirby')], cue: [at('said')], content: [at('that the talks failed')] },
    // split quote, annotated as two fragments; gold whitespace around the source is trimmed
    { source: [{ start: at('he said').start - 1, end: at('he said').start + 2 }], cue: [at('said', 40)], content: [at('“We are done,”'), at('“Go home.”')] },
    { content: [at('Rain fell')] }, // no source, no cue
  ];
  const predicted: SpanSet[] = [
    // content boundary differs (overlap 16/22 = 0.73: overlap match, not exact); source, cue exact
    { source: [at('Kirby')], cue: [at('said')], content: [at('the talks failed.')] },
    // one span from the first to the last quote mark: exact under the first-start/last-end rule
    { cue: [at('said', 40)], content: [{ start: at('“We are done,”').start, end: at('“Go home.”').end }] },
    // false positive: wrong source and content, no cue
    { source: [at('Rain')], content: [at('Rain')] },
  ];
  const s = score(text, gold, predicted);
  eq('source gold/pred', [s.source.gold, s.source.pred], [2, 2]);
  eq('source exact', s.source.exact.length, 1);
  eq('source overlap', s.source.overlap.length, 1);
  eq('cue exact', [s.cue.gold, s.cue.pred, s.cue.exact.length], [2, 2, 2]);
  eq('content gold/pred', [s.content.gold, s.content.pred], [3, 3]);
  eq('content exact pairs', s.content.exact, [[1, 1]]);
  // overlap: gold 0 ↔ pred 0 (0.73), gold 1 ↔ pred 1 (24 / 34 = 0.71: the gap ` he said. ` is in P, not in G),
  // gold 2 ("Rain fell", 9) ↔ pred 2 ("Rain", 4): 4 / 9 = 0.44 < 0.5 → no match
  eq('content overlap pairs', s.content.overlap.map(([g, p]) => [g, p]), [[0, 0], [1, 1]]);
  eq('iou partial', Math.round(iou([at('the talks failed.')], [at('that the talks failed')]) * 1000) / 1000, Math.round((16 / 22) * 1000) / 1000);
  const m = (role: Role, kind: 'exact' | 'overlap'): PRF => prf(s[role][kind].length, s[role].pred, s[role].gold);
  const t = { source: m('source', 'exact'), content: m('content', 'exact'), contentOverlap: m('content', 'overlap') };
  eq('prf source', [t.source.p, t.source.r, t.source.f1], [0.5, 0.5, 0.5]);
  eq('prf content exact', Math.round(t.content.f1 * 1000), 333);
  eq('prf content overlap', Math.round(t.contentOverlap.f1 * 1000), 667);
  eq('prf zero', prf(0, 0, 10), { p: 0, r: 0, f1: 0 });
  // one-to-one: two identical predictions of one gold → one match, one false positive
  const dup = score(text, [gold[0] as SpanSet], [predicted[0] as SpanSet, predicted[0] as SpanSet]);
  eq('one-to-one', [dup.source.exact.length, dup.source.pred], [1, 2]);
  // ignore: a prediction inside a Discard span is left out
  const ign = score(text, gold, predicted, [at('Rain fell.')]);
  eq('ignore discard', ign.content.pred, 2);
  // direct / indirect
  const mask = quotedMask(text);
  eq('direct', [isDirect(text, mask, gold[0]?.content ?? []), isDirect(text, mask, gold[1]?.content ?? [])], [false, true]);
  eq('straight quotes', Array.from(quotedMask('a "b" c\n"d')).join(''), '0011100000');
  eq("nyt '' quotes", Array.from(quotedMask("x ''a 'b.''' y ''c")).join(''), '001111111111000000');
  // code points → UTF-16
  const astral = 'a😀b “c”';
  const map = codePointMapper(astral);
  eq('astral mapping', [map(0), map(1), map(2), map(3), map(6)], [0, 1, 3, 4, 7]);
  eq('bmp identity', codePointMapper('abc')(2), 2);
  // predictedSets: missing quotes, parts, bad spans
  eq('missing quotes', predictedSets(text, {}).sets, []);
  const q = predictedSets(text, {
    quotes: [
      { kind: 'direct', content: { ...at('“We are done,” he said. “Go home.”'), text: '“We are done,” he said. “Go home.”' }, parts: [{ ...at('“We are done,”'), text: '“We are done,”' }, { ...at('“Go home.”'), text: 'x' }] },
    ],
  });
  eq('parts used, bad text counted', [q.sets[0]?.content?.length, q.badSpans], [2, 1]);
  let failed = 0;
  for (const [name, ok] of checks) {
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  }
  console.log(`self-test: ${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

// ---------------------------------------------------------------------------------------------
// Main

interface Options {
  split: 'train' | 'dev';
  errors: string | undefined;
  json: string | undefined;
  check: boolean;
  selfTest: boolean;
  /** `polnear`: skip the BASIL, story-grouping and AllSides parts. */
  only: 'polnear' | undefined;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { split: 'dev', errors: undefined, json: undefined, check: false, selfTest: false, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`eval: ${a} needs a value`);
      return v;
    };
    if (a === '--split') {
      const v = value();
      if (v !== 'dev' && v !== 'train') throw new Error(`eval: --split dev|train, not ${v}`);
      o.split = v;
    } else if (a === '--errors') o.errors = value();
    else if (a === '--json') o.json = value();
    else if (a === '--check') o.check = true;
    else if (a === '--self-test') o.selfTest = true;
    else if (a === '--only') {
      const v = value();
      if (v !== 'polnear') throw new Error(`eval: --only polnear, not ${v}`);
      o.only = v;
    }
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run eval -- [--split dev|train] [--errors FILE.jsonl] [--json FILE] [--check] [--only polnear] [--self-test]');
      process.exit(0);
    } else throw new Error(`eval: unknown argument ${a}`);
  }
  return o;
}

function context(text: string, f: Frag[], width = 100): string {
  const start = Math.min(...f.map((x) => x.start));
  const end = Math.max(...f.map((x) => x.end));
  const before = text.slice(Math.max(0, start - width), start);
  const after = text.slice(end, end + width);
  return `${before}⟦${text.slice(start, end)}⟧${after}`.replace(/\s+/g, ' ');
}

function spanText(text: string, f: Frag[] | undefined): string | null {
  return f === undefined ? null : f.map((x) => text.slice(x.start, x.end)).join(' … ');
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.selfTest) selfTest();
  // Speaker resolution on slant's own referents for PolNeAR sources (scripts/eval-speakers.ts): speakers.*, floors under key `speakers-dev`.
  const attributionFailed = await evalPolnear(opts);
  const speakersFailed = await evalSpeakers({ split: opts.split, check: opts.check, ...(opts.json === undefined ? {} : { json: opts.json }) });
  // Voice types on 300 PolNeAR sources a reader typed (scripts/eval-voice-types.ts): voice-types.*, floors under key `voice-types-dev`.
  const typesFailed = await evalVoiceTypes({ split: opts.split, check: opts.check, ...(opts.json === undefined ? {} : { json: opts.json }) });
  const polnearFailed = attributionFailed || speakersFailed || typesFailed;
  if (opts.only === 'polnear') process.exit(polnearFailed ? 1 : 0);
  // Loaded wording on BASIL (scripts/eval-basil.ts): figures merged into --json as basil.*, floors under key `basil`.
  const basil = await evalBasil({ json: opts.json, check: opts.check });
  // Story grouping on BASIL's same-event triplets (scripts/eval-stories.ts): stories.*, floors under key `stories`.
  const stories = await evalStories({ ...(opts.json === undefined ? {} : { json: opts.json }), check: opts.check });
  const allsidesFailed = evalAllSidesApart(opts);
  if (polnearFailed || basil.failed || !stories.ok || allsidesFailed) process.exit(1);
}

/**
 * Left vs right outlets on AllSides from profile figures (scripts/eval-allsides.ts): allsides.*
 * merged into --json, floors under key `allsides`. Run in a process of its own: wink-nlp's
 * tokenizer learns every new word it sees and then splits some tokens differently (`Trump’s`),
 * so in this process, after PolNeAR and BASIL, the AllSides figures would differ slightly from
 * the ones `npx tsx scripts/eval-allsides.ts` gives. True when it fails.
 */
function evalAllSidesApart(opts: Options): boolean {
  const args = [...(opts.json === undefined ? [] : ['--json', opts.json]), ...(opts.check ? ['--check'] : [])];
  // execArgv carries tsx's loader flags, so the child runs the TypeScript script the same way.
  const run = spawnSync(process.execPath, [...process.execArgv, join(import.meta.dirname, 'eval-allsides.ts'), ...args], { stdio: 'inherit' });
  if (run.error !== undefined) console.error(`eval: cannot run scripts/eval-allsides.ts: ${run.error.message}`);
  return run.status !== 0;
}

/** Attribution on PolNeAR: prints the tables; true when `--check` finds a figure below its floor. */
async function evalPolnear(opts: Options): Promise<boolean> {
  const t0 = performance.now();
  const data = readPolnear(opts.split);
  if (data === null) {
    console.log('eval: ../shared/datasets/polnear not found, skipped');
    return false;
  }
  // Imported here, not at the top: the self-test and the pure scoring functions do not need the
  // library, and a library that does not load (mid-edit) gets a one-line error, not a stack.
  let analyzeArticle: (input: { text: string; id: string }) => unknown;
  try {
    ({ analyzeArticle } = await import('../src/index.js'));
  } catch (e) {
    console.error(`eval: cannot load ../src/index.js: ${(e as Error).message.split('\n')[0]}`);
    process.exit(2);
  }
  const loadMs = performance.now() - t0;
  const all = newGroup();
  const byPublisher = new Map<string, Group>(PUBLISHERS.map((p) => [p, newGroup()]));
  const errors: string[] = [];
  let analyzeMs = 0;
  let ignored = 0;
  let badSpans = 0;
  let crashes = 0;
  let firstCrash = '';
  /**
   * Quoted words the sentence gives no speaker (`unattributed`, scare quotes) are predictions like
   * any other quote: a user reading `quotes` gets them. Counted apart so their share of the content
   * figures is visible.
   */
  const unattributed = { predicted: 0, matched: 0 };

  for (const article of data.articles) {
    const groups = [all, byPublisher.get(article.publisher) ?? newGroup()];
    const gold: SpanSet[] = article.attributions.map((a) => ({ ...(a.source && { source: a.source }), ...(a.cue && { cue: a.cue }), ...(a.content && { content: a.content }) }));
    let analysis: unknown = null;
    const t = performance.now();
    try {
      analysis = analyzeArticle({ text: article.text, id: article.name });
    } catch (e) {
      crashes++;
      if (firstCrash === '') firstCrash = `${article.name}: ${(e as Error).message}`;
    }
    analyzeMs += performance.now() - t;
    const pred = predictedSets(article.text, analysis);
    badSpans += pred.badSpans;
    ignored += pred.sets.filter((p) => isIgnored(article.text, p, article.discard)).length;
    const s = score(article.text, gold, pred.sets, article.discard);
    const mask = quotedMask(article.text);
    const contentMatched = new Set(s.content.overlap.map(([g]) => g));
    const matchedPredictions = new Set(s.content.overlap.map(([, p]) => p));
    pred.quotes.forEach((q, i) => {
      if (q.unattributed !== true || isIgnored(article.text, pred.sets[i] as SpanSet, article.discard)) return;
      unattributed.predicted++;
      if (matchedPredictions.has(i)) unattributed.matched++;
    });
    for (const g of groups) {
      g.articles++;
      g.attributions += gold.length;
      g.quotes += pred.sets.length;
      for (const role of ROLES) {
        g.roles[role].gold += s[role].gold;
        g.roles[role].pred += s[role].pred;
        g.roles[role].exact += s[role].exact.length;
        g.roles[role].overlap += s[role].overlap.length;
      }
    }
    gold.forEach((a, i) => {
      if (a.content === undefined || trimFrags(article.text, a.content).length === 0) return;
      const bucket = isDirect(article.text, mask, a.content) ? 'direct' : 'indirect';
      for (const g of groups) {
        g[bucket].gold++;
        if (contentMatched.has(i)) g[bucket].found++;
      }
    });
    if (opts.errors !== undefined) errors.push(...errorRecords(article, gold, pred.sets, pred.quotes, s, mask));
  }
  const totalMs = performance.now() - t0;

  // ---- print
  const multi = data.stats.multiAnnotated;
  console.log(
    `PolNeAR ${opts.split}: ${all.articles} articles, ${all.attributions} gold attributions, ${all.quotes} predicted quotes` +
      (ignored > 0 ? ` (${ignored} inside Discard spans, ignored)` : ''),
  );
  console.log(
    `gold: one annotator per article, the first in sorted order (${multi} article${multi === 1 ? '' : 's'} had several); ` +
      `time: ${(totalMs / 1000).toFixed(1)} s (load ${(loadMs / 1000).toFixed(1)} s, analyzeArticle ${(analyzeMs / 1000).toFixed(1)} s = ${(analyzeMs / Math.max(1, all.articles)).toFixed(1)} ms/article)`,
  );
  if (crashes > 0) console.log(`analyzeArticle threw on ${crashes} article(s), scored as no predictions; first: ${firstCrash}`);
  if (badSpans > 0) console.log(`predicted spans out of range or whose .text differs from the article text: ${badSpans}`);
  if (data.stats.textMismatches > 0) console.log(`gold fragments whose text differs from the .ann column: ${data.stats.textMismatches}`);
  console.log('');
  console.log('           gold   pred │ exact   P     R     F1  │ overlap≥.5  P     R     F1');
  for (const role of ROLES) {
    const t = all.roles[role];
    const e = prf(t.exact, t.pred, t.gold);
    const o = prf(t.overlap, t.pred, t.gold);
    console.log(
      `${role.padEnd(8)} ${String(t.gold).padStart(6)} ${String(t.pred).padStart(6)} │ ${String(t.exact).padStart(5)} ${pct(e.p).padStart(5)} ${pct(e.r).padStart(5)} ${pct(e.f1).padStart(5)} │ ${String(t.overlap).padStart(10)} ${pct(o.p).padStart(5)} ${pct(o.r).padStart(5)} ${pct(o.f1).padStart(5)}`,
    );
  }
  const f1 = (role: Role): string => pct(prf(all.roles[role].exact, all.roles[role].pred, all.roles[role].gold).f1);
  console.log('');
  console.log(`exact F1 source/cue/content   slant ${f1('source')}/${f1('cue')}/${f1('content')}   ` + REFERENCE.map((r) => `${r.name} ${r.source}/${r.cue}/${r.content}`).join('   '));
  console.log('  (published figures: their own test split and protocol; indicative only)');
  console.log('');
  console.log('F1 exact/overlap  art   gold   pred │ source      cue         content     │ recall: direct    indirect');
  const rows: Array<[string, Group]> = [['all', all], ...byPublisher];
  for (const [name, g] of rows) {
    const cell = (role: Role): string => {
      const t = g.roles[role];
      return `${pct(prf(t.exact, t.pred, t.gold).f1)}/${pct(prf(t.overlap, t.pred, t.gold).f1)}`.padEnd(11);
    };
    const rec = (x: { gold: number; found: number }): string =>
      x.gold === 0 ? '–' : `${pct(x.found / x.gold)} (${x.found}/${x.gold})`;
    const direct = rec(g.direct);
    console.log(
      `${name.padEnd(16)} ${String(g.articles).padStart(4)} ${String(g.attributions).padStart(6)} ${String(g.quotes).padStart(6)} │ ${cell('source')} ${cell('cue')} ${cell('content')} │ ${direct.padEnd(17)} ${rec(g.indirect).trimEnd()}`,
    );
  }
  console.log(`(direct = ≥ 50% of the gold content inside “…”, "…" or ''…'' (nyt writes quotes as ''…''); recall by overlap ≥ .5, one-to-one)`);
  console.log(
    `unattributed quotes (quoted words the sentence gives no speaker; scored as predictions): ${unattributed.predicted}, ` +
      `of which ${unattributed.matched} match a gold content (overlap ≥ .5)`,
  );
  // What the annotators themselves agree on: a guide to how high these figures can go.
  const { agreement, agreementLines } = await import('./polnear-agreement.js');
  const agreed = agreement();
  if (agreed !== null) console.log(['', ...agreementLines(agreed)].join('\n'));

  // ---- outputs
  const key = `polnear-${opts.split}`;
  const figs: Record<string, number> = { ...figures(all) };
  for (const [name, g] of byPublisher) Object.assign(figs, figures(g, `${name}.`));
  if (opts.json !== undefined) {
    writeOutput(opts.json, JSON.stringify({ dataset: key, articles: all.articles, attributions: all.attributions, predictions: all.quotes, ignoredInDiscard: ignored, seconds: Math.round(totalMs) / 1000, figures: figs, agreement: agreed }, null, 2) + '\n');
    console.log(`figures written to ${opts.json}`);
  }
  if (opts.errors !== undefined) {
    writeOutput(opts.errors, errors.join('\n') + (errors.length > 0 ? '\n' : ''));
    console.log(`${errors.length} error records written to ${opts.errors}`);
  }
  return opts.check && checkFloors(key, figs, 'check');
}

/** JSONL records for error analysis: gold misses, boundary errors and false positives per role. */
function errorRecords(article: PolnearArticle, gold: SpanSet[], pred: SpanSet[], quotes: Quote[], s: ArticleScore, mask: Uint8Array): string[] {
  const { text } = article;
  const out: string[] = [];
  const goldView = (a: SpanSet | undefined): object | null =>
    a === undefined ? null : { source: spanText(text, a.source), cue: spanText(text, a.cue), content: spanText(text, a.content), direct: a.content ? isDirect(text, mask, a.content) : null };
  const predView = (i: number): object | null => {
    const q = quotes[i];
    const p = pred[i];
    return q === undefined || p === undefined ? null : { kind: q.kind, source: spanText(text, p.source), cue: spanText(text, p.cue), content: spanText(text, p.content), cueClass: q.cueClass ?? null };
  };
  for (const role of ROLES) {
    const exactG = new Set(s[role].exact.map(([g]) => g));
    const overlapG = new Map(s[role].overlap.map(([g, p, o]) => [g, [p, o] as const]));
    const overlapP = new Set(s[role].overlap.map(([, p]) => p));
    const exactP = new Set(s[role].exact.map(([, p]) => p));
    gold.forEach((a, gi) => {
      const fs = a[role];
      if (fs === undefined || exactG.has(gi)) return;
      const m = overlapG.get(gi);
      out.push(
        JSON.stringify({
          article: article.name,
          publisher: article.publisher,
          role,
          type: m === undefined ? 'miss' : 'boundary',
          gold: spanText(text, fs),
          predicted: m === undefined ? null : spanText(text, pred[m[0]]?.[role]),
          iou: m === undefined ? null : Math.round(m[1] * 100) / 100,
          start: fs[0]?.start,
          context: context(text, fs),
          attribution: goldView(a),
          quote: m === undefined ? null : predView(m[0]),
        }),
      );
    });
    pred.forEach((p, pi) => {
      const fs = p[role];
      if (fs === undefined || overlapP.has(pi) || exactP.has(pi)) return;
      if (isIgnored(text, p, article.discard)) return;
      out.push(
        JSON.stringify({
          article: article.name,
          publisher: article.publisher,
          role,
          type: 'false-positive',
          predicted: spanText(text, fs),
          start: fs[0]?.start,
          context: context(text, fs),
          quote: predView(pi),
        }),
      );
    });
  }
  return out;
}

// Run only as a script (importing this module for `score` & co. runs nothing).
if (process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename) {
  main().catch((e: unknown) => {
    const message = e instanceof Error ? e.message : String(e);
    console.error(message.startsWith('eval:') ? message : e);
    process.exit(2);
  });
}
