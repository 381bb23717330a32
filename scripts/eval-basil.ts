/**
 * Loaded-wording evaluation on BASIL (Fan et al., EMNLP 2019): run by `npm run eval` after the
 * PolNeAR part, or alone:
 *
 *   npx tsx scripts/eval-basil.ts [--json FILE] [--check] [--errors FILE.jsonl]
 *
 * Scores slant's loaded-wording findings (`analyzeArticle(text).wording.findings` with
 * `loaded === true`) against BASIL's gold LEXICAL bias spans. Each article is its sentences joined
 * with one space (scripts/read-basil.ts).
 *
 * Scoring rules (all in `scoreArticle`, a pure function):
 * - Words are the runs of letters and digits of the article text (an apostrophe or hyphen between
 *   two letters stays inside the word: `don't`, `so-called`).
 * - A finding is a true positive when it shares at least one word with a gold lexical span.
 * - A gold span is recalled when some loaded finding shares at least one word with it.
 * - P = matched findings / findings, R = recalled gold spans / gold spans, F1 = 2PR / (P + R).
 * - Informational spans are not scored (they are about which facts are told, not wording).
 *
 * Halves: the lexicon is tuned on the EVEN event indices (0, 2, … 98, all three outlets); the ODD
 * indices are held out, and their figure is the honest one. Also printed: per outlet; the
 * Spearman rank correlation over articles between slant's loaded findings per 1,000 words and the
 * gold lexical spans per 1,000 words; the mean rates per outlet, slant beside gold; and a
 * baseline for context: every AFINN-165 word (through the `sentiment` package) with |score| ≥ 3
 * as a finding.
 *
 * Outputs: `--json FILE` merges the figures into FILE (created if absent) under `figures`, with flat
 * names such as `basil.loaded.f1`, `basil.odd.loaded.f1`, `basil.fox.loaded.p`, `basil.spearman`,
 * `basil.rate.fox.slant`. `--check`: compares with eval/floors.json, key `basil`, and fails when a
 * figure is more than 0.02 below its floor. `--errors FILE`: one JSON record a line, a
 * `false-positive` (loaded finding sharing no word with gold) or a `miss` (gold span no finding
 * touches), with ±80 characters of context and the span in ⟦ ⟧. No dataset: one line, no failure.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { checkFloors, mergeJsonOutput, writeOutput } from './eval-floors.js';
import { OUTLETS, readBasil, type BasilArticle, type Outlet } from './read-basil.js';

export interface Frag {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Pure scoring

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of a text as [start, end) offsets. */
export function words(text: string): Frag[] {
  const out: Frag[] = [];
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Indices of the words (sorted by start) that a span overlaps. */
function wordsIn(ws: readonly Frag[], span: Frag): number[] {
  // binary search for the first word ending after span.start
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ws[mid] as Frag).end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < ws.length && (ws[i] as Frag).start < span.end; i++) out.push(i);
  return out;
}

export interface ArticleScore {
  words: number;
  gold: number;
  /** Gold spans (indices) some finding shares a word with. */
  recalled: Set<number>;
  pred: number;
  /** Findings (indices) that share a word with some gold span. */
  matched: Set<number>;
}

/** Scores one article's findings against its gold spans by shared words. */
export function scoreArticle(text: string, gold: readonly Frag[], findings: readonly Frag[]): ArticleScore {
  const ws = words(text);
  const owner = new Map<number, number[]>(); // word index → gold spans covering it
  gold.forEach((g, gi) => {
    for (const w of wordsIn(ws, g)) owner.set(w, [...(owner.get(w) ?? []), gi]);
  });
  const recalled = new Set<number>();
  const matched = new Set<number>();
  findings.forEach((f, fi) => {
    for (const w of wordsIn(ws, f)) {
      const gs = owner.get(w);
      if (gs === undefined) continue;
      matched.add(fi);
      for (const gi of gs) recalled.add(gi);
    }
  });
  return { words: ws.length, gold: gold.length, recalled, pred: findings.length, matched };
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
}
export function prf(matchedPred: number, pred: number, recalledGold: number, gold: number): PRF {
  const p = pred === 0 ? 0 : matchedPred / pred;
  const r = gold === 0 ? 0 : recalledGold / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Ranks with ties averaged (1-based). */
function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && (order[j + 1] as readonly [number, number])[0] === (order[i] as readonly [number, number])[0]) j++;
    for (let k = i; k <= j; k++) out[(order[k] as readonly [number, number])[1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation (Pearson on tie-averaged ranks); 0 when either side is constant. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  const a = ranks(xs);
  const b = ranks(ys);
  const n = a.length;
  if (n < 2) return 0;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa === 0 || sbb === 0 ? 0 : sab / Math.sqrt(saa * sbb);
}

/** Baseline: every single-word AFINN-165 entry with |score| ≥ `min`, matched on lower-cased words. */
export function afinnFindings(text: string, min = 3): Frag[] {
  afinn ??= loadAfinn(min);
  return words(text).filter((w) => afinn?.has(text.slice(w.start, w.end).toLowerCase().replace(/’/g, "'")) === true);
}
let afinn: Set<string> | undefined;
function loadAfinn(min: number): Set<string> {
  const labels = createRequire(import.meta.url)('sentiment/languages/en/labels.json') as Record<string, number>;
  return new Set(Object.entries(labels).filter(([k, v]) => Math.abs(v) >= min && !k.includes(' ')).map(([k]) => k));
}

// ---------------------------------------------------------------------------------------------
// Running

/** Loaded findings of one text: the spans slant marks as loaded wording, or null when it has no wording analysis. */
export type LoadedFn = (text: string, name: string) => Array<Frag & { term?: string | undefined; category?: string | undefined; voice?: string | undefined }> | null;

interface Tally {
  articles: number;
  words: number;
  gold: number;
  recalled: number;
  pred: number;
  matched: number;
}
const tally = (): Tally => ({ articles: 0, words: 0, gold: 0, recalled: 0, pred: 0, matched: 0 });
function add(t: Tally, s: ArticleScore): void {
  t.articles++;
  t.words += s.words;
  t.gold += s.gold;
  t.recalled += s.recalled.size;
  t.pred += s.pred;
  t.matched += s.matched.size;
}
const measure = (t: Tally): PRF => prf(t.matched, t.pred, t.recalled, t.gold);
const r4 = (x: number): number => Math.round(x * 10000) / 10000;
const pct = (x: number): string => (x * 100).toFixed(1);

export interface BasilOptions {
  json?: string | undefined;
  check?: boolean;
  errors?: string | undefined;
  /** Where findings come from; default `analyzeArticle(text).wording.findings` filtered to `loaded`. */
  loaded?: LoadedFn;
  /** Print nothing but the summary line (for tuning loops). */
  quiet?: boolean;
}

export interface BasilResult {
  figures: Record<string, number>;
  /** The run failed: the check found a figure below its floor, or the library has no wording analysis. */
  failed: boolean;
}

/** The default source of findings: the library's loaded-wording findings. */
async function libraryLoaded(): Promise<LoadedFn> {
  const { analyzeArticle } = (await import('../src/index.js')) as { analyzeArticle: (input: { text: string; id: string }) => unknown };
  return (text, name) => {
    const wording = (analyzeArticle({ text, id: name }) as { wording?: { findings?: unknown } }).wording;
    if (wording === undefined || !Array.isArray(wording.findings)) return null;
    return (wording.findings as Array<{ loaded?: boolean; span: Frag & { text?: string }; term?: string; category?: string; voice?: string }>)
      .filter((f) => f.loaded === true)
      .map((f) => ({ start: f.span.start, end: f.span.end, term: f.term, category: f.category, voice: f.voice }));
  };
}

/** Runs the BASIL evaluation; prints a table; returns the figures. */
export async function evalBasil(opts: BasilOptions = {}): Promise<BasilResult> {
  const data = readBasil();
  if (data === null) {
    console.log('eval-basil: ../shared/datasets/basil not found, skipped');
    return { figures: {}, failed: false };
  }
  const loaded = opts.loaded ?? (await libraryLoaded());
  const t0 = performance.now();
  const groups = new Map<string, Tally>([['all', tally()], ['even', tally()], ['odd', tally()], ...OUTLETS.map((o) => [o, tally()] as [string, Tally])]);
  const base = new Map<string, Tally>([['all', tally()], ['even', tally()], ['odd', tally()]]);
  const byQuote = { quoted: { gold: 0, recalled: 0 }, own: { gold: 0, recalled: 0 } };
  const rates: Array<{ outlet: Outlet; odd: boolean; slant: number; gold: number }> = [];
  const errors: string[] = [];
  let badSpans = 0;
  for (const article of data.articles) {
    const found = loaded(article.text, article.name);
    if (found === null) {
      console.log('eval-basil: analyzeArticle returns no wording findings (no `wording` in its result), skipped');
      return { figures: {}, failed: true };
    }
    const findings = found.filter((f) => {
      const ok = Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= article.text.length && f.start < f.end;
      if (!ok) badSpans++;
      return ok;
    });
    const gold = article.spans.filter((s) => s.bias === 'Lexical');
    const s = scoreArticle(article.text, gold, findings);
    const half = article.index % 2 === 0 ? 'even' : 'odd';
    for (const key of ['all', half, article.outlet]) add(groups.get(key) as Tally, s);
    const b = scoreArticle(article.text, gold, afinnFindings(article.text));
    for (const key of ['all', half]) add(base.get(key) as Tally, b);
    gold.forEach((g, gi) => {
      const side = g.quote ? byQuote.quoted : byQuote.own;
      side.gold++;
      if (s.recalled.has(gi)) side.recalled++;
    });
    rates.push({ outlet: article.outlet, odd: article.index % 2 === 1, slant: (1000 * findings.length) / Math.max(1, s.words), gold: (1000 * gold.length) / Math.max(1, s.words) });
    if (opts.errors !== undefined) errors.push(...errorRecords(article, gold, findings, s));
  }
  const seconds = (performance.now() - t0) / 1000;

  // ---- figures
  const figs: Record<string, number> = {};
  for (const [key, t] of groups) {
    const m = measure(t);
    const prefix = key === 'all' ? 'basil.' : `basil.${key}.`;
    figs[`${prefix}loaded.p`] = r4(m.p);
    figs[`${prefix}loaded.r`] = r4(m.r);
    figs[`${prefix}loaded.f1`] = r4(m.f1);
  }
  for (const [key, t] of base) {
    const m = measure(t);
    const prefix = key === 'all' ? 'basil.afinn.' : `basil.${key}.afinn.`;
    figs[`${prefix}p`] = r4(m.p);
    figs[`${prefix}r`] = r4(m.r);
    figs[`${prefix}f1`] = r4(m.f1);
  }
  figs['basil.recall.quoted'] = r4(byQuote.quoted.gold === 0 ? 0 : byQuote.quoted.recalled / byQuote.quoted.gold);
  figs['basil.recall.own'] = r4(byQuote.own.gold === 0 ? 0 : byQuote.own.recalled / byQuote.own.gold);
  figs['basil.spearman'] = r4(spearman(rates.map((r) => r.slant), rates.map((r) => r.gold)));
  for (const [half, odd] of [['even', false], ['odd', true]] as const) {
    const rs = rates.filter((r) => r.odd === odd);
    figs[`basil.${half}.spearman`] = r4(spearman(rs.map((r) => r.slant), rs.map((r) => r.gold)));
  }
  const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  for (const o of OUTLETS) {
    const rs = rates.filter((r) => r.outlet === o);
    figs[`basil.rate.${o}.slant`] = r4(mean(rs.map((r) => r.slant)));
    figs[`basil.rate.${o}.gold`] = r4(mean(rs.map((r) => r.gold)));
  }

  // ---- print
  const all = groups.get('all') as Tally;
  if (opts.quiet === true) {
    const f = (k: string): string => pct(figs[k] ?? 0);
    console.log(
      `BASIL loaded: P/R/F1 all ${f('basil.loaded.p')}/${f('basil.loaded.r')}/${f('basil.loaded.f1')}  even ${f('basil.even.loaded.p')}/${f('basil.even.loaded.r')}/${f('basil.even.loaded.f1')}  odd ${f('basil.odd.loaded.p')}/${f('basil.odd.loaded.r')}/${f('basil.odd.loaded.f1')}  findings ${all.pred}  spearman ${(figs['basil.spearman'] ?? 0).toFixed(3)}`,
    );
  } else {
    console.log('');
    console.log(`BASIL loaded wording: ${all.articles} articles, ${all.words} words, ${all.gold} gold lexical spans, ${all.pred} loaded findings (${seconds.toFixed(1)} s)`);
    if (badSpans > 0) console.log(`findings with out-of-range spans, ignored: ${badSpans}`);
    console.log('  (a finding is right when it shares a word with a gold lexical span; a gold span is found when a finding shares a word with it)');
    console.log('');
    console.log('                   art  gold found   pred  right │   P     R     F1  │ AFINN|s|≥3  P     R     F1');
    for (const [key, t] of groups) {
      const m = measure(t);
      const b = base.get(key);
      const bm = b === undefined ? undefined : measure(b);
      const label = key === 'even' ? 'even (tuning)' : key === 'odd' ? 'odd (held out)' : key;
      console.log(
        `${label.padEnd(16)} ${String(t.articles).padStart(5)} ${String(t.gold).padStart(5)} ${String(t.recalled).padStart(5)} ${String(t.pred).padStart(6)} ${String(t.matched).padStart(6)} │ ${pct(m.p).padStart(5)} ${pct(m.r).padStart(5)} ${pct(m.f1).padStart(5)} │` +
          (bm === undefined || b === undefined ? '' : ` ${String(b.pred).padStart(10)} ${pct(bm.p).padStart(5)} ${pct(bm.r).padStart(5)} ${pct(bm.f1).padStart(5)}`),
      );
    }
    console.log(`recall of gold spans inside quotes ${pct(figs['basil.recall.quoted'] ?? 0)}% (${byQuote.quoted.recalled}/${byQuote.quoted.gold}), in the outlet's own voice ${pct(figs['basil.recall.own'] ?? 0)}% (${byQuote.own.recalled}/${byQuote.own.gold})`);
    console.log('');
    console.log(`per 1,000 words, mean over articles    slant loaded   gold lexical`);
    for (const o of OUTLETS) console.log(`  ${o.padEnd(34)} ${(figs[`basil.rate.${o}.slant`] ?? 0).toFixed(2).padStart(12)} ${(figs[`basil.rate.${o}.gold`] ?? 0).toFixed(2).padStart(14)}`);
    console.log(`Spearman rank correlation over articles, slant rate vs gold rate: ${(figs['basil.spearman'] ?? 0).toFixed(3)} (even ${(figs['basil.even.spearman'] ?? 0).toFixed(3)}, odd ${(figs['basil.odd.spearman'] ?? 0).toFixed(3)})`);
    console.log('  (published feature-based systems reach F1 ≈ 0.43 on sentence-level bias words; a different protocol, indicative only)');
  }

  // ---- outputs
  if (opts.json !== undefined) {
    mergeJsonOutput(opts.json, figs, { basil: { articles: all.articles, goldLexical: all.gold, loadedFindings: all.pred, seconds: Math.round(seconds * 1000) / 1000 } });
    if (opts.quiet !== true) console.log(`BASIL figures merged into ${opts.json}`);
  }
  if (opts.errors !== undefined) {
    writeOutput(opts.errors, errors.join('\n') + (errors.length > 0 ? '\n' : ''));
    if (opts.quiet !== true) console.log(`${errors.length} BASIL error records written to ${opts.errors}`);
  }
  const failed = opts.check === true && checkFloors('basil', figs, 'check (basil)');
  return { figures: figs, failed };
}

function context(text: string, f: Frag, width = 80): string {
  return `${text.slice(Math.max(0, f.start - width), f.start)}⟦${text.slice(f.start, f.end)}⟧${text.slice(f.end, f.end + width)}`.replace(/\s+/g, ' ');
}

function errorRecords(article: BasilArticle, gold: BasilArticle['spans'], findings: ReturnType<LoadedFn> & object, s: ArticleScore): string[] {
  const out: string[] = [];
  const half = article.index % 2 === 0 ? 'even' : 'odd';
  findings.forEach((f, fi) => {
    if (s.matched.has(fi)) return;
    out.push(JSON.stringify({ type: 'false-positive', article: article.name, half, term: f.term, category: f.category, voice: f.voice, text: article.text.slice(f.start, f.end), context: context(article.text, f) }));
  });
  findings.forEach((f, fi) => {
    if (!s.matched.has(fi)) return;
    out.push(JSON.stringify({ type: 'hit', article: article.name, half, term: f.term, category: f.category, voice: f.voice, text: article.text.slice(f.start, f.end) }));
  });
  gold.forEach((g, gi) => {
    if (s.recalled.has(gi)) return;
    out.push(JSON.stringify({ type: 'miss', article: article.name, half, quote: g.quote, polarity: g.polarity, text: g.text, context: context(article.text, g) }));
  });
  return out;
}

// As a script.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename) {
  const argv = process.argv.slice(2);
  const opts: BasilOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = argv[++i];
    else if (a === '--errors') opts.errors = argv[++i];
    else if (a === '--check') opts.check = true;
    else if (a === '--quiet') opts.quiet = true;
    else {
      console.log('usage: npx tsx scripts/eval-basil.ts [--json FILE] [--check] [--errors FILE.jsonl] [--quiet]');
      process.exit(a === '--help' || a === '-h' ? 0 : 2);
    }
  }
  evalBasil(opts).then(
    (r) => process.exit(r.failed ? 1 : 0),
    (e: unknown) => {
      console.error(e);
      process.exit(2);
    },
  );
}
