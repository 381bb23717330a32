/**
 * The learned cue decision: is this verb, with the source and content the patterns found for it,
 * an attribution as PolNeAR's annotators mark them? A logistic regression over binary features of
 * the tokens around the cue (`src/lexicons/cue-model.ts`, trained by `scripts/train-cues.ts`).
 * Verbs outside the lexicon (`want`, `support`, `plan`) are reported only when it accepts them;
 * lexicon verbs only when it does not reject them outright.
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
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);
const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me', 'her']);
const POSSESSIVE = new Set(['his', 'their', 'its', 'our', 'my', 'your']);
const MODALS = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', "'ll", '’ll', "'d", '’d', 'wo', 'ca', 'shall']);
/** Words that keep their own name as a feature: markers, relatives, prepositions, conjunctions. */
const NAMED = new Set([
  'that', 'to', 'who', 'which', 'whom', 'whose', 'what', 'whether', 'if', 'how', 'why', 'when', 'where', 'for', 'about',
  'of', 'on', 'in', 'with', 'by', 'as', 'at', 'from', 'into', 'against', 'over', 'out', 'up', 'and', 'but', 'or', 'not',
  "n't", 'n’t', 'also', 'so', 'than', 'there', 'this', 'these', 'those', 'the', 'a', 'an',
  ',', ':', ';', '.', '?', '!', '(', ')', '—', '–', '-', '--',
]);

/** A token's class as a feature value: its word for marker words, else a pronoun kind or its POS. */
function tokenClass(tokens: readonly Token[], quotedIn: Int32Array, i: number, s: SentenceRange): string {
  if (i < s.first || i > s.last) return 'END';
  const t = tokens[i] as Token;
  if (QUOTE_MARKS.has(t.value)) return 'QM';
  if (quotedIn[i] !== -1) return 'Q';
  if (NAMED.has(t.lower)) return t.lower;
  // A pronoun is written as one (`US`, `IT` are names).
  const pronoun = t.pos !== 'PROPN' && !(t.value.length > 1 && t.value === t.value.toUpperCase());
  if (pronoun && SUBJECT_PRONOUNS.has(t.lower)) return 'SUBJ';
  if (pronoun && OBJECT_PRONOUNS.has(t.lower)) return 'OBJ';
  if (pronoun && POSSESSIVE.has(t.lower)) return 'POSS';
  if (t.pos === 'VERB') return /ing$/.test(t.lower) ? 'VING' : /(?:ed|en)$/.test(t.lower) ? 'VED' : 'VERB';
  return t.pos;
}

function form(t: Token): string {
  if (t.pos !== 'VERB') return 'tagged-' + t.pos;
  if (/ing$/.test(t.lower)) return 'ing';
  if (/(?:ed|en|wn|lt|ght)$/.test(t.lower) && t.lower !== t.lemma) return 'ed';
  if (/s$/.test(t.lower) && t.lower !== t.lemma) return 's';
  return 'base';
}

function bucket(n: number, edges: readonly number[]): string {
  let k = 0;
  while (k < edges.length && n > (edges[k] as number)) k++;
  return String(k);
}

/** The binary features of a cue and the attribution the patterns read for it. */
export function cueFeatures(scene: CueScene, cue: Cue, a: RawAttribution): string[] {
  const { tokens, s, quotedIn } = scene;
  const head = tokens[cue.head] as Token;
  const lemma = cue.lemma;
  const cls = (i: number): string => tokenClass(tokens, quotedIn, i, s);
  const f: string[] = ['bias', `L:${lemma}`, `F:${form(head)}`, `LF:${lemma}|${form(head)}`];
  if (cue.verb !== lemma) f.push(`V:${cue.verb}`);
  if (cue.chained === true) f.push('chained', `H:${head.lemma}`);
  if (cue.passive === true) f.push('passive');
  if (a.cue !== undefined && a.cue[1] > (tokens[cue.last] as Token).end) f.push('light');
  if (cue.cls !== undefined) f.push('lex', `C:${cue.cls}`);
  else f.push('nolex');
  if (SPEECH_VERBS.has(cue.verb)) f.push('speech');
  if (INFINITIVE_VERBS.has(cue.verb)) f.push('infinitive');
  if (OBJECT_VERBS.has(cue.verb)) f.push('object');
  if (NEEDS_MARKER.has(cue.verb)) f.push('needs-marker');
  // Auxiliaries and negation inside the cue.
  for (let i = cue.first; i < cue.head; i++) {
    const t = tokens[i] as Token;
    if (MODALS.has(t.lower)) f.push('modal');
    else if (t.lemma === 'have') f.push('perfect');
    else if (t.lemma === 'be') f.push('be');
    else if (t.lemma === 'do') f.push('do');
  }
  if (head.negated) f.push('negated');
  // The words around the cue.
  const p1 = cls(cue.first - 1);
  const p2 = cls(cue.first - 2);
  const n1 = cls(cue.last + 1);
  const n2 = cls(cue.last + 2);
  f.push(`P1:${p1}`, `P2:${p2}|${p1}`, `N1:${n1}`, `N2:${n1}|${n2}`, `LP1:${lemma}|${p1}`, `LN1:${lemma}|${n1}`, `PN:${p1}|${n1}`);
  if (cue.first === s.first) f.push('opens');
  if (scene.headline) f.push('headline');
  if (scene.loose) f.push('loose', `LL:${lemma}`);
  let quoted = false;
  let conditional = false;
  for (let i = s.first; i <= s.last; i++) {
    if (quotedIn[i] !== -1) quoted = true;
    if (i < cue.first && ['if', 'unless', 'whether'].includes((tokens[i] as Token).lower)) conditional = true;
  }
  if (quoted) f.push('sentence-quoted');
  if (conditional) f.push('conditional');
  // The source.
  let sourceKind = 'none';
  if (a.source !== undefined) {
    const [first, last] = a.source;
    const sh = tokens[last] as Token;
    sourceKind = SUBJECT_PRONOUNS.has(sh.lower) && first === last ? 'pronoun' : ['who', 'that', 'which'].includes(sh.lower) ? 'relative' : sh.pos === 'PROPN' || /^\p{Lu}/u.test(sh.value) ? 'name' : sh.pos;
    f.push(`SL:${bucket(last - first + 1, [1, 2, 4, 8])}`);
    f.push(first > cue.last ? 'source-after' : cue.first - last > 1 ? 'source-apart' : 'source-next');
  }
  f.push(`S:${sourceKind}`, `LS:${lemma}|${sourceKind}`);
  // The content.
  const [cs, ce] = a.content;
  const headStart = head.start;
  f.push(`K:${a.kind}`, ce <= headStart ? 'content-before' : cs < headStart ? 'content-around' : 'content-after');
  f.push(`CL:${bucket(ce - cs, [15, 40, 100, 200])}`);
  if (cs > headStart) {
    let i = cue.last + 1;
    while (i <= s.last && (tokens[i] as Token).end <= cs) i++;
    const opener = cls(i);
    f.push(`CO:${opener}`, `LCO:${lemma}|${opener}`, `CG:${bucket(i - cue.last - 1, [0, 2, 5])}`);
  }
  for (const b of scene.earlier) {
    if (b.content[0] <= headStart && headStart < b.content[1]) {
      f.push('nested');
      break;
    }
  }
  return f;
}

/**
 * The weights as a Map, built on first use: feature names are fresh strings, and a Map finds them
 * several times faster than a lookup in the model's object of thousands of keys.
 */
let weights: Map<string, number> | undefined;

/** The model's probability that the cue is an attribution. */
export function cueProbability(features: readonly string[]): number {
  weights ??= new Map(Object.entries(CUE_MODEL.weights));
  let z = 0;
  for (const name of features) z += weights.get(name) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Does the model keep this cue? Lexicon verbs need less to be kept than verbs outside it. */
export function acceptsCue(features: readonly string[], inLexicon: boolean): boolean {
  const p = cueProbability(features);
  return p >= (inLexicon ? CUE_MODEL.keep : CUE_MODEL.accept);
}

/** What `scripts/train-cues.ts` sees of each candidate: set only while training (never in the library's own use). */
export const candidateLog: { observe: ((features: readonly string[], cue: Cue, a: RawAttribution, ctx: ArticleContext) => void) | undefined } = { observe: undefined };
