/** Content boundaries: where reported content starts and ends inside a sentence, and whether it is direct or indirect. */
import type { Token } from '../../nlp/wink.js';
import type { ArticleContext, SentenceRange } from '../context.js';
import type { QuotedStretch } from '../quote-marks.js';
import { SPEECH_VERBS } from './cues.js';
import { chooseEnd, endCandidates, endLog, hasChoice, type EndScene } from './ends.js';
import { CLAUSE_WINDOW, CLOSING_PUNCT, DASHES, hasVerb, insideMark, QUOTE_MARKS, SUBORDINATORS, twoApostrophes } from './tokens.js';
import type { Range, RawAttribution } from './types.js';

/**
 * Index of the first stretch that closes at or after `offset`. Stretches come in text order and do
 * not overlap (each opens at or after the previous one's close), so the ones touching a range are a
 * run from here: looking them up this way keeps long runs of quotes linear instead of quadratic.
 */
export function firstStretchClosingFrom(stretches: readonly QuotedStretch[], offset: number): number {
  let lo = 0;
  let hi = stretches.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((stretches[mid] as QuotedStretch).close < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the parts (pieces of quoted content) and kind of a content range. */
export function shape(range: Range, stretches: readonly QuotedStretch[]): { kind: RawAttribution['kind']; parts: Range[] } {
  const [s, e] = range;
  let quoted = 0;
  // Direct: the content is the quote itself (`“…,”`), not outlet words around a quoted fragment.
  let opensWithQuote = false;
  for (let k = firstStretchClosingFrom(stretches, s); k < stretches.length; k++) {
    const q = stretches[k] as QuotedStretch;
    if (q.open > e + 1) break;
    if (Math.abs(q.open - s) <= 1) opensWithQuote = true;
    for (const [a, b] of q.pieces) {
      const overlap = Math.min(b, e) - Math.max(a, s);
      if (overlap > 0) quoted += overlap;
    }
  }
  if (opensWithQuote && quoted >= 0.9 * Math.max(1, e - s - 4)) return { kind: 'direct', parts: [[s, e]] };
  return { kind: quoted > 0 ? 'mixed' : 'indirect', parts: [[s, e]] };
}

/** One sentence seen by the attribution rules: its tokens, quoted stretches, and where content ends. */
export class SentenceScope {
  protected readonly tokens: readonly Token[];

  constructor(
    protected readonly ctx: ArticleContext,
    protected readonly s: SentenceRange,
    protected readonly stretches: readonly QuotedStretch[],
    protected readonly quotedIn: Int32Array,
  ) {
    this.tokens = ctx.tokens;
  }

  protected at(i: number): Token | undefined {
    return i >= this.s.first && i <= this.s.last ? this.tokens[i] : undefined;
  }

  protected offsets(first: number, last: number): Range {
    return [(this.tokens[first] as Token).start, (this.tokens[last] as Token).end];
  }

  /** `reported that …, and accused the US of …`: the first content ends where a coordinated cue begins. */
  protected cutAtNextCue(out: RawAttribution[]): void {
    for (let k = 0; k + 1 < out.length; k++) {
      const a = out[k] as RawAttribution;
      for (const b of out.slice(k + 1, k + 3)) {
        // A speaker label's content is the whole turn (`FALLIN: Well, I think …`).
        if (b.cue === undefined || a.cue === undefined || b.cue[0] <= a.cue[1] || a.cueLemma === ':') continue;
        if (b.cue[0] > a.content[0] && b.cue[0] < a.content[1] && !this.insideQuote(b.cue[0]) && b.source !== undefined) {
          // A cue reported inside the content (`said she believed that …`) stays in it. The content
          // ends where a second verb of the same subject (`reported that …, and accused …`), a new
          // clause (`…, and rights groups warned …`) or a quote of someone else's begins.
          const sourceStart = (this.tokens[b.source[0]] as Token).start;
          if (!(sourceStart < a.content[0] || this.newClauseAt(b.source[0]) || b.kind === 'direct')) continue;
          // Cut before the second source and a conjunction in front of it.
          let end = sourceStart > a.content[0] && sourceStart < b.cue[0] ? sourceStart : b.cue[0];
          const cut = /[\s,;]*(?:\b(?:and|but|when|while|as|because|after|before|since|although|though|if|whereas|until)\b)?[\s,;]*$/i.exec(this.ctx.text.slice(Math.max(a.content[0], end - 40), end));
          if (cut !== null) end -= cut[0].length;
          if (end > a.content[0]) {
            a.content = [a.content[0], end];
            a.parts = [[a.content[0], end]];
          }
        }
      }
    }
  }

  /** Does a new clause start at token `i` (`…, and human rights groups warned`)? */
  protected newClauseAt(i: number): boolean {
    const before = this.at(i - 1);
    if (before === undefined || this.quotedIn[i - 1] !== -1) return false;
    const linked = before.pos === 'CCONJ' || before.pos === 'SCONJ' || SUBORDINATORS.has(before.lower);
    const comma = linked ? this.at(i - 2) : before;
    // A comma closes the clause before, also inside a closing quote (`…,” when Clinton blasted him`).
    const closing = comma !== undefined && QUOTE_MARKS.has(comma.value) ? this.at(i - (linked ? 3 : 2)) : comma;
    return closing !== undefined && (closing.value === ',' || closing.value === ';');
  }

  protected insideQuote(offset: number): boolean {
    const { stretches } = this;
    for (let k = firstStretchClosingFrom(stretches, offset + 1); k < stretches.length; k++) {
      const q = stretches[k] as QuotedStretch;
      if (q.open > offset) return false;
      if (q.pieces.some(([a, b]) => a <= offset && offset < b)) return true;
    }
    return false;
  }

  /** End of content starting at token `from`: the sentence's end, or a quote running past it. */
  protected contentEnd(from: number): number {
    const { tokens, quotedIn, s, stretches } = this;
    let end = s.last;
    while (end > from && CLOSING_PUNCT.has((tokens[end] as Token).value) && quotedIn[end] === -1) end--;
    // Stop at a clause that leaves the reported speech: `; …`, `, but …`.
    for (let i = from + 1; i < end && i - from <= 4 * CLAUSE_WINDOW; i++) {
      const t = tokens[i] as Token;
      if (quotedIn[i] !== -1) continue;
      const nextWord = tokens[i + 1]?.lower ?? '';
      // … and a comparison the outlet draws: `46 percent said yes, compared with 23 percent who …`.
      const comparison = (nextWord === 'compared' || nextWord === 'versus') && (tokens[i + 2]?.lower === 'with' || tokens[i + 2]?.lower === 'to' || nextWord === 'versus');
      if (t.value === ',' && ((['but', 'though', 'although', 'whereas'].includes(nextWord) && hasVerb(tokens, i + 2, end, quotedIn)) || (nextWord === 'according' && tokens[i + 2]?.lower === 'to') || comparison)) {
        end = i - 1;
        break;
      }
      // `chanted "What curfew?" and kept going …`: a second predicate of the subject after a quote is not what was said.
      if ((t.lower === 'and' || t.lower === 'but') && i - 1 > from && (QUOTE_MARKS.has((tokens[i - 1] as Token).value) || quotedIn[i - 1] !== -1) && this.predicateAt(i + 1)) {
        end = i - 1;
        break;
      }
      if (this.endsMissedSentence(i)) {
        end = i;
        break;
      }
      // `said, “…,” promising …`: a participle clause after a quote's closing `,”` is the speaker's next act, not what was said.
      if (QUOTE_MARKS.has(t.value) && tokens[i - 1]?.value === ',' && quotedIn[i - 1] !== -1) {
        const close = insideMark(tokens, i) - 1;
        const next = tokens[close + 1];
        if (close < end && next !== undefined && (next.pos === 'VERB' || next.pos === 'ADJ') && next.lower.endsWith('ing') && quotedIn[close + 1] === -1) {
          end = close;
          break;
        }
      }
    }
    let offset = (tokens[end] as Token).end;
    const q = quotedIn[end] ?? -1;
    const stretch = q >= 0 ? stretches[q] : undefined;
    if (stretch !== undefined) {
      const lastPiece = stretch.pieces[stretch.pieces.length - 1] as Range;
      offset = Math.max(offset, stretch.closed ? stretch.close : lastPiece[1]);
    } else if (end + 1 <= s.last && QUOTE_MARKS.has((tokens[end + 1] as Token).value) && !(tokens[end + 1] as Token).spaceBefore) {
      offset = (tokens[end + 1] as Token).end;
    }
    return offset;
  }

  /** Does a finite verb (after adverbs) start at token `i`, outside quote marks: `kept going`, `then warned`? */
  protected predicateAt(i: number): boolean {
    let j = i;
    while (this.at(j)?.pos === 'ADV') j++;
    const t = this.at(j);
    return t !== undefined && this.quotedIn[j] === -1 && (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing') && !/^\p{Lu}/u.test(t.value);
  }

  /** Does token `i`, a closing quote mark, end a sentence the splitter missed (`… "stop its escapades." The agency said …`)? */
  protected endsMissedSentence(i: number): boolean {
    const { tokens, quotedIn } = this;
    const t = tokens[i] as Token;
    // nyt's closing '' is two tokens: the second ends the sentence, after the first.
    const p = twoApostrophes(tokens, i - 1) && quotedIn[i - 1] === -1 ? i - 2 : i - 1;
    const f = i + 1;
    const previous = tokens[p];
    const following = tokens[f];
    return QUOTE_MARKS.has(t.value) && quotedIn[i] === -1 && quotedIn[p] !== -1 && previous !== undefined && CLOSING_PUNCT.has(previous.value) && following !== undefined && following.spaceBefore && quotedIn[f] === -1 && /^\p{Lu}/u.test(following.value);
  }

  /** The first token of the sentence token `k` is in, counting the sentence ends the splitter missed. */
  protected startBefore(k: number): number {
    let first = this.s.first;
    for (let i = this.s.first + 1; i < k; i++) if (this.endsMissedSentence(i)) first = i + 1;
    return first;
  }

  /** Where content that starts at token `first` really starts: at the opening of a quote that began earlier. */
  protected contentStart(first: number): number {
    const t = this.tokens[first] as Token;
    const q = this.quotedIn[first] ?? -1;
    if (q >= 0) {
      const stretch = this.stretches[q] as QuotedStretch;
      if (stretch.open < t.start) return stretch.open;
    }
    return t.start;
  }

  /**
   * Moves the end of a content that follows its cue to where the learned end model (`ends.ts`)
   * places it: anywhere from after the last quote it holds to its sentence's end or the next
   * attribution's source or cue. Quotes, speaker labels and contents before their cue keep the rules' end.
   */
  protected learnedEnd(a: RawAttribution, all: readonly RawAttribution[]): void {
    const room = this.endRoom(a, all);
    if (room === undefined) return;
    const { scene } = room;
    if (endLog.observe === undefined && !hasChoice(scene)) return;
    const candidates = endCandidates(scene, a.content[1], room.limitEnd);
    if (endLog.observe !== undefined) {
      endLog.observe(candidates, scene, a, this.ctx);
      return;
    }
    const best = chooseEnd(candidates, scene.ruled, a.content[0]);
    if (best === undefined) return;
    const last = a.parts[a.parts.length - 1] as Range;
    a.parts[a.parts.length - 1] = [last[0], best.end];
    a.content = [a.content[0], best.end];
    a.kind = shape(a.content, this.stretches).kind;
  }

  /** The room a content's end may move in (with the offset of its furthest end), or undefined when it keeps the rules' end. */
  private endRoom(a: RawAttribution, all: readonly RawAttribution[]): { scene: EndScene; limitEnd: number } | undefined {
    const { tokens, s, quotedIn } = this;
    const last = a.parts[a.parts.length - 1] as Range;
    if (a.cue === undefined || a.kind === 'direct' || a.cueLemma === ':' || last[0] < a.cue[1]) return undefined;
    const sentenceEnd = (tokens[s.last] as Token).end;
    if (a.content[1] > sentenceEnd + 1) return undefined;
    let from = s.first;
    while (from <= s.last && (tokens[from] as Token).start < last[0]) from++;
    if (from > s.last || (tokens[from] as Token).start >= last[1]) return undefined;
    let ruled = from + 1;
    while (ruled <= s.last && (tokens[ruled] as Token).start < a.content[1]) ruled++;
    const full = this.contentEnd(from);
    let limit = ruled;
    while (limit <= s.last && (tokens[limit] as Token).start < full) limit++;
    const uncapped = limit;
    // Not past the next attribution's source or cue (nor the comma or conjunction before it).
    for (const b of all) {
      if (b === a || b.cue === undefined || b.cue[0] < a.content[1]) continue;
      let first = s.first;
      const start = Math.min(b.cue[0], b.source === undefined ? Infinity : (tokens[b.source[0]] as Token).start);
      while (first <= s.last && (tokens[first] as Token).start < start) first++;
      while (first - 1 > ruled && ((tokens[first - 1] as Token).value === ',' || (tokens[first - 1] as Token).pos === 'CCONJ' || SUBORDINATORS.has((tokens[first - 1] as Token).lower))) first--;
      limit = Math.max(ruled, Math.min(limit, first));
    }
    let floor = from + 1;
    for (let i = from; i < ruled; i++) if (quotedIn[i] !== -1 || QUOTE_MARKS.has((tokens[i] as Token).value)) floor = i + 1;
    const lemma = a.cueLemma ?? '';
    const limitEnd = limit === ruled ? a.content[1] : limit === uncapped ? Math.max(full, (tokens[limit - 1] as Token).end) : (tokens[limit - 1] as Token).end;
    return { scene: { tokens, s, quotedIn, from, ruled, limit, floor, lemma, speech: SPEECH_VERBS.has(lemma), short: limit > ruled }, limitEnd };
  }

  /** End of a noun-phrase content starting at `from`: before a comma, dash or semicolon outside quote marks. */
  protected phraseEnd(from: number): number {
    const { tokens, quotedIn } = this;
    const end = this.contentEnd(from);
    for (let i = from + 1; i <= this.s.last && i - from <= 4 * CLAUSE_WINDOW && (tokens[i] as Token).start < end; i++) {
      const t = tokens[i] as Token;
      if (quotedIn[i] !== -1) continue;
      if (t.value === ',' || t.value === ';' || DASHES.has(t.value) || (t.value === '-' && t.spaceBefore)) return (tokens[i - 1] as Token).end;
    }
    return end;
  }
}
