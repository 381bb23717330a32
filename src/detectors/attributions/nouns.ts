/**
 * Noun and adjective cues: `his criticism of the deal`, `Trump's call for a ban`, `the claim that
 * …`, `her plans to run`, `were optimistic that …`. PolNeAR's annotators mark such cues where no
 * verb reports (on PolNeAR train, 1,215 gold cues with no candidate were headed by a noun, 473 by
 * `be` and an adjective). The cue is the noun with the adjectives before it and the preposition
 * after it (`continual attacks on`); the source the possessive before it (`Mr. Trump's`, `Her`);
 * the content the that-clause, the infinitive, or the preposition's object. Every reading is a
 * candidate the learned model judges (`learned.ts`) at a threshold of its own: only about one
 * noun reading in eight on train is exactly a gold cue (`support for` far less often than
 * `warning that`), and the annotators' spans vary (`made the case`, `a call for`, `criticism`).
 */
import { REPORTING_VERBS, type CueClass } from '../../lexicons/reporting-verbs.js';
import type { Token } from '../../nlp/wink.js';
import type { SentenceRange } from '../context.js';
import type { Cue } from './cues.js';
import { nounPhraseBefore } from './phrases.js';
import { isNominal, LIGHT_VERBS, POSSESSIVES } from './tokens.js';
import type { Range } from './types.js';

/**
 * Nouns of saying, asking, judging, wanting and opposing: what a person's words or stance can be
 * named by. Chosen as a class, not read off PolNeAR: the model weighs each by its lemma.
 */
export const NOUN_CUES = new Set([
  'accusation', 'acknowledgment', 'admission', 'advice', 'allegation', 'announcement', 'answer', 'appeal', 'argument', 'assertion',
  'assessment', 'assurance', 'attack', 'backing', 'belief', 'bid', 'boast', 'call', 'campaign', 'case', 'charge', 'claim',
  'comment', 'complaint', 'concern', 'condemnation', 'confidence', 'conclusion', 'confirmation', 'contention', 'conviction',
  'criticism', 'critique', 'decision', 'declaration', 'defense', 'demand', 'denial', 'description', 'desire', 'disagreement',
  'doubt', 'embrace', 'emphasis', 'endorsement', 'estimate', 'expectation', 'explanation', 'fear', 'focus', 'goal', 'hope',
  'idea', 'insistence', 'instruction', 'intention', 'interpretation', 'invitation', 'judgment', 'lament', 'message', 'notion',
  'objection', 'observation', 'offer', 'opinion', 'opposition', 'order', 'plan', 'plea', 'pledge', 'point', 'position',
  'praise', 'prediction', 'premise', 'promise', 'proposal', 'protest', 'push', 'question', 'reaction', 'recommendation',
  'reference', 'refusal', 'rejection', 'remark', 'reminder', 'reply', 'report', 'request', 'response', 'rhetoric', 'skepticism',
  'stance', 'statement', 'suggestion', 'support', 'suspicion', 'swipe', 'testimony', 'theory', 'thought', 'threat', 'tweet',
  'understanding', 'view', 'vow', 'warning', 'wish', 'worry',
]);

/**
 * The verb each noun names the act of, for the nouns whose verb is in the reporting-verb lexicon:
 * a noun cue takes that verb's class (`criticism` → criticize → confrontational, `claim` →
 * distancing, `denial` → denying). Nouns not listed (`plan`, `support`, `view`) name no act of
 * saying the lexicon classes, and stay without a class, as verbs outside the lexicon do.
 */
export const NOUN_VERBS: Readonly<Record<string, string>> = {
  accusation: 'accuse', acknowledgment: 'acknowledge', admission: 'admit', allegation: 'allege', announcement: 'announce',
  answer: 'answer', appeal: 'appeal', argument: 'argue', assertion: 'assert', assessment: 'assess', assurance: 'assure',
  attack: 'attack', belief: 'believe', boast: 'boast', call: 'call', charge: 'charge', claim: 'claim', comment: 'comment',
  complaint: 'complain', condemnation: 'condemn', conclusion: 'conclude', confirmation: 'confirm', contention: 'contend',
  criticism: 'criticize', critique: 'criticize', declaration: 'declare', defense: 'defend', demand: 'demand', denial: 'deny',
  description: 'describe', doubt: 'doubt', endorsement: 'endorse', estimate: 'estimate', expectation: 'expect',
  explanation: 'explain', fear: 'fear', hope: 'hope', insistence: 'insist', lament: 'lament', observation: 'observe',
  opposition: 'oppose', order: 'order', pledge: 'pledge', praise: 'praise', prediction: 'predict', promise: 'promise',
  proposal: 'propose', question: 'question', recommendation: 'recommend', reference: 'refer', refusal: 'refuse',
  rejection: 'reject', remark: 'remark', reminder: 'remind', reply: 'reply', report: 'report', request: 'request',
  response: 'respond', statement: 'state', suggestion: 'suggest', testimony: 'testify', threat: 'threaten', tweet: 'tweet',
  understanding: 'understand', vow: 'vow', warning: 'warn', worry: 'worry',
};

/** The class of a noun cue: its verb's ({@link NOUN_VERBS}), or undefined. */
export function nounClass(noun: string): CueClass | undefined {
  const verb = NOUN_VERBS[noun];
  return verb === undefined ? undefined : REPORTING_VERBS[verb];
}

/** Prepositions that take a noun cue's content as their object (`criticism of`, `call for`), and stay in the cue. */
const CONTENT_PREPOSITIONS = new Set(['of', 'for', 'on', 'about', 'against', 'over', 'toward', 'towards', 'to', 'at', 'with']);

/** A noun cue as read: the cue, its source (token range) if any, and the token its content starts at. */
export interface NounReading {
  cue: Cue;
  source: Range | null;
  /** The first token of the content: `that`, `to`, or the preposition's object. */
  content: number;
  /** What opens the content: a that-clause, an infinitive, or the object of the cue's preposition. */
  complement: 'that' | 'to' | 'object';
}

/** The noun cues of a sentence outside quote marks, each with the complement that makes it one. */
export function nounCues(tokens: readonly Token[], s: SentenceRange, quotedIn: Int32Array): NounReading[] {
  const found: NounReading[] = [];
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== 'NOUN' || quotedIn[i] !== -1 || !NOUN_CUES.has(t.lemma)) continue;
    const reading = complementOf(tokens, s, quotedIn, i);
    if (reading === null) continue;
    // Adjectives before the noun belong to the cue (`his continual attacks on`, `smug assurances`).
    let first = i;
    while (first - 1 >= s.first && (tokens[first - 1] as Token).pos === 'ADJ' && quotedIn[first - 1] === -1) first--;
    const cue: Cue = { first, last: reading.last, head: i, lemma: t.lemma, verb: t.lemma, noun: true };
    const verb = governingVerb(tokens, s, quotedIn, first);
    if (verb === -1) {
      found.push({ cue, source: possessor(tokens, s, first - 1), content: reading.content, complement: reading.complement });
      continue;
    }
    // A light verb's noun is read with the verb (`sentence.ts`: `expressed concern that`).
    if (LIGHT_VERBS.has((tokens[verb] as Token).lemma)) continue;
    // `has no plans to`, `hasn't outlined a plan to`, `avoided direct criticism of`: PolNeAR's cue
    // runs from the verb (its auxiliaries with it), and the source is the verb's subject.
    cue.first = verb;
    cue.object = verb;
    while (cue.first - 1 >= s.first && quotedIn[cue.first - 1] === -1 && AUXILIARY.test((tokens[cue.first - 1] as Token).pos)) cue.first--;
    const before = tokens[cue.first - 1];
    const source = before !== undefined && cue.first - 1 >= s.first && quotedIn[cue.first - 1] === -1 && isNominal(before) ? nounPhraseBefore(tokens, cue.first - 1, s.first) : null;
    found.push({ cue, source, content: reading.content, complement: reading.complement });
  }
  return found;
}

/**
 * Adjective cues after `be`: `was confident that …`, `has been critical of …`, `is eager to …`
 * (on PolNeAR train, 473 gold cues with no candidate are `be` and an adjective). The cue runs from
 * the first auxiliary through the adjective and its preposition; the source is the subject just
 * before it; the content as for a noun. Judged by the model with the nouns (its lemma features
 * are the adjective's own).
 */
export function adjectiveCues(tokens: readonly Token[], s: SentenceRange, quotedIn: Int32Array): NounReading[] {
  const found: NounReading[] = [];
  for (let i = s.first + 1; i < s.last; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== 'ADJ' || quotedIn[i] !== -1) continue;
    let first = i;
    while (first - 1 >= s.first && (tokens[first - 1] as Token).pos === 'ADV' && quotedIn[first - 1] === -1) first--;
    const be = tokens[first - 1];
    if (be === undefined || first - 1 < s.first || be.lemma !== 'be' || quotedIn[first - 1] !== -1) continue;
    const reading = complementOf(tokens, s, quotedIn, i);
    if (reading === null) continue;
    first--;
    while (first - 1 >= s.first && quotedIn[first - 1] === -1 && AUXILIARY.test((tokens[first - 1] as Token).pos)) first--;
    const before = tokens[first - 1];
    const source = before !== undefined && first - 1 >= s.first && quotedIn[first - 1] === -1 && isNominal(before) ? nounPhraseBefore(tokens, first - 1, s.first) : null;
    found.push({ cue: { first, last: reading.last, head: i, lemma: t.lemma, verb: t.lemma, noun: true }, source, content: reading.content, complement: reading.complement });
  }
  return found;
}

/** Tags of what stands before a verb inside its cue: auxiliaries, `not`, adverbs. */
const AUXILIARY = /^(?:AUX|PART|ADV)$/;

/**
 * The verb whose object is the noun phrase starting at `first` (`has no plans`, `offering his
 * thoughts`), or -1: only determiners, possessives and numbers may stand between them.
 */
function governingVerb(tokens: readonly Token[], s: SentenceRange, quotedIn: Int32Array, first: number): number {
  let j = first - 1;
  while (j >= s.first && j >= first - 2 && quotedIn[j] === -1 && DETERMINERS.test((tokens[j] as Token).pos) && (tokens[j] as Token).lower !== "'s" && (tokens[j] as Token).lower !== '’s') j--;
  const v = tokens[j];
  if (j < s.first || v === undefined || quotedIn[j] !== -1) return -1;
  return v.pos === 'VERB' || (v.pos === 'AUX' && v.lemma === 'have') ? j : -1;
}

/** Tags that may stand between a verb and its object's noun: `a`, `his`, `two`. */
const DETERMINERS = /^(?:DET|PRON|NUM)$/;

/** What follows the noun at `i` as its content, and where the cue ends; null when nothing does. */
function complementOf(tokens: readonly Token[], s: SentenceRange, quotedIn: Int32Array, i: number): { last: number; content: number; complement: NounReading['complement'] } | null {
  const next = tokens[i + 1] as Token;
  const after = tokens[i + 2];
  if (i + 2 > s.last || after === undefined || quotedIn[i + 1] !== -1) return null;
  // `the claim that he lied`, not `the claim that was made` (a relative clause).
  if (next.lower === 'that') return after.pos === 'VERB' || after.pos === 'AUX' ? null : { last: i, content: i + 1, complement: 'that' };
  // `plans to run`, `plans to be`: the infinitive is the content, its `to` with it.
  if (next.lower === 'to' && (after.pos === 'VERB' || after.pos === 'AUX') && after.lower === after.lemma) return { last: i, content: i + 1, complement: 'to' };
  if (CONTENT_PREPOSITIONS.has(next.lower) && (next.pos === 'ADP' || next.pos === 'SCONJ' || next.pos === 'PART') && /[\p{L}\p{N}"“']/u.test(after.value)) return { last: i + 1, content: i + 2, complement: 'object' };
  return null;
}

/** The possessive just before token `end + 1`: `his`, `Mr. Trump's`, `the judges'`; null when there is none. */
function possessor(tokens: readonly Token[], s: SentenceRange, end: number): Range | null {
  const t = tokens[end];
  if (end < s.first || t === undefined) return null;
  if (t.pos === 'PRON' && POSSESSIVES.has(t.lower)) return [end, end];
  const apostrophe = t.lower === "'s" || t.lower === '’s' || ((t.value === "'" || t.value === '’') && /s$/i.test(tokens[end - 1]?.value ?? ''));
  if (!apostrophe) return null;
  const np = nounPhraseBefore(tokens, end - 1, s.first);
  return np === null ? null : [np[0], end];
}
