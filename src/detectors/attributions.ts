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
 */
import { REPORTING_VERBS, type CueClass } from '../lexicons/reporting-verbs.js';
import { MEDIA_WORDS, ROLE_NOUNS } from '../lexicons/sources.js';
import type { Token } from '../nlp/wink.js';
import { firstTokenAtOrAfter, type ArticleContext, type SentenceRange } from './context.js';
import type { QuotedStretch } from './quote-marks.js';

/** An attribution in analysed-text offsets, before speakers are resolved. */
export interface RawAttribution {
  kind: 'direct' | 'indirect' | 'mixed';
  content: [number, number];
  parts: Array<[number, number]>;
  cue?: [number, number];
  cueLemma?: string;
  cueClass?: CueClass;
  /** The source as written here, appositive included (`Jonathan Schanzer, senior vice president at …,`): token indices, inclusive. */
  source?: [number, number];
  /** The noun phrase inside the source that names the speaker (`Jonathan Schanzer`), when it is shorter than `source`. */
  speakerRange?: [number, number];
  /** An appositive or role phrase beside the source (`, a spokesman for …,`): token indices. */
  role?: [number, number];
  /** Media it was relayed through (`told Reuters`, `according to Iranian media`): token indices. */
  medium?: [number, number];
  sentence: number;
  paragraph: number;
  /** A quote standing on its own after an attributed one: it continues that speaker. */
  floating?: boolean;
  /** Quote marks around words that no one in the sentence is said to have said. */
  unattributed?: boolean;
  /** Index (in the returned list) of the attribution whose speaker this one continues. */
  continues?: number;
}

type Range = [number, number];

/** Verbs that report speech whatever follows them: `…, he said.` */
const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'state', 'claim', 'insist', 'allege', 'report', 'write', 'tweet', 'explain', 'note',
  'warn', 'continue', 'reply', 'announce', 'confirm', 'argue', 'ask', 'concede', 'admit', 'acknowledge',
  'observe', 'predict', 'declare', 'remark', 'quip', 'joke', 'recall', 'reiterate', 'vow', 'conclude',
  'counter', 'deny', 'assert', 'contend', 'boast', 'muse', 'suggest', 'post', 'caution', 'comment',
  'testify', 'stress', 'emphasize', 'emphasise', 'read',
]);
/** Verbs whose object comes before the content: `told Reuters that …`, `urged them to …`. */
const OBJECT_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'brief', 'notify', 'convince', 'persuade', 'accuse']);
/** Verbs whose content may be an infinitive: `vowed to retaliate`, `urged X to stop`. */
const INFINITIVE_VERBS = new Set(['vow', 'pledge', 'promise', 'threaten', 'urge', 'ask', 'advise', 'warn', 'call', 'demand', 'appeal', 'implore', 'encourage', 'beg', 'request', 'recommend', 'refuse', 'decline', 'agree', 'offer', 'claim']);
/** Prepositions and particles that belong to the cue after these verbs. */
const PARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  point: new Set(['out', 'to']),
  call: new Set(['for', 'on']),
  lash: new Set(['out']),
  talk: new Set(['about', 'of']),
  speak: new Set(['about', 'of', 'out']),
  refer: new Set(['to']),
  respond: new Set(['to']),
  comment: new Set(['on']),
  complain: new Set(['about', 'of']),
  warn: new Set(['about', 'of', 'against']),
  focus: new Set(['on']),
  vote: new Set(['for', 'against']),
  push: new Set(['for']),
  lay: new Set(['out']),
  ask: new Set(['about', 'for']),
  worry: new Set(['about']),
  rail: new Set(['against']),
  agree: new Set(['with']),
  joke: new Set(['about']),
  boast: new Set(['about', 'of']),
  brag: new Set(['about']),
};

/** Verbs too often used in other senses to take a bare complement: `continue` (keep on), `call` (name), `add` (numbers). */
const NEEDS_MARKER = new Set(['continue', 'call', 'add', 'know', 'name', 'order', 'offer', 'post', 'text', 'find', 'read', 'fear', 'hope', 'expect', 'understand', 'figure', 'project', 'signal', 'lay', 'appear', 'seem', 'echo']);

/** Non-speech uses to leave alone: `think tank`, `reported by` (a passive), `speaking on condition …`. */
const NOT_A_CUE_AFTER: Readonly<Record<string, ReadonlySet<string>>> = {
  think: new Set(['tank', 'tanks']),
  call: new Set(['center', 'centre']),
  know: new Set(['as']),
};

const CLOSING_PUNCT = new Set(['.', '!', '?', '…']);
/** Longest walk over a noun phrase, and the window in which a clause's verb is looked for. */
const WALK_MAX = 24;
const CLAUSE_WINDOW = 40;
/** Time words that may stand between a cue and its content: `said last week that …`. */
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'last', 'this', 'next', 'earlier', 'later', 'recently', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend']);
const QUOTE_MARKS = new Set(['“', '”', '"', '‘', '’', "'"]);
const DASHES = new Set(['–', '—', '―', '--']);
/** Words that open a subordinate clause (wink tags some of them ADV): `…, when Clinton blasted him`. */
const SUBORDINATORS = new Set(['when', 'while', 'as', 'because', 'after', 'before', 'since', 'although', 'though', 'if', 'whereas', 'until']);
/** Words that open the question after `asked`. */
const QUESTION_OPENERS = new Set(['whether', 'if', 'about', 'what', 'why', 'how', 'who', 'when', 'where', 'which', 'to', 'specifically']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'that']);

/** The text of the first token of a non-empty list. */
function t1(tokens: readonly Token[]): string {
  return (tokens[0] as Token).value;
}

function isWordy(t: Token): boolean {
  return /[\p{L}\p{N}]/u.test(t.value);
}

/** Does the token count as part of a noun phrase (a source or an addressee)? */
function isNominal(t: Token): boolean {
  switch (t.pos) {
    case 'PROPN':
    case 'NOUN':
    case 'ADJ':
    case 'NUM':
    case 'DET':
    case 'PRON':
      return true;
    case 'PART':
      return t.lower === "'s" || t.lower === '’s';
    case 'PUNCT':
      // Glued punctuation inside a name: `Mr.`, `O’Malley`, `Iran-backed`, `USA TODAY/Suffolk`.
      return (t.value === '-' || t.value === '.' || t.value === '’' || t.value === "'" || t.value === '/') && !t.spaceBefore;
    case 'SYM':
      return t.value === '/' && !t.spaceBefore;
    default:
      // A capitalised word inside a sentence is a name whatever its tag (`Sky News Arabia`: wink tags `Sky` VERB).
      return t.abbrev || (t.type === 'word' && /^\p{Lu}/u.test(t.value) && t.pos !== 'AUX' && t.spaceBefore);
  }
}

/** Is token `i` glued by a hyphen to its neighbour (`Iran-backed`)? */
function inCompound(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (before !== undefined && before.value === '-' && !t.spaceBefore) || (t.value === '-' && after !== undefined && !after.spaceBefore && !t.spaceBefore) || (after !== undefined && after.value === '-' && !after.spaceBefore);
}

function nominalAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  // A capitalised "auxiliary" after a noun is a name (`columnist Ai Jun`).
  const before = tokens[i - 1];
  if (t.pos === 'AUX' && /^\p{Lu}\p{Ll}/u.test(t.value) && before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN')) return true;
  return isNominal(t) || (inCompound(tokens, i) && t.pos !== 'PUNCT') || (t.value === '-' && inCompound(tokens, i));
}

/**
 * The noun phrase that ends at token `end` (inclusive), walking left no further than `limit`.
 * Takes `of`/`for`/`and` between nominals (`Foundation for Defense of Democracies`), hyphen
 * compounds (`Iran-backed`), and a short parenthesis (`Nancy Pelosi (D-California)`); a
 * determiner starts the phrase unless `of`/`with` links it to more (`a source with knowledge of the talks`).
 */
export function nounPhraseBefore(tokens: readonly Token[], end: number, limit: number): Range | null {
  // Step back over a short parenthesis after the head: `Nancy Pelosi (D-California)`.
  if (tokens[end]?.value === ')') {
    for (let j = end - 1; j >= limit && end - j <= 8; j--) {
      if ((tokens[j] as Token).value === '(') {
        const inner = nounPhraseBefore(tokens, j - 1, limit);
        return inner === null ? null : [inner[0], end];
      }
    }
    return null;
  }
  const last = tokens[end];
  if (last === undefined || end < limit) return null;
  // A pronoun is a source of its own (`he said`), unless it is the object of a preposition inside
  // a longer phrase (`a source close to him said`).
  const objectOfPreposition = last.pos === 'PRON' && tokens[end - 1]?.pos === 'ADP' && end - 2 >= limit && nominalAt(tokens, end - 2);
  if (last.pos === 'PRON' && !objectOfPreposition) return [end, end];
  let i = objectOfPreposition ? end - 1 : end;
  // Walks are bounded (a name and its role are short) so that a sentence of a million capitalised
  // words costs linear time, not quadratic.
  limit = Math.max(limit, end - WALK_MAX);
  while (i >= limit) {
    const t = tokens[i] as Token;
    if (t.pos === 'DET') {
      const before = tokens[i - 1];
      if (i - 1 >= limit && before !== undefined && (before.pos === 'ADP' || before.pos === 'CCONJ') && i - 2 >= limit && nominalAt(tokens, i - 2)) {
        i -= 2;
        continue;
      }
      i--;
      break;
    }
    if (t.pos === 'PRON' && i < end) break;
    // A short parenthesis inside the phrase: `Jason Chaffetz (R-Utah) and Bob Goodlatte (R-Va.)`.
    if (t.value === ')' && i < end) {
      let open = i - 1;
      while (open >= limit && i - open <= 8 && (tokens[open] as Token).value !== '(') open--;
      if (open - 1 >= limit && (tokens[open] as Token).value === '(' && nominalAt(tokens, open - 1)) {
        i = open - 1;
        continue;
      }
      break;
    }
    if (nominalAt(tokens, i)) {
      i--;
      continue;
    }
    // A participle phrase after the head: `data released Friday by state regulators`, `a poll conducted for CNN`.
    if (t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && i - 1 >= limit && i < end && nominalAt(tokens, i - 1) && (tokens[i - 1] as Token).pos !== 'PRON' && tokens.slice(i + 1, end).some((u) => u.pos === 'ADP')) {
      i--;
      continue;
    }
    if ((t.pos === 'ADP' || t.pos === 'CCONJ') && i - 1 >= limit && i < end && (nominalAt(tokens, i - 1) || (tokens[i - 1] as Token).value === ')') && nominalAt(tokens, i + 1) && t.lower !== 'than') {
      i--;
      continue;
    }
    break;
  }
  let start = i + 1;
  while (start <= end && (!isWordy(tokens[start] as Token) || (tokens[start] as Token).pos === 'ADP' || (tokens[start] as Token).pos === 'CCONJ')) start++;
  if (start > end) return null;
  if (end - start > 16) start = end - 16;
  return [start, end];
}

/** The noun phrase that starts at token `start`, walking right no further than `limit`. */
export function nounPhraseAfter(tokens: readonly Token[], start: number, limit: number): Range | null {
  const first = start;
  if (first > limit || tokens[first] === undefined) return null;
  const head = tokens[first] as Token;
  if (!isWordy(head)) return null;
  if (head.pos === 'PRON') return RELATIVE.has(head.lower) ? null : [first, first];
  let i = first;
  limit = Math.min(limit, first + WALK_MAX);
  while (i <= limit) {
    const t = tokens[i] as Token;
    if (t.pos === 'PRON') break;
    if (t.pos === 'DET' && i > first && (tokens[i - 1] as Token).pos !== 'ADP') break;
    if (nominalAt(tokens, i)) {
      i++;
      continue;
    }
    // A modifier wink tags as an adverb or participle inside the phrase: `a new poll`, `a recently released poll`.
    const previous = tokens[i - 1];
    if ((t.pos === 'ADV' || t.pos === 'VERB') && i > first && previous !== undefined && (previous.pos === 'DET' || previous.pos === 'ADJ' || previous.pos === 'ADV') && i + 1 <= limit && nominalAt(tokens, i + 1)) {
      i++;
      continue;
    }
    // wink tags some prepositions SCONJ (`a spokesman for Ted Cruz`).
    if ((t.pos === 'ADP' || t.pos === 'CCONJ' || (t.pos === 'SCONJ' && (t.lower === 'for' || t.lower === 'of'))) && i > first && i + 1 <= limit && nominalAt(tokens, i + 1) && t.lower !== 'than' && t.lower !== 'to') {
      i++;
      continue;
    }
    break;
  }
  let end = i - 1;
  while (end >= first && (!isWordy(tokens[end] as Token) || (tokens[end] as Token).pos === 'ADP' || (tokens[end] as Token).pos === 'CCONJ' || (tokens[end] as Token).pos === 'DET')) end--;
  if (end < first) return null;
  if (end - first > 16) end = first + 16;
  return [first, end];
}

/** Does any token in `[from, to]` look like a verb of a clause (outside quote marks)? */
function hasVerb(tokens: readonly Token[], from: number, to: number, quotedIn: Int32Array, skipModifiers = false): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i] as Token;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && quotedIn[i] === -1 && !inCompound(tokens, i) && !nounUse(tokens, i) && !(skipModifiers && modifierAt(tokens, i, to))) return true;
  }
  return false;
}

/** A capitalised "adverb" opening the sentence right before a verb is a name wink mistagged (`Jolly said …`). */
function nameLike(tokens: readonly Token[], i: number, sentenceFirst: number): boolean {
  const t = tokens[i] as Token;
  return i === sentenceFirst && /^\p{Lu}\p{Ll}/u.test(t.value) && tokens[i + 1]?.pos === 'VERB' && !ADVERB_OPENERS.has(t.lower);
}

/** Adverbs that do open a sentence right before its verb (`Later said …` in a list of events). */
const ADVERB_OPENERS = new Set(['also', 'later', 'then', 'again', 'still', 'once', 'previously', 'recently', 'repeatedly', 'even', 'never', 'often', 'already', 'just', 'first', 'now', 'only', 'soon']);

/** A participle between a determiner or adjective and a noun modifies it: `another unaligned Iowa strategist`. */
function modifierAt(tokens: readonly Token[], i: number, limit: number): boolean {
  const before = tokens[i - 1];
  const t = tokens[i] as Token;
  if (t.pos !== 'VERB') return false;
  // A capitalised word inside a phrase is a name, whatever wink's tag (`the Concord area`).
  if (/^\p{Lu}/u.test(t.value) && before !== undefined && before.pos !== 'PUNCT') return true;
  if (!/(?:ed|ing|en)$/.test(t.lower) || before === undefined || i + 1 > limit) return false;
  // `another unaligned strategist`, `a customer based in Boston`, `the platform drafting committee`.
  const next = tokens[i + 1] as Token;
  return ((before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'ADV') && nominalAt(tokens, i + 1)) || (/(?:ed|en)$/.test(t.lower) && before.pos === 'NOUN' && next.pos === 'ADP') || (t.lower.endsWith('ing') && before.pos === 'NOUN' && next.pos === 'NOUN');
}

/** A verb-looking word used as a noun in a compound: `think tank`, `call center`. */
function nounUse(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && NOT_A_CUE_AFTER[(tokens[i] as Token).lemma]?.has(next.lower) === true;
}

function hasQuote(quotedIn: Int32Array, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (quotedIn[i] !== -1) return true;
  return false;
}

/** A cue found in a sentence: its tokens, lemma and class. */
interface Cue {
  first: number;
  last: number;
  /** The verb itself (or `according`). */
  head: number;
  /** The cue's lemma as reported: `say`, `call for`, `according to`. */
  lemma: string;
  /** The verb's own lemma: `call` for `call for`. */
  verb: string;
  cls: CueClass;
}

/** The cues of a sentence: reporting verbs outside quote marks, `according to`, `quoted as saying`. */
function cuesIn(tokens: readonly Token[], s: SentenceRange, quotedIn: Int32Array): Cue[] {
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
    // wink sometimes tags a verb as a noun after a plural subject (`Polls show that …`).
    const nounVerb =
      t.pos === 'NOUN' &&
      (tokens[i - 1]?.pos === 'NOUN' || tokens[i - 1]?.pos === 'PROPN' || tokens[i - 1]?.pos === 'PRON' || (tokens[i - 1]?.value === ',' && next?.lower === 'that')) &&
      (/s$/.test(t.lower) || (tokens[i - 1]?.pos !== 'PRON' && /s$/.test(tokens[i - 1]?.lower ?? ''))
        ? next?.lower === 'that' || next?.pos === 'PRON' || next?.pos === 'DET' || next?.pos === 'PROPN'
        : next?.lower === 'that' || (next?.pos === 'PRON' && next.lower !== 'their' && next.lower !== 'his' && next.lower !== 'her'));
    // … and after a name at the end of a sentence (`…,” Conway notes.`, `Bozell points out.`).
    const trailingNounVerb =
      t.pos === 'NOUN' && tokens[i - 1]?.pos === 'PROPN' && /s$/.test(t.lower) && quotedIn[i - 1] === -1 &&
      (next === undefined || CLOSING_PUNCT.has(next.value) || next.value === ',' || (next.lower === 'out' && CLOSING_PUNCT.has(tokens[i + 2]?.value ?? '')));
    if (t.pos !== 'VERB' && !nounVerb && !trailingNounVerb) continue;
    // The lemma of a noun-tagged verb: `notes` → note, `pushes` → push, `show` → show.
    const lemma = t.pos === 'VERB' ? t.lemma : ([t.lower, t.lower.replace(/s$/, ''), t.lower.replace(/es$/, '')].find((l) => Object.hasOwn(REPORTING_VERBS, l)) ?? t.lower);
    if (!Object.hasOwn(REPORTING_VERBS, lemma)) continue;
    // A participle used as an adjective: `his proposed ban`, `the proposed act`, `a reported $1.2 million`.
    const determiner = tokens[i - 1];
    if (/(?:ed|en)$/.test(t.lower) && determiner !== undefined && (determiner.pos === 'DET' || POSSESSIVES.has(determiner.lower) || determiner.lower === "'s" || determiner.lower === '’s') && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || next.pos === 'NUM' || next.value === '$')) continue;
    let cls = REPORTING_VERBS[lemma] as CueClass;
    if (next !== undefined && NOT_A_CUE_AFTER[lemma]?.has(next.lower) === true) continue;
    let last = i;
    let cueLemma = lemma;
    // `was quoted as saying`: one cue, the verb of speech is `say`.
    if (lemma === 'quote' && next?.lower === 'as' && tokens[i + 2]?.lemma === 'say') {
      last = i + 2;
      cueLemma = 'say';
      cls = 'neutral';
    } else if (next !== undefined && next.lower === 'by' && (t.lower.endsWith('ed') || t.lower.endsWith('en')) && t.lower !== 'asked') {
      // A passive participle (`a statement reported by the New York Times`) is not a cue here.
      continue;
    } else if (next !== undefined && PARTICLES[lemma]?.has(next.lower) === true) {
      // The preposition belongs to the cue: `talk about`, `refer to`, `call for`, `point out`.
      last = i + 1;
      cueLemma = `${lemma} ${next.lower}`;
    } else if (lemma === 'point' || lemma === 'lay' || lemma === 'speak') {
      continue;
    }
    // Auxiliaries, negation and adverbs before the verb belong to the cue: `has learned`, `did not say`, `also said`.
    let first = i;
    while (first - 1 >= s.first) {
      const before = tokens[first - 1] as Token;
      const negation = before.pos === 'PART' && (before.lower === 'not' || before.lower === "n't" || before.lower === 'n’t');
      const adverb = before.pos === 'ADV' && /ly$|^(?:also|later|then|again|still|once|previously|recently|repeatedly|even|never|often|already|just|first|now|only|earlier|not)$/.test(before.lower) && quotedIn[first - 1] === -1 && !nameLike(tokens, first - 1, s.first);
      if (before.pos === 'AUX' || negation || adverb) first--;
      else break;
    }
    // `said:` — the colon that introduces the content is part of the cue.
    if (tokens[last + 1]?.value === ':' && last + 1 <= s.last) last++;
    cues.push({ first, last, head: i, lemma: cueLemma, verb: lemma === 'quote' && cueLemma === 'say' ? 'say' : lemma, cls });
    i = last;
  }
  return cues;
}

/** `called him a liar`, `called the lines “unacceptable”`: a person or thing, then what they are called. */
function namesObject(tokens: readonly Token[], object: Range | null, after: Token): boolean {
  if (object === null) return false;
  const head = tokens[object[0]] as Token;
  const personal = head.pos === 'PRON' || head.pos === 'PROPN' || head.pos === 'DET';
  return personal && (after.lower === 'a' || after.lower === 'an' || after.pos === 'ADJ' || QUOTE_MARKS.has(after.value));
}

/** Heads of noun phrases that report figures: `a CNN/ORC poll released Monday`. */
const POLL_WORDS = new Set(['poll', 'polls', 'survey', 'surveys']);

/** A noun phrase from `start` up to a comma, headed by a poll or survey word: `a new CNN/ORC poll released Monday`. */
function pollPhrase(tokens: readonly Token[], start: number, last: number): Range | null {
  let poll = false;
  for (let i = start; i <= last && i - start <= 15; i++) {
    const t = tokens[i] as Token;
    if (t.value === ',') return poll && i > start ? [start, i - 1] : null;
    if (POLL_WORDS.has(t.lower)) poll = true;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ed|en)$/.test(t.lower)) || CLOSING_PUNCT.has(t.value) || QUOTE_MARKS.has(t.value)) return null;
  }
  return null;
}

/**
 * Skips an appositive `, a spokesman for Iraq’s Ministry of Defense,` (or one set off by dashes)
 * that ends at `close`, the comma or dash before the cue, and returns the noun phrase before it.
 */
function appositiveBefore(tokens: readonly Token[], close: number, limit: number, quotedIn: Int32Array): { np: Range; role?: Range } | null {
  const closing = (tokens[close] as Token).value;
  const opener = DASHES.has(closing) ? DASHES : new Set([',']);
  for (let j = close - 1; j >= limit && close - j <= 30; j--) {
    const t = tokens[j] as Token;
    if (opener.has(t.value)) {
      const role: Range = [j + 1, close - 1];
      const np = nounPhraseBefore(tokens, j - 1, limit);
      if (np === null || np[1] !== j - 1) return null;
      // The role is a noun phrase, a participle phrase (`speaking on condition of anonymity`) or a
      // relative clause (`which was targeted in the airstrikes`); never a quote.
      if (hasQuote(quotedIn, role[0], role[1])) return null;
      // `, also campaigning in Wisconsin,`: an adverb may come before the participle.
      const firstRole = (tokens[role[0]] as Token).pos === 'ADV' && role[0] < role[1] ? (tokens[role[0] + 1] as Token) : (tokens[role[0]] as Token);
      const participle = firstRole.lower.endsWith('ing') || firstRole.lower.endsWith('ed');
      const relative = tokens.slice(role[0], role[1] + 1).some((r) => RELATIVE.has(r.lower) && (r.pos !== 'DET' || r.lower === 'whose'));
      if (!participle && !relative && hasVerb(tokens, role[0], role[1], quotedIn, true)) return null;
      // Two appositives: `Hogan Gidley, a former party director, whose roots are …, said`: the name opens the source.
      const name = (tokens[np[0]] as Token).pos === 'DET' && tokens[np[0] - 1]?.value === ',' && np[0] - 2 >= limit ? nounPhraseBefore(tokens, np[0] - 2, limit) : null;
      if (name !== null && name[1] === np[0] - 2 && (tokens[name[1]] as Token).pos === 'PROPN') return { np: name, role: [np[0], role[1]] };
      return { np, role };
    }
    if (CLOSING_PUNCT.has(t.value) || QUOTE_MARKS.has(t.value)) break;
  }
  // No opening comma: a subject followed by a stray comma (`lawmaker Ahmed Al Asadi, described …`).
  const np = nounPhraseBefore(tokens, close - 1, limit);
  if (np !== null && np[0] === limit && (tokens[np[1]] as Token).pos === 'PROPN') return { np };
  return null;
}

/** Builds the parts (pieces of quoted content) and kind of a content range. */
function shape(range: Range, stretches: readonly QuotedStretch[]): { kind: RawAttribution['kind']; parts: Range[] } {
  const [s, e] = range;
  let quoted = 0;
  for (const q of stretches) {
    for (const [a, b] of q.pieces) {
      const overlap = Math.min(b, e) - Math.max(a, s);
      if (overlap > 0) quoted += overlap;
    }
  }
  // Direct: the content is the quote itself (`“…,”`), not outlet words around a quoted fragment.
  const opensWithQuote = stretches.some((q) => Math.abs(q.open - s) <= 1);
  if (opensWithQuote && quoted >= 0.9 * Math.max(1, e - s - 4)) return { kind: 'direct', parts: [[s, e]] };
  return { kind: quoted > 0 ? 'mixed' : 'indirect', parts: [[s, e]] };
}

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
      const b = found[j] as RawAttribution;
      if (b.unattributed) continue;
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
  const inner = ctx.text.slice(q.open, q.close).replace(/[\s”’"']+$/u, '');
  return /^[\s.,;:!?…”’"')\]]*$/.test(after) || (/[.!?…]$/.test(inner) && /^\p{Lu}/u.test(after));
}

function sentenceAt(ctx: ArticleContext, offset: number): number {
  const i = firstTokenAtOrAfter(ctx.tokens, offset);
  return ctx.sentenceOf[Math.min(i, ctx.tokens.length - 1)] ?? 0;
}

/** Reads the attributions of one sentence. */
class SentenceReader {
  private readonly tokens: readonly Token[];
  private readonly out: RawAttribution[] = [];

  constructor(
    private readonly ctx: ArticleContext,
    private readonly s: SentenceRange,
    private readonly stretches: readonly QuotedStretch[],
    private readonly quotedIn: Int32Array,
  ) {
    this.tokens = ctx.tokens;
  }

  read(): RawAttribution[] {
    const colon = this.colonAttribution();
    if (colon !== null) this.out.push(colon);
    const cues = cuesIn(this.tokens, this.s, this.quotedIn);
    for (const cue of cues) {
      const attribution = this.readCue(cue);
      if (attribution !== null) this.out.push(attribution);
    }
    this.relayMedia();
    this.cutAtNextCue();
    return this.out.filter((a, k) => !this.describedInside(a, k));
  }

  /**
   * A relative clause inside someone else's content (`Trump said people who praised Clinton were
   * fools`) describes; it is not a report of its own.
   */
  private describedInside(a: RawAttribution, k: number): boolean {
    const { source, cue } = a;
    if (source === undefined || cue === undefined || source[0] !== source[1] || !RELATIVE.has((this.tokens[source[0]] as Token).lower)) return false;
    // The reports around it are its neighbours in cue order (a bounded look keeps a sentence of cues linear).
    for (let j = Math.max(0, k - 8); j < this.out.length && j <= k + 8; j++) {
      const b = this.out[j] as RawAttribution;
      if (j !== k && b.content[0] <= cue[0] && cue[1] <= b.content[1]) return true;
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

  private at(i: number): Token | undefined {
    return i >= this.s.first && i <= this.s.last ? this.tokens[i] : undefined;
  }

  private offsets(first: number, last: number): Range {
    return [(this.tokens[first] as Token).start, (this.tokens[last] as Token).end];
  }

  /**
   * `Pat Caddell: Democrat Voters Worried …` (a headline) or `Kirby: “We will respond.”`: a name,
   * a colon, and what it said. The name is two to five capitalised words, or a known speaker form.
   */
  private colonAttribution(): RawAttribution | null {
    const { tokens, s } = this;
    let colon = -1;
    for (let i = s.first + 1; i <= Math.min(s.last, s.first + 6); i++) {
      if ((tokens[i] as Token).value === ':') {
        colon = i;
        break;
      }
    }
    if (colon < 0 || colon + 1 > s.last || this.quotedIn[colon] !== -1) return null;
    const name = tokens.slice(s.first, colon);
    const words = name.filter(isWordy);
    const cue: Cue = { first: colon, last: colon, head: colon, lemma: ':', verb: ':', cls: 'attributive' };
    const from = colon + 1;
    const paragraph = this.ctx.paragraphs[s.paragraph];
    // A transcript's speaker label (`TAPPER: And obviously …`, `Q: …`) opens its paragraph and
    // speaks to the paragraph's end.
    const opensParagraph = paragraph !== undefined && this.ctx.text.slice(paragraph.start, (tokens[s.first] as Token).start).trim() === '';
    if (opensParagraph && words.length >= 1 && words.length <= 3 && name.length === words.length && words.every((t) => /^\p{Lu}[\p{Lu}.'’-]*$/u.test(t.value)) && (words.length > 1 || t1(words).length > 1 || /^[QA]$/.test(t1(words)))) {
      let end = paragraph.end;
      while (end > (tokens[from] as Token).start && /\s/.test(this.ctx.text[end - 1] ?? '')) end--;
      return this.attribution(cue, [(tokens[from] as Token).start, end], [s.first, colon - 1]);
    }
    // A single name will do in a headline (`Lynch: No outside influence …`) or before a quote (`Jones: “…”`).
    const quoteFollows = QUOTE_MARKS.has((tokens[from] as Token).value);
    const fewest = paragraph?.role === 'headline' || quoteFollows ? 1 : 2;
    if (words.length < fewest || words.length > 5) return null;
    if (!words.every((t) => /^\p{Lu}/u.test(t.value) && !/^\p{Lu}+$/u.test(t.value)) || words.some((t) => t.pos === 'VERB' && !/^\p{Lu}/u.test(t.value))) return null;
    return this.attribution(cue, [(tokens[from] as Token).start, this.contentEnd(from)], [s.first, colon - 1]);
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

  /** `reported that …, and accused the US of …`: the first content ends where a coordinated cue begins. */
  private cutAtNextCue(): void {
    for (let k = 0; k + 1 < this.out.length; k++) {
      const a = this.out[k] as RawAttribution;
      for (const b of this.out.slice(k + 1, k + 3)) {
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
  private newClauseAt(i: number): boolean {
    const before = this.at(i - 1);
    if (before === undefined || this.quotedIn[i - 1] !== -1) return false;
    const linked = before.pos === 'CCONJ' || before.pos === 'SCONJ' || SUBORDINATORS.has(before.lower);
    const comma = linked ? this.at(i - 2) : before;
    // A comma closes the clause before, also inside a closing quote (`…,” when Clinton blasted him`).
    const closing = comma !== undefined && QUOTE_MARKS.has(comma.value) ? this.at(i - (linked ? 3 : 2)) : comma;
    return closing !== undefined && (closing.value === ',' || closing.value === ';');
  }

  private insideQuote(offset: number): boolean {
    return this.stretches.some((q) => q.pieces.some(([a, b]) => a <= offset && offset < b));
  }

  /** End of content starting at token `from`: the sentence's end, or a quote running past it. */
  private contentEnd(from: number): number {
    const { tokens, quotedIn, s, stretches } = this;
    let end = s.last;
    while (end > from && CLOSING_PUNCT.has((tokens[end] as Token).value) && quotedIn[end] === -1) end--;
    // Stop at a clause that leaves the reported speech: `; …`, `, but …`.
    for (let i = from + 1; i < end && i - from <= 4 * CLAUSE_WINDOW; i++) {
      const t = tokens[i] as Token;
      if (quotedIn[i] !== -1) continue;
      const nextWord = tokens[i + 1]?.lower ?? '';
      if (t.value === ',' && ((['but', 'though', 'although', 'whereas'].includes(nextWord) && hasVerb(tokens, i + 2, end, quotedIn)) || (nextWord === 'according' && tokens[i + 2]?.lower === 'to'))) {
        end = i - 1;
        break;
      }
      if (this.endsMissedSentence(i)) {
        end = i;
        break;
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

  /** Does token `i`, a closing quote mark, end a sentence the splitter missed (`… "stop its escapades." The agency said …`)? */
  private endsMissedSentence(i: number): boolean {
    const { tokens, quotedIn } = this;
    const t = tokens[i] as Token;
    const previous = tokens[i - 1];
    const following = tokens[i + 1];
    return QUOTE_MARKS.has(t.value) && quotedIn[i] === -1 && quotedIn[i - 1] !== -1 && previous !== undefined && CLOSING_PUNCT.has(previous.value) && following !== undefined && following.spaceBefore && quotedIn[i + 1] === -1 && /^\p{Lu}/u.test(following.value);
  }

  /** Where content that starts at token `first` really starts: at the opening of a quote that began earlier. */
  private contentStart(first: number): number {
    const t = this.tokens[first] as Token;
    const q = this.quotedIn[first] ?? -1;
    if (q >= 0) {
      const stretch = this.stretches[q] as QuotedStretch;
      if (stretch.open < t.start) return stretch.open;
    }
    return t.start;
  }

  private attribution(cue: Cue, content: Range, source: Range | null, extra: Partial<RawAttribution> = {}): RawAttribution | null {
    if (content[1] <= content[0]) return null;
    // `No one claimed responsibility`: nobody is speaking.
    if (source !== null && /^(?:no one|nobody|none|nothing|neither)$/i.test(this.ctx.text.slice((this.tokens[source[0]] as Token).start, (this.tokens[source[1]] as Token).end))) return null;
    const a: RawAttribution = {
      ...shape(content, this.stretches),
      content,
      cue: this.offsets(cue.first, cue.last),
      cueLemma: cue.lemma,
      cueClass: cue.cls,
      sentence: this.s.index,
      paragraph: this.s.paragraph,
      ...extra,
    };
    if (source !== null) a.source = source;
    return a;
  }

  private readCue(cue: Cue): RawAttribution | null {
    if (cue.lemma === 'according to') return this.according(cue);
    if (cue.verb === 'reportedly') return this.reportedly(cue);
    if (cue.verb === 'in') return this.poll(cue);
    const raised = this.raising(cue);
    if (raised !== undefined) return raised;
    const question = this.askedQuestion(cue);
    if (question !== undefined) return question;
    const head = this.tokens[cue.head] as Token;
    if (head.lower.endsWith('ing') && this.at(cue.first - 1)?.value === ',') return this.gerund(cue);
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
    const seem = (cue.verb === 'seem' || cue.verb === 'appear') && next !== undefined && (next.lower === 'to' || next.pos === 'ADJ' || next.pos === 'DET');
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
    const { tokens, s } = this;
    const source = pollPhrase(tokens, cue.last + 1, s.last);
    if (source === null || source[1] + 2 > s.last) return null;
    return this.attribution(cue, [(tokens[source[1] + 2] as Token).start, this.contentEnd(source[1] + 2)], source);
  }

  /** according to SOURCE, CONTENT  /  CONTENT, according to SOURCE */
  private according(cue: Cue): RawAttribution | null {
    const { tokens, s } = this;
    const np = nounPhraseAfter(tokens, cue.last + 1, s.last);
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
    const before = cue.first - 1;
    if (this.at(before)?.value === ',' && before - 1 >= s.first) {
      return this.attribution(cue, [this.contentStart(s.first), (tokens[before - 1] as Token).end], [np[0], sourceEnd]);
    }
    // `…,” according to CNN.` (the comma inside the quote) and `… 46 percent to 39 percent according to
    // a CBS poll.` (no comma): the content is the clause before, when the source ends the sentence.
    const endsSentence = this.at(sourceEnd + 1) === undefined || CLOSING_PUNCT.has((this.at(sourceEnd + 1) as Token).value);
    const previous = this.at(before);
    if (endsSentence && previous !== undefined && before - 1 >= s.first && (QUOTE_MARKS.has(previous.value) || (isWordy(previous) && hasVerb(tokens, s.first, before, this.quotedIn)))) {
      return this.attribution(cue, [this.contentStart(s.first), previous.end], [np[0], sourceEnd]);
    }
    if (cue.first === s.first || (cue.first === s.first + 1 && this.at(s.first)?.pos === 'CCONJ')) {
      let from = sourceEnd + 1;
      if (this.at(from)?.value === ',') from++;
      if (from > s.last) return null;
      return this.attribution(cue, [(tokens[from] as Token).start, this.contentEnd(from)], [np[0], sourceEnd]);
    }
    return null;
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
  private trailing(cue: Cue): RawAttribution | null {
    if (!SPEECH_VERBS.has(cue.verb) && cue.lemma !== 'point out') return null;
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
      if (t.pos === 'VERB' || t.pos === 'SCONJ' || CLOSING_PUNCT.has(t.value) || t.value === ':') return null;
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
    let first = s.first;
    for (let i = s.first + 1; i < k; i++) if (this.endsMissedSentence(i)) first = i + 1;
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
      after = cue.last + 1;
    } else {
      source = nounPhraseAfter(tokens, cue.last + 1, s.last);
      // A possessive after the cue starts its content (`…, said their speeches …`), not an inverted source.
      if (source === null || POSSESSIVES.has((tokens[source[0]] as Token).lower)) return null;
      after = source[1] + 1;
      // `…, told The Jerusalem Post: “…”`: the words after the cue are its content, not a source.
      const following = this.at(after);
      if (following !== undefined && (following.value === ':' || (QUOTE_MARKS.has(following.value) && following.spaceBefore))) return null;
      if (this.at(after)?.value === ',') {
        // `said Whit Ayres, who was Rubio's pollster.`: a relative clause right after the name is its role.
        const bareRelative = this.at(after + 1);
        const roleNp = bareRelative !== undefined && RELATIVE.has(bareRelative.lower) && bareRelative.lower !== 'that' ? ([after + 1, after] as Range) : nounPhraseAfter(tokens, after + 1, s.last);
        // A role is marked by a determiner or a role noun, or it ends the sentence (`said Tom Goldstein, publisher of SCOTUSblog.`).
        const endsSentence = roleNp !== null && (this.at(roleNp[1] + 1) === undefined || CLOSING_PUNCT.has((this.at(roleNp[1] + 1) as Token).value));
        if (roleNp !== null && (roleNp[1] < roleNp[0] || endsSentence || (tokens[roleNp[0]] as Token).pos === 'DET' || tokens.slice(roleNp[0], roleNp[1] + 1).some((t) => ROLE_NOUNS.has(t.lower)))) {
          // `said Kamin, an economist who studies taxes.`: a relative clause after the role belongs to it.
          let roleEnd = roleNp[1];
          const relative = this.at(roleEnd + 1);
          // … and so does a participle phrase (`the committee organizing the convention`, `a group based in Ohio`).
          const participle = relative !== undefined && relative.pos === 'VERB' && /(?:ing|ed)$/.test(relative.lower) && (tokens[roleEnd] as Token).pos === 'NOUN';
          if (relative !== undefined && ((RELATIVE.has(relative.lower) && relative.lower !== 'that') || participle)) {
            while (roleEnd + 1 <= s.last && (tokens[roleEnd + 1] as Token).value !== ',' && !CLOSING_PUNCT.has((tokens[roleEnd + 1] as Token).value) && quotedIn[roleEnd + 1] === -1) roleEnd++;
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
    const quoteFollows = this.at(opening) !== undefined && QUOTE_MARKS.has((tokens[opening] as Token).value) && (quotedIn[opening + 1] ?? -1) !== -1;
    if (!endsWithQuote && quoteFollows) return null;
    // After the cue (and an inverted source) only adjuncts may follow: `on Monday`, `in a statement`,
    // a comma and a participle, or a second quote.
    let medium: Range | undefined;
    const told = cue.verb === 'tell' ? nounPhraseAfter(tokens, after, s.last) : null;
    if (told !== null && cue.first > mark + 1) {
      medium = told;
      after = told[1] + 1;
    }
    let stop = after;
    for (; stop <= s.last; stop++) {
      const t = tokens[stop] as Token;
      if (t.value === ',' || t.value === ':' || quotedIn[stop] !== -1 || QUOTE_MARKS.has(t.value)) break;
      // `…,” Christie said when asked whether …`: the question put to the speaker is not the content.
      if ((t.lower === 'when' || t.lower === 'after') && this.at(stop + 1)?.lower === 'asked') break;
      // `''…'' Clinton asks as a maintenance guy walks in`: a subordinate clause after the cue is not its content.
      if (SUBORDINATORS.has(t.lower) && t.lower !== 'that' && endsWithQuote) break;
      if ((t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that') && !inCompound(tokens, stop) && !(t.pos === 'VERB' && isNominal(t))) return null;
    }
    // `For black voters, he said, their experience …`: a parenthetical cue; the content goes on after it.
    const continuation = this.continuationAt(stop, k);
    if (verbless && continuation < 0) return null;
    const contentTo = (tokens[k] as Token).end;
    const extra: Partial<RawAttribution> = {};
    if (role !== undefined) {
      extra.role = role;
      extra.speakerRange = source;
      // PolNeAR's convention: an appositive between the source and the cue keeps its closing comma.
      source = [source[0], appositive !== null ? cue.first - 1 : role[1]];
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
    const q = quotedIn[i + 1] ?? -1;
    if (this.at(i) !== undefined && QUOTE_MARKS.has((tokens[i] as Token).value) && q >= 0) {
      const stretch = this.stretches[q] as QuotedStretch;
      const lastPiece = stretch.pieces[stretch.pieces.length - 1] as Range;
      const second: Range = [(tokens[i] as Token).start, stretch.closed ? stretch.close : lastPiece[1]];
      result.parts = [[result.content[0], result.content[1]], second];
      result.content = [result.content[0], second[1]];
      result.kind = 'direct';
    }
    return result;
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

  /** `SOURCE (, ROLE,) CUE (to OBJ | OBJ) (that|:|,) CONTENT` */
  private preposed(cue: Cue): RawAttribution | null {
    const { tokens, s, quotedIn } = this;
    let end = cue.first - 1;
    while (end >= s.first && (tokens[end] as Token).pos === 'ADV' && !nameLike(tokens, end, s.first)) end--;
    let source: Range | null = null;
    let role: Range | undefined;
    const before = this.at(end);
    let speakerRange: Range | undefined;
    if (before !== undefined && (before.value === ',' || DASHES.has(before.value))) {
      const apposition = appositiveBefore(tokens, end, s.first, quotedIn);
      if (apposition !== null) {
        // PolNeAR's convention, and a reader's: the source is the name with its appositive and closing comma.
        source = apposition.role === undefined ? apposition.np : [apposition.np[0], end];
        speakerRange = apposition.np;
        role = apposition.role;
      }
    } else if (before !== undefined && before.pos === 'CCONJ') {
      // A second verb shares the first one's subject: `said … and threatened to retaliate`,
      // `Mrs. Clinton shook her head and said, ''No.''`.
      const earlier = this.lastWithSource();
      const conjunction = (tokens[end] as Token).start;
      const continues = earlier !== undefined && earlier.content[1] >= conjunction - 2 && earlier.content[0] < conjunction;
      source = continues ? (earlier.source ?? null) : (this.clauseSubject(end - 1) ?? earlier?.source ?? mainSubject(tokens, s, end - 1, quotedIn));
    } else if (before !== undefined) {
      source = nounPhraseBefore(tokens, end, s.first);
      if (source !== null && source[1] !== end) source = null;
    }
    if (source === null) return null;
    // `that` alone is not a speaker: a relative clause about a thing (`a loss that showed …`) or `That said, …`.
    // On PolNeAR train, cues with `that` as their source were right a quarter of the time.
    if (source[0] === source[1] && (tokens[source[0]] as Token).lower === 'that') return null;

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
    const opener = this.at(from);
    if (opener === undefined) return null;
    const quoteSoon = hasQuote(quotedIn, from, Math.min(s.last, from + 6));
    const infinitive = opener.lower === 'to' && INFINITIVE_VERBS.has(cue.verb);
    // `urged supporters to monitor …`, `warned them that …`: the marker may follow an object, which stays in the content.
    const object = opener.pos === 'PRON' || isNominal(opener) ? nounPhraseAfter(tokens, from, s.last) : null;
    const afterObject = object === null ? undefined : this.at(object[1] + 1);
    const markedAfterObject =
      afterObject !== undefined && (afterObject.lower === 'that' || (afterObject.lower === 'to' && INFINITIVE_VERBS.has(cue.verb)) || afterObject.value === ':' || (afterObject.lower === 'of' && cue.verb === 'accuse') || (cue.lemma === 'call' && namesObject(tokens, object, afterObject)));
    // `continued to raise money`, `continued his romp`: aspect, not speech; only `continued: “…”` reports.
    if (cue.verb === 'continue' && !(opener.lower === 'that' || opener.value === ':' || opener.value === ',' || QUOTE_MARKS.has(opener.value) || quotedIn[from] !== -1)) return null;
    const marked = opener.lower === 'that' || opener.value === ':' || opener.value === ',' || QUOTE_MARKS.has(opener.value) || quotedIn[from] !== -1 || quoteSoon || infinitive || markedAfterObject || (opener.lower === 'of' && cue.verb === 'accuse');
    // Without a marker, the content must be a clause (`Kirby said the strikes targeted …`) or the
    // object of a verb that reports by itself (`endorsed Trump`, `praised his record`).
    const clause = hasVerb(tokens, from, Math.min(s.last, from + CLAUSE_WINDOW), quotedIn);
    if (!marked && !(SPEECH_VERBS.has(cue.verb) && clause) && ((NEEDS_MARKER.has(cue.verb) && cue.lemma === cue.verb) || (object === null && !clause))) return null;
    if (opener.value === ':' || opener.value === ',') from++;
    if (opener.lower === 'of' && cue.verb === 'accuse') from++;
    if (from > s.last) return null;
    const extra: Partial<RawAttribution> = {};
    if (role !== undefined) extra.role = role;
    if (medium !== undefined) extra.medium = medium;
    if (speakerRange !== undefined && (speakerRange[0] !== source[0] || speakerRange[1] !== source[1])) extra.speakerRange = speakerRange;
    // The object of a verb that is not one of speech (`praised Pence for cutting taxes - moves that …`,
    // `denounced the decision, the group said`) ends at the first comma, dash or semicolon.
    const phrase = !marked && !SPEECH_VERBS.has(cue.verb) && object !== null && object[0] === from && !(afterObject !== undefined && (afterObject.pos === 'VERB' || afterObject.pos === 'AUX'));
    return this.attribution(cue, [(tokens[from] as Token).start, phrase ? this.phraseEnd(from) : this.contentEnd(from)], source, extra);
  }

  /** End of a noun-phrase content starting at `from`: before a comma, dash or semicolon outside quote marks. */
  private phraseEnd(from: number): number {
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

function overlaps(a: Range, b: Range): boolean {
  return Math.min(a[1], b[1]) > Math.max(a[0], b[0]);
}

/** The subject of the sentence's main clause: the noun phrase before its first verb, skipping appositives. */
function mainSubject(tokens: readonly Token[], s: SentenceRange, before: number, quotedIn: Int32Array): Range | null {
  let depth = 0;
  for (let i = s.first; i <= before; i++) {
    const t = tokens[i] as Token;
    if (quotedIn[i] !== -1) continue;
    if (t.value === ',') depth = depth === 0 && i > s.first ? 1 : 0;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && depth === 0 && !inCompound(tokens, i)) {
      if (i === s.first) return null;
      let end = i - 1;
      while (end >= s.first && (tokens[end] as Token).pos === 'ADV') end--;
      if ((tokens[end] as Token | undefined)?.value === ',') {
        const apposition = appositiveBefore(tokens, end, s.first, quotedIn);
        return apposition?.np ?? null;
      }
      return nounPhraseBefore(tokens, end, s.first);
    }
  }
  return null;
}
