/** Cues: reporting verbs outside quote marks (and `according to`, `reportedly`, `in a … poll`), with the verb classes the patterns read. */
import { REPORTING_VERBS, type CueClass } from '../../lexicons/reporting-verbs.js';
import type { Token } from '../../nlp/wink.js';
import type { SentenceRange } from '../context.js';
import { pollPhrase, trailingPoll, viewpointPhrase } from './phrases.js';
import { CLOSING_PUNCT, inCompound, nameLike, NOT_A_CUE_AFTER, POSSESSIVES } from './tokens.js';
import { lookupTable } from '../../records.js';

/** Verbs that report speech whatever follows them: `…, he said.` */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'state', 'claim', 'insist', 'allege', 'report', 'write', 'tweet', 'explain', 'note',
  'warn', 'continue', 'reply', 'announce', 'confirm', 'argue', 'ask', 'concede', 'admit', 'acknowledge',
  'observe', 'predict', 'declare', 'remark', 'quip', 'joke', 'recall', 'reiterate', 'vow', 'conclude',
  'counter', 'deny', 'assert', 'contend', 'boast', 'muse', 'suggest', 'post', 'caution', 'comment',
  'testify', 'stress', 'emphasize', 'emphasise', 'read',
  'whisper', 'mutter', 'exclaim', 'interject', 'shout', 'yell', 'scream', 'retort',
]);
/** Verbs whose object comes before the content: `told Reuters that …`, `urged them to …`. */
export const OBJECT_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'brief', 'notify', 'convince', 'persuade', 'accuse']);
/** Verbs whose content may be an infinitive: `vowed to retaliate`, `urged X to stop`. */
export const INFINITIVE_VERBS = new Set(['hope', 'expect', 'vow', 'pledge', 'promise', 'threaten', 'urge', 'ask', 'advise', 'warn', 'call', 'demand', 'appeal', 'implore', 'encourage', 'beg', 'request', 'recommend', 'refuse', 'decline', 'agree', 'offer', 'claim']);
/** Prepositions and particles that belong to the cue after these verbs. */
export const PARTICLES: Readonly<Record<string, ReadonlySet<string>>> = lookupTable({
  point: new Set(['out', 'to']),
  call: new Set(['for', 'on', 'out']),
  lash: new Set(['out']),
  talk: new Set(['about', 'of', 'up']),
  speak: new Set(['about', 'of', 'out']),
  refer: new Set(['to']),
  comment: new Set(['on']),
  complain: new Set(['about', 'of']),
  warn: new Set(['about', 'of', 'against']),
  caution: new Set(['against']),
  focus: new Set(['on']),
  vote: new Set(['for', 'against']),
  push: new Set(['for', 'back']),
  lay: new Set(['out']),
  ask: new Set(['about', 'for']),
  say: new Set(['about']),
  worry: new Set(['about']),
  rail: new Set(['against']),
  agree: new Set(['with', 'on']),
  joke: new Set(['about']),
  muse: new Set(['about']),
  write: new Set(['about', 'back']),
  argue: new Set(['for']),
  respond: new Set(['to', 'with']),
  believe: new Set(['in']),
  weigh: new Set(['in']),
  boast: new Set(['about', 'of']),
  brag: new Set(['about']),
  fire: new Set(['back']),
  shoot: new Set(['back']),
  hit: new Set(['back']),
});

/** Verbs that report a reply only as `… back` (`fired back`, `shot back`, `hit back`): `fired his manager` is no report. */
const BACK_ONLY = new Set(['fire', 'shoot', 'hit']);

/** Verbs whose infinitive belongs to the cue whatever it is (`tried to portray`, `continued to attack`, `went on to win`): 26 of 28, 19 of 19 on PolNeAR train. */
const CHAIN_HEADS = new Set(['try', 'continue', 'go']);

/** Particles and prepositions that belong to the cue after a verb that is not one of speech (`vouch for`, `lash out`). */
const PHRASAL = new Set(['out', 'up', 'down', 'back', 'off', 'about', 'for', 'after', 'at', 'into', 'against', 'of', 'with', 'on', 'over']);

/** Verbs too often used in other senses to take a bare complement: `continue` (keep on), `call` (name), `add` (numbers). */
export const NEEDS_MARKER = new Set(['continue', 'call', 'add', 'know', 'name', 'order', 'offer', 'post', 'text', 'find', 'read', 'fear', 'hope', 'expect', 'understand', 'figure', 'project', 'signal', 'lay', 'appear', 'seem', 'echo']);

/** A cue found in a sentence: its tokens, lemma and class. */
export interface Cue {
  first: number;
  last: number;
  /** The verb itself (or `according`). */
  head: number;
  /** The cue's lemma as reported: `say`, `call for`, `according to`. */
  lemma: string;
  /** The verb's own lemma: `call` for `call for`. */
  verb: string;
  /** The lexicon's class; none for a verb outside the lexicon (`want`, `support`), kept only when the learned model accepts it. */
  cls?: CueClass;
  /** The `to` of an infinitive cue (`to endorse`): where the cue reported starts, the patterns reading from `first`. */
  to?: number;
  /** A passive participle before `by` and its agent: `was accused by a reporter`. */
  passive?: boolean;
  /** The verb of speech is an infinitive after the head: `declined to say`. */
  chained?: boolean;
  /** A noun or adjective cue (`his criticism of`, `was confident that`; `nouns.ts`): `head` is the noun or adjective, kept at the model's threshold for nouns. */
  noun?: boolean;
  /** A noun cue read with the verb whose object it is (`has no plans`): the verb's index, where the cue starts (after its auxiliaries). */
  object?: number;
}

/** Does a share of people end right before token `i` (`42%`, `Six in 10`, `a third`, `Most`)? wink tags the verb after it a noun. */
function shareBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  // The verb agrees with a plural (`42% say`); `the 35 states that …`, `the Dec. 2 attack that …` are nouns.
  if (before === undefined || (tokens[i] as Token).lower.endsWith('s')) return false;
  if (before.value === '%' && !before.spaceBefore) return true;
  // `all five say`, not `the 35 states`.
  if (before.pos === 'NUM') return before.lower !== 'one' && !/^(?:19|20)\d\d$/.test(before.value) && (tokens[i - 2]?.pos !== 'DET' || SHARE_WORDS.has(tokens[i - 2]?.lower ?? ''));
  return SHARE_WORDS.has(before.lower);
}
const SHARE_WORDS = new Set(['third', 'thirds', 'quarter', 'quarters', 'half', 'most', 'majority', 'minority', 'fifth', 'fifths', 'many', 'few', 'others', 'all', 'both', 'some', 'several']);

/** The last token of `in a (written) statement` right after token `last`, if there is one. */
function statementAfter(tokens: readonly Token[], last: number, sentenceLast: number, quotedIn: Int32Array): number | undefined {
  if (tokens[last + 1]?.lower !== 'in') return undefined;
  const determiner = tokens[last + 2];
  if (determiner === undefined || !(determiner.pos === 'DET' || POSSESSIVES.has(determiner.lower))) return undefined;
  for (let j = last + 3; j <= Math.min(sentenceLast, last + 5); j++) {
    const t = tokens[j] as Token;
    if (quotedIn[j] !== -1) return undefined;
    if (t.lower === 'statement') return j;
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower)))) return undefined;
  }
  return undefined;
}

/** The cues of a sentence: reporting verbs outside quote marks, `according to`, `quoted as saying`. */
export function cuesIn(tokens: readonly Token[], s: SentenceRange, quotedIn: Int32Array): Cue[] {
  const cues: Cue[] = [];
  for (let i = s.first; i <= s.last; i++) {
    if (quotedIn[i] !== -1) continue;
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (t.lower === 'according' && next?.lower === 'to') {
      cues.push({ first: i, last: i + 1, head: i, lemma: 'according to', verb: 'according to', cls: 'attributive' });
      i++;
      continue;
    }
    // `Bloomberg is reportedly considering a run`: a report with no one named as its source.
    if (t.lower === 'reportedly') {
      cues.push({ first: i, last: i, head: i, lemma: 'reportedly', verb: 'reportedly', cls: 'distancing' });
      continue;
    }
    // `In a CNN/ORC poll released Monday, 31 % of Republicans …`: the poll is the source.
    if (i === s.first && (t.lower === 'in' || t.lower === 'among') && pollPhrase(tokens, i + 1, s.last) !== null) {
      cues.push({ first: i, last: i, head: i, lemma: t.lower, verb: 'in', cls: 'attributive' });
      continue;
    }
    // `Trump leads by 57 percent to 33 percent in the 50-state poll.`: a poll at the end of the sentence.
    if (i > s.first + 2 && t.lower === 'in' && quotedIn[i] === -1 && trailingPoll(tokens, i + 1, s.last) !== null) {
      cues.push({ first: i, last: i, head: i, lemma: 'in', verb: 'in', cls: 'attributive' });
      continue;
    }
    // `For most Democrats, the Clinton years remain …`, `To Sexton, Tuesday marked …`: whose view it is.
    if (i === s.first && (t.lower === 'for' || t.lower === 'to') && viewpointPhrase(tokens, i + 1, s.last) !== null) {
      cues.push({ first: i, last: i, head: i, lemma: t.lower, verb: 'for' });
      continue;
    }
    // wink sometimes tags a verb as a noun after a plural subject (`Polls show that …`).
    const nounVerb =
      t.pos === 'NOUN' &&
      (tokens[i - 1]?.pos === 'NOUN' || tokens[i - 1]?.pos === 'PROPN' || (tokens[i - 1]?.pos === 'PRON' && !POSSESSIVES.has(tokens[i - 1]?.lower ?? '')) || (tokens[i - 1]?.value === ',' && next?.lower === 'that') || shareBefore(tokens, i)) &&
      (/s$/.test(t.lower) || (tokens[i - 1]?.pos !== 'PRON' && /s$/.test(tokens[i - 1]?.lower ?? ''))
        ? next?.lower === 'that' || next?.pos === 'PRON' || next?.pos === 'DET' || next?.pos === 'PROPN' || next?.pos === 'NUM' || next?.pos === 'ADJ' || next?.lower === 'as'
        : next?.lower === 'that' || (next?.pos === 'PRON' && next.lower !== 'their' && next.lower !== 'his' && next.lower !== 'her'));
    // … and after a name at the end of a sentence (`…,” Conway notes.`, `Bozell points out.`).
    const trailingNounVerb =
      t.pos === 'NOUN' && quotedIn[i - 1] === -1 &&
      ((tokens[i - 1]?.pos === 'PROPN' && /s$/.test(t.lower)) || (tokens[i - 1]?.pos === 'NOUN' && /s$/.test(tokens[i - 1]?.lower ?? '') && !/s$/.test(t.lower))) &&
      (next === undefined || CLOSING_PUNCT.has(next.value) || next.value === ',' || (next.lower === 'out' && CLOSING_PUNCT.has(tokens[i + 2]?.value ?? '')));
    if (t.pos !== 'VERB' && !nounVerb && !trailingNounVerb) continue;
    // The lemma of a noun-tagged verb: `notes` → note, `pushes` → push, `show` → show.
    let lemma = t.pos === 'VERB' ? t.lemma : ([t.lower, t.lower.replace(/s$/, ''), t.lower.replace(/es$/, '')].find((l) => Object.hasOwn(REPORTING_VERBS, l)) ?? t.lower);
    // A verb outside the lexicon is a candidate too (`wants to`, `supports`): PolNeAR attributes
    // stances and intentions, and the learned model (`learned.ts`) decides whether it reports.
    const known = Object.hasOwn(REPORTING_VERBS, lemma);
    if (!known && t.pos !== 'VERB' && !(nounVerb && !/s$/.test(t.lower))) continue;
    // A capitalised "verb" after a name and before a verb is part of the name (`Mr. Hedge said`).
    if (!known && i > s.first && /^\p{Lu}/u.test(t.value) && tokens[i - 1]?.pos === 'PROPN' && next?.pos === 'VERB') continue;
    // An idiom: `easier said than done`.
    if (t.lower === 'said' && next?.lower === 'than' && tokens[i + 2]?.lower === 'done') continue;
    // A participle used as an adjective: `his proposed ban`, `the proposed act`, `a reported $1.2 million`.
    const determiner = tokens[i - 1];
    if (/(?:ed|en)$/.test(t.lower) && determiner !== undefined && (determiner.pos === 'DET' || POSSESSIVES.has(determiner.lower) || determiner.lower === "'s" || determiner.lower === '’s') && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.value === '$')) continue;
    let cls = REPORTING_VERBS[lemma];
    if (next !== undefined && NOT_A_CUE_AFTER[lemma]?.has(next.lower) === true) continue;
    // `fired back`, `shot back`, `hit back`: verbs that report only with their particle.
    if (BACK_ONLY.has(lemma) && next?.lower !== 'back') continue;
    let last = i;
    let cueLemma = lemma;
    let passive = false;
    // `was quoted as saying`: one cue, the verb of speech is `say`.
    if (lemma === 'quote' && next?.lower === 'as' && tokens[i + 2]?.lemma === 'say') {
      last = i + 2;
      cueLemma = 'say';
      cls = 'neutral';
    } else if (next !== undefined && next.lower === 'by' && (t.lower.endsWith('ed') || t.lower.endsWith('en')) && t.lower !== 'asked') {
      // A passive participle (`was accused by a reporter`, `a statement reported by the Times`): the
      // agent after `by` is the source; read apart, and kept only when the learned model accepts it.
      passive = true;
    } else if (next !== undefined && PARTICLES[lemma]?.has(next.lower) === true) {
      // The preposition belongs to the cue: `talk about`, `refer to`, `call for`, `point out`.
      last = i + 1;
      cueLemma = `${lemma} ${next.lower}`;
    } else if (lemma === 'point' || lemma === 'lay') {
      continue;
    } else if (next !== undefined && i + 1 <= s.last && quotedIn[i + 1] === -1 && !SPEECH_VERBS.has(lemma) && !Object.hasOwn(PARTICLES, lemma) && PHRASAL.has(next.lower) && next.pos !== 'NOUN' && next.pos !== 'VERB') {
      // Other verbs keep their particle or preposition too (`vouch for`, `weigh in on`, `fire back`):
      // on PolNeAR train, 80–100 % of such cues include it.
      last = i + 1;
      cueLemma = `${lemma} ${next.lower}`;
    }
    // `declined to say`, `wanted to show`, `sought to clarify`: a verb of speech in the infinitive
    // after it makes one cue with it, the infinitive's verb reporting (`to comment` is the content of `declined`).
    const infinitive = tokens[last + 2];
    let chained = false;
    if (tokens[last + 1]?.lower === 'to' && last + 2 <= s.last && infinitive !== undefined && infinitive.pos === 'VERB' && quotedIn[last + 2] === -1 && infinitive.lemma !== 'comment' && ((Object.hasOwn(REPORTING_VERBS, infinitive.lemma) && !(INFINITIVE_VERBS.has(lemma) && !SPEECH_VERBS.has(infinitive.lemma))) || CHAIN_HEADS.has(lemma)) && !inCompound(tokens, last + 2)) {
      chained = true;
      last += 2;
      lemma = infinitive.lemma;
      cueLemma = lemma;
      cls = REPORTING_VERBS[lemma];
      const particle = tokens[last + 1];
      if (particle !== undefined && last + 1 <= s.last && PARTICLES[lemma]?.has(particle.lower) === true) {
        last++;
        cueLemma = `${lemma} ${particle.lower}`;
      }
    }
    // Auxiliaries, negation and adverbs before the verb belong to the cue: `has learned`, `did not say`, `also said`.
    let first = i;
    while (first - 1 >= s.first) {
      const before = tokens[first - 1] as Token;
      const negation = before.pos === 'PART' && (before.lower === 'not' || before.lower === "n't" || before.lower === 'n’t');
      const adverb = before.pos === 'ADV' && /ly$|^(?:also|later|then|again|still|once|previously|recently|repeatedly|even|never|often|already|just|first|now|only|earlier|not|long)$/.test(before.lower) && quotedIn[first - 1] === -1 && !nameLike(tokens, first - 1, s.first);
      if (before.pos === 'AUX' || negation || adverb) first--;
      else break;
    }
    // An infinitive keeps its `to` in the cue reported (`to endorse Trump`, `to say that …`), as PolNeAR's cues do.
    const to = first === i && t.lower === t.lemma && tokens[first - 1]?.lower === 'to' && tokens[first - 1]?.pos === 'PART' && first - 1 >= s.first;
    // `said in a statement`: PolNeAR's annotators keep the statement in the cue (51 times on train, 24 not).
    if (cueLemma === 'say') last = statementAfter(tokens, last, s.last, quotedIn) ?? last;
    // `said:` — the colon that introduces the content is part of the cue.
    if (tokens[last + 1]?.value === ':' && last + 1 <= s.last) last++;
    const cue: Cue = { first, last, head: i, lemma: cueLemma, verb: lemma === 'quote' && cueLemma === 'say' ? 'say' : lemma };
    if (cls !== undefined) cue.cls = cls;
    if (chained) cue.chained = true;
    if (passive) cue.passive = true;
    if (to) cue.to = first - 1;
    cues.push(cue);
    i = last;
  }
  return cues;
}
