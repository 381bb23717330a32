/**
 * Attributions: who is reported as saying what, and with which cue. Rules over tokens and POS
 * tags, sentence by sentence:
 *
 *   trailing    CONTENT, SOURCE CUE.             “We are ready,” he said.   … since April, US officials say.
 *   inverted    CONTENT, CUE SOURCE.             “…,” said Ahmed Al Maksosi, the leader of …
 *   preposed    SOURCE (, ROLE,) CUE (to OBJ | OBJ) (that|:|,) CONTENT
 *                                                Kirby said the strikes …   X told Reuters: “…”
 *   according   According to SOURCE, CONTENT.  /  CONTENT, according to SOURCE.
 *   gerund      SUBJECT VERB …, CUE-ing (that) CONTENT        …, saying it was “fully prepared”.
 *
 * Quoted stretches (`quote-marks.ts`) decide direct vs indirect and carry content over sentence
 * and paragraph breaks. Quotes left without a cue either continue the previous speaker (a quote
 * that is a sentence or paragraph of its own) or are unattributed (scare quotes).
 *
 * This file is the article-level pass; the rules live in `attributions/`: `cues.ts` (which words
 * are cues), `sentence.ts` (the patterns above), `phrases.ts` (source phrases), `content.ts`
 * (content boundaries), `tokens.ts` (shared word lists and token tests), `types.ts`.
 */
import type { Token } from '../nlp/wink.js';
import { firstTokenAtOrAfter, type ArticleContext } from './context.js';
import type { QuotedStretch } from './quote-marks.js';
import { SentenceReader } from './attributions/sentence.js';
import { nounPhraseAfter } from './attributions/phrases.js';
import { DASHES } from './attributions/tokens.js';
import type { Range, RawAttribution } from './attributions/types.js';
import { trimEndWhere } from '../text/trim.js';

const QUOTE_CHARS = new Set(['”', '’', '"', "'"]);

export type { RawAttribution } from './attributions/types.js';
export { nounPhraseAfter, nounPhraseBefore } from './attributions/phrases.js';

/** Reads the attributions of a whole article. */
export function detectAttributions(ctx: ArticleContext): RawAttribution[] {
  const { tokens, sentences } = ctx;
  const { stretches, quotedIn } = ctx;

  const found: RawAttribution[] = [];
  // A loop, not push(...spread): a sentence may hold more attributions than the call stack has room for.
  for (const sentence of sentences) {
    for (const a of new SentenceReader(ctx, sentence, stretches, quotedIn).read()) found.push(a);
  }

  // Quoted stretches that no attribution covers. Parts and stretches are both sorted by start,
  // so one sweep decides it (a page of quote marks must not cost time quadratic in their number).
  const parts = found.flatMap((a) => a.parts).sort((x, y) => x[0] - y[0]);
  const covered = new Set<QuotedStretch>();
  let reach = -1;
  let p = 0;
  for (const q of stretches) {
    const first = (q.pieces[0] as Range)[0];
    const last = (q.pieces[q.pieces.length - 1] as Range)[1];
    // The furthest end among parts that start at or before this stretch's content.
    while (p < parts.length && (parts[p] as Range)[0] <= first) reach = Math.max(reach, (parts[p++] as Range)[1]);
    if (reach >= last) covered.add(q);
  }
  for (const q of stretches) {
    if (covered.has(q)) continue;
    const sentence = sentenceAt(ctx, (q.pieces[0] as Range)[0]);
    // The content keeps its quote marks (as PolNeAR's annotators and readers see a quote).
    const attribution: RawAttribution = { kind: 'direct', content: [q.open, q.close], parts: [[q.open, q.close]], sentence, paragraph: q.paragraph };
    const signed = signatureAfter(ctx, q);
    if (signed !== null) {
      attribution.cue = [(tokens[signed.dash] as Token).start, (tokens[signed.dash] as Token).end];
      attribution.cueLemma = '—';
      attribution.cueClass = 'attributive';
      attribution.source = signed.name;
    } else if (standsAlone(ctx, q, sentence) && ctx.paragraphs[q.paragraph]?.role !== 'headline') attribution.floating = true;
    else attribution.unattributed = true;
    found.push(attribution);
  }
  found.sort((a, b) => a.content[0] - b.content[0] || a.content[1] - b.content[1]);

  // A quote standing alone continues the nearest earlier attributed quote, if it is close.
  for (let i = 0; i < found.length; i++) {
    const a = found[i] as RawAttribution;
    if (!a.floating) continue;
    for (let j = i - 1; j >= 0 && i - j <= 20; j--) {
      let b = found[j] as RawAttribution;
      if (b.unattributed) continue;
      // `“…,” Clark said, noting he …. “…”`: the quote goes on from the direct attribution, not from the gerund after it.
      const before = found[j - 1];
      if (b.kind === 'indirect' && before !== undefined && before.sentence === b.sentence && before.kind !== 'indirect' && before.source !== undefined && !before.unattributed) b = found[--j] as RawAttribution;
      if (a.paragraph - b.paragraph <= 1 && b.source !== undefined) a.continues = j;
      else if (a.paragraph - b.paragraph <= 1 && b.continues !== undefined) a.continues = b.continues;
      break;
    }
    if (a.continues === undefined) {
      delete a.floating;
      a.unattributed = true;
    }
  }
  // `“…,” he said. “…”`: a quote standing alone in the same paragraph as the attributed quote it
  // continues is one more piece of that attribution (a split quote), not an attribution of its own.
  const merged: RawAttribution[] = [];
  const indexOf = new Map<RawAttribution, number>();
  for (const a of found) {
    const previous = a.floating === true && a.continues !== undefined ? found[a.continues] : undefined;
    if (previous !== undefined && previous.paragraph === a.paragraph && previous.kind !== 'indirect' && indexOf.has(previous)) {
      for (const part of a.parts) previous.parts.push(part);
      previous.content = [previous.content[0], Math.max(previous.content[1], a.content[1])];
      continue;
    }
    indexOf.set(a, merged.length);
    merged.push(a);
  }
  for (const a of merged) {
    if (a.continues !== undefined) {
      const target = found[a.continues];
      const index = target === undefined ? undefined : indexOf.get(target);
      if (index === undefined) delete a.continues;
      else a.continues = index;
    }
  }
  return merged;
}

/** `“…” ― Sonya Herridge`: a quote signed with a dash and a name. */
function signatureAfter(ctx: ArticleContext, q: QuotedStretch): { dash: number; name: Range } | null {
  const { tokens } = ctx;
  const dash = firstTokenAtOrAfter(tokens, q.close);
  const t = tokens[dash];
  if (t === undefined || !DASHES.has(t.value) || t.start - q.close > 2) return null;
  const name = nounPhraseAfter(tokens, dash + 1, Math.min(tokens.length - 1, dash + 6));
  if (name === null || !/^\p{Lu}/u.test((tokens[name[0]] as Token).value)) return null;
  return { dash, name };
}

/** Is the quote a sentence (or a paragraph) of its own, with nothing of the outlet's around it? */
function standsAlone(ctx: ArticleContext, q: QuotedStretch, sentence: number): boolean {
  const s = ctx.sentences[sentence];
  if (s === undefined) return false;
  const before = ctx.text.slice(s.start, q.open).trim();
  const lastSentence = ctx.sentences[sentenceAt(ctx, Math.max(q.open, q.close - 2))] ?? s;
  const after = ctx.text.slice(q.close, lastSentence.end).trim();
  if (before !== '') return false;
  // A quote that ends its own sentence where the splitter did not see it (`“…getting.” That's why …`).
  const inner = trimEndWhere(ctx.text.slice(q.open, q.close), (c) => /\s/.test(c) || QUOTE_CHARS.has(c));
  return /^[\s.,;:!?…”’"')\]]*$/.test(after) || (/[.!?…]$/.test(inner) && /^\p{Lu}/u.test(after));
}

function sentenceAt(ctx: ArticleContext, offset: number): number {
  const i = firstTokenAtOrAfter(ctx.tokens, offset);
  return ctx.sentenceOf[Math.min(i, ctx.tokens.length - 1)] ?? 0;
}
