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

/** A place the content may end: before token `at`, at character offset `end`. */
export interface EndCandidate {
  at: number;
  end: number;
  features: string[];
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
        features: [
          `w:${where}`,
          `wc:${where}|${c0}`,
          `ws:${where}|${scene.short ? 's' : 'l'}`,
          `c:${c0}`,
          `cc:${c0}|${c1}`,
          `pc:${p1}|${c0}`,
          `pcc:${p1}|${c0}|${c1}`,
          `ccc:${c0}|${c1}|${cls(at + 2)}`,
          `n:${length}`,
          `nc:${length}|${c0}`,
          `r:${rest}`,
          `rc:${rest}|${c0}`,
          `k:${Math.min(cuts, 5)}|${c0}`,
          `m:${Math.min(commas, 3)}|${c0}`,
          `v:${verbsAround}`,
          `vc:${verbsAround}|${c0}`,
          `vcc:${verbsAround}|${c0}|${c1}`,
          `q:${quoteBefore ? 'q' : '-'}|${c0}`,
          `L:${scene.lemma}|${c0}`,
          `Lw:${scene.lemma}|${where}`,
          `sp:${scene.speech ? 's' : '-'}|${c0}`,
          `sh:${scene.short ? 's' : 'l'}|${c0}`,
          `shw:${scene.short ? 's' : 'l'}|${where}|${c0}`,
          `o:${opener}|${c0}`,
          `st:${c0}|${stretch}`,
          `stc:${c0}|${c1}|${stretch}`,
          `at:${share}|${c0}`,
          `nw:${c0}|${at + 1 < limit ? (tokens[at + 1] as Token).lemma : 'END'}`,
          `pw:${prev.lemma}|${c0}`,
        ],
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

/** The model's score of a candidate: the sum of its features' weights (read from the module's object: a Map beside it would hold every name twice). */
export function endScore(c: EndCandidate): number {
  const { weights } = END_MODEL;
  let z = 0;
  for (const f of c.features) z += weights[f] ?? 0;
  return z;
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
