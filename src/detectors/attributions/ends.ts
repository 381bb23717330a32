/**
 * The learned content end: where an attribution's content stops, chosen among the places it could
 * (before a comma, dash, semicolon, conjunction, subordinator or relative pronoun; where the rules
 * ended it; the sentence's end or the next attribution) by a conditional logit model over binary
 * features of each place (`src/lexicons/end-model.ts`, trained by `scripts/train-ends.ts`). It runs
 * after the cue model has decided, so that cues and sources are as the rules and that model read them.
 * PolNeAR dev content exact / overlap F1 56.0 / 69.3 → 56.3 / 70.0 (train, 5-fold CV against the
 * rules' ends: 100 and 302 more of 19,832 gold contents matched).
 */
import { END_MODEL } from '../../lexicons/end-model.js';
import type { Token } from '../../nlp/wink.js';
import type { ArticleContext, SentenceRange } from '../context.js';
import { tokenClass } from './learned.js';
import { DASHES, hasVerb, QUOTE_MARKS } from './tokens.js';
import type { RawAttribution } from './types.js';

/** One content as the rules bound it, with the room its end may move in (token indices). */
export interface EndScene {
  tokens: readonly Token[];
  s: SentenceRange;
  quotedIn: Int32Array;
  /** The content's first token. */
  from: number;
  /** The token after the content's last as the rules ended it. */
  ruled: number;
  /** The token after the furthest place the content may end (its sentence end, or the next attribution). */
  limit: number;
  /** The earliest place it may end: after the last quote it holds. */
  floor: number;
  lemma: string;
  speech: boolean;
  /** The rules ended it before the furthest place (a noun phrase's end, a cut at `, but`). */
  short: boolean;
}

/** A place the content may end: before token `at`, at character offset `end`, with what its features read. */
export interface EndCandidate {
  at: number;
  end: number;
  /** The values its features are made of: {@link endFeatures} names the features, {@link endScore} scores them. */
  values: EndValues;
}

/**
 * What the features of a candidate end read: token classes ({@link tokenClass}, `END` past the
 * limit), size buckets (`0`–`6`) and flags, as the strings the feature names hold.
 */
export interface EndValues {
  /** `d` the rules' end, `x` the furthest end, `b` / `a` a cut before / after the rules' end. */
  where: string;
  /** The classes of the tokens after the end (`c0`, `c1`, `c2`) and before it (`p1`). */
  c0: string;
  c1: string;
  c2: string;
  p1: string;
  /** Buckets: the content's length, the tokens left to the limit, the share of the room used. */
  length: string;
  rest: string;
  share: string;
  /** Cuts and commas passed (at most 5, 3). */
  cuts: string;
  commas: string;
  /** Verbs before and after the end (`v` or `-` each). */
  verbs: string;
  /** `q`: a quote before the end, else `-`. */
  quote: string;
  /** The stretch up to the next cut: verbs, size and the class at the cut (`-2|,`), or `none`. */
  stretch: string;
  /** The lemmas of the token after the end's first (`END` at the limit) and of the token before the end. */
  next: string;
  prev: string;
  /** Of the whole content: the cue's lemma, speech (`s` / `-`), short (`s` / `l`), its opener's class. */
  lemma: string;
  speech: string;
  short: string;
  opener: string;
}

/**
 * Words before which a content may end: conjunctions, subordinators, relative pronouns. Prepositions
 * and colons were candidates too at first: on train, cuts before `:` won 1 content and lost 8, and
 * without them the CV gain stayed about the same (overlap +210 against +215) for 40 % fewer candidates.
 */
const CUT_WORDS = new Set([
  'and', 'but', 'or', 'nor', 'while', 'as', 'because', 'after', 'before', 'since', 'although', 'though', 'if', 'when', 'where', 'whereas',
  'who', 'which', 'whom', 'whose', 'that', 'until', 'unless', 'including',
]);

/** Does token `i` open something the content may stop before? */
function cutAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return t.value === ',' || t.value === ';' || DASHES.has(t.value) || (t.value === '-' && t.spaceBefore) || CUT_WORDS.has(t.lower) || t.pos === 'SCONJ' || t.pos === 'CCONJ';
}

/**
 * May the content end anywhere but the rules' end: has it room past it, or a cut outside quote marks
 * before it? Half the contents on PolNeAR train have neither: their candidates are not built (the
 * trainer still sees them, whose features count towards the min count).
 */
export function hasChoice(scene: EndScene): boolean {
  const { tokens, quotedIn, from, ruled, limit, floor } = scene;
  if (limit > ruled) return true;
  for (let i = Math.max(from + 1, floor); i < ruled; i++) if (quotedIn[i] === -1 && !QUOTE_MARKS.has((tokens[i] as Token).value) && cutAt(tokens, i)) return true;
  return false;
}

const SUBSTANTIVE = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'VERB', 'ADJ', 'AUX']);
const MARKERS = new Set(['that', 'to', 'whether', 'if', 'though', 'how', 'what', 'why', 'when', 'which', 'who']);

const SIZES = ['0', '1', '2', '3', '4', '5', '6'];

function size(n: number, edges: readonly number[]): string {
  let k = 0;
  while (k < edges.length && n > (edges[k] as number)) k++;
  return SIZES[k] as string;
}

/** The candidate places where a content may end, each with its features (the rules' end always among them). */
export function endCandidates(scene: EndScene, ruledEnd: number, limitEnd: number): EndCandidate[] {
  const { tokens, s, quotedIn, from, ruled, limit, floor } = scene;
  const cls = (i: number): string => (i >= limit ? 'END' : tokenClass(tokens, quotedIn, i, s));
  const opener = cls(from);
  const out: EndCandidate[] = [];
  let cuts = 0;
  let commas = 0;
  let quoteBefore = false;
  // A content is more than its marker (`that`, `though`, `to`): a noun, verb, number or adjective.
  let substantive = false;
  // Verbs counted from the content's start (verbs[i]: those before token i), so that any stretch is asked in one step.
  const verbs = new Int32Array(limit - from + 2);
  for (let i = from; i <= limit; i++) verbs[i + 1 - from] = (verbs[i - from] as number) + (i < limit && hasVerb(tokens, i, i, quotedIn) ? 1 : 0);
  const verbIn = (a: number, b: number): boolean => b >= a && (verbs[b + 1 - from] as number) > (verbs[a - from] as number);
  // The next cut after each token (for the stretch a cut would drop first), found from the end.
  const nextCut = new Int32Array(limit - from + 1).fill(limit);
  for (let i = limit - 2; i > from; i--) nextCut[i - from] = quotedIn[i + 1] === -1 && cutAt(tokens, i + 1) ? i + 1 : (nextCut[i + 1 - from] as number);
  for (let at = from + 1; at <= limit; at++) {
    const prev = tokens[at - 1] as Token;
    if (quotedIn[at - 1] !== -1 || QUOTE_MARKS.has(prev.value)) quoteBefore = true;
    if (!substantive && SUBSTANTIVE.has(prev.pos) && !MARKERS.has(prev.lower)) substantive = true;
    const isCut = at < limit && quotedIn[at] === -1 && !QUOTE_MARKS.has((tokens[at] as Token).value) && cutAt(tokens, at);
    if (at === ruled || at === limit || (isCut && at >= floor && substantive)) {
      const where = at === ruled ? 'd' : at === limit ? 'x' : at < ruled ? 'b' : 'a';
      const c0 = cls(at);
      const c1 = cls(at + 1);
      const p1 = cls(at - 1);
      const length = size(at - from, [1, 3, 6, 10, 16, 25]);
      const rest = size(limit - at, [0, 2, 5, 10, 20]);
      const verbsAround = `${verbIn(from, at - 1) ? 'v' : '-'}${verbIn(at, limit - 1) ? 'v' : '-'}`;
      const end = at === ruled ? ruledEnd : at === limit ? limitEnd : prev.end;
      // The stretch up to the next cut: a clause (`, which has …`) or a phrase (`, a super PAC`), and how long.
      const next = at < limit ? (nextCut[at - from] as number) : limit;
      const stretch = at < limit ? `${verbIn(at + 1, next - 1) ? 'v' : '-'}${size(next - at, [2, 4, 8])}|${cls(next)}` : 'none';
      const share = size(Math.floor((10 * (at - from)) / Math.max(1, limit - from)), [2, 5, 8]);
      out.push({
        at,
        end,
        values: {
          where,
          c0,
          c1,
          c2: cls(at + 2),
          p1,
          length,
          rest,
          share,
          cuts: SIZES[Math.min(cuts, 5)] as string,
          commas: SIZES[Math.min(commas, 3)] as string,
          verbs: verbsAround,
          quote: quoteBefore ? 'q' : '-',
          stretch,
          next: at + 1 < limit ? (tokens[at + 1] as Token).lemma : 'END',
          prev: prev.lemma,
          lemma: scene.lemma,
          speech: scene.speech ? 's' : '-',
          short: scene.short ? 's' : 'l',
          opener,
        },
      });
    }
    if (isCut) cuts++;
    if (at < limit && (tokens[at] as Token).value === ',' && quotedIn[at] === -1) commas++;
  }
  return out;
}

/**
 * Per candidate: how likely the content is to be right if it ends there, as the model sees it.
 * The softmax of the scores gives each candidate's chance of being the gold end; a candidate is
 * worth the chance that the gold end lies where the two contents would still overlap ≥ .5 (one at
 * least half as long as the other: same start), plus `exactWeight` times its own chance. Choosing
 * the single most likely end instead (PolNeAR train, 5-fold CV, against the rules' ends): exact
 * +214, overlap +210 matches; this way (exact weight 0.5, margin 0.1) exact +135, overlap +248.
 */
export function endValues(z: readonly number[], lengths: readonly number[], exactWeight: number): number[] {
  let top = -Infinity;
  for (const x of z) top = Math.max(top, x);
  const p = z.map((x) => Math.exp(x - top));
  const sum = p.reduce((a, b) => a + b, 0);
  return lengths.map((l, c) => {
    let u = (exactWeight * (p[c] as number)) / sum;
    lengths.forEach((m, k) => {
      if (Math.min(l, m) >= 0.5 * Math.max(l, m)) u += (p[k] as number) / sum;
    });
    return u;
  });
}

/**
 * Where the features of a candidate go: a prefix with one, two or three values (`w:d`, `wc:d|,`,
 * `pcc:NOUN|,|and`). Written out as names for training
 * ({@link endFeatures}); summed into a score without building any name ({@link endScore}).
 */
interface EndSink {
  one(prefix: string, a: string): void;
  two(prefix: string, a: string, b: string): void;
  three(prefix: string, a: string, b: string, c: string): void;
}

/** Emits a candidate's features, always in this order (the order its score sums their weights in). */
function emitEndFeatures(v: EndValues, f: EndSink): void {
  f.one('w', v.where);
  f.two('wc', v.where, v.c0);
  f.two('ws', v.where, v.short);
  f.one('c', v.c0);
  f.two('cc', v.c0, v.c1);
  f.two('pc', v.p1, v.c0);
  f.three('pcc', v.p1, v.c0, v.c1);
  f.three('ccc', v.c0, v.c1, v.c2);
  f.one('n', v.length);
  f.two('nc', v.length, v.c0);
  f.one('r', v.rest);
  f.two('rc', v.rest, v.c0);
  f.two('k', v.cuts, v.c0);
  f.two('m', v.commas, v.c0);
  f.one('v', v.verbs);
  f.two('vc', v.verbs, v.c0);
  f.three('vcc', v.verbs, v.c0, v.c1);
  f.two('q', v.quote, v.c0);
  f.two('L', v.lemma, v.c0);
  f.two('Lw', v.lemma, v.where);
  f.two('sp', v.speech, v.c0);
  f.two('sh', v.short, v.c0);
  f.three('shw', v.short, v.where, v.c0);
  f.two('o', v.opener, v.c0);
  f.two('st', v.c0, v.stretch);
  f.three('stc', v.c0, v.c1, v.stretch);
  f.two('at', v.share, v.c0);
  f.two('nw', v.c0, v.next);
  f.two('pw', v.prev, v.c0);
}

/** A candidate's features by name (`w:d`, `wc:d|,`, ...): what `scripts/train-ends.ts` learns from. */
export function endFeatures(c: EndCandidate): string[] {
  const names: string[] = [];
  emitEndFeatures(c.values, {
    one: (prefix, a) => names.push(`${prefix}:${a}`),
    two: (prefix, a, b) => names.push(`${prefix}:${a}|${b}`),
    three: (prefix, a, b, c) => names.push(`${prefix}:${a}|${b}|${c}`),
  });
  return names;
}

/** The model's weights as a tree: prefix, then each value in turn; a leaf is a weight. */
type WeightTree = Map<string, WeightTree | number>;

/**
 * The values a `|` may stand inside, by prefix (a lemma, the stretch, which holds one); every
 * other value (token classes, buckets, flags) never holds one. A name splits back into its values
 * at its first `|`s up to that value and at its last `|`s after it, so each name has one place in
 * the tree, and the values a candidate emits lead to exactly the name they would spell.
 */
const BAR_VALUE: Readonly<Record<string, number>> = { L: 0, Lw: 0, pw: 0, nw: 1, st: 1, stc: 2 };

/**
 * The weights of `END_MODEL` as a {@link WeightTree}, built on first use. How many values each
 * prefix takes is read from {@link emitEndFeatures} itself. Names no candidate could spell (an
 * unknown prefix, too few `|`) are left out: their weight could never be read.
 */
function weightTree(): WeightTree {
  const arity = new Map<string, number>();
  emitEndFeatures({} as EndValues, {
    one: (prefix) => arity.set(prefix, 1),
    two: (prefix) => arity.set(prefix, 2),
    three: (prefix) => arity.set(prefix, 3),
  });
  const tree: WeightTree = new Map();
  for (const [name, weight] of Object.entries(END_MODEL.weights)) {
    const colon = name.indexOf(':');
    const prefix = name.slice(0, colon);
    const k = arity.get(prefix);
    if (colon < 0 || k === undefined) continue;
    const free = BAR_VALUE[prefix] ?? k - 1;
    let rest = name.slice(colon + 1);
    const values: string[] = [];
    for (let j = 0; j < free; j++) {
      const bar = rest.indexOf('|');
      if (bar < 0) break;
      values.push(rest.slice(0, bar));
      rest = rest.slice(bar + 1);
    }
    const after: string[] = [];
    for (let j = free + 1; j < k; j++) {
      const bar = rest.lastIndexOf('|');
      if (bar < 0) break;
      after.unshift(rest.slice(bar + 1));
      rest = rest.slice(0, bar);
    }
    values.push(rest, ...after);
    if (values.length !== k) continue;
    let node = tree;
    for (const key of [prefix, ...values.slice(0, -1)]) {
      let next = node.get(key);
      if (next === undefined) node.set(key, (next = new Map()));
      node = next as WeightTree;
    }
    node.set(values[k - 1] as string, weight);
  }
  return tree;
}

/**
 * Sums the weights of the features emitted into it (one sink, reset for every candidate). Looking
 * the values up in the tree finds the weight of the name they would spell, so the score is the
 * same sum, in the same order, as over the names. Building the 29 names of each candidate and
 * looking each up in the model's object (a dictionary of 3,505 names) was 4 % of the self time of
 * a CPU profile of `analyzeArticle` on 1,800 AllSides articles (`endScore` 3.3, `endCandidates`
 * 0.7); the tree's lookups take 1.6 %, and the whole run about 3 % less CPU (paired runs).
 */
const scorer = {
  tree: undefined as WeightTree | undefined,
  z: 0,
  one(prefix: string, a: string): void {
    this.z += (this.tree?.get(prefix) as WeightTree | undefined)?.get(a) as number | undefined ?? 0;
  },
  two(prefix: string, a: string, b: string): void {
    this.z += ((this.tree?.get(prefix) as WeightTree | undefined)?.get(a) as WeightTree | undefined)?.get(b) as number | undefined ?? 0;
  },
  three(prefix: string, a: string, b: string, c: string): void {
    this.z += (((this.tree?.get(prefix) as WeightTree | undefined)?.get(a) as WeightTree | undefined)?.get(b) as WeightTree | undefined)?.get(c) as number | undefined ?? 0;
  },
};

/** The model's score of a candidate: the sum of its features' weights. */
export function endScore(c: EndCandidate): number {
  scorer.tree ??= weightTree();
  scorer.z = 0;
  emitEndFeatures(c.values, scorer);
  return scorer.z;
}

/**
 * The candidate worth most ({@link endValues}) when it is worth the model's margin more than the
 * rules' end (the candidate before token `ruled`); else undefined. `start`: the content's start offset.
 */
export function chooseEnd(candidates: readonly EndCandidate[], ruled: number, start: number): EndCandidate | undefined {
  const ruledIndex = candidates.findIndex((c) => c.at === ruled);
  if (ruledIndex < 0 || candidates.length < 2) return undefined;
  const u = endValues(candidates.map(endScore), candidates.map((c) => c.end - start), END_MODEL.exactWeight);
  let best = ruledIndex;
  for (let k = 0; k < u.length; k++) if ((u[k] as number) > (u[best] as number)) best = k;
  return best !== ruledIndex && (u[best] as number) - (u[ruledIndex] as number) > END_MODEL.margin ? candidates[best] : undefined;
}

/** What `scripts/train-ends.ts` sees of each content: set only while training (the ends are then left as the rules made them). */
export const endLog: {
  observe: ((candidates: readonly EndCandidate[], scene: EndScene, a: RawAttribution, ctx: ArticleContext) => void) | undefined;
} = { observe: undefined };
