/**
 * The learned cue decision: is this verb, with the source and content the patterns found for it,
 * an attribution as PolNeAR's annotators mark them? A logistic regression over binary features of
 * the tokens around the cue (`src/lexicons/cue-model.ts`, trained by `scripts/train-cues.ts`).
 * Verbs outside the lexicon (`want`, `support`, `plan`) are reported only when it accepts them;
 * lexicon verbs only when it does not reject them outright; noun and adjective cues (`nouns.ts`) at a threshold of their own.
 */
import { CUE_MODEL } from '../../lexicons/cue-model.js';
import type { Token } from '../../nlp/wink.js';
import type { ArticleContext, SentenceRange } from '../context.js';
import { INFINITIVE_VERBS, NEEDS_MARKER, OBJECT_VERBS, SPEECH_VERBS, type Cue } from './cues.js';
import { QUOTE_MARKS } from './tokens.js';
import type { RawAttribution } from './types.js';

/** What the features are read from: one sentence's tokens, with the quoted ones marked. */
export interface CueScene {
  tokens: readonly Token[];
  s: SentenceRange;
  quotedIn: Int32Array;
  /** Attributions already read in this sentence (a cue inside one's content is reported speech within speech). */
  earlier: readonly RawAttribution[];
  headline: boolean;
  /** No pattern read the cue: the attribution is the loose last resort. */
  loose: boolean;
  /** What the features read of the whole sentence, the same for each of its cues ({@link sentenceFacts}). */
  sentence: SentenceFacts;
}

/** Whether any token of the sentence is quoted, and its first `if`, `unless` or `whether` (Infinity: none). */
export interface SentenceFacts {
  quoted: boolean;
  conditional: number;
}

export function sentenceFacts(tokens: readonly Token[], s: SentenceRange, quotedIn: Int32Array): SentenceFacts {
  let quoted = false;
  let conditional = Infinity;
  for (let i = s.first; i <= s.last; i++) {
    if (quotedIn[i] !== -1) quoted = true;
    if (conditional === Infinity && CONDITIONALS.has((tokens[i] as Token).lower)) conditional = i;
  }
  return { quoted, conditional };
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);
const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me', 'her']);
const POSSESSIVE = new Set(['his', 'their', 'its', 'our', 'my', 'your']);
/** The three sets above as one table (they share no word): a token's pronoun kind in one look-up. */
const PRONOUN_KINDS = new Map<string, string>([
  ...[...SUBJECT_PRONOUNS].map((w) => [w, 'SUBJ'] as const),
  ...[...OBJECT_PRONOUNS].map((w) => [w, 'OBJ'] as const),
  ...[...POSSESSIVE].map((w) => [w, 'POSS'] as const),
]);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
const RELATIVES = new Set(['who', 'that', 'which']);
const MODALS = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', "'ll", '’ll', "'d", '’d', 'wo', 'ca', 'shall']);
/** Words that keep their own name as a feature: markers, relatives, prepositions, conjunctions. */
const NAMED = new Set([
  'that', 'to', 'who', 'which', 'whom', 'whose', 'what', 'whether', 'if', 'how', 'why', 'when', 'where', 'for', 'about',
  'of', 'on', 'in', 'with', 'by', 'as', 'at', 'from', 'into', 'against', 'over', 'out', 'up', 'and', 'but', 'or', 'not',
  "n't", 'n’t', 'also', 'so', 'than', 'there', 'this', 'these', 'those', 'the', 'a', 'an',
  ',', ':', ';', '.', '?', '!', '(', ')', '—', '–', '-', '--',
]);

/** A token's class as a feature value: its word for marker words, else a pronoun kind or its POS. */
export function tokenClass(tokens: readonly Token[], quotedIn: Int32Array, i: number, s: SentenceRange): string {
  if (i < s.first || i > s.last) return 'END';
  const t = tokens[i] as Token;
  if (QUOTE_MARKS.has(t.value)) return 'QM';
  if (quotedIn[i] !== -1) return 'Q';
  if (NAMED.has(t.lower)) return t.lower;
  // A pronoun is written as one (`US`, `IT` are names). Asked only of pronoun words: upper-casing every token made a string each time.
  const kind = PRONOUN_KINDS.get(t.lower);
  if (kind !== undefined && t.pos !== 'PROPN' && !(t.value.length > 1 && t.value === t.value.toUpperCase())) return kind;
  if (t.pos === 'VERB') return t.lower.endsWith('ing') ? 'VING' : t.lower.endsWith('ed') || t.lower.endsWith('en') ? 'VED' : 'VERB';
  return t.pos;
}

/** `tagged-` and each POS tag, made once. */
const TAGGED = new Map<string, string>();

function form(t: Token): string {
  if (t.pos !== 'VERB') {
    let tagged = TAGGED.get(t.pos);
    if (tagged === undefined) TAGGED.set(t.pos, (tagged = `tagged-${t.pos}`));
    return tagged;
  }
  const { lower } = t;
  if (lower.endsWith('ing')) return 'ing';
  if (lower !== t.lemma && (lower.endsWith('ed') || lower.endsWith('en') || lower.endsWith('wn') || lower.endsWith('lt') || lower.endsWith('ght'))) return 'ed';
  if (lower !== t.lemma && lower.endsWith('s')) return 's';
  return 'base';
}

/** A noun or adjective cue's lemma as the features name it (`support~n`), so that its weights are not the verb's. Made once per lemma. */
const NOUN_KEYS = new Map<string, string>();

function nounKey(lemma: string): string {
  let key = NOUN_KEYS.get(lemma);
  if (key === undefined) NOUN_KEYS.set(lemma, (key = `${lemma}~n`));
  return key;
}

/** A speaker label's look: one letter (`Q`), capitals (`TAPPER`, `BUSTED`), one word (`Lynch`, `Revealed`) or more (`Pat Caddell`). */
function labelShape(tokens: readonly Token[], [first, last]: readonly [number, number]): string {
  const words = tokens.slice(first, last + 1).filter((t) => /\p{L}/u.test(t.value));
  if (words.length === 1 && (words[0] as Token).value.length === 1) return 'letter';
  if (words.every((t) => t.value === t.value.toUpperCase())) return 'caps';
  return words.length === 1 ? 'one' : 'words';
}

/** Bucket names, made once. */
const BUCKETS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

function bucket(n: number, edges: readonly number[]): string {
  let k = 0;
  while (k < edges.length && n > (edges[k] as number)) k++;
  return BUCKETS[k] ?? String(k);
}

/**
 * Where the features go: a feature is a flag (`bias`, `passive`), a prefix with a value (`L:say`)
 * or a prefix with two values (`LF:say|ed`). Written out as names for training
 * ({@link cueFeatures}); summed into a score without building any name at run time ({@link cueProbability}).
 */
interface FeatureSink {
  flag(name: string): void;
  one(prefix: string, a: string): void;
  two(prefix: string, a: string, b: string): void;
}

/** Emits the binary features of a cue and the attribution the patterns read for it. */
function emitFeatures(scene: CueScene, cue: Cue, a: RawAttribution, f: FeatureSink): void {
  const { tokens, s, quotedIn } = scene;
  const head = tokens[cue.head] as Token;
  const lemma = cueLemma(cue);
  const headForm = form(head);
  f.flag('bias');
  f.one('L', lemma);
  f.one('F', headForm);
  f.two('LF', lemma, headForm);
  if (cue.verb !== lemma) f.one('V', cue.verb);
  if (cue.chained === true) {
    f.flag('chained');
    f.one('H', head.lemma);
  }
  if (cue.passive === true) f.flag('passive');
  if (a.cue !== undefined && a.cue[1] > (tokens[cue.last] as Token).end) f.flag('light');
  if (cue.cls !== undefined) {
    f.flag('lex');
    f.one('C', cue.cls);
  } else f.flag('nolex');
  if (cue.noun === true) {
    // What follows the noun tells a report (`warning that`, `call for`) from a thing (`support of`, `campaign for`).
    const after = tokenClass(tokens, quotedIn, cue.head + 1, s);
    f.flag('noun');
    f.one('NA', after);
    f.two('LNA', lemma, after);
    if (cue.object !== undefined) {
      f.flag('noun-object');
      f.one('NV', (tokens[cue.object] as Token).lemma);
    }
  }
  if (SPEECH_VERBS.has(cue.verb)) f.flag('speech');
  if (INFINITIVE_VERBS.has(cue.verb)) f.flag('infinitive');
  if (OBJECT_VERBS.has(cue.verb)) f.flag('object');
  if (NEEDS_MARKER.has(cue.verb)) f.flag('needs-marker');
  // Auxiliaries and negation inside the cue.
  for (let i = cue.first; i < cue.head; i++) {
    const t = tokens[i] as Token;
    if (MODALS.has(t.lower)) f.flag('modal');
    else if (t.lemma === 'have') f.flag('perfect');
    else if (t.lemma === 'be') f.flag('be');
    else if (t.lemma === 'do') f.flag('do');
  }
  if (head.negated) f.flag('negated');
  // The words around the cue.
  const p1 = tokenClass(tokens, quotedIn, cue.first - 1, s);
  const p2 = tokenClass(tokens, quotedIn, cue.first - 2, s);
  const n1 = tokenClass(tokens, quotedIn, cue.last + 1, s);
  const n2 = tokenClass(tokens, quotedIn, cue.last + 2, s);
  f.one('P1', p1);
  f.two('P2', p2, p1);
  f.one('N1', n1);
  f.two('N2', n1, n2);
  f.two('LP1', lemma, p1);
  f.two('LN1', lemma, n1);
  f.two('PN', p1, n1);
  if (cue.first === s.first) f.flag('opens');
  if (scene.headline) f.flag('headline');
  if (scene.loose) {
    f.flag('loose');
    f.one('LL', lemma);
  }
  if (scene.sentence.quoted) f.flag('sentence-quoted');
  if (scene.sentence.conditional < cue.first) f.flag('conditional');
  // The source.
  let sourceKind = 'none';
  if (a.source !== undefined) {
    const [first, last] = a.source;
    const sh = tokens[last] as Token;
    sourceKind = SUBJECT_PRONOUNS.has(sh.lower) && first === last ? 'pronoun' : RELATIVES.has(sh.lower) ? 'relative' : sh.pos === 'PROPN' || /^\p{Lu}/u.test(sh.value) ? 'name' : sh.pos;
    f.one('SL', bucket(last - first + 1, [1, 2, 4, 8]));
    f.flag(first > cue.last ? 'source-after' : cue.first - last > 1 ? 'source-apart' : 'source-next');
  }
  f.one('S', sourceKind);
  // A speaker label (`Kirby: “…”`, `TAPPER: …`, `Q: …`, `BUSTED: …`): what the label looks like, in a headline or not.
  if (cue.verb === ':' && a.source !== undefined) f.two('CN', labelShape(tokens, a.source), scene.headline ? 'headline' : 'body');
  f.two('LS', lemma, sourceKind);
  // The content.
  const [cs, ce] = a.content;
  const headStart = head.start;
  f.one('K', a.kind);
  f.two('LK', lemma, a.kind);
  f.one('POS', bucket(cue.first - s.first, [0, 2, 5, 10]));
  if ((tokens[s.last] as Token).value === '?') f.flag('question');
  f.flag(ce <= headStart ? 'content-before' : cs < headStart ? 'content-around' : 'content-after');
  const contentLength = bucket(ce - cs, [15, 40, 100, 200]);
  f.one('CL', contentLength);
  f.two('LCL', lemma, contentLength);
  if (cs > headStart) {
    let i = cue.last + 1;
    while (i <= s.last && (tokens[i] as Token).end <= cs) i++;
    const opener = tokenClass(tokens, quotedIn, i, s);
    f.one('CO', opener);
    f.two('LCO', lemma, opener);
    f.one('CG', bucket(i - cue.last - 1, [0, 2, 5]));
  }
  for (const b of scene.earlier) {
    if (b.content[0] <= headStart && headStart < b.content[1]) {
      f.flag('nested');
      break;
    }
  }
}

/** The binary features of a cue and the attribution the patterns read for it, by name (`L:say`, `LF:say|ed`). */
export function cueFeatures(scene: CueScene, cue: Cue, a: RawAttribution): string[] {
  const names: string[] = [];
  emitFeatures(scene, cue, a, {
    flag: (name) => names.push(name),
    one: (prefix, x) => names.push(`${prefix}:${x}`),
    two: (prefix, x, y) => names.push(`${prefix}:${x}|${y}`),
  });
  return names;
}

/**
 * The model's weights by the parts of their names, so that a cue is scored without building a
 * name: flags by name, `P:x` under P then x, `P:x|y` (split at the last `|`) under P, x, then y.
 * Built on first use.
 */
interface Weights {
  flags: Map<string, number>;
  ones: Map<string, Map<string, number>>;
  twos: Map<string, Map<string, Map<string, number>>>;
  /**
   * The same weights by value first, for each first value of a `P:x|y`: a third of a cue's features
   * are named after its lemma (`L:say`, `LF:say|ed`, `LP1:say|SUBJ`, …), so its row is looked up
   * once per cue and each of those features is then found among a few entries, not thousands.
   */
  rows: Map<string, WeightRow>;
}

/** Every weight of a feature whose (first) value is x: `P:x` by P, `P:x|y` by P then y. */
interface WeightRow {
  ones: Map<string, number>;
  twos: Map<string, Map<string, number>>;
}

function weightTables(): Weights {
  const w: Weights = { flags: new Map(), ones: new Map(), twos: new Map(), rows: new Map() };
  for (const [name, weight] of Object.entries(CUE_MODEL.weights)) {
    const colon = name.indexOf(':');
    if (colon === -1) {
      w.flags.set(name, weight);
      continue;
    }
    const prefix = name.slice(0, colon);
    const rest = name.slice(colon + 1);
    let ones = w.ones.get(prefix);
    if (ones === undefined) w.ones.set(prefix, (ones = new Map()));
    ones.set(rest, weight);
    const bar = rest.lastIndexOf('|');
    if (bar === -1) continue;
    let twos = w.twos.get(prefix);
    if (twos === undefined) w.twos.set(prefix, (twos = new Map()));
    let byFirst = twos.get(rest.slice(0, bar));
    if (byFirst === undefined) twos.set(rest.slice(0, bar), (byFirst = new Map()));
    byFirst.set(rest.slice(bar + 1), weight);
  }
  // The rows share the tables' maps by second value; each row holds all of its value's weights, `P:x` ones too.
  for (const [prefix, byFirst] of w.twos) {
    for (const [x, bySecond] of byFirst) {
      let row = w.rows.get(x);
      if (row === undefined) w.rows.set(x, (row = { ones: new Map(), twos: new Map() }));
      row.twos.set(prefix, bySecond);
    }
  }
  for (const [x, row] of w.rows) {
    for (const [prefix, byValue] of w.ones) {
      const weight = byValue.get(x);
      if (weight !== undefined) row.ones.set(prefix, weight);
    }
  }
  return w;
}

/** A cue's lemma as its features name it (`support~n` for a noun or adjective cue). */
function cueLemma(cue: Cue): string {
  return cue.noun === true ? nounKey(cue.lemma) : cue.lemma;
}

/** Sums the weights of the features emitted into it (one sink, reset for every cue: no allocation per cue). */
const scorer = {
  w: undefined as Weights | undefined,
  z: 0,
  /** The cue's lemma and its row of weights, if it has one (else its features are looked up in the tables). */
  lemma: '',
  lemmaRow: undefined as WeightRow | undefined,
  flag(name: string): void {
    this.z += this.w?.flags.get(name) ?? 0;
  },
  one(prefix: string, x: string): void {
    const row = x === this.lemma ? this.lemmaRow : undefined;
    this.z += (row !== undefined ? row.ones.get(prefix) : this.w?.ones.get(prefix)?.get(x)) ?? 0;
  },
  two(prefix: string, x: string, y: string): void {
    const row = x === this.lemma ? this.lemmaRow : undefined;
    this.z += (row !== undefined ? row.twos.get(prefix) : this.w?.twos.get(prefix)?.get(x))?.get(y) ?? 0;
  },
};

/** The model's probability that the cue is an attribution: the logistic of its features' summed weights. */
export function cueProbability(scene: CueScene, cue: Cue, a: RawAttribution): number {
  scorer.w ??= weightTables();
  scorer.z = 0;
  scorer.lemma = cueLemma(cue);
  scorer.lemmaRow = scorer.w.rows.get(scorer.lemma);
  emitFeatures(scene, cue, a, scorer);
  return 1 / (1 + Math.exp(-scorer.z));
}

/** Does the model keep this cue? Lexicon verbs, verbs outside it and nouns each have their own threshold. */
export function acceptsCue(scene: CueScene, cue: Cue, a: RawAttribution): boolean {
  return cueProbability(scene, cue, a) >= (cue.noun === true ? CUE_MODEL.noun : cue.cls !== undefined ? CUE_MODEL.keep : CUE_MODEL.accept);
}

/** What `scripts/train-cues.ts` sees of each candidate: set only while training (never in the library's own use). */
export const candidateLog: {
  observe: ((features: readonly string[], cue: Cue, a: RawAttribution, ctx: ArticleContext, scene: CueScene) => void) | undefined;
} = { observe: undefined };
