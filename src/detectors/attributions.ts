/**
 * Attributions: who is reported as saying what, and with which cue. Rules over tokens and POS
 * tags, sentence by sentence:
 *
 *   trailing    CONTENT, SOURCE CUE.          “We are ready,” he said.   … since April, US officials say.
 *   inverted    CONTENT, CUE SOURCE.          “…,” said Ahmed Al Maksosi, the leader of …
 *   preposed    SOURCE CUE (OBJ) (that) CONTENT   Kirby said the strikes …   X told Reuters: “…”
 *   according   According to SOURCE, CONTENT.  /  CONTENT, according to SOURCE.
 *   gerund      SUBJECT VERB …, CUE-ing (that) CONTENT   …, saying it was “fully prepared”.
 *
 * Quoted stretches (`quote-marks.ts`) decide direct vs indirect and extend content over sentence
 * and paragraph breaks; quotes left without a cue either continue the previous speaker (a quote
 * paragraph of its own) or are unattributed (scare quotes).
 */
import { REPORTING_VERBS, type CueClass } from '../lexicons/reporting-verbs.js';
import type { Token } from '../nlp/wink.js';
import type { ArticleContext, SentenceRange } from './context.js';
import { findQuotedStretches, type QuotedStretch } from './quote-marks.js';

/** An attribution in analysed-text offsets, before speakers are resolved. */
export interface RawAttribution {
  kind: 'direct' | 'indirect' | 'mixed';
  content: [number, number];
  parts: Array<[number, number]>;
  cue?: [number, number];
  cueLemma?: string;
  cueClass?: CueClass;
  /** The source as written here: token indices, inclusive. */
  source?: [number, number];
  /** An appositive or role phrase beside the source (`, a spokesman for …,`): token indices. */
  role?: [number, number];
  /** Media it was relayed through (`told Reuters`): token indices. */
  medium?: [number, number];
  sentence: number;
  paragraph: number;
  /** A quote paragraph with no attribution of its own: it continues the previous speaker. */
  floating?: boolean;
  /** Quote marks around words that no one in the sentence is said to have said. */
  unattributed?: boolean;
  /** Index of an earlier attribution whose speaker this one continues (floating quotes, `he added` chains). */
  continues?: number;
}

/** Verbs that report only when a clause, a quote or a colon follows (`believe`, `call`, `find`). */
const WEAK_VERBS = new Set([
  'believe', 'think', 'feel', 'expect', 'fear', 'worry', 'hope', 'consider', 'doubt', 'know', 'understand',
  'guess', 'wonder', 'figure', 'reckon', 'assume', 'find', 'show', 'call', 'agree', 'charge', 'attack',
  'learn', 'establish', 'demonstrate', 'indicate', 'suggest', 'predict', 'recall', 'continue', 'issue',
  'release', 'post', 'text', 'own', 'grant', 'allow', 'answer', 'speak', 'cite', 'describe', 'point', 'note',
  'reveal', 'show', 'report', 'write', 'add', 'observe', 'conclude', 'maintain', 'counter', 'dismiss',
  'reject', 'dispute', 'blame', 'accuse', 'condemn', 'denounce', 'threaten', 'warn', 'vow', 'pledge',
  'promise', 'declare', 'ask', 'urge', 'demand', 'request', 'advise', 'recommend', 'propose', 'encourage',
  'invite', 'appeal', 'argue', 'confirm', 'acknowledge', 'admit', 'concede', 'deny', 'estimate', 'assess',
  'publish', 'broadcast', 'quote', 'email', 'tweet', 'retweet', 'proclaim', 'announce', 'explain',
  'insist', 'claim', 'allege', 'mention', 'repeat', 'reiterate', 'testify', 'respond', 'reply', 'comment',
  'remark', 'state', 'tell',
]);
/** Verbs that report a statement whatever follows them, in the trailing and inverted patterns too. */
const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'state', 'claim', 'insist', 'allege', 'report', 'write', 'tweet', 'explain', 'note', 'warn', 'continue', 'reply', 'respond', 'announce', 'confirm', 'argue', 'ask', 'concede', 'admit', 'acknowledge', 'observe', 'predict', 'declare', 'remark', 'quip', 'joke', 'recall', 'reiterate', 'vow', 'caution', 'conclude', 'counter', 'deny', 'assert', 'contend', 'boast', 'muse', 'suggest', 'believe', 'think', 'estimate', 'assess', 'post', 'write', 'told']);
/** Verbs whose indirect object comes before the content: `told Reuters that …`, `warned them that …`. */
const OBJECT_VERBS = new Set(['tell', 'inform', 'assure', 'warn', 'remind', 'brief', 'advise', 'urge', 'ask', 'promise', 'accuse', 'convince', 'persuade', 'notify', 'caution', 'show']);

const NOMINAL_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PRON']);
const CONTENT_OPENERS = new Set(['that', ':', ',']);
const CLOSING_PUNCT = new Set(['.', '!', '?', '…']);
const QUOTE_MARKS = new Set(['“', '”', '"', '‘', '’', "'"]);

/** Does the token count as part of a noun phrase (a source or an addressee)? */
function isNominal(t: Token): boolean {
  if (NOMINAL_POS.has(t.pos)) return true;
  if (t.pos === 'PART' && (t.lower === "'s" || t.lower === '’s')) return true;
  if (t.pos === 'PUNCT' && (t.value === '-' || t.value === '.' || t.value === '’' || t.value === "'")) return true;
  return t.abbrev;
}

export function detectAttributions(ctx: ArticleContext): RawAttribution[] {
  const { tokens, sentences, text } = ctx;
  const stretches = findQuotedStretches(text, ctx.paragraphs);
  // Which quoted stretch each token is in (-1: none).
  const quotedIn = new Int32Array(tokens.length).fill(-1);
  stretches.forEach((q, k) => {
    for (const [s, e] of q.pieces) {
      // Tokens are in offset order: find those inside [s, e).
      for (let i = firstTokenAtOrAfter(tokens, s); i < tokens.length && (tokens[i] as Token).end <= e; i++) quotedIn[i] = k;
    }
  });

  const found: RawAttribution[] = [];
  for (const sentence of sentences) {
    found.push(...attributionsIn(ctx, sentence, stretches, quotedIn));
  }
  found.sort((a, b) => a.content[0] - b.content[0] || a.content[1] - b.content[1]);

  // Quoted stretches no attribution covers: a quote paragraph continuing the previous speaker, or
  // words in quote marks that no one is said to have said.
  const covered = (q: QuotedStretch): boolean => found.some((a) => a.parts.some(([s, e]) => s <= q.open + 1 && e >= q.close - 1) || (a.content[0] <= q.open + 1 && a.content[1] >= q.close - 1));
  const extra: RawAttribution[] = [];
  for (const q of stretches) {
    if (covered(q)) continue;
    const first = q.pieces[0] as [number, number];
    const last = q.pieces[q.pieces.length - 1] as [number, number];
    const sentence = sentenceAt(ctx, first[0]);
    const paragraph = ctx.paragraphs[q.paragraph];
    const wholeParagraph = paragraph !== undefined && q.open - paragraph.start <= 1 && (q.closed ? paragraphEndAfter(text, q.close, paragraph.end) : true);
    const previous = [...found, ...extra].filter((a) => a.content[1] <= q.open && !a.unattributed).at(-1);
    const previousNear = previous !== undefined && q.paragraph - previous.paragraph <= 2;
    const attribution: RawAttribution = {
      kind: 'direct',
      content: [first[0], last[1]],
      parts: q.pieces.map(([s, e]) => [s, e] as [number, number]),
      sentence,
      paragraph: q.paragraph,
    };
    if (wholeParagraph && previousNear && ctx.paragraphs[q.paragraph]?.role !== 'headline') attribution.floating = true;
    else attribution.unattributed = true;
    extra.push(attribution);
  }
  const all = [...found, ...extra].sort((a, b) => a.content[0] - b.content[0] || a.content[1] - b.content[1]);
  // A floating quote continues the nearest earlier attributed quote.
  for (let i = 0; i < all.length; i++) {
    const a = all[i] as RawAttribution;
    if (!a.floating) continue;
    for (let j = i - 1; j >= 0; j--) {
      const b = all[j] as RawAttribution;
      if (!b.unattributed) {
        a.continues = j;
        break;
      }
    }
  }
  return all;
}

/** Is everything after `at` up to `end` in the paragraph only punctuation and space? */
function paragraphEndAfter(text: string, at: number, end: number): boolean {
  return /^[\s.,;:!?…”’"')\]]*$/.test(text.slice(at, end));
}

function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceAt(ctx: ArticleContext, offset: number): number {
  const i = firstTokenAtOrAfter(ctx.tokens, offset);
  return ctx.sentenceOf[Math.min(i, ctx.tokens.length - 1)] ?? 0;
}

/** A cue found in a sentence: its tokens, lemma and class. */
interface Cue {
  first: number;
  last: number;
  /** The verb itself (or `according`). */
  head: number;
  lemma: string;
  cls: CueClass;
}

/** Finds the cues of a sentence: reporting verbs outside quote marks, and `according to`. */
function cuesIn(tokens: readonly Token[], s: SentenceRange, quotedIn: Int32Array): Cue[] {
  const cues: Cue[] = [];
  for (let i = s.first; i <= s.last; i++) {
    if (quotedIn[i] !== -1) continue;
    const t = tokens[i] as Token;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      cues.push({ first: i, last: i + 1, head: i, lemma: 'according to', cls: 'attributive' });
      i++;
      continue;
    }
    if (t.pos !== 'VERB' && !(t.pos === 'AUX' && t.lemma === 'say')) continue;
    const lemma = t.lemma;
    const cls = REPORTING_VERBS[lemma];
    if (cls === undefined || !Object.hasOwn(REPORTING_VERBS, lemma)) continue;
    let last = i;
    const next = tokens[i + 1];
    if (next !== undefined && ((lemma === 'point' && next.lower === 'out') || (lemma === 'call' && next.lower === 'for') || (lemma === 'lash' && next.lower === 'out'))) last = i + 1;
    if (lemma === 'point' && last === i) continue;
    // Auxiliaries and negation before the verb belong to the cue: `has learned`, `did not say`.
    let first = i;
    while (first - 1 >= s.first) {
      const before = tokens[first - 1] as Token;
      if (before.pos === 'AUX' || (before.pos === 'PART' && (before.lower === 'not' || before.lower === "n't" || before.lower === 'n’t'))) first--;
      else break;
    }
    cues.push({ first, last, head: i, lemma: lemma === 'call' && last > i ? 'call for' : lemma, cls });
  }
  return cues;
}

/** The noun phrase that ends at token `end` (inclusive), walking left; null when there is none. */
function nounPhraseBefore(tokens: readonly Token[], end: number, limit: number): [number, number] | null {
  let i = end;
  while (i >= limit) {
    const t = tokens[i] as Token;
    if (isNominal(t)) {
      i--;
      continue;
    }
    // `of`, `for`, `at`, `and` inside a name or a role: `Foundation for Defense of Democracies`.
    if ((t.pos === 'ADP' || t.pos === 'CCONJ') && i - 1 >= limit && i < end && isNominal(tokens[i - 1] as Token) && isNominal(tokens[i + 1] as Token)) {
      i--;
      continue;
    }
    break;
  }
  let start = i + 1;
  while (start <= end && !/[\p{L}\p{N}]/u.test((tokens[start] as Token).value)) start++;
  if (start > end) return null;
  // A pronoun stands alone: `he`, not `the he`.
  const last = tokens[end] as Token;
  if (last.pos === 'PRON') return [end, end];
  if (end - start > 14) start = end - 14;
  return [start, end];
}

/** The noun phrase that starts at token `start`, walking right; stops at a comma or clause. */
function nounPhraseAfter(tokens: readonly Token[], start: number, limit: number): [number, number] | null {
  let i = start;
  while (i <= limit && !/[\p{L}\p{N}]/u.test((tokens[i] as Token).value) && QUOTE_MARKS.has((tokens[i] as Token).value) === false && (tokens[i] as Token).value !== ',' && (tokens[i] as Token).value !== ':') i++;
  const first = i;
  if (first > limit) return null;
  if ((tokens[first] as Token).pos === 'PRON') return [first, first];
  while (i <= limit) {
    const t = tokens[i] as Token;
    if (isNominal(t) && t.pos !== 'PRON') {
      i++;
      continue;
    }
    if ((t.pos === 'ADP' || t.pos === 'CCONJ') && i > first && i + 1 <= limit && isNominal(tokens[i + 1] as Token) && (tokens[i - 1] as Token).pos === 'PROPN' && (tokens[i + 1] as Token).pos !== 'PRON') {
      i++;
      continue;
    }
    break;
  }
  let end = i - 1;
  while (end >= first && !/[\p{L}\p{N}]/u.test((tokens[end] as Token).value)) end--;
  if (end < first) return null;
  if (end - first > 14) end = first + 14;
  return [first, end];
}

/** Skips an appositive `, a spokesman for Iraq’s Ministry of Defense,` that ends at `comma` (the comma before the cue). */
function appositiveBefore(tokens: readonly Token[], comma: number, limit: number): { np: [number, number]; role: [number, number] } | null {
  // Find the comma that opens the appositive.
  for (let j = comma - 1; j >= limit && comma - j <= 25; j--) {
    const t = tokens[j] as Token;
    if (t.value === ',') {
      const role: [number, number] = [j + 1, comma - 1];
      const np = nounPhraseBefore(tokens, j - 1, limit);
      if (np === null) return null;
      // The role must itself be a noun phrase (`a spokesman for …`, `senior vice president at …`).
      const roleTokens = tokens.slice(role[0], role[1] + 1);
      if (roleTokens.some((r) => r.pos === 'VERB' || r.pos === 'AUX' || QUOTE_MARKS.has(r.value))) return null;
      return { np, role };
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || CLOSING_PUNCT.has(t.value) || QUOTE_MARKS.has(t.value)) return null;
  }
  return null;
}

/** Index of the first token at or after `i` that is not an adverb, auxiliary or negation. */
function skipAdverbs(tokens: readonly Token[], i: number, last: number): number {
  while (i <= last && ((tokens[i] as Token).pos === 'ADV' || (tokens[i] as Token).pos === 'PART')) i++;
  return i;
}

/** End of the content that starts at `from` in sentence `s`: the sentence's end, or a quote running past it. */
function contentEnd(ctx: ArticleContext, s: SentenceRange, from: number, stretches: readonly QuotedStretch[], quotedIn: Int32Array): number {
  const { tokens } = ctx;
  let end = s.last;
  // Leave the final stop out unless it sits inside quote marks.
  while (end > from && CLOSING_PUNCT.has((tokens[end] as Token).value) && quotedIn[end] === -1) end--;
  let offset = (tokens[end] as Token).end;
  // A quote opened in the content and still open at the end of the sentence runs on.
  const q = quotedIn[end] ?? -1;
  const stretch = q >= 0 ? stretches[q] : undefined;
  const lastToken = tokens[end] as Token;
  if (stretch !== undefined && stretch.close > offset) {
    const lastPiece = stretch.pieces[stretch.pieces.length - 1] as [number, number];
    offset = stretch.closed ? stretch.close : lastPiece[1];
  } else if (QUOTE_MARKS.has(lastToken.value) && end + 1 <= s.last) {
    offset = lastToken.end;
  }
  return offset;
}

/** Builds the parts (pieces of quoted content) and kind of a content range. */
function shape(range: [number, number], stretches: readonly QuotedStretch[]): { kind: RawAttribution['kind']; parts: Array<[number, number]> } {
  const [s, e] = range;
  const inside = stretches.filter((q) => q.open >= s - 1 && q.close <= e + 1);
  const quotedChars = inside.reduce((n, q) => n + q.pieces.reduce((m, [a, b]) => m + (b - a), 0), 0);
  const length = Math.max(1, e - s);
  if (inside.length > 0 && quotedChars >= 0.8 * length) return { kind: 'direct', parts: [[s, e]] };
  return { kind: inside.length > 0 ? 'mixed' : 'indirect', parts: [[s, e]] };
}

/** Attributions in one sentence. */
function attributionsIn(ctx: ArticleContext, s: SentenceRange, stretches: readonly QuotedStretch[], quotedIn: Int32Array): RawAttribution[] {
  const { tokens } = ctx;
  const out: RawAttribution[] = [];
  const cues = cuesIn(tokens, s, quotedIn);
  const used = new Set<number>();
  for (const cue of cues) {
    const attribution = readCue(ctx, s, cue, stretches, quotedIn);
    if (attribution === null) continue;
    // One attribution per content: a second cue inside the first's content is nested speech.
    if (out.some((a) => a.cue !== undefined && attribution.cue !== undefined && a.content[0] <= attribution.cue[0] && attribution.cue[1] <= a.content[1] && a.kind !== 'indirect')) continue;
    used.add(cue.head);
    out.push(attribution);
  }
  return out;
}

/** Reads the attribution a cue introduces, or null when the verb does not report speech here. */
function readCue(ctx: ArticleContext, s: SentenceRange, cue: Cue, stretches: readonly QuotedStretch[], quotedIn: Int32Array): RawAttribution | null {
  const { tokens } = ctx;
  const at = (i: number): Token | undefined => (i >= s.first && i <= s.last ? tokens[i] : undefined);
  const offsets = (first: number, last: number): [number, number] => [(tokens[first] as Token).start, (tokens[last] as Token).end];
  const base = { cueLemma: cue.lemma, cueClass: cue.cls, sentence: s.index, paragraph: s.paragraph, cue: offsets(cue.first, cue.last) };

  // according to SOURCE, CONTENT  /  CONTENT, according to SOURCE
  if (cue.lemma === 'according to') {
    const np = nounPhraseAfter(tokens, cue.last + 1, s.last);
    if (np === null) return null;
    let sourceEnd = np[1];
    // `according to a statement by Pentagon spokesperson Jonathan Hoffman`: keep the whole phrase.
    while (sourceEnd + 1 <= s.last && at(sourceEnd + 1)?.pos === 'ADP' && at(sourceEnd + 2) !== undefined && isNominal(at(sourceEnd + 2) as Token)) {
      const more = nounPhraseAfter(tokens, sourceEnd + 2, s.last);
      if (more === null) break;
      sourceEnd = more[1];
    }
    const before = cue.first - 1;
    let content: [number, number] | null = null;
    if (before >= s.first && at(before)?.value === ',' && before - 1 >= s.first) {
      content = [contentStartOf(ctx, s, s.first, stretches, quotedIn), (tokens[before - 1] as Token).end];
    } else if (cue.first === s.first || (cue.first === s.first + 1 && at(s.first)?.pos === 'CCONJ')) {
      let from = sourceEnd + 1;
      if (at(from)?.value === ',') from++;
      if (from > s.last) return null;
      content = [(tokens[from] as Token).start, contentEnd(ctx, s, from, stretches, quotedIn)];
    }
    if (content === null || content[1] <= content[0]) return null;
    return { ...base, ...shape(content, stretches), content, source: [np[0], sourceEnd] };
  }

  const head = tokens[cue.head] as Token;
  const prev = at(cue.first - 1);
  const next = at(cue.last + 1);

  // Gerund or participle after a comma: `…, saying it was “fully prepared”`, `…, writing on Twitter that …`.
  if (head.lower.endsWith('ing') && prev?.value === ',') {
    let from = cue.last + 1;
    // `writing on Twitter that …`: skip the medium phrase up to `that`.
    for (let j = from; j <= Math.min(s.last, from + 5); j++) {
      if (at(j)?.lower === 'that') {
        from = j + 1;
        break;
      }
    }
    if (at(from)?.lower === 'that') from++;
    if (from > s.last) return null;
    const subject = mainSubject(tokens, s, cue.first - 2);
    const content: [number, number] = [(tokens[from] as Token).start, contentEnd(ctx, s, from, stretches, quotedIn)];
    if (content[1] <= content[0]) return null;
    const attribution: RawAttribution = { ...base, ...shape(content, stretches), content };
    if (subject !== null) attribution.source = subject;
    return attribution;
  }

  // Trailing or inverted: the cue's clause follows the content after a comma (or a closing quote).
  const clauseStart = trailingClauseStart(tokens, s, cue);
  if (clauseStart !== null && SPEECH_VERBS.has(cue.lemma)) {
    const contentLast = clauseStart - 1; // the comma or quote mark before the clause
    const contentFrom = contentStartOf(ctx, s, s.first, stretches, quotedIn);
    let contentTo = (tokens[contentLast] as Token).end;
    // Leave the comma out; keep a closing quote mark's content.
    let k = contentLast;
    while (k >= s.first && ((tokens[k] as Token).value === ',' || (tokens[k] as Token).value === '—' || (tokens[k] as Token).value === '–')) k--;
    if (k < s.first) return null;
    contentTo = (tokens[k] as Token).end;
    if (QUOTE_MARKS.has((tokens[k] as Token).value) && k - 1 >= s.first && (tokens[k - 1] as Token).value === ',') {
      contentTo = (tokens[k] as Token).end;
    }
    let source: [number, number] | null = null;
    let role: [number, number] | undefined;
    if (cue.first > clauseStart) {
      source = nounPhraseBefore(tokens, cue.first - 1, clauseStart);
    } else {
      source = nounPhraseAfter(tokens, cue.last + 1, s.last);
      if (source !== null && at(source[1] + 1)?.value === ',') {
        const roleNp = nounPhraseAfter(tokens, source[1] + 2, s.last);
        if (roleNp !== null && (tokens[roleNp[0]] as Token).pos === 'DET') role = roleNp;
      }
    }
    if (source === null) return null;
    const content: [number, number] = [contentFrom, contentTo];
    if (content[1] <= content[0]) return null;
    const result: RawAttribution = { ...base, ...shape(content, stretches), content, source };
    if (role !== undefined) result.role = role;
    // A split quote: `“…,” he said, “…”` or `“…,” he said. “…”` continues after the clause.
    const after = splitQuoteAfter(ctx, s, cue, source, stretches, quotedIn);
    if (after !== null) {
      result.parts = [...result.parts, after];
      result.content = [result.content[0], after[1]];
      result.kind = 'direct';
    }
    return result;
  }

  // Preposed: SOURCE (, ROLE,) CUE (OBJ) (that|:|,) CONTENT
  let sourceEnd = cue.first - 1;
  while (sourceEnd >= s.first && ((tokens[sourceEnd] as Token).pos === 'ADV')) sourceEnd--;
  let source: [number, number] | null = null;
  let role: [number, number] | undefined;
  if (sourceEnd >= s.first && (tokens[sourceEnd] as Token).value === ',') {
    const apposition = appositiveBefore(tokens, sourceEnd, s.first);
    if (apposition !== null) {
      source = apposition.np;
      role = apposition.role;
    }
  } else if (sourceEnd >= s.first) {
    source = nounPhraseBefore(tokens, sourceEnd, s.first);
  }
  // A coordinated second verb shares the first one's subject: `said … and threatened to retaliate`.
  if (source === null && prev !== undefined && prev.pos === 'CCONJ') source = mainSubject(tokens, s, cue.first - 2);
  if (source === null) return null;

  let from = cue.last + 1;
  let medium: [number, number] | undefined;
  if (OBJECT_VERBS.has(cue.lemma) && next !== undefined && !CONTENT_OPENERS.has(next.lower) && !QUOTE_MARKS.has(next.value)) {
    const object = nounPhraseAfter(tokens, from, s.last);
    if (object !== null) {
      if (cue.lemma === 'tell') medium = object;
      from = object[1] + 1;
      // `accused the US of seeking …`: the content starts after `of`.
    }
  }
  from = skipAdverbs(tokens, from, s.last);
  const opener = at(from);
  const weak = WEAK_VERBS.has(cue.lemma) && !SPEECH_VERBS.has(cue.lemma);
  const marked = opener !== undefined && (opener.lower === 'that' || opener.value === ':' || opener.value === ',' || QUOTE_MARKS.has(opener.value) || quotedIn[from] !== -1);
  if (weak && !marked) return null;
  if (opener !== undefined && (opener.value === ':' || opener.value === ',')) from++;
  if (from > s.last) return null;
  // Nothing to report: `said on Monday.` with the content elsewhere is handled by the trailing rule.
  const contentTokens = s.last - from + 1;
  if (contentTokens < 2 && quotedIn[from] === -1) return null;
  // `vowed to retaliate`, `threatened to respond`: the content is the infinitive clause.
  const content: [number, number] = [(tokens[from] as Token).start, contentEnd(ctx, s, from, stretches, quotedIn)];
  if (content[1] <= content[0]) return null;
  // A verb used in its ordinary sense (`the strikes targeted …`) has no such subject; POS says VERB
  // for both, so require a content that looks like a clause, a quote, or a complement.
  const result: RawAttribution = { ...base, ...shape(content, stretches), content, source };
  if (role !== undefined) result.role = role;
  if (medium !== undefined) result.medium = medium;
  return result;
}

/**
 * When the cue sits in a clause after the content (`“…,” he said` / `…, US officials say`), the
 * token where that clause starts; null when the cue does not follow a comma or closing quote.
 */
function trailingClauseStart(tokens: readonly Token[], s: SentenceRange, cue: Cue): number | null {
  // Walk left from the cue over a short source (≤ 12 tokens) to a comma or closing quote.
  for (let j = cue.first - 1; j >= s.first && cue.first - j <= 14; j--) {
    const t = tokens[j] as Token;
    if (t.value === ',' || t.value === '—' || t.value === '–' || t.value === '”' || (t.value === '"' && j > s.first)) {
      if (j === s.first) return null;
      // There must be content before it.
      return j + 1;
    }
    if (t.pos === 'VERB' || (t.pos === 'AUX' && j < cue.first - 2) || t.pos === 'SCONJ' || CLOSING_PUNCT.has(t.value)) return null;
  }
  return null;
}

/** A second quote after `“…,” he said,` in the same sentence: its content range. */
function splitQuoteAfter(
  ctx: ArticleContext,
  s: SentenceRange,
  cue: Cue,
  source: [number, number],
  stretches: readonly QuotedStretch[],
  quotedIn: Int32Array,
): [number, number] | null {
  const { tokens } = ctx;
  let i = Math.max(cue.last, source[1]) + 1;
  if ((tokens[i] as Token | undefined)?.value === ',' || (tokens[i] as Token | undefined)?.value === ':') i++;
  if (i > s.last) return null;
  const t = tokens[i] as Token;
  if (!QUOTE_MARKS.has(t.value)) return null;
  const q = quotedIn[i + 1] ?? -1;
  const stretch = q >= 0 ? stretches[q] : undefined;
  if (stretch === undefined) return null;
  const lastPiece = stretch.pieces[stretch.pieces.length - 1] as [number, number];
  void s;
  return [t.start, stretch.closed ? stretch.close : lastPiece[1]];
}

/** Where content that starts at the beginning of sentence `s` really starts: at the opening of a quote that began earlier. */
function contentStartOf(ctx: ArticleContext, s: SentenceRange, first: number, stretches: readonly QuotedStretch[], quotedIn: Int32Array): number {
  const { tokens } = ctx;
  const t = tokens[first] as Token;
  const q = quotedIn[first] ?? -1;
  if (q >= 0) {
    const stretch = stretches[q] as QuotedStretch;
    if (stretch.open < t.start) return stretch.open;
  }
  void s;
  return t.start;
}

/** The subject of the sentence's main clause: the first noun phrase before its first verb. */
function mainSubject(tokens: readonly Token[], s: SentenceRange, before: number): [number, number] | null {
  let verb = -1;
  for (let i = s.first; i <= before; i++) {
    const t = tokens[i] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      verb = i;
      break;
    }
  }
  if (verb <= s.first) return null;
  let end = verb - 1;
  while (end >= s.first && ((tokens[end] as Token).pos === 'ADV' || (tokens[end] as Token).value === ',')) end--;
  if (end < s.first) return null;
  // Skip an appositive before the verb: `Kata’ib Sayyid al-Shuhada, a Shi’ite militant group which …, warned`.
  return nounPhraseBefore(tokens, end, s.first);
}
