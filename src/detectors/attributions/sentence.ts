/**
 * The sentence-level patterns (trailing, inverted, preposed, according, gerund, colon, raising,
 * asked, reportedly, poll): one reader per sentence turns its cues into raw attributions.
 */
import { REPORTING_VERBS } from '../../lexicons/reporting-verbs.js';
import { EVENT_NOUNS, MEDIA_WORDS, ROLE_NOUNS } from '../../lexicons/sources.js';
import type { Token } from '../../nlp/wink.js';
import type { QuotedStretch } from '../quote-marks.js';
import { cuesIn, INFINITIVE_VERBS, NEEDS_MARKER, OBJECT_VERBS, SPEECH_VERBS, type Cue } from './cues.js';
import { SentenceScope, shape } from './content.js';
import { acceptsCue, candidateLog, cueFeatures, sentenceFacts, type SentenceFacts } from './learned.js';
import { adjectiveCues, nounClass, nounCues } from './nouns.js';
import { appositiveBefore, mainSubject, namesObject, nounPhraseAfter, nounPhraseBefore, pollPhrase, trailingPoll, viewpointPhrase } from './phrases.js';
import { CLAUSE_WINDOW, CLOSING_PUNCT, DASHES, hasQuote, hasVerb, inCompound, insideMark, isNominal, isWordy, LIGHT_VERBS, nameLike, POSSESSIVES, QUESTION_OPENERS, QUOTE_MARKS, RELATIVE, SUBORDINATORS, t1, TIME_WORDS } from './tokens.js';
import type { Range, RawAttribution } from './types.js';

/** Words that open a time after a source: `on Thursday`, `late Friday`. */
const TIME_OPENERS = new Set(['on', 'in', 'during', 'late', 'early', 'by']);
/** Where a statement was made, after the source: `in a statement`, `in an interview`. */
const CHANNELS = new Set(['statement', 'interview', 'tweet', 'post', 'email', 'release', 'letter', 'memo', 'speech', 'op-ed', 'video', 'message']);

/** Reads the attributions of one sentence. */
export class SentenceReader extends SentenceScope {
  private readonly out: RawAttribution[] = [];
  /** What the cue model reads of the whole sentence, found at its first cue. */
  private facts: SentenceFacts | undefined;

  read(): RawAttribution[] {
    // A speaker label is judged by the cue model as a verb is: PolNeAR marks `Kirby: “…”` but not
    // every headline label (`BUSTED: …`, `The Latest: …`) or interview turn (`Q: …`).
    const colon = this.colonAttribution();
    if (colon !== null && this.keeps(colon.cue, colon.a, false)) this.out.push(colon.a);
    const cues = cuesIn(this.tokens, this.s, this.quotedIn);
    for (const cue of cues) {
      let attribution = this.readCue(cue);
      // A verb no pattern reads may still report (`Emanuel fired his police chief`): read it loosely, let the model judge.
      const loose = attribution === null && !SPECIAL_CUES.has(cue.verb) && cue.passive !== true;
      if (loose) attribution = this.trailing(cue, true) ?? this.preposed(cue, true);
      // A loose reading needs words to report (`he mocks.` has none after the cue).
      if (loose && attribution !== null && !/[\p{L}\p{N}]/u.test(this.ctx.text.slice(attribution.content[0], attribution.content[1]))) attribution = null;
      if (attribution === null || !this.keeps(cue, attribution, loose)) continue;
      // `Trump was asked about …`, `He was charged with …`: the subject of a passive is spoken to or
      // about, not speaking (PolNeAR train: no source 170 times, this subject 41). Dropped after the
      // model's decision, which learned from readings that keep it. What is said is about the
      // subject, which becomes the content's first part (`Sanders … to name a decision`), as PolNeAR has it.
      if (attribution.source !== undefined && attribution.source[1] < cue.first && this.patientSubject(cue)) {
        const subject = this.offsets(attribution.source[0], attribution.source[1]);
        if (attribution.content[0] >= subject[1]) {
          // What follows the cue is said of the subject only when it follows at once and is no
          // adjunct (`The price was not disclosed, though …`, `Manafort's role was disclosed in May`).
          if (this.complementAfter(cue, attribution.content[0])) {
            attribution.parts = [subject, ...attribution.parts];
            attribution.content = [subject[0], attribution.content[1]];
            if (attribution.kind === 'direct') attribution.kind = 'mixed';
          } else {
            attribution.parts = [subject];
            attribution.content = subject;
            attribution.kind = 'indirect';
          }
        }
        delete attribution.source;
        delete attribution.speakerRange;
        delete attribution.role;
      }
      this.out.push(attribution);
    }
    this.readNouns();
    this.relayMedia();
    this.cutAtNextCue(this.out);
    const kept = withoutRepeats(this.out.filter((a, k) => !this.describedInside(a, k)));
    for (const a of kept) this.learnedEnd(a, kept);
    return kept;
  }

  /**
   * Noun and adjective cues (`nouns.ts`: `his criticism of …`, `was confident that …`), read after the verbs so that
   * the model sees the verbs' attributions around them; kept in cue order with them.
   */
  private readNouns(): void {
    const readings = [...nounCues(this.tokens, this.s, this.quotedIn), ...adjectiveCues(this.tokens, this.s, this.quotedIn)];
    if (readings.length === 0) return;
    for (const { cue, source, content, complement } of readings) {
      const start = (this.tokens[content] as Token).start;
      const end = complement === 'object' ? this.phraseEnd(content) : this.contentEnd(content);
      const a = this.attribution(cue, [start, end], source);
      if (a === null || !this.keeps(cue, a, false)) continue;
      // The class goes on the attribution, not the cue: the model reads a cue's class as a lexicon verb's.
      const cls = nounClass(cue.lemma);
      if (cls !== undefined) a.cueClass = cls;
      this.out.push(a);
    }
    this.out.sort((a, b) => (a.cue?.[0] ?? a.content[0]) - (b.cue?.[0] ?? b.content[0]));
  }

  /** The learned model's decision on a cue the patterns read (`learned.ts`). */
  private keeps(cue: Cue, a: RawAttribution, loose: boolean): boolean {
    this.facts ??= sentenceFacts(this.tokens, this.s, this.quotedIn);
    const scene = { tokens: this.tokens, s: this.s, quotedIn: this.quotedIn, earlier: this.out, headline: this.ctx.paragraphs[this.s.paragraph]?.role === 'headline', loose, sentence: this.facts };
    if (candidateLog.observe !== undefined) {
      candidateLog.observe(cueFeatures(scene, cue, a), cue, a, this.ctx, scene);
      return true;
    }
    return acceptsCue(scene, cue, a);
  }

  /**
   * A relative clause inside someone else's reported speech (`Trump said people who praised Clinton
   * were fools`) describes; it is not a report of its own. Inside another verb's object it reports
   * (`offered ammunition to Republicans who say the law is a money pit`: PolNeAR train +11 cues, 34 % of the added ones right).
   */
  private describedInside(a: RawAttribution, k: number): boolean {
    const { source, cue } = a;
    if (source === undefined || cue === undefined || source[0] !== source[1] || !RELATIVE.has((this.tokens[source[0]] as Token).lower)) return false;
    // The reports around it are its neighbours in cue order (a bounded look keeps a sentence of cues linear).
    for (let j = Math.max(0, k - 8); j < this.out.length && j <= k + 8; j++) {
      const b = this.out[j] as RawAttribution;
      if (j !== k && b.content[0] <= cue[0] && cue[1] <= b.content[1] && SPEECH_VERBS.has(b.cueLemma ?? '')) return true;
    }
    return false;
  }

  /** The latest attribution of this sentence that has a source (a gerund or a second verb shares it). */
  private lastWithSource(): RawAttribution | undefined {
    for (let k = this.out.length - 1; k >= 0 && this.out.length - k <= 8; k--) {
      if ((this.out[k] as RawAttribution).source !== undefined) return this.out[k];
    }
    return undefined;
  }

  /**
   * `Pat Caddell: Democrat Voters Worried …` (a headline) or `Kirby: “We will respond.”`: a name,
   * a colon, and what it said. The name is two to five capitalised words, or a known speaker form.
   */
  private colonAttribution(): { cue: Cue; a: RawAttribution } | null {
    const { tokens, s } = this;
    let colon = -1;
    for (let i = s.first + 1; i <= Math.min(s.last, s.first + 6); i++) {
      if ((tokens[i] as Token).value === ':') {
        colon = i;
        break;
      }
    }
    let first = s.first;
    if (colon < 0) {
      // A roundup's label after a dash: `RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “…”`.
      const dashed = this.labelAfterDash();
      if (dashed === null) return null;
      [first, colon] = dashed;
    }
    if (colon + 1 > s.last || this.quotedIn[colon] !== -1) return null;
    const name = tokens.slice(first, colon);
    const words = name.filter(isWordy);
    const cue: Cue = { first: colon, last: colon, head: colon, lemma: ':', verb: ':', cls: 'attributive' };
    const from = colon + 1;
    const paragraph = this.ctx.paragraphs[s.paragraph];
    // A transcript's speaker label (`TAPPER: And obviously …`, `Q: …`) opens its paragraph and
    // speaks to the paragraph's end.
    const opensParagraph = first === s.first && paragraph !== undefined && this.ctx.text.slice(paragraph.start, (tokens[s.first] as Token).start).trim() === '';
    if (opensParagraph && words.length >= 1 && words.length <= 3 && name.length === words.length && words.every((t) => /^\p{Lu}[\p{Lu}.'’-]*$/u.test(t.value)) && (words.length > 1 || t1(words).length > 1 || /^[QA]$/.test(t1(words)))) {
      let end = paragraph.end;
      while (end > (tokens[from] as Token).start && /\s/.test(this.ctx.text[end - 1] ?? '')) end--;
      const a = this.attribution(cue, [(tokens[from] as Token).start, end], [first, colon - 1]);
      return a === null ? null : { cue, a };
    }
    // A single name will do in a headline (`Lynch: No outside influence …`) or before a quote (`Jones: “…”`).
    const quoteFollows = QUOTE_MARKS.has((tokens[from] as Token).value);
    const fewest = paragraph?.role === 'headline' || quoteFollows ? 1 : 2;
    if (words.length < fewest || words.length > 5) return null;
    if (!words.every((t) => /^\p{Lu}/u.test(t.value) && !/^\p{Lu}+$/u.test(t.value)) || words.some((t) => t.pos === 'VERB' && !/^\p{Lu}/u.test(t.value))) return null;
    const a = this.attribution(cue, [(tokens[from] as Token).start, this.contentEnd(from)], [first, colon - 1]);
    return a === null ? null : { cue, a };
  }

  /** A spaced dash, then two to five words and a colon before a quote: the label's first token and its colon. */
  private labelAfterDash(): [number, number] | null {
    const { tokens, s, quotedIn } = this;
    for (let d = s.first + 1; d + 3 <= s.last; d++) {
      const dash = tokens[d] as Token;
      if (quotedIn[d] !== -1 || !(DASHES.has(dash.value) || dash.value === '-') || !dash.spaceBefore) continue;
      for (let c = d + 2; c <= Math.min(s.last - 1, d + 6); c++) {
        const t = tokens[c] as Token;
        if (t.value !== ':') continue;
        return this.quoteOpeningAt(c + 1) >= 0 ? [d + 1, c] : null;
      }
    }
    return null;
  }

  /**
   * `X said …, according to Y`: two attributions, as PolNeAR annotates them: X's words, and Y's
   * account of them. When Y is media (`according to Iranian media`) it also becomes the medium
   * X's words were relayed through.
   */
  private relayMedia(): void {
    for (let at = 0; at < this.out.length; at++) {
      const a = this.out[at] as RawAttribution;
      if (a.cueLemma !== 'according to' || a.source === undefined) continue;
      // The attribution it relays is next to it in cue order.
      const other = [this.out[at - 1], this.out[at + 1]].find((b) => b !== undefined && b.cueLemma !== 'according to' && b.source !== undefined && overlaps(a.content, b.content));
      if (other === undefined) continue;
      const words = this.tokens.slice(a.source[0], a.source[1] + 1).map((t) => t.lower);
      if (words.some((w) => MEDIA_WORDS.has(w))) other.medium = a.source;
    }
  }

  private attribution(cue: Cue, content: Range, source: Range | null, extra: Partial<RawAttribution> = {}): RawAttribution | null {
    if (content[1] <= content[0]) return null;
    if (source !== null) {
      const trimmed = this.withoutAdjunct(source);
      const speaker = extra.speakerRange;
      // The speaker's words stay whole: a time or channel is trimmed only after them.
      if (speaker === undefined || speaker[1] <= trimmed[1]) source = trimmed;
    }
    // `No one claimed responsibility`: nobody is speaking.
    if (source !== null && /^(?:no one|nobody|none|nothing|neither)$/i.test(this.ctx.text.slice((this.tokens[source[0]] as Token).start, (this.tokens[source[1]] as Token).end))) return null;
    // `The U.S. strikes were intended to …`: an event is not a speaker. The speaker's own noun is
    // judged, not the last word of a role after it (`Alan Cobb, who spent the weekend working the convention`).
    const speaker = extra.speakerRange ?? source;
    if (speaker !== null && (this.tokens[speaker[1]] as Token).pos === 'NOUN' && EVENT_NOUNS.has((this.tokens[speaker[1]] as Token).lower)) return null;
    // Literals rather than spreads: spreading into an object literal is slow in V8, and this runs for every candidate cue.
    const { kind, parts } = shape(content, this.stretches);
    const offsets = this.offsets(cue.to ?? cue.first, cue.last);
    const { index: sentence, paragraph } = this.s;
    const a: RawAttribution =
      cue.cls !== undefined
        ? { kind, parts, content, cue: offsets, cueLemma: cue.lemma, cueClass: cue.cls, sentence, paragraph }
        : { kind, parts, content, cue: offsets, cueLemma: cue.lemma, sentence, paragraph };
    Object.assign(a, extra);
    if (source !== null) a.source = source;
    // `His critics`: the possessive belongs to the source as written, not to the speaker's name.
    if (source !== null && a.speakerRange === undefined && source[1] > source[0] && POSSESSIVES.has((this.tokens[source[0]] as Token).lower)) a.speakerRange = [source[0] + 1, source[1]];
    return a;
  }

  /**
   * A source without the time or the channel at its end, which belong to the cue (`Donald Trump on
   * Thursday`, `House Speaker Paul Ryan in a statement`). A participle before the time stays
   * (`a CBS survey released` on Thursday): PolNeAR's sources keep it as often as not (dropping it: train −28).
   */
  private withoutAdjunct(source: Range): Range {
    const { tokens } = this;
    let end = source[1];
    while (end > source[0] && TIME_WORDS.has((tokens[end] as Token).lower)) end--;
    if (end < source[1] && TIME_OPENERS.has((tokens[end] as Token).lower)) end--;
    if (end === source[1]) {
      // `in a statement`, `in a Friday tweet`, `in an interview`
      let k = end;
      if (CHANNELS.has((tokens[k] as Token).lower)) {
        while (k > source[0] && ((tokens[k - 1] as Token).pos === 'ADJ' || (tokens[k - 1] as Token).pos === 'PROPN' || (tokens[k - 1] as Token).pos === 'NOUN' || TIME_WORDS.has((tokens[k - 1] as Token).lower))) k--;
        if (k - 2 >= source[0] && (tokens[k - 1] as Token).pos === 'DET' && (tokens[k - 2] as Token).lower === 'in') end = k - 3;
      }
    }
    if (end < source[0] || end === source[1] || !isNominal(tokens[end] as Token)) return source;
    return [source[0], end];
  }

  /** The colon after `from` when only an adverb or an adjunct without a verb stands before it and a quote follows it; else `from`. */
  private colonAfterManner(from: number): number {
    const { tokens, s, quotedIn } = this;
    for (let i = from; i <= Math.min(s.last - 1, from + 8); i++) {
      const t = tokens[i] as Token;
      if (quotedIn[i] !== -1 || QUOTE_MARKS.has(t.value)) return from;
      if (t.value === ':') return i > from && this.quoteOpeningAt(i + 1) >= 0 ? i : from;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that' || CLOSING_PUNCT.has(t.value)) return from;
    }
    return from;
  }

  private readCue(cue: Cue): RawAttribution | null {
    if (cue.lemma === 'according to') return this.according(cue);
    if (cue.verb === 'reportedly') return this.reportedly(cue);
    if (cue.verb === 'in') return this.poll(cue);
    if (cue.verb === 'for') return this.viewpoint(cue);
    if (cue.passive === true) return this.passive(cue);
    const raised = this.raising(cue);
    if (raised !== undefined) return raised;
    const question = this.askedQuestion(cue);
    if (question !== undefined) return question;
    const head = this.tokens[cue.head] as Token;
    const opening = head.lower.endsWith('ing') ? this.openingGerund(cue) : null;
    if (opening !== null) return opening;
    // A participle with an auxiliary is a finite verb (`Rubio, speaking at a rally, is criticizing …`), not a gerund clause.
    const finite = this.tokens.slice(cue.first, cue.head).some((t) => t.pos === 'AUX');
    if (head.lower.endsWith('ing') && !finite && (this.commaBefore(cue.first) || GERUND_OPENERS.has(this.at(cue.first - 1)?.lower ?? ''))) return this.gerund(cue);
    return this.trailing(cue) ?? this.preposed(cue);
  }

  /**
   * `The event seemed an insult away from a brawl`, `Trump is expected to win`: a judgement with
   * no one named as its source. The content is the subject and what follows the cue. Returns
   * undefined when the cue is not used this way.
   */
  private raising(cue: Cue): RawAttribution | null | undefined {
    const { tokens, s } = this;
    const next = this.at(cue.last + 1);
    const passiveExpect = cue.verb === 'expect' && (tokens[cue.first] as Token).pos === 'AUX' && next?.lower === 'to';
    // `seemed rattled`, `appeared poised to win`, `seemed equally unperturbed`, `seems content that …`:
    // an adverb, a participle or a noun after `seem` judges its subject too (PolNeAR train: no source
    // 40 times out of 43 where slant gave one).
    const judged = next !== undefined && (next.pos === 'ADV' || next.pos === 'NOUN' || this.participleAt(cue.last + 1));
    const seem = (cue.verb === 'seem' || cue.verb === 'appear') && next !== undefined && this.quotedIn[cue.last + 1] === -1 && (next.lower === 'to' || next.pos === 'ADJ' || next.pos === 'DET' || judged);
    if (!passiveExpect && !seem) return undefined;
    if (cue.last + 1 > s.last) return null;
    const after: Range = [(tokens[cue.last + 1] as Token).start, this.contentEnd(cue.last + 1)];
    // The subject, with an appositive or relative clause (`Hizbollah, which has lost 6,000 men, seems …`).
    const comma = this.at(cue.first - 1)?.value === ',' ? appositiveBefore(tokens, cue.first - 1, s.first, this.quotedIn) : null;
    let subject = comma !== null ? ([comma.np[0], cue.first - 2] as Range) : nounPhraseBefore(tokens, cue.first - 1, s.first);
    if (subject !== null && comma === null && subject[1] !== cue.first - 1) subject = null;
    if (subject === null) return null;
    const before: Range = [(tokens[subject[0]] as Token).start, (tokens[subject[1]] as Token).end];
    const a = this.attribution(cue, [before[0], after[1]], null);
    if (a !== null) a.parts = [before, after];
    return a;
  }

  /**
   * `Asked whether Clinton “has the integrity …,” 75 percent said …`, `When asked if …, Trump
   * replied …`: the question put to someone, with no source of its own. Returns undefined when the
   * cue is not used this way.
   */
  private askedQuestion(cue: Cue): RawAttribution | null | undefined {
    const { tokens, s, quotedIn } = this;
    if (cue.verb !== 'ask' || (tokens[cue.head] as Token).lower !== 'asked') return undefined;
    const before = cue.first === s.first ? undefined : this.at(cue.first - 1);
    // `Asked …` opens the sentence; `when asked …` may stand anywhere (`…,” he said when asked about it`).
    // `Sanders was asked by host John Dickerson whether …`: the asker is the source, the cue the verb alone.
    const passive = (tokens[cue.first] as Token).pos === 'AUX' && this.at(cue.last + 1)?.lower === 'by';
    if (passive) cue = { ...cue, first: cue.head };
    else if (before !== undefined && !['when', 'if', 'once', 'after'].includes(before.lower)) return undefined;
    // The question word may follow an adjunct: `Asked in Iowa recently whether …`, `asked by a reporter whether …`.
    let from = cue.last + 1;
    while (from <= s.last && from - cue.last <= 6 && !QUESTION_OPENERS.has((tokens[from] as Token).lower) && quotedIn[from] === -1 && (tokens[from] as Token).pos !== 'VERB' && (tokens[from] as Token).pos !== 'AUX' && (tokens[from] as Token).value !== ',') from++;
    const next = this.at(from);
    if (next === undefined || !QUESTION_OPENERS.has(next.lower)) return undefined;
    const asker = this.at(cue.last + 1)?.lower === 'by' && from > cue.last + 2 ? nounPhraseAfter(tokens, cue.last + 2, from - 1) : null;
    // The question runs to the comma that ends the phrase (a comma inside quote marks does not count).
    let end = from;
    while (end + 1 <= s.last && !((tokens[end + 1] as Token).value === ',' && quotedIn[end + 1] === -1)) end++;
    if (end + 1 > s.last) return this.attribution(cue, [(tokens[from] as Token).start, this.contentEnd(from)], asker);
    // Keep a closing quote that follows the comma inside it: `… president,”`.
    let last = end;
    if (QUOTE_MARKS.has((tokens[end + 2] as Token | undefined)?.value ?? '') && (tokens[end + 1] as Token).value === ',' && quotedIn[end] !== -1) last = end + 2;
    return this.attribution(cue, [(tokens[from] as Token).start, (tokens[last] as Token).end], asker);
  }

  /** `SUBJECT (AUX) reportedly VERB …`: the subject and what follows the cue, as two parts; no source. */
  private reportedly(cue: Cue): RawAttribution | null {
    const { tokens, s } = this;
    let end = cue.first - 1;
    while (end >= s.first && (tokens[end] as Token).pos === 'AUX') end--;
    const subject = end >= s.first ? nounPhraseBefore(tokens, end, s.first) : null;
    if (subject === null || subject[1] !== end || cue.last + 1 > s.last) return null;
    const before: Range = [(tokens[subject[0]] as Token).start, (tokens[subject[1]] as Token).end];
    const after: Range = [(tokens[cue.last + 1] as Token).start, this.contentEnd(cue.last + 1)];
    const a = this.attribution(cue, [before[0], after[1]], null);
    if (a !== null) a.parts = [before, after];
    return a;
  }

  /** `In a CNN/ORC poll released Monday, CONTENT`: the poll is the source. */
  private poll(cue: Cue): RawAttribution | null {
    const { tokens, s, quotedIn } = this;
    if (cue.first > s.first) {
      // `…, although Rubio moved from third to second in a more-recent survey.`: the clause before is the content.
      const source = trailingPoll(tokens, cue.last + 1, s.last);
      if (source === null) return null;
      let from = cue.first - 1;
      while (from > s.first) {
        const t = tokens[from - 1] as Token;
        if (quotedIn[from - 1] === -1 && (t.value === ',' || t.value === ';' || DASHES.has(t.value) || SUBORDINATORS.has(t.lower) || RELATIVE.has(t.lower) || t.lower === 'where')) break;
        from--;
      }
      if (!hasVerb(tokens, from, cue.first - 1, quotedIn)) return null;
      return this.attribution(cue, this.offsets(from, cue.first - 1), source);
    }
    const source = pollPhrase(tokens, cue.last + 1, s.last);
    if (source === null || source[1] + 2 > s.last) return null;
    return this.attribution(cue, [(tokens[source[1] + 2] as Token).start, this.contentEnd(source[1] + 2)], source);
  }

  /** `CONTENT (AUX) CUE by SOURCE`: `Lewandowski was accused by a reporter`, `the policies once championed by the New Democrats`. */
  private passive(cue: Cue): RawAttribution | null {
    const { tokens, s } = this;
    const source = nounPhraseAfter(tokens, cue.last + 2, s.last);
    if (source === null) return null;
    let end = cue.first - 1;
    while (end >= s.first && (tokens[end] as Token).pos === 'ADV') end--;
    const subject = end >= s.first ? nounPhraseBefore(tokens, end, s.first) : null;
    if (subject === null || subject[1] !== end) return null;
    return this.attribution(cue, this.offsets(subject[0], subject[1]), source);
  }

  /** `For SOURCE, CONTENT`: whose view the sentence gives (`For most Democrats, the Clinton years remain the good old days`). */
  private viewpoint(cue: Cue): RawAttribution | null {
    const { tokens, s } = this;
    const source = viewpointPhrase(tokens, cue.last + 1, s.last);
    if (source === null || !hasVerb(tokens, source[1] + 2, s.last, this.quotedIn)) return null;
    return this.attribution(cue, [(tokens[source[1] + 2] as Token).start, this.contentEnd(source[1] + 2)], source);
  }

  /** according to SOURCE, CONTENT  /  CONTENT, according to SOURCE */
  private according(cue: Cue): RawAttribution | null {
    const { tokens, s } = this;
    let np = nounPhraseAfter(tokens, cue.last + 1, s.last);
    // wink tags the first word of some sources a verb: `according to exit polls`, `… to people in attendance`, `… to state law`, `… to sources`.
    const first = this.at(cue.last + 1);
    if (np === null && first !== undefined && first.pos === 'VERB' && (first.lower === first.lemma || first.lower === `${first.lemma}s`) && this.quotedIn[cue.last + 1] === -1) {
      const rest = nounPhraseAfter(tokens, cue.last + 2, s.last);
      np = rest !== null ? [cue.last + 1, rest[1]] : [cue.last + 1, cue.last + 1];
    }
    if (np === null) return null;
    let sourceEnd = np[1];
    // `according to a statement by Pentagon spokesperson Jonathan Hoffman`: the whole phrase.
    // `according to audio provided to The Times`, `exit polls conducted for the AP`: a participle and its phrase too.
    while ((this.at(sourceEnd + 1)?.pos === 'ADP' && this.at(sourceEnd + 2) !== undefined) || (this.participleAt(sourceEnd + 1) && this.at(sourceEnd + 2)?.pos === 'ADP')) {
      if (this.participleAt(sourceEnd + 1)) sourceEnd++;
      const more = nounPhraseAfter(tokens, sourceEnd + 2, s.last);
      if (more === null) break;
      sourceEnd = more[1];
    }
    // `according to a CBS poll released Monday`.
    if (this.participleAt(sourceEnd + 1) && TIME_WORDS.has(this.at(sourceEnd + 2)?.lower ?? '')) {
      sourceEnd += 2;
      while (TIME_WORDS.has(this.at(sourceEnd + 1)?.lower ?? '')) sourceEnd++;
    }
    // `according to Dennis B. Ross, another former American special envoy,`: the role goes with the name.
    const extra: Partial<RawAttribution> = {};
    if (this.at(sourceEnd + 1)?.value === ',') {
      const role = this.rolePhrase(sourceEnd + 2);
      const closing = role === null ? undefined : this.at(role[1] + 1);
      if (role !== null && ((tokens[role[0]] as Token).pos === 'DET' || tokens.slice(role[0], role[1] + 1).some((t) => ROLE_NOUNS.has(t.lower))) && (closing === undefined || closing.value === ',' || CLOSING_PUNCT.has(closing.value))) {
        extra.speakerRange = [np[0], sourceEnd];
        extra.role = role;
        sourceEnd = role[1];
      }
    }
    const before = cue.first - 1;
    if (this.at(before)?.value === ',' && before - 1 >= s.first) {
      const first: Range = [this.contentStart(s.first), (tokens[before - 1] as Token).end];
      // `Other major cleavages, according to the poll, include ideology`, `But the next day, according to
      // Roffman, Trump made further demands`: the clause goes on after the source with its verb or a
      // clause of its own (not an appositive: `…, according to Lily Batchelder, a former tax aide now teaching …`).
      const next = this.at(sourceEnd + 2);
      const goesOn = this.at(sourceEnd + 1)?.value === ',' && next !== undefined && this.quotedIn[sourceEnd + 2] === -1 && ((next.pos === 'AUX' || (next.pos === 'VERB' && !/(?:ing|ed)$/.test(next.lower))) || this.subjectAndVerbAt(sourceEnd + 2));
      if (!goesOn) return this.attribution(cue, first, [np[0], sourceEnd], extra);
      const second: Range = [(tokens[sourceEnd + 2] as Token).start, this.contentEnd(sourceEnd + 2)];
      const a = this.attribution(cue, [first[0], second[1]], [np[0], sourceEnd], extra);
      if (a !== null) a.parts = [first, second];
      return a;
    }
    // `…,” according to CNN.` (the comma inside the quote) and `… 46 percent to 39 percent according to
    // a CBS poll.` (no comma): the content is the clause before, when the source ends the sentence.
    const endsSentence = this.at(sourceEnd + 1) === undefined || CLOSING_PUNCT.has((this.at(sourceEnd + 1) as Token).value);
    const previous = this.at(before);
    if (endsSentence && previous !== undefined && before - 1 >= s.first && (QUOTE_MARKS.has(previous.value) || (isWordy(previous) && hasVerb(tokens, s.first, before, this.quotedIn)))) {
      return this.attribution(cue, [this.contentStart(s.first), previous.end], [np[0], sourceEnd], extra);
    }
    if (cue.first === s.first || (cue.first === s.first + 1 && this.at(s.first)?.pos === 'CCONJ')) {
      let from = sourceEnd + 1;
      if (this.at(from)?.value === ',') from++;
      if (from > s.last) return null;
      return this.attribution(cue, [(tokens[from] as Token).start, this.contentEnd(from)], [np[0], sourceEnd], extra);
    }
    return null;
  }

  /**
   * `Noting he majored in philosophy, Allen said …`, `After blasting the report, Beck doubled down …`:
   * a gerund clause that opens the sentence is the main clause's subject's; its content ends at the
   * comma. Null when the sentence is not built so.
   */
  private openingGerund(cue: Cue): RawAttribution | null {
    const { tokens, s, quotedIn } = this;
    const opener = this.at(s.first) as Token;
    if (!(cue.first === s.first || (cue.first === s.first + 1 && (opener.pos === 'ADP' || opener.pos === 'SCONJ')))) return null;
    // The comma that closes the clause, outside quote marks or just inside a closing one (`“… Tennessee,”`).
    let last = cue.last + 1;
    while (last < s.last && !((tokens[last] as Token).value === ',' && quotedIn[last] === -1) && !(QUOTE_MARKS.has((tokens[last] as Token).value) && (tokens[last - 1] as Token).value === ',' && quotedIn[last - 1] !== -1)) last++;
    if (last >= s.last || last - cue.last > 4 * CLAUSE_WINDOW) return null;
    const closingQuote = QUOTE_MARKS.has((tokens[last] as Token).value);
    const subject = nounPhraseAfter(tokens, last + 1, s.last);
    if (subject === null || (!closingQuote && last - 1 <= cue.last)) return null;
    let verb = subject[1] + 1;
    while (this.at(verb)?.pos === 'ADV') verb++;
    const finite = this.at(verb);
    if (finite === undefined || !(finite.pos === 'VERB' || finite.pos === 'AUX') || finite.lower.endsWith('ing')) return null;
    const end = closingQuote ? last : last - 1;
    return this.attribution(cue, [(tokens[cue.last + 1] as Token).start, (tokens[end] as Token).end], subject);
  }

  /**
   * The subject whose relative clause ends with `np`: `people` for `people who have battled other
   * online threats` (say), `the poll` for `the poll that was released Tuesday` (shows); null when no such clause comes before `np`.
   */
  private subjectOfRelative(np: Range): Range | null {
    const { tokens, s, quotedIn } = this;
    let verb = false;
    for (let r = np[0] - 1; r >= s.first && np[0] - r <= 12; r--) {
      const t = tokens[r] as Token;
      if (quotedIn[r] !== -1 || t.pos === 'PUNCT') return null;
      if (t.lower === 'who' || t.lower === 'that') {
        const subject = verb ? nounPhraseBefore(tokens, r - 1, s.first) : null;
        return subject !== null && subject[1] === r - 1 && (tokens[subject[1]] as Token).pos !== 'PRON' ? subject : null;
      }
      if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    }
    return null;
  }

  /** Does a comma end what comes before token `i`: `…, adding`, or inside a closing quote (`“…,” claiming`)? */
  private commaBefore(i: number): boolean {
    const before = this.at(i - 1);
    if (before?.value === ',') return true;
    return before !== undefined && QUOTE_MARKS.has(before.value) && this.quotedIn[i - 1] === -1 && this.at(i - 2)?.value === ',' && this.quotedIn[i - 2] !== -1;
  }

  /** `…, saying it was “fully prepared”`, `…, writing on Twitter that …`: the subject is the clause's. */
  private gerund(cue: Cue): RawAttribution | null {
    const { tokens, s } = this;
    let from = cue.last + 1;
    for (let j = from; j <= Math.min(s.last, from + 5); j++) {
      // PolNeAR's contents keep the `that` (`saying that it was ready`).
      if (this.at(j)?.lower === 'that') {
        from = j;
        break;
      }
      if (this.quotedIn[j] !== -1) break;
    }
    if (from > s.last) return null;
    // The speaker of an attribution whose content runs up to this clause goes on speaking
    // (`Trump said the economy is growing, adding …`); otherwise the subject of the verb before the
    // comma does (`Emanuel fired his police chief, acknowledging …`).
    const earlier = this.lastWithSource();
    const comma = (tokens[cue.first - 1] as Token).start;
    const continues = earlier !== undefined && earlier.content[1] >= comma - 2 && earlier.content[0] < comma;
    const subject = continues ? earlier.source : (this.clauseSubject(cue.first - 2) ?? earlier?.source ?? mainSubject(tokens, s, cue.first - 2, this.quotedIn));
    return this.attribution(cue, [(tokens[from] as Token).start, this.contentEnd(from)], subject ?? null);
  }

  /** The subject of the nearest finite verb at or before token `end` (an infinitive or a participle in `-ing` does not count). */
  private clauseSubject(end: number): Range | null {
    const { tokens, s, quotedIn } = this;
    for (let i = end; i >= s.first && end - i <= CLAUSE_WINDOW; i--) {
      const t = tokens[i] as Token;
      if (quotedIn[i] !== -1 || !(t.pos === 'VERB' || t.pos === 'AUX') || inCompound(tokens, i) || t.lower.endsWith('ing')) continue;
      let first = i;
      while (first - 1 >= s.first && ['AUX', 'ADV', 'PART'].includes((tokens[first - 1] as Token).pos) && (tokens[first - 1] as Token).lower !== 'to') first--;
      if (this.at(first - 1)?.lower === 'to') continue;
      const before = this.at(first - 1);
      if (before === undefined) return null;
      let np: Range | null;
      if (before.value === ',' || DASHES.has(before.value)) np = appositiveBefore(tokens, first - 1, s.first, quotedIn)?.np ?? null;
      else {
        np = nounPhraseBefore(tokens, first - 1, s.first);
        if (np !== null && np[1] !== first - 1) np = null;
      }
      // `Mr. Thiel, who …`: the relative pronoun stands for the name before it.
      if (np !== null && np[0] === np[1] && RELATIVE.has((tokens[np[0]] as Token).lower)) {
        const antecedent = this.at(np[0] - 1)?.value === ',' ? nounPhraseBefore(tokens, np[0] - 2, s.first) : null;
        return antecedent !== null && antecedent[1] === np[0] - 2 ? antecedent : null;
      }
      return np;
    }
    return null;
  }

  /** `CONTENT, SOURCE CUE (adjuncts).` or `CONTENT, CUE SOURCE (, ROLE).` */
  private trailing(cue: Cue, loose = false): RawAttribution | null {
    if (!loose && !SPEECH_VERBS.has(cue.verb) && !TRAILING_VERBS.has(cue.verb) && cue.lemma !== 'point out') return null;
    const { tokens, s, quotedIn } = this;
    // Walk left from the cue over a short source to the comma, dash or closing quote before it.
    let mark = -1;
    for (let j = cue.first - 1; j >= s.first && cue.first - j <= 20; j--) {
      const t = tokens[j] as Token;
      // Step over a parenthesis inside the source: `Rep. Gwen Moore (D-Wis.) said`.
      if (t.value === ')') {
        let open = j - 1;
        while (open >= s.first && j - open <= 8 && (tokens[open] as Token).value !== '(') open--;
        if (open >= s.first && (tokens[open] as Token).value === '(') {
          j = open;
          continue;
        }
      }
      if (t.value === ',' || DASHES.has(t.value) || t.value === '”' || (t.value === '"' && quotedIn[j - 1] !== -1) || (t.value === "'" && tokens[j - 1]?.value === "'" && !t.spaceBefore)) {
        mark = j;
        break;
      }
      // A capitalised "verb" inside the source is a name (`Mr. Hedge said`).
      if ((t.pos === 'VERB' && !isNominal(t)) || t.pos === 'SCONJ' || CLOSING_PUNCT.has(t.value) || t.value === ':') return null;
    }
    if (mark <= s.first) return null;
    // `“…,” Doug Usher, director of research at Widmeyer, said.`: the comma before the cue closes an
    // appositive; the source is the name with it, and the content ends at the mark before the name.
    let appositive: { np: Range; role?: Range } | null = null;
    // `told` is followed by its addressee, never by an inverted source (`…, Laszlo Bock, told The Times.`).
    if (cue.first === mark + 1 && (tokens[mark] as Token).value === ',' && (!this.nameAfter(cue.last + 1) || cue.verb === 'tell')) {
      appositive = appositiveBefore(tokens, mark, s.first, quotedIn);
      const opening = appositive === null ? undefined : this.at(appositive.np[0] - 1);
      if (appositive === null || appositive.role === undefined || opening === undefined || !(opening.value === ',' || DASHES.has(opening.value) || QUOTE_MARKS.has(opening.value))) appositive = null;
      else mark = appositive.np[0] - 1;
    }
    if (mark <= s.first) return null;
    // The content before the mark is a clause or a quote, not a bare noun phrase (`The PMF, …, said …`).
    let k = mark;
    while (k >= s.first && ((tokens[k] as Token).value === ',' || DASHES.has((tokens[k] as Token).value))) k--;
    if (k < s.first) return null;
    // The content starts after a sentence end the splitter missed (`“…” That's why, he added, …`).
    let first = this.startBefore(k);
    // `X ticked through the code: ''Civility …,'' he said.`: after a colon, the quote alone is what was said.
    let last = k;
    while (last > first && quotedIn[last] === -1) last--;
    for (let c = last - 1; c > first; c--) {
      if ((tokens[c] as Token).value !== ':' || quotedIn[c] !== -1) continue;
      const q = this.quoteOpeningAt(c + 1);
      if (q >= 0 && q === quotedIn[last]) first = c + 1;
      break;
    }
    const contentFrom = this.contentStart(first);
    const verbless = !hasVerb(tokens, first, k, quotedIn) && !hasQuote(quotedIn, first, k) && contentFrom === (tokens[first] as Token).start;

    let source: Range | null;
    let role: Range | undefined;
    let after: number;
    if (appositive !== null) {
      role = appositive.role;
      source = appositive.np;
      after = cue.last + 1;
    } else if (cue.first > mark + 1) {
      source = nounPhraseBefore(tokens, cue.first - 1, mark + 1);
      if (source === null || source[0] !== mark + 1) return null;
      // `…, who thinks …`: a relative clause, not a source and its cue.
      if (source[0] === source[1] && RELATIVE.has((tokens[source[0]] as Token).lower)) return null;
      after = cue.last + 1;
    } else {
      source = nounPhraseAfter(tokens, cue.last + 1, s.last);
      // A possessive after the cue starts its content (`…, said their speeches …`), not an inverted source;
      // after a quote it is the source (`“…,” said his wife.`).
      const afterQuote = QUOTE_MARKS.has((tokens[k] as Token).value) || quotedIn[k] !== -1;
      if (source === null || (POSSESSIVES.has((tokens[source[0]] as Token).lower) && !afterQuote)) return null;
      after = source[1] + 1;
      // `…, told The Jerusalem Post: “…”`: the words after the cue are its content, not a source.
      const following = this.at(after);
      if (following !== undefined && (following.value === ':' || (QUOTE_MARKS.has(following.value) && following.spaceBefore))) return null;
      if (following !== undefined && RELATIVE.has(following.lower) && following.lower !== 'that' && endsWithQuoteAt(tokens, quotedIn, mark)) {
        // `…,” said a longtime GOP data expert who has worked for one of Trump's rivals.`: the relative clause describes the source.
        let roleEnd = after;
        while (roleEnd + 1 <= s.last && (tokens[roleEnd + 1] as Token).value !== ',' && !CLOSING_PUNCT.has((tokens[roleEnd + 1] as Token).value) && quotedIn[roleEnd + 1] === -1) roleEnd++;
        role = [after, roleEnd];
        after = roleEnd + 1;
      } else if (this.at(after)?.value === ',') {
        // `said Whit Ayres, who was Rubio's pollster.`: a relative clause right after the name is its role.
        const bareRelative = this.at(after + 1);
        // A relative clause that reports speech is an attribution of its own (`said Mr. Ekovich, who noted that …`).
        const relativeCue = (r: number): boolean => {
          let v = r + 1;
          while (this.at(v)?.pos === 'ADV' || this.at(v)?.pos === 'AUX') v++;
          const verb = this.at(v);
          return verb !== undefined && verb.pos === 'VERB' && Object.hasOwn(REPORTING_VERBS, verb.lemma);
        };
        const roleNp =
          bareRelative !== undefined && RELATIVE.has(bareRelative.lower) && bareRelative.lower !== 'that'
            ? relativeCue(after + 1) ? null : ([after + 1, after] as Range)
            : this.rolePhrase(after + 1);
        // A role is marked by a determiner or a role noun, or it ends the sentence (`said Tom Goldstein, publisher of SCOTUSblog.`).
        const endsSentence = roleNp !== null && (this.at(roleNp[1] + 1) === undefined || CLOSING_PUNCT.has((this.at(roleNp[1] + 1) as Token).value));
        // After a quote, what follows the name's comma describes the speaker (`said Ryan Leenders, 30, a machinist`).
        const afterQuote = endsWithQuoteAt(tokens, quotedIn, mark);
        if (roleNp !== null && (roleNp[1] < roleNp[0] || endsSentence || afterQuote || (tokens[roleNp[0]] as Token).pos === 'DET' || tokens.slice(roleNp[0], roleNp[1] + 1).some((t) => ROLE_NOUNS.has(t.lower)))) {
          // `said Kamin, an economist who studies taxes.`: a relative clause after the role belongs to it.
          let roleEnd = roleNp[1];
          const relative = this.at(roleEnd + 1);
          // … and so does a participle phrase (`the committee organizing the convention`, `a group based in Ohio`).
          const participle = relative !== undefined && relative.pos === 'VERB' && /(?:ing|ed)$/.test(relative.lower) && (tokens[roleEnd] as Token).pos === 'NOUN';
          // … and whatever else describes the person up to the comma or the sentence's end, after a quote
          // (`said Steve Grubbs, an Iowa operative currently working for Rand Paul’s campaign.`).
          const describes = relative !== undefined && endsWithQuoteAt(tokens, quotedIn, mark) && !CLOSING_PUNCT.has(relative.value) && relative.value !== ',' && !QUOTE_MARKS.has(relative.value) && quotedIn[roleEnd + 1] === -1;
          if (relative !== undefined && ((RELATIVE.has(relative.lower) && relative.lower !== 'that') || participle || describes)) {
            while (roleEnd + 1 <= s.last && (tokens[roleEnd + 1] as Token).value !== ',' && !CLOSING_PUNCT.has((tokens[roleEnd + 1] as Token).value) && quotedIn[roleEnd + 1] === -1) roleEnd++;
          }
          // … and so do further descriptions after a comma (`, co-director of the center, a liberal think tank`),
          // but not an adjunct or a participle clause (`, on Facebook`, `, adding …`).
          while (afterQuote && this.at(roleEnd + 1)?.value === ',' && this.describesAt(roleEnd + 2)) {
            roleEnd += 2;
            while (roleEnd + 1 <= s.last && (tokens[roleEnd + 1] as Token).value !== ',' && !CLOSING_PUNCT.has((tokens[roleEnd + 1] as Token).value) && quotedIn[roleEnd + 1] === -1 && !QUOTE_MARKS.has((tokens[roleEnd + 1] as Token).value)) roleEnd++;
          }
          role = [roleNp[0], roleEnd];
          after = roleEnd + 1;
        }
      }
    }
    // `…, O'Neill said, "Not going to go into that."`: a quote right after the cue is its content,
    // unless what comes before the mark is itself a quote (a split quote).
    const endsWithQuote = QUOTE_MARKS.has((tokens[k] as Token).value) || quotedIn[k] !== -1;
    let opening = after;
    if (this.at(opening)?.value === ',' || this.at(opening)?.value === ':') opening++;
    const quoteFollows = this.quoteOpeningAt(opening) >= 0;
    if (!endsWithQuote && quoteFollows) return null;
    // `She says it is “bad.” She adds, “…”`: the mark closes a sentence the splitter missed, so the
    // cue opens a sentence of its own and its content is the quote after it, not a split quote.
    if (quoteFollows && this.endsMissedSentence(mark)) return null;
    // `After Scalia said … “less advanced schools,” Trump said: “I don't like …”`: a colon hands the cue the quote after it.
    if (quoteFollows && (this.at(after)?.value === ':' || (tokens[cue.last] as Token).value === ':')) return null;
    // After the cue (and an inverted source) only adjuncts may follow: `on Monday`, `in a statement`,
    // a comma and a participle, or a second quote.
    let medium: Range | undefined;
    const told = cue.verb === 'tell' ? nounPhraseAfter(tokens, after, s.last) : null;
    if (told !== null && cue.first > mark + 1) {
      medium = told;
      after = told[1] + 1;
    }
    let stop = after;
    // Inside a prepositional adjunct after a quote, a verb belongs to the adjunct (`at a forum hosted by …`, `in the spot titled …`).
    let adjunct = false;
    for (; stop <= s.last; stop++) {
      const t = tokens[stop] as Token;
      if (t.value === ',' || t.value === ':' || quotedIn[stop] !== -1 || QUOTE_MARKS.has(t.value)) break;
      if (t.pos === 'ADP') adjunct = true;
      // `Although …, the government has denied any role in …`: an object right after the cue is its
      // content; only after a quote may a noun follow (`…,” she said the next day`).
      if (stop === after && !endsWithQuote && cue.first > mark + 1 && (t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'PRON' && !POSSESSIVES.has(t.lower))) && !TIME_WORDS.has(t.lower) && !TIME_WORDS.has(this.at(stop + 1)?.lower ?? '')) return null;
      // `…,” Christie said when asked whether …`: the question put to the speaker is not the content.
      if ((t.lower === 'when' || t.lower === 'after') && this.at(stop + 1)?.lower === 'asked') break;
      // `''…'' Clinton asks as a maintenance guy walks in`: a subordinate clause after the cue is not its content.
      if (SUBORDINATORS.has(t.lower) && t.lower !== 'that' && endsWithQuote) break;
      // `“…,” Maddow said of a list that included …`: what the quote is about, with its own clauses.
      if ((t.lower === 'of' || t.lower === 'about') && stop === after && endsWithQuote) {
        while (stop + 1 <= s.last && (tokens[stop + 1] as Token).value !== ',' && quotedIn[stop + 1] === -1 && !QUOTE_MARKS.has((tokens[stop + 1] as Token).value)) stop++;
        continue;
      }
      // `''…,'' Mr. Vander Plaats said in introducing Mr. Cruz`: a gerund after a preposition is an adjunct of the cue.
      if (endsWithQuote && stop > after && t.pos === 'VERB' && t.lower.endsWith('ing') && (tokens[stop - 1] as Token).pos === 'ADP') break;
      // A participle before a noun modifies it (`to rousing applause`).
      const modifier = t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower) && this.at(stop + 1)?.pos === 'NOUN' && stop > after;
      if ((t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that') && !inCompound(tokens, stop) && !(t.pos === 'VERB' && isNominal(t)) && !modifier) {
        // `“…,” he said in Las Vegas at a forum hosted by …`, `“…,” he said introducing Clinton`, `“…,” he told
        // 2,267 people gathered at Purdue`: the quote is the content.
        const participle = t.pos === 'VERB' && ((stop === after && t.lower.endsWith('ing')) || (t.lower.endsWith('ed') && (tokens[stop - 1] as Token).pos === 'NOUN'));
        if (endsWithQuote && t.lower !== 'that' && (adjunct || participle)) break;
        return null;
      }
    }
    // `For black voters, he said, their experience …`: a parenthetical cue; the content goes on after it.
    const continuation = this.continuationAt(stop, k);
    if (verbless && continuation < 0) return null;
    const contentTo = (tokens[k] as Token).end;
    const extra: Partial<RawAttribution> = {};
    if (role !== undefined) {
      extra.role = role;
      extra.speakerRange = source;
      // PolNeAR's convention: an appositive between the source and the cue keeps its closing comma,
      // and so does a role after an inverted source when the sentence goes on (`said Jim Hodges, a Clinton backer, referring to …`).
      const goesOn = this.at(role[1] + 1)?.value === ',' && role[1] + 2 <= s.last;
      source = [source[0], appositive !== null ? cue.first - 1 : goesOn ? role[1] + 1 : role[1]];
    }
    if (medium !== undefined) extra.medium = medium;
    if (continuation >= 0) {
      const second: Range = [(tokens[continuation] as Token).start, this.contentEnd(continuation)];
      const result = this.attribution(cue, [contentFrom, second[1]], source, extra);
      if (result !== null) result.parts = [[contentFrom, contentTo], second];
      return result;
    }
    const result = this.attribution(cue, [contentFrom, contentTo], source, extra);
    if (result === null) return null;
    // A split quote: `“…,” he said, “…”` continues after the clause.
    let i = after;
    if (this.at(i)?.value === ',' || this.at(i)?.value === ':') i++;
    const q = this.quoteOpeningAt(i);
    if (q >= 0) {
      const stretch = this.stretches[q] as QuotedStretch;
      const lastPiece = stretch.pieces[stretch.pieces.length - 1] as Range;
      const second: Range = [(tokens[i] as Token).start, stretch.closed ? stretch.close : lastPiece[1]];
      result.parts = [[result.content[0], result.content[1]], second];
      result.content = [result.content[0], second[1]];
      result.kind = 'direct';
    }
    return result;
  }

  /**
   * The quote that opens right after the colon at token `colon`, which ends its sentence (wink ends a
   * sentence at every line break, so a quote paragraph after `… said:` is the next sentence), as a
   * content range; null when no quote mark follows at once.
   */
  private quoteAfterColon(colon: number): Range | null {
    const { tokens } = this;
    let at = colon + 1;
    // wink keeps a line break as a token of its own.
    while (tokens[at] !== undefined && (tokens[at] as Token).pos === 'SPACE') at++;
    const mark = tokens[at];
    if (mark === undefined || !QUOTE_MARKS.has(mark.value)) return null;
    const stretch = this.stretches[this.quotedIn[insideMark(tokens, at)] ?? -1];
    if (stretch === undefined || stretch.open !== mark.start) return null;
    const lastPiece = stretch.pieces[stretch.pieces.length - 1] as Range;
    return [stretch.open, stretch.closed ? stretch.close : lastPiece[1]];
  }

  /** The stretch that a quote mark at token `i` opens (`“`, `"`, or nyt's `''` as two tokens), or -1. */
  private quoteOpeningAt(i: number): number {
    const t = this.at(i);
    if (t === undefined || !QUOTE_MARKS.has(t.value)) return -1;
    return this.quotedIn[insideMark(this.tokens, i)] ?? -1;
  }

  /** A role noun phrase starting at token `i`, with the person or body it serves: `a former senior adviser to Mr. Obama`. */
  private rolePhrase(i: number): Range | null {
    const np = nounPhraseAfter(this.tokens, i, this.s.last);
    if (np === null) return null;
    let last = np[1];
    while (this.at(last + 1)?.lower === 'to' && this.quotedIn[last + 1] === -1) {
      const served = nounPhraseAfter(this.tokens, last + 2, this.s.last);
      const head = served === null ? undefined : this.at(served[0]);
      if (served === null || head === undefined || !(head.pos === 'PROPN' || head.pos === 'DET' || POSSESSIVES.has(head.lower))) break;
      last = served[1];
    }
    return [np[0], last];
  }

  /**
   * The last token of a light verb's object that belongs to the cue (`a shot at`, `no mention of`,
   * `a statement Wednesday saying`), or -1. PolNeAR's cues take the noun and its preposition, and
   * its contents start after them.
   */
  private lightVerbObject(cue: Cue, from: number): number {
    const { tokens, s, quotedIn } = this;
    const t = this.at(from);
    if (t === undefined || quotedIn[from] !== -1 || !LIGHT_VERBS.has(cue.verb)) return -1;
    // `made clear that …`, `made it clear`, `as he put it`: the adjective and its `it` belong to the cue.
    if (cue.verb === 'make') {
      const adjective = t.lower === 'it' ? from + 1 : from;
      if (CLEAR.has(this.at(adjective)?.lower ?? '') && quotedIn[adjective] === -1 && adjective + 1 <= s.last) return adjective;
    }
    if (cue.verb === 'put' && t.lower === 'it') return from;
    // A bare noun as object: `expressed concern that …`, `took issue with …`, `voiced support for …`.
    if (t.pos === 'NOUN' && from + 1 <= s.last && quotedIn[from + 1] === -1) {
      const next = tokens[from + 1] as Token;
      if (LIGHT_PREPOSITIONS.has(next.lower) && from + 2 <= s.last) return from + 1;
      if (next.lower === 'that') return from;
    }
    if (!((t.pos === 'DET' && t.lower !== 'that' && t.lower !== 'this' && t.lower !== 'these' && t.lower !== 'those') || POSSESSIVES.has(t.lower) || t.lower === 'no')) return -1;
    let j = from + 1;
    while (j <= s.last && j - from <= 5 && quotedIn[j] === -1 && ((tokens[j] as Token).pos === 'ADJ' || (tokens[j] as Token).pos === 'NOUN' || inCompound(tokens, j))) j++;
    const head = this.at(j - 1);
    if (j === from + 1 || head === undefined || head.pos !== 'NOUN') return -1;
    const next = this.at(j);
    if (next !== undefined && quotedIn[j] === -1 && LIGHT_PREPOSITIONS.has(next.lower) && j + 1 <= s.last) return j;
    let k = j;
    while (TIME_WORDS.has(this.at(k)?.lower ?? '')) k++;
    if (this.at(k)?.value === ',') k++;
    const verb = this.at(k);
    return verb !== undefined && quotedIn[k] === -1 && verb.pos === 'VERB' && verb.lower.endsWith('ing') && Object.hasOwn(REPORTING_VERBS, verb.lemma) && k + 1 <= s.last ? k : -1;
  }

  /** The token before a time adjunct that ends at token `end` (`on Monday`, `last week`, `on Tuesday night`), or `end` when there is none. */
  private timeBefore(end: number): number {
    let i = end;
    while (i >= this.s.first && TIME_WORDS.has((this.tokens[i] as Token).lower) && this.quotedIn[i] === -1) i--;
    if (i === end) return end;
    if (this.at(i)?.lower === 'on' || this.at(i)?.lower === 'earlier') i--;
    else if (!['last', 'this', 'next', 'earlier'].includes((this.tokens[i + 1] as Token).lower)) return end;
    return this.at(i) === undefined || !isNominal(this.tokens[i] as Token) ? end : i;
  }

  /** Does a description of a person start at token `i` (`a liberal think tank`, `30`, `Alabama`, `who replaced him`)? */
  private describesAt(i: number): boolean {
    const t = this.at(i);
    if (t === undefined || this.quotedIn[i] !== -1) return false;
    // … or a place: `of Gainesville, Fla.`, `from Manchester`.
    const place = (t.lower === 'of' || t.lower === 'from') && this.at(i + 1)?.pos === 'PROPN';
    return ((t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || POSSESSIVES.has(t.lower)) && nounPhraseAfter(this.tokens, i, this.s.last) !== null) || (RELATIVE.has(t.lower) && t.lower !== 'that') || place;
  }

  /** Is the phrase `range` an adverbial (`meanwhile`, `for example`, `in her campaigning`), not a role: it opens with an adverb or a preposition, with no verb? */
  private adverbialAt(range: Range): boolean {
    const t = this.tokens[range[0]] as Token;
    if (!(t.pos === 'ADV' || (t.pos === 'ADP' && !NOT_ADVERBIAL.has(t.lower)))) return false;
    return !hasVerb(this.tokens, range[0], range[1], this.quotedIn);
  }

  /**
   * Is the cue a passive with no agent (`was asked about`, `is known for`, `were told`), whose
   * subject is the one spoken to or about? Not when the participle says what the subject feels or
   * means to do (`was worried that`, `is convinced that`, `is determined to`), nor when it goes on to
   * a verb of its subject's (`was quoted as saying`, `was prompted to say`, `is expected to argue`).
   * `’s` may be `has` (`he’s said`): not read as a passive.
   */
  private patientSubject(cue: Cue): boolean {
    const head = this.tokens[cue.head] as Token;
    if (cue.chained === true || head.lower === head.lemma || !/(?:ed|en|wn|ld|ght|id|un|ne)$/.test(head.lower) || EXPERIENCER_PARTICIPLES.has(head.lemma) || head.lemma === 'quote') return false;
    for (let i = cue.first; i < cue.head; i++) {
      const t = this.tokens[i] as Token;
      if (t.pos === 'AUX' && (t.lemma === 'be' || t.lemma === 'get') && !/^['’]s$/.test(t.lower)) return true;
    }
    return false;
  }

  /**
   * The verb whose object is the noun phrase starting at token `i` (`issued a statement`, `sent out
   * an email`), or -1. Not verbs whose object does the next thing (`included Trump vowing`, `saw him leaving`).
   */
  private verbBeforeObject(i: number): number {
    let v = i - 1;
    if (PARTICLES_AFTER_VERB.has(this.at(v)?.lower ?? '') && this.at(v - 1)?.pos === 'VERB') v--;
    const verb = this.at(v);
    return verb !== undefined && verb.pos === 'VERB' && this.quotedIn[v] === -1 && !verb.lower.endsWith('ing') && !OBJECT_ACTS.has(verb.lemma) ? v : -1;
  }

  /** Does the content starting at offset `start` follow the cue at once, and not as an adjunct (`, but …`, `in May`, `last week`)? */
  private complementAfter(cue: Cue, start: number): boolean {
    const next = this.at(cue.last + 1);
    if (next === undefined || next.start !== start) return false;
    if (this.quotedIn[cue.last + 1] !== -1) return true;
    return !(next.pos === 'CCONJ' || TIME_WORDS.has(next.lower) || ADJUNCT_OPENERS.has(next.lower));
  }

  /** Does a clause start at token `i` with its subject, then its finite verb (`we must`, `immigration is`, `Iowa will prove`)? */
  private subjectAndVerbAt(i: number): boolean {
    const opener = this.at(i);
    if (opener === undefined || this.quotedIn[i] !== -1 || POSSESSIVES.has(opener.lower) || OBJECT_PRONOUNS.has(opener.lower)) return false;
    const np = nounPhraseAfter(this.tokens, i, this.s.last);
    if (np === null) return false;
    let j = np[1] + 1;
    while (this.at(j)?.pos === 'ADV') j++;
    const verb = this.at(j);
    return verb !== undefined && this.quotedIn[j] === -1 && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing') && !inCompound(this.tokens, j)));
  }

  /** Where the clause interrupted by a parenthetical cue goes on after the comma at `comma`, or -1. */
  private continuationAt(comma: number, contentLast: number): number {
    const { tokens, quotedIn } = this;
    const t = this.at(comma);
    const next = this.at(comma + 1);
    if (t?.value !== ',' || next === undefined || quotedIn[comma + 1] !== -1 || QUOTE_MARKS.has(next.value) || QUOTE_MARKS.has((tokens[contentLast] as Token).value)) return -1;
    // Not a participle (`, adding …`), a conjunction (`, but …`) or another attribution (`, according to …`).
    if ((next.pos === 'VERB' && next.lower.endsWith('ing')) || next.pos === 'CCONJ' || next.lower === 'according') return -1;
    return hasVerb(tokens, comma + 1, Math.min(this.s.last, comma + CLAUSE_WINDOW), quotedIn) ? comma + 1 : -1;
  }

  /** Is token `i` a past participle (`released`, `conducted`, `written`)? */
  private participleAt(i: number): boolean {
    const t = this.at(i);
    return t !== undefined && t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && this.quotedIn[i] === -1;
  }

  /** Does a name start at token `i` (an inverted source: `said Jim Clyburn`)? */
  private nameAfter(i: number): boolean {
    const t = this.at(i);
    return t !== undefined && isWordy(t) && !TIME_WORDS.has(t.lower) && t.pos !== 'ADP' && !POSSESSIVES.has(t.lower) && nounPhraseAfter(this.tokens, i, this.s.last) !== null;
  }

  /** Skips a time or place adjunct between the cue and its content; returns where the content starts. */
  private skipAdjunct(from: number, cue: Cue): number {
    const { tokens, s, quotedIn } = this;
    const t = this.at(from);
    if (t === undefined || quotedIn[from] !== -1) return from;
    let end = -1;
    if (t.pos === 'ADP' && t.lower !== 'of' && t.lower !== 'that' && t.lower !== 'to') {
      const np = nounPhraseAfter(tokens, from + 1, s.last);
      if (np !== null) end = np[1];
    } else if (TIME_WORDS.has(t.lower)) {
      end = from;
      while (end + 1 <= s.last && (TIME_WORDS.has((tokens[end + 1] as Token).lower) || (tokens[end + 1] as Token).pos === 'NUM')) end++;
    }
    if (end < 0 || end + 1 > s.last) return from;
    const next = tokens[end + 1] as Token;
    const startsContent =
      next.lower === 'that' || next.value === ',' || next.value === ':' || quotedIn[end + 1] !== -1 || QUOTE_MARKS.has(next.value) ||
      (next.lower === 'to' && INFINITIVE_VERBS.has(cue.verb)) ||
      (SPEECH_VERBS.has(cue.verb) && (next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'PROPN') && hasVerb(tokens, end + 1, Math.min(s.last, end + CLAUSE_WINDOW), quotedIn));
    if (!startsContent) return from;
    return end + 1;
  }

  /**
   * `SOURCE (, ROLE,) CUE (to OBJ | OBJ) (that|:|,) CONTENT`. `loose`: the last resort for a cue no
   * pattern read, left to the learned model: no source needed, and no marker or clause after the cue.
   */
  private preposed(cue: Cue, loose = false): RawAttribution | null {
    const { tokens, s, quotedIn } = this;
    let end = cue.first - 1;
    while (end >= s.first && (tokens[end] as Token).pos === 'ADV' && !nameLike(tokens, end, s.first)) end--;
    // `Trump on Monday said`, `Clinton last week told …`: the time belongs to neither source nor cue.
    const time = this.timeBefore(end);
    if (time < end) {
      end = time;
      while (end >= s.first && (tokens[end] as Token).pos === 'ADV' && !nameLike(tokens, end, s.first)) end--;
    }
    let source: Range | null = null;
    let role: Range | undefined;
    const before = this.at(end);
    let speakerRange: Range | undefined;
    if (before !== undefined && (before.value === ',' || DASHES.has(before.value))) {
      const apposition = appositiveBefore(tokens, end, s.first, quotedIn);
      if (apposition !== null) {
        // PolNeAR's convention, and a reader's: the source is the name with its appositive and closing comma.
        // An adverbial between commas is no appositive (`Sen. Ted Cruz, meanwhile, warned`, `Others, on the other hand, say`).
        const adverbial = apposition.role !== undefined && this.adverbialAt(apposition.role);
        source = apposition.role === undefined || adverbial ? apposition.np : [apposition.np[0], end];
        speakerRange = apposition.np;
        if (!adverbial) role = apposition.role;
      }
    } else if (before !== undefined && before.pos === 'CCONJ') {
      // A second verb shares the first one's subject: `said … and threatened to retaliate`,
      // `Mrs. Clinton shook her head and said, ''No.''`.
      const earlier = this.lastWithSource();
      const conjunction = (tokens[end] as Token).start;
      const continues = earlier !== undefined && earlier.content[1] >= conjunction - 2 && earlier.content[0] < conjunction;
      source = continues ? (earlier.source ?? null) : (this.clauseSubject(end - 1) ?? earlier?.source ?? mainSubject(tokens, s, end - 1, quotedIn));
    } else if (before !== undefined) {
      source = nounPhraseBefore(tokens, end, this.startBefore(end));
      if (source !== null && source[1] !== end) source = null;
      const head = source === null ? null : this.subjectOfRelative(source);
      if (source !== null && head !== null) {
        speakerRange = head;
        source = [head[0], source[1]];
      }
      // `Trump issued a statement saying …`, `he spent the week attacking …`: a noun phrase after a verb is
      // its object, and the one speaking through the gerund is that verb's subject.
      const gerund = (tokens[cue.head] as Token).lower.endsWith('ing');
      const verb = source !== null && gerund ? this.verbBeforeObject(source[0]) : -1;
      // `Trump was heard on a microphone telling …`: the noun of an adjunct is not the one speaking either.
      const adjunct = source === null ? undefined : this.at(source[0] - 1);
      if (source !== null && gerund && verb < 0 && adjunct !== undefined && ADJUNCT_PREPOSITIONS.has(adjunct.lower) && this.at(source[0] - 2)?.pos === 'VERB' && this.quotedIn[source[0] - 2] === -1) {
        source = this.clauseSubject(source[0] - 2) ?? source;
      }
      if (source !== null && verb >= 0) {
        source = this.clauseSubject(verb) ?? source;
        // `issued a statement saying …`, `sent out an email stressing …`: PolNeAR's cue is the whole
        // act of publishing (24 of 27 on train), from the verb with its auxiliaries and adverbs.
        if (PUBLISHING_VERBS.has((tokens[verb] as Token).lemma)) {
          let first = verb;
          while (first - 1 >= s.first && ((tokens[first - 1] as Token).pos === 'AUX' || (tokens[first - 1] as Token).pos === 'ADV') && quotedIn[first - 1] === -1) first--;
          cue = { ...cue, first };
        }
      }
    }
    if (source === null && !loose) return null;
    // `that` alone is not a speaker: a relative clause about a thing (`a loss that showed …`) or `That said, …`.
    // On PolNeAR train, cues with `that` as their source were right a quarter of the time.
    if (source !== null && source[0] === source[1] && (tokens[source[0]] as Token).lower === 'that') return null;

    let from = cue.last + 1;
    let medium: Range | undefined;
    const next = this.at(from);
    // `confirmed to The National that …`, `said to reporters …`: the medium or audience.
    if (next?.lower === 'to' && this.at(from + 1)?.pos !== 'VERB' && this.at(from + 1)?.pos !== 'AUX') {
      const np = nounPhraseAfter(tokens, from + 1, s.last);
      if (np !== null) {
        medium = np;
        from = np[1] + 1;
      }
    } else if (OBJECT_VERBS.has(cue.verb) && next !== undefined && next.lower !== 'that' && next.value !== ':' && quotedIn[from] === -1 && !QUOTE_MARKS.has(next.value)) {
      const object = nounPhraseAfter(tokens, from, s.last);
      if (object !== null) {
        if (cue.verb === 'tell' || cue.verb === 'inform' || cue.verb === 'brief') medium = object;
        // `accused him of endangering troops`: PolNeAR's content keeps the accused.
        if (!(cue.verb === 'accuse' && this.at(object[1] + 1)?.lower === 'of')) from = object[1] + 1;
      }
    }
    // An adjunct before the content: `vowed on Monday to retaliate`, `said in a statement that …`,
    // `said on Sunday it targeted …`, `reported last week that …`.
    from = this.skipAdjunct(from, cue);
    // `took a shot at Clinton`, `made no mention of Bush`, `issued a statement saying …`: the verb and its noun make the cue.
    const light = medium === undefined ? this.lightVerbObject(cue, from) : -1;
    if (light >= 0) {
      cue = { ...cue, last: light };
      // … and an adjunct may follow it too: `as The New Yorker put it in a lengthy expose, “the operator.”`
      from = this.skipAdjunct(light + 1, cue);
    }
    // `responded pointedly, with a smile: “…”`: words with no verb before a colon and a quote describe the saying.
    from = this.colonAfterManner(from);
    const extra: Partial<RawAttribution> = {};
    if (role !== undefined) extra.role = role;
    if (medium !== undefined) extra.medium = medium;
    if (speakerRange !== undefined && source !== null && (speakerRange[0] !== source[0] || speakerRange[1] !== source[1])) extra.speakerRange = speakerRange;
    const opener = this.at(from);
    if (opener === undefined) {
      // `In a statement, the Pentagon said:` ending its paragraph (the colon is the cue's last token):
      // what it said is the quote that opens the next.
      const quote = (tokens[from - 1] as Token).value === ':' ? this.quoteAfterColon(from - 1) : null;
      return quote === null ? null : this.attribution(cue, quote, source, extra);
    }
    const quoteSoon = hasQuote(quotedIn, from, Math.min(s.last, from + 6));
    const infinitive = opener.lower === 'to' && INFINITIVE_VERBS.has(cue.verb);
    // `urged supporters to monitor …`, `warned them that …`: the marker may follow an object, which stays in the content.
    const object = opener.pos === 'PRON' || isNominal(opener) ? nounPhraseAfter(tokens, from, s.last) : null;
    const afterObject = object === null ? undefined : this.at(object[1] + 1);
    const markedAfterObject =
      afterObject !== undefined && (afterObject.lower === 'that' || (afterObject.lower === 'to' && INFINITIVE_VERBS.has(cue.verb)) || afterObject.value === ':' || (afterObject.lower === 'of' && cue.verb === 'accuse') || (cue.lemma === 'call' && namesObject(tokens, object, afterObject)));
    // `continued to raise money`, `continued his romp`: aspect, not speech; only `continued: “…”` reports.
    if (cue.verb === 'continue' && !loose && !(opener.lower === 'that' || opener.value === ':' || opener.value === ',' || QUOTE_MARKS.has(opener.value) || quotedIn[from] !== -1)) return null;
    const marked = opener.lower === 'that' || opener.value === ':' || opener.value === ',' || QUOTE_MARKS.has(opener.value) || quotedIn[from] !== -1 || quoteSoon || infinitive || markedAfterObject || (opener.lower === 'of' && cue.verb === 'accuse');
    // Without a marker, the content must be a clause (`Kirby said the strikes targeted …`) or the
    // object of a verb that reports by itself (`endorsed Trump`, `praised his record`).
    const clause = hasVerb(tokens, from, Math.min(s.last, from + CLAUSE_WINDOW), quotedIn);
    // A verb used in other senses too reports when a subject and its finite verb follow it: `Trump knows we must …`, `the poll finds immigration is …`.
    const subjectClause = CLAUSE_VERBS.has(cue.verb) && this.subjectAndVerbAt(from);
    if (!loose && !marked && !(SPEECH_VERBS.has(cue.verb) && clause) && !subjectClause && ((NEEDS_MARKER.has(cue.verb) && cue.lemma === cue.verb) || (object === null && !clause))) return null;
    if (opener.value === ':' || opener.value === ',') from++;
    if (opener.lower === 'of' && cue.verb === 'accuse') from++;
    if (from > s.last) return null;
    // The object of a verb that is not one of speech (`praised Pence for cutting taxes - moves that …`,
    // `denounced the decision, the group said`) ends at the first comma, dash or semicolon.
    const phrase = !marked && !SPEECH_VERBS.has(cue.verb) && object !== null && object[0] === from && !(afterObject !== undefined && (afterObject.pos === 'VERB' || afterObject.pos === 'AUX'));
    const contentTo = phrase ? this.phraseEnd(from) : this.contentEnd(from);
    // `which he said was not a prison sentence`: the relative pronoun before the source is the content's first piece.
    const relative = source === null ? undefined : this.at(source[0] - 1);
    if (relative !== undefined && source !== null && source[0] === source[1] && (tokens[source[0]] as Token).pos === 'PRON' && RELATIVE_OBJECTS.has(relative.lower) && this.quotedIn[source[0] - 1] === -1 && this.at(source[0] - 2)?.pos !== 'ADP') {
      const a = this.attribution(cue, [relative.start, contentTo], source, extra);
      if (a !== null) a.parts = [[relative.start, relative.end], [(tokens[from] as Token).start, contentTo]];
      return a;
    }
    return this.attribution(cue, [(tokens[from] as Token).start, contentTo], source, extra);
  }
}

/**
 * Participles that say what their subject feels, believes or means to do, so that the subject of
 * `was worried that`, `is convinced that`, `is determined to` is the one holding the view. Written
 * for slant: verbs whose object is the one who feels (worry, convince, surprise …) and a few of stance.
 */
const EXPERIENCER_PARTICIPLES = new Set([
  'worry', 'convince', 'assure', 'shock', 'surprise', 'alarm', 'concern', 'please', 'disappoint', 'frustrate', 'encourage', 'trouble', 'dismay',
  'disturb', 'outrage', 'anger', 'impress', 'satisfy', 'mystify', 'amaze', 'stun', 'delight', 'upset', 'annoy', 'embarrass', 'terrify', 'scare',
  'confuse', 'puzzle', 'excite', 'thrill', 'bother', 'relieve', 'offend', 'horrify', 'astonish', 'persuade', 'determine', 'incline', 'poise',
  'oblige', 'commit', 'prepare', 'resign', 'focus', 'interest', 'dedicate', 'devote',
]);
/** Verbs of publishing whose object and gerund make one cue with them: `issued a statement saying`, `blasted out an email stating`. */
const PUBLISHING_VERBS = new Set(['issue', 'release', 'send', 'put', 'post', 'publish', 'fire', 'blast', 'email', 'tweet']);
/** Prepositions that open an adjunct after a passive cue, not what is said of its subject: `was disclosed in May`, `was dismissed on Monday`. */
const ADJUNCT_OPENERS = new Set(['in', 'on', 'at', 'since', 'after', 'before', 'during', 'last', 'this', 'until', 'while', 'although', 'though', 'because', 'when']);
/** Prepositions whose noun is an adjunct's, not a speaker: `heard on a microphone telling …`. */
const ADJUNCT_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'via', 'through', 'from']);
/** Particles between a verb and its object: `sent out an email`, `put out a statement`. */
const PARTICLES_AFTER_VERB = new Set(['out', 'up', 'back', 'off']);
/** Verbs whose object is the one who acts next (`included staff members suggesting`, `heard him saying`). */
const OBJECT_ACTS = new Set(['include', 'feature', 'see', 'hear', 'watch', 'show', 'find', 'catch', 'leave', 'have', 'get', 'keep', 'want', 'imagine', 'picture', 'quote', 'cite']);
/** Relative pronouns that may stand for the content: `which he said was …`, `what she called …`. */
const RELATIVE_OBJECTS = new Set(['which', 'what', 'whom', 'who']);
/** Adjectives that make a cue of `make`: `made clear`, `made it plain`, `made known`. */
const CLEAR = new Set(['clear', 'plain', 'known']);
/** Prepositions after a light verb's noun that close the cue: `took a shot at`, `made no mention of`. */
const LIGHT_PREPOSITIONS = new Set(['at', 'against', 'of', 'to', 'for', 'about', 'on', 'as', 'with', 'over']);
/** Verbs not of speech that may follow their content too: `…, records show.`, `…, the study found.` */
const TRAILING_VERBS = new Set(['show', 'find', 'respond', 'confirm', 'reveal', 'indicate']);
/**
 * The same cue read twice is one attribution: a light verb's `issued a statement saying` and its
 * `saying`, `Duke reports that …` as a verb and as a noun. The reading that found a source is kept,
 * else the first. (PolNeAR train: 42 pairs of attributions with the same cue, 37 of them a gold cue.)
 */
function withoutRepeats(out: RawAttribution[]): RawAttribution[] {
  if (out.length < 2) return out;
  const kept: RawAttribution[] = [];
  const at = new Map<string, number>();
  for (const a of out) {
    const key = a.cue === undefined ? undefined : `${a.cue[0]}:${a.cue[1]}`;
    const k = key === undefined ? undefined : at.get(key);
    if (k === undefined) {
      if (key !== undefined) at.set(key, kept.length);
      kept.push(a);
    } else if ((kept[k] as RawAttribution).source === undefined && a.source !== undefined) kept[k] = a;
  }
  return kept;
}

/** Cues read by patterns of their own (`according to`, `reportedly`, `in a … poll`), never loosely. */
const SPECIAL_CUES = new Set(['according to', 'reportedly', 'in', 'for']);
/** Prepositions before a gerund cue whose subject is the clause's: `distinguished himself by saying …`, `while also suggesting …`. */
const GERUND_OPENERS = new Set(['by', 'while', 'after', 'before']);
const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me', 'whom']);
/** Prepositions that open a role, not an adverbial: `, like many Republicans,`, `, along with her aides,`. */
const NOT_ADVERBIAL = new Set(['like', 'along', 'as', 'including', 'of', 'unlike']);
/** Verbs of knowing and expecting that take a bare clause (`knows we must …`); `call`, `name`, `order` name or command instead (2 of 11 right on PolNeAR train). */
const CLAUSE_VERBS = new Set(['know', 'find', 'hope', 'fear', 'expect', 'understand', 'figure', 'signal']);

/** Does the content before the mark at `mark` end with a quote (`“…,” said …`)? */
function endsWithQuoteAt(tokens: readonly Token[], quotedIn: Int32Array, mark: number): boolean {
  let k = mark;
  while (k >= 0 && ((tokens[k] as Token).value === ',' || DASHES.has((tokens[k] as Token).value))) k--;
  return k >= 0 && (QUOTE_MARKS.has((tokens[k] as Token).value) || quotedIn[k] !== -1);
}

function overlaps(a: Range, b: Range): boolean {
  return Math.min(a[1], b[1]) > Math.max(a[0], b[0]);
}
