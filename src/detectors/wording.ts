/**
 * Wording: the words an article chooses, each finding tied to its span and to its voice: `own`
 * (the outlet's narration) or `quoted` (inside quote marks, the speaker's words).
 *
 *   1. voice of every token      (inside a quoted stretch or not)
 *   2. lexicon findings          (hedges, boosters, factives, assertives, intensifiers, emotive,
 *                                 evaluative, dysphemisms, euphemisms), negation from the parser
 *   3. scare quotes              (short quoted fragments no one is said to have said)
 *   4. agentless passives        (`a child was killed`, in the narration, with no `by` agent)
 *   5. sentiment                 (AFINN as the `sentiment` package scores it, per sentence and voice)
 *   6. rates per 1,000 words of each voice
 */
import { LOADED_CATEGORIES, WORDING_LEXICONS } from '../lexicons/wording.js';
import type { Token } from '../nlp/wink.js';
import { afinn } from '../text/afinn.js';
import { countWords } from '../text/words.js';
import type { Finding, FindingCategory, Quote, SentenceSentiment, Span, Wording, WordingRates, WordingVoice } from '../types.js';
import { tokenContaining, type ArticleContext } from './context.js';
import type { WordingEntry } from './lexicon-terms.js';
import type { TermMatch } from './terms.js';

/** Every category a finding can have, in the order rates are reported. */
export const FINDING_CATEGORIES: readonly FindingCategory[] = [
  ...WORDING_LEXICONS.map((l) => l.category),
  'scare-quote',
  'agentless-passive',
];

/** A quoted fragment of at most this many words that no one is said to have said is a scare quote. */
const SCARE_QUOTE_WORDS = 6;

/** Participles that follow `be` as adjectives far more often than as passives. */
const NOT_PASSIVE = new Set([
  'born', 'based', 'located', 'supposed', 'used', 'concerned', 'interested', 'involved', 'married', 'related',
  'called', 'named', 'known', 'scheduled', 'due', 'entitled', 'aimed', 'designed', 'dedicated', 'pleased',
  'tired', 'worried', 'surprised', 'committed', 'prepared', 'equipped', 'gone', 'done', 'finished', 'composed',
]);

/** Verbs of violence: an agentless passive of one of these hides who did the harm. */
const VIOLENCE = new Set([
  'kill', 'wound', 'injure', 'shoot', 'strike', 'hit', 'bomb', 'target', 'destroy', 'attack', 'murder',
  'slaughter', 'massacre', 'execute', 'shell', 'hurt', 'slay', 'assassinate', 'abduct', 'kidnap', 'torture',
  'beat', 'stab', 'burn', 'raze', 'demolish', 'damage', 'harm', 'maim',
]);

/** Same-length normalisation for the sentiment package: it misses `don’t` and keeps `“` on words. */
function forSentiment(text: string): string {
  return text.replace(/[’‘`´]/g, "'").replace(/[“”„«»]/g, '"');
}

/** A finding's stable id: its category and term, kebab-case (`hedge-reportedly`, `dysphemism-terrorist`). */
function ruleId(category: FindingCategory, term: string): string {
  return `${category}-${term.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

function emptyRates(words: number): WordingRates {
  const rates = { words, loaded: 0 } as WordingRates;
  for (const category of FINDING_CATEGORIES) rates[category] = 0;
  return rates;
}

/**
 * Finds the wording of an article. `quotes` are its attributions (for scare quotes), `words` is the
 * article's word count, `terms` the wording lexicon's matches in its tokens (`matchLexicons`).
 */
export function detectWording(ctx: ArticleContext, quotes: readonly Quote[], words: number, terms: ReadonlyArray<TermMatch<WordingEntry>>): Wording {
  const { tokens, text } = ctx;
  const span = (first: Token, last: Token): Span => ctx.span(first.start, last.end);

  // 1. voice of every token
  const { quotedIn } = ctx;
  const quotedWords = ctx.stretches.reduce((sum, q) => sum + q.pieces.reduce((n, [start, end]) => n + countWords(text.slice(start, end)), 0), 0);
  const voiceOf = (token: Token): WordingVoice => (quotedIn[token.i] !== -1 ? 'quoted' : 'own');
  const findings: Finding[] = [];

  // 2. lexicon findings
  for (const m of terms) {
    const first = tokens[m.first] as Token;
    const last = tokens[m.last] as Token;
    const negated = tokens.slice(m.first, m.last + 1).some((tok) => tok.negated);
    const { category, term } = m.value;
    const finding: Finding = {
      ruleId: ruleId(category, m.term),
      category,
      term: m.term,
      span: span(first, last),
      voice: voiceOf(first),
      sentence: ctx.sentenceOf[m.first] ?? 0,
      weight: term.weight,
      loaded: LOADED_CATEGORIES.has(category) && !negated,
    };
    if (term.lean !== undefined) finding.lean = term.lean;
    if (negated) finding.negated = true;
    findings.push(finding);
  }

  // 3. scare quotes
  for (const quote of quotes) {
    if (quote.unattributed !== true) continue;
    const words = countWords(quote.content.text);
    if (words === 0 || words > SCARE_QUOTE_WORDS) continue;
    findings.push({
      ruleId: 'scare-quote',
      category: 'scare-quote',
      term: quote.content.text,
      span: quote.content,
      voice: 'own',
      sentence: quote.sentence,
      weight: 1,
      loaded: false,
    });
  }

  // 4. agentless passives in the narration: be/get + (adverbs) + participle, no `by` in the clause
  for (let i = 0; i < tokens.length; i++) {
    const aux = tokens[i] as Token;
    if (quotedIn[i] !== -1 || (aux.lemma !== 'be' && aux.lemma !== 'get') || (aux.pos !== 'AUX' && aux.pos !== 'VERB')) continue;
    let v = i + 1;
    while (v < tokens.length && v <= i + 3 && ((tokens[v] as Token).pos === 'ADV' || (tokens[v] as Token).pos === 'PART')) v++;
    const verb = tokens[v];
    if (verb === undefined || verb.pos !== 'VERB' || !isParticiple(verb) || NOT_PASSIVE.has(verb.lower)) continue;
    if (hasAgent(tokens, v)) continue;
    findings.push({
      ruleId: 'agentless-passive',
      category: 'agentless-passive',
      term: verb.lemma,
      span: span(aux, verb),
      voice: 'own',
      sentence: ctx.sentenceOf[v] ?? 0,
      weight: VIOLENCE.has(verb.lemma) ? 2 : 1,
      loaded: false,
    });
    i = v;
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  // 5. sentiment, per sentence, split by voice
  const sentences: SentenceSentiment[] = [];
  const totals = { own: 0, quoted: 0 };
  for (const s of ctx.sentences) {
    const scored = afinn(forSentiment(text.slice(s.start, s.end)));
    const record: SentenceSentiment = { sentence: s.index, score: scored.score, own: 0, quoted: 0, words: [] };
    for (const { start: from, end: to, score } of scored.words) {
      const start = s.start + from;
      const token = tokenContaining(tokens, start);
      const voice = token === undefined ? 'own' : voiceOf(token);
      record.words.push({ span: ctx.span(start, s.start + to), score, voice });
      record[voice] += score;
      totals[voice] += score;
    }
    sentences.push(record);
  }

  // 6. rates per 1,000 words of each voice
  const ownWords = Math.max(0, words - quotedWords);
  const rates = { own: emptyRates(ownWords), quoted: emptyRates(quotedWords) };
  for (const f of findings) {
    if (f.negated === true) continue;
    const r = rates[f.voice];
    r[f.category]++;
    if (f.loaded) r.loaded++;
  }
  for (const r of [rates.own, rates.quoted]) {
    const per = r.words > 0 ? 1000 / r.words : 0;
    r.loaded *= per;
    for (const category of FINDING_CATEGORIES) r[category] *= per;
  }
  return {
    findings,
    rates,
    sentiment: {
      own: { score: totals.own, comparative: ownWords > 0 ? totals.own / ownWords : 0 },
      quoted: { score: totals.quoted, comparative: quotedWords > 0 ? totals.quoted / quotedWords : 0 },
      sentences,
    },
  };
}

/** A past participle: a verb form other than its lemma that is neither `-ing` nor `-s`, or a bare irregular one. */
function isParticiple(token: Token): boolean {
  const v = token.lower;
  if (/ing$/.test(v)) return false;
  if (v === token.lemma) return /^(?:hit|hurt|cut|put|set|shut|spread|upset|cast|shed|beat)$/.test(v);
  return !/[^s]s$/.test(v);
}

/** Is there a `by` agent after the participle, before the clause ends (punctuation, a conjunction or another verb)? */
function hasAgent(tokens: readonly Token[], v: number): boolean {
  for (let j = v + 1; j < tokens.length && j <= v + 8; j++) {
    const tok = tokens[j] as Token;
    if (tok.lower === 'by') return true;
    if ((tok.pos === 'PUNCT' && /[.;:!?,]/.test(tok.value)) || tok.pos === 'CCONJ' || tok.pos === 'VERB' || tok.pos === 'AUX') return false;
  }
  return false;
}
