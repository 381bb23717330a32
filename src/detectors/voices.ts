/**
 * Speakers and voices: resolves each attribution's source to a speaker within the article
 * (pronouns, surnames and titles, roles, organisations and their acronyms) and describes the
 * voices the outlet lets speak: type, role, affiliation, side, and how much and when they speak.
 * wink's model has no person or organisation entities: names come from PROPN runs and patterns.
 */
import {
  ANONYMITY_PHRASES,
  COUNTRY_WORDS,
  DOCUMENT_WORDS,
  GOVERNMENT_WORDS,
  GROUP_NOUNS,
  MEDIA_WORDS,
  NAME_TITLES,
  ORGANISATION_WORDS,
  ROLE_NOUNS,
} from '../lexicons/sources.js';
import type { Token } from '../nlp/wink.js';
import { foldName } from '../text/names.js';
import { trimEndWhere } from '../text/trim.js';
import { MONTHS, NAME_JOINERS, scanWords, WEEKDAYS, wordsOf } from '../text/words.js';
import { FIRST_NAMES } from '../lexicons/first-names.js';
import { lookupTable } from '../records.js';
import { CLOSING_PUNCT } from './attributions/tokens.js';
import type { Quote, Span, Voice, VoiceType } from '../types.js';
import type { RawAttribution } from './attributions.js';
import type { ArticleContext } from './context.js';

/** Caller-defined sides: side name → names, organisations and affiliation words that put a voice on it. */
export type Sides = Readonly<Record<string, readonly string[]>>;


/** `text` as a literal inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `\bhead\b`, case-insensitive, compiled once per word (the table is emptied when full). */
const wordPatterns = new Map<string, RegExp>();

function wordPattern(head: string): RegExp {
  let pattern = wordPatterns.get(head);
  if (pattern === undefined) {
    if (wordPatterns.size >= 1000) wordPatterns.clear();
    pattern = new RegExp(`\\b${escapeRegExp(head)}\\b`, 'i');
    wordPatterns.set(head, pattern);
  }
  return pattern;
}

function slug(name: string): string {
  return foldName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'voice';
}

/** A speaker being built. */
interface Entity {
  id: string;
  name: string;
  type: VoiceType;
  named: boolean;
  role?: string;
  affiliation?: string;
  /** Folded forms this entity answers to: full name, surname, acronym. */
  keys: Set<string>;
  mentions: Span[];
  mentionStarts: Set<number>;
  relayedBy: Set<string>;
  /** Words that describe it (role, mention), for side matching. */
  descriptors: string[];
}

/** Acronyms the article defines: `Popular Mobilisation Forces (PMF)`, `Kata’ib Sayyid al-Shuhada (KSS)`. */
function acronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\(([\p{Lu}]{2,8})\)/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const short = m[1] ?? '';
    const words = text.slice(Math.max(0, m.index - 120), m.index).trim().split(/\s+/).slice(-9);
    const initial = (w: string): string => {
      const bare = w.replace(/^(?:al|el|ad|as|ash|an)[-‐]/i, '').replace(/^[^\p{L}]+/u, '');
      return /^(?:of|for|and|the|de|du|des|la|le)$/i.test(bare) ? '' : (bare[0] ?? '').toUpperCase();
    };
    for (let k = 0; k < words.length; k++) {
      const candidate = words.slice(k);
      if (!/^\p{Lu}/u.test(candidate[0] ?? '')) continue;
      if (candidate.map(initial).join('') === short) {
        out.set(foldName(short), candidate.join(' ').replace(/[,;:]$/, ''));
        break;
      }
    }
  }
  return out;
}

/** The words of a token range, with their tokens. */
function slice(ctx: ArticleContext, range: [number, number]): Token[] {
  return ctx.tokens.slice(range[0], range[1] + 1);
}

function textOf(ctx: ArticleContext, range: [number, number]): string {
  const first = ctx.tokens[range[0]];
  const last = ctx.tokens[range[1]];
  return first === undefined || last === undefined ? '' : ctx.text.slice(first.start, last.end);
}

/** Lower-case words that may stand inside a name: `Foundation for Defense of Democracies`, `Abu Mahdi al-Muhandis`. */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'al', 'el', 'bin', 'ibn', 'de', 'da', 'van', 'von', 'on', 'in']);

/** A role noun or a title (`spokesman`, `Sen.`)? */
function isTitle(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || NAME_TITLES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/**
 * Where a person's name starts in a capitalised run `[k, head]`: after its last title, rank or role
 * (`House Speaker Nancy Pelosi`), or after a party before a name of two words or more that is no
 * organisation's (`Republican Ben Sasse`, not `Republican National Committee`).
 */
function nameStart(tokens: readonly Token[], k: number, head: number): number {
  for (let j = head - 1; j >= k; j--) {
    const lower = (tokens[j] as Token).lower;
    if (isTitle(lower)) return j + 1;
    if ((lower === 'democrat' || lower === 'republican') && head - j >= 2) {
      let organisation = false;
      for (let i = j + 1; i <= head; i++) if (ORGANISATION_WORDS.has((tokens[i] as Token).lower) || GOVERNMENT_WORDS.has((tokens[i] as Token).lower)) organisation = true;
      if (!organisation) return j + 1;
    }
  }
  return k;
}

function isCapitalised(t: Token, sentenceInitial: boolean): boolean {
  if (!/^\p{Lu}/u.test(t.value)) return false;
  // A capital at the start of a sentence proves nothing: `Experts say …`.
  return !(sentenceInitial && t.pos !== 'PROPN');
}

/**
 * The part of a role a description can name: before its first comma or preposition (`the spokesman`
 * is the `spokesman for Iraq's Ministry of Defense`; `the report` is not `One of the authors of that report`).
 */
function roleHead(role: string): string {
  return role.split(/,|\s(?:of|for|at|from|in|on|by)\s/i)[0] ?? role;
}

/** Words that tie a day to what comes before it: `on Monday`, `released Monday`, `late Sunday`. */
const BEFORE_A_DAY = new Set(['on', 'this', 'last', 'next', 'late', 'early', 'released', 'published', 'issued', 'out', 'conducted', 'taken', 'filed', 'posted', 'aired', 'held', 'sent', 'by', 'since', 'until']);
/** Words that make a day part of a name: `Super Tuesday`, `Black Friday`. */
const NAMED_DAYS = new Set(['super', 'black', 'cyber', 'easter', 'palm', 'good', 'ash', 'bloody']);

/**
 * Is the phrase a name and nothing else (titles and a closing parenthesis allowed: `Jeff Weaver`,
 * `Gov. John Kasich (R-OH)`), not a description that ends in one (`a senior analyst at Jefferies`)
 * or two names (`Lawrence Joyce and William Graham`)?
 */
function isOnlyName(tokens: readonly Token[], reading: MentionReading): boolean {
  if (reading.prefix !== '' && !reading.prefix.split(/[\s.]+/).every((w) => w === '' || NAME_TITLES.has(w.toLowerCase()))) return false;
  for (const t of tokens) {
    if (t.value === '(') break;
    if (t.type === 'punctuation') continue;
    if (!/^\p{Lu}/u.test(t.value) || WEEKDAYS.has(t.lower)) return false;
  }
  return true;
}

/** What a source mention says about its speaker: a proper name (and the words before it), or a description. */
interface MentionReading {
  /** The name: `John Kirby`, `Popular Mobilisation Forces`, or a description `US officials`. */
  name: string;
  named: boolean;
  /** Words before the name: `Pentagon spokesman`. */
  prefix: string;
  words: string[];
  /** Starts with `the` (a definite description can point back to a speaker already named). */
  definite: boolean;
}

function readMention(ctx: ArticleContext, tokens: readonly Token[], sentenceStart: number): MentionReading {
  // Leave out a day at the end (`Sen. Chuck Grassley (R-Iowa) on Wednesday`, `a CNN/ORC poll released
  // Monday`: the source's phrase took in the cue's time), a parenthesis at the end (`Nancy Pelosi
  // (D-California)`) and a leading article.
  let end = tokens.length - 1;
  if (end > 0 && WEEKDAYS.has((tokens[end] as Token).lower) && !NAMED_DAYS.has((tokens[end - 1] as Token).lower)) {
    end--;
    while (end > 0 && BEFORE_A_DAY.has((tokens[end] as Token).lower)) end--;
  }
  if (tokens[end]?.value === ')') {
    const open = tokens.findIndex((t) => t.value === '(');
    if (open > 0) end = open - 1;
  }
  let start = 0;
  const definite = /^(?:the|this)$/i.test(tokens[0]?.value ?? '');
  while (start < end && /^(?:the|a|an)$/i.test((tokens[start] as Token).value)) start++;
  const kept = tokens.slice(start, end + 1);
  const text = (from: number, to: number): string =>
    kept.length === 0 || from > to ? '' : ctx.text.slice((kept[from] as Token).start, (kept[to] as Token).end);
  const words = wordsOf(text(0, kept.length - 1), NAME_JOINERS);
  const headIndex = kept.length - 1;
  const head = kept[headIndex];
  if (head === undefined) return { name: '', named: false, prefix: '', words, definite };
  const initial = (k: number): boolean => (kept[k] as Token).start === sentenceStart;
  if (isCapitalised(head, initial(headIndex))) {
    // Walk back over the capitalised run, with connectors and hyphens inside it.
    let k = headIndex;
    while (k - 1 >= 0) {
      const t = kept[k - 1] as Token;
      const glue = (t.value === '-' || t.value === '.' || t.value === '’' || t.value === "'") && !t.spaceBefore;
      const connector = NAME_CONNECTORS.has(t.lower) && k - 2 >= 0 && isCapitalised(kept[k - 2] as Token, initial(k - 2));
      if (isCapitalised(t, initial(k - 1)) || glue || connector || (t.value === '-' && !t.spaceBefore)) k--;
      else break;
    }
    // Drop titles and ranks before a person's name, and what precedes them:
    // `Maj.-Gen. Yehia Rasool` → `Yehia Rasool`, `House Speaker Nancy Pelosi` → `Nancy Pelosi`.
    let first = nameStart(kept, k, headIndex);
    while (first < headIndex && /^[.\-’']$/.test((kept[first] as Token).value)) first++;
    // A lone common noun at the start of a sentence is no name: `Experts say …`.
    if (first === headIndex && (GROUP_NOUNS.has(head.lower) || ROLE_NOUNS.has(head.lower))) {
      return { name: text(0, kept.length - 1), named: false, prefix: '', words, definite };
    }
    // A country or place word at the front of a long run belongs to the role: `Iranian` in `Iranian Foreign Ministry`.
    const name = text(first, headIndex);
    return { name, named: true, prefix: trimEndWhere(text(0, first - 1), (c) => /[\s.-]/.test(c)), words, definite };
  }
  // A description (`US officials`, `Syria’s state-run Sana news agency`): media keep the outlet's name.
  const lowerHead = head.lower;
  if (MEDIA_WORDS.has(lowerHead) || lowerHead === 'agency') {
    const proper = kept.findIndex((t, k) => k < headIndex && t.pos === 'PROPN' && COUNTRY_WORDS[t.lower] === undefined && !t.lower.endsWith('’s') && !/^\p{Lu}\p{Ll}+’s$/u.test(t.value));
    if (proper >= 0 && (kept[proper + 1] as Token | undefined)?.value !== '’s' && (kept[proper + 1] as Token | undefined)?.value !== "'s") {
      return { name: (kept[proper] as Token).value, named: true, prefix: text(0, headIndex), words, definite };
    }
  }
  return { name: text(0, kept.length - 1), named: false, prefix: '', words, definite };
}

/** One pattern for every country word, longest first, built once: the first match in a text wins (exported for the regular-expression audit). */
export const COUNTRY_PATTERN = new RegExp(
  `(?<![\\p{L}.])(${Object.keys(COUNTRY_WORDS)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\./g, '\\.'))
    .join('|')})(?!\\p{L})`,
  'u',
);

/** The country a text ties its speaker to (`Iraqi military spokesman` → Iraq), if any. */
function countryOf(text: string): string | undefined {
  const match = COUNTRY_PATTERN.exec(text.toLowerCase().replace(/[’']s\b/g, ''));
  return match === null ? undefined : COUNTRY_WORDS[match[1] ?? ''];
}

/** Institutions of a state: a name with one of them, and no first name, is a government's. */
const STATE_INSTITUTIONS: ReadonlySet<string> = new Set([
  'government', 'ministry', 'pentagon', 'administration', 'department', 'embassy', 'kremlin', 'cabinet', 'parliament',
  'congress', 'senate', 'presidency', 'military', 'army', 'navy', 'police', 'court', 'courts', 'treasury', 'fbi', 'cia',
  'dhs', 'doj', 'nsa', 'irgc', 'regime', 'centcom', 'fed', 'authorities', 'command', 'enforcement',
]);

/** The states of the United States (and its capital), which speak as governments: `Texas argued`. */
const US_STATES: ReadonlySet<string> = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire',
  'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west virginia', 'wisconsin', 'wyoming', 'district of columbia',
]);

/** Capitalised nouns for many people: parties, faiths, peoples (`Democrats`, `Evangelicals`, `Russians`). */
const GROUP_NAMES: ReadonlySet<string> = new Set([
  'democrat', 'republican', 'conservative', 'liberal', 'progressive', 'independent', 'muslim', 'christian', 'jew',
  'catholic', 'evangelical', 'mormon', 'hispanic', 'latino', 'latina', 'asian', 'african',
]);

/** A word for many people (`critics`, `Democrats`, `Americans`): a group noun, or the plural of a party, faith or people. */
function isGroupWord(word: string): boolean {
  if (GROUP_NOUNS.has(word)) return true;
  if (!word.endsWith('s')) return false;
  const one = word.slice(0, -1);
  return GROUP_NAMES.has(one) || (COUNTRY_WORDS[one] !== undefined && COUNTRY_WORDS[one] !== one);
}

/** Plural agent nouns (`insurers`, `prosecutors`, `activists`, `physicians`, `residents`, `employees`). */
const AGENT_PLURAL = /^\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents|ees)$/u;

/** Conjunctions a source phrase may begin with (`But a source familiar with …`). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'so', 'yet', 'or']);

/** Words after a source's head: `a source familiar with`, `the report on Wednesday`, `a spokesman for` (not `by`: `a study by the RAND Corporation` is RAND's). */
const HEAD_ENDS: ReadonlySet<string> = new Set(['of', 'with', 'for', 'at', 'in', 'from', 'close', 'familiar', 'on', 'about', 'over', 'after', 'during', 'since']);

/** What kind of source a mention is, from its words (article included) and its name. */
function classify(mentionWords: string[], name: string, named: boolean, context: string): VoiceType {
  const all = mentionWords.map((w) => foldName(w));
  // `But a source familiar with …`: a conjunction before the phrase is not part of it.
  const lower = CONJUNCTIONS.has(all[0] ?? '') ? all.slice(1) : all;
  // The head of `a source with knowledge of the talks` is `source`: the word before the first preposition.
  const preposition = lower.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w));
  const head = (preposition > 0 ? lower[preposition - 1] : lower.at(-1)) ?? '';
  const folded = foldName(name);
  const nameWords = folded.split(' ');
  const indefinite = /^(?:a|an|one|two|three|four|several|some|other|another)$/.test(lower[0] ?? '');
  // `a New Hampshire Democrat`: a capitalised description, not a name.
  if (named && indefinite && GROUP_NAMES.has(head)) return 'anonymous';
  if (named) {
    if ((MEDIA_WORDS.has(head) && /^\p{Lu}/u.test(mentionWords.at(-1) ?? '')) || head === 'agency' || head === 'media') return 'media';
    // Capitalised, yet no name: `Senate Democrats`, `Americans`, `Republicans in Congress`; `Gallup Poll`.
    if (isGroupWord(head)) return 'group';
    // A first name makes it a person's name, whatever its other words (`Steven Law`, `Ruth Court`).
    const personal = nameWords.some((w) => FIRST_NAMES[w] !== undefined);
    if (!personal && DOCUMENT_WORDS.has(head)) return 'document';
    // `Department of Justice`, `Supreme Court`, `Federal Aviation Administration`; `Texas` (suing, ruling): a state's.
    if (!personal && (nameWords.some((w) => STATE_INSTITUTIONS.has(w)) || US_STATES.has(folded))) return 'government';
    if (nameWords.some((w) => ORGANISATION_WORDS.has(w))) return 'organisation';
    // `Trump and Ryan`, `Barr and Rosenstein`: two speaking as one are no one person.
    if (nameWords.includes('and') && !US_STATES.has(folded)) return 'group';
    if (COUNTRY_WORDS[folded] !== undefined || nameWords.every((w) => GOVERNMENT_WORDS.has(w) || COUNTRY_WORDS[w] !== undefined)) return 'government';
    if (nameWords.some((w) => MEDIA_WORDS.has(w)) && nameWords.length <= 4 && nameWords.some((w) => ['news', 'times', 'post', 'journal', 'agency', 'media', 'press'].includes(w))) return 'media';
    if (/^[\p{Lu}]{2,8}$/u.test(name)) return 'organisation';
    return 'person';
  }
  if (DOCUMENT_WORDS.has(head)) return 'document';
  if (MEDIA_WORDS.has(head) || head === 'agency') return 'media';
  if (ANONYMITY_PHRASES.some((p) => context.includes(p)) && (ROLE_NOUNS.has(head) || GROUP_NOUNS.has(head) || head === 'source' || head === 'sources')) return 'anonymous';
  if (indefinite && (ROLE_NOUNS.has(head) || head === 'source' || head === 'sources' || head === 'officials')) return 'anonymous';
  if (lower.some((w) => ORGANISATION_WORDS.has(w))) return 'organisation';
  if (GROUP_NOUNS.has(head)) return 'group';
  if (lower.some((w) => GOVERNMENT_WORDS.has(w)) && !ROLE_NOUNS.has(head)) return 'government';
  if (countryOf(mentionWords.join(' ')) !== undefined && mentionWords.length <= 3 && !ROLE_NOUNS.has(head)) return 'government';
  if (ROLE_NOUNS.has(head)) return 'person';
  return 'group';
}

/** `Kirby, who said …`: a relative pronoun stands for the noun phrase before its comma. */
function relativeAntecedent(ctx: ArticleContext, range: [number, number]): [number, number] {
  const t = ctx.tokens[range[0]];
  if (t === undefined || range[0] !== range[1] || !['who', 'which', 'that', 'whom'].includes(t.lower)) return range;
  let end = range[0] - 1;
  if (ctx.tokens[end]?.value === ',') end--;
  let start = end;
  while (start - 1 >= 0 && /^(?:PROPN|NOUN|ADJ|DET|NUM)$/.test((ctx.tokens[start - 1] as Token).pos)) start--;
  return start <= end && end >= 0 ? [start, end] : range;
}

/**
 * For `they`/`it` inside a sentence, a named organisation earlier in the same sentence
 * (`the KSS militant group issued a statement … in which they vowed`): its tokens, or null.
 */
function organisationBefore(ctx: ArticleContext, from: number, pronoun: number): [number, number] | null {
  const p = ctx.tokens[pronoun];
  if (p === undefined || !['they', 'it', 'we'].includes(p.lower) || pronoun === from) return null;
  for (let i = pronoun - 1; i >= from; i--) {
    const t = ctx.tokens[i] as Token;
    if (t.pos !== 'PROPN' || !/^\p{Lu}/u.test(t.value)) continue;
    const next = ctx.tokens[i + 1];
    const after = ctx.tokens[i + 2];
    const acronym = /^[\p{Lu}]{2,8}$/u.test(t.value);
    const orgNoun = [next, after].some((n) => n !== undefined && ORGANISATION_WORDS.has(n.lower));
    if (acronym || orgNoun) return [i, i];
  }
  return null;
}

/** A prefix as a role: `Mr.`, `Ms.` are courtesy, not a role. */
function withoutCourtesy(prefix: string): string {
  return /^(?:mr|mrs|ms|miss|sir)\.?$/i.test(prefix.trim()) ? '' : prefix;
}

/** A person the article names outside quote marks, speaking or not. */
interface PersonMention {
  first: number;
  last: number;
  sentence: number;
  /** The name it stands for, in the fullest form the article gives (`Rubio` → `Marco Rubio`), and that name folded. */
  name: string;
  key: string;
  /** The name as written here (`Rubio`); '' for a pronoun that carries a person on. */
  written: string;
  /** The words before the name in its run (`Vermont Sen.`), and whether a role noun or title stands right before the run (`spokesman John Kirby`). */
  prefix: string;
  titleBefore: boolean;
}

/** The persons an article names, and what its pronouns say of their gender. */
interface Persons {
  /** In text order. */
  mentions: PersonMention[];
  /** Folded full name → the fullest name (a surname shared by two names stands for neither). */
  names: Map<string, string | null>;
  /** Folded full name → `he` or `she`, from the pronouns and titles that follow or precede its mentions. */
  gender: Map<string, 'he' | 'she'>;
}

/** A run of capitalised proper nouns, as {@link findPersons} reads it. */
interface NameRun {
  first: number;
  last: number;
  /** The name without the titles and roles before it (`Marco Rubio`), and those (`Florida Sen.`). */
  name: string;
  prefix: string;
  /** The name folded, and its words. */
  key: string;
  words: string[];
  titleBefore: boolean;
}

/**
 * The name a run of capitalised tokens `[first, last]` gives, as {@link readMention} reads a
 * source's name (titles and ranks and what precedes them dropped: `Florida Sen. Marco Rubio` →
 * `Marco Rubio`), without its description cases: the run is all capitalised.
 */
function nameRun(ctx: ArticleContext, first: number, end: number): NameRun | undefined {
  const { tokens, text } = ctx;
  // A day after the name is the time of what it did (`President Barack Obama Friday`), unless it names a day (`Super Tuesday`).
  let last = end;
  if (last > first && WEEKDAYS.has((tokens[last] as Token).lower) && !NAMED_DAYS.has((tokens[last - 1] as Token).lower)) last--;
  let from = nameStart(tokens, first, last);
  while (from < last && /^[.\-’']$/.test((tokens[from] as Token).value)) from++;
  const head = tokens[last] as Token;
  // A lone common noun is no name: `Experts`.
  if (from === last && (GROUP_NOUNS.has(head.lower) || ROLE_NOUNS.has(head.lower))) return undefined;
  const name = text.slice((tokens[from] as Token).start, head.end);
  const prefix = from === first ? '' : trimEndWhere(text.slice((tokens[first] as Token).start, (tokens[from - 1] as Token).end), (c) => /[\s.-]/.test(c));
  const key = foldName(name);
  const before = tokens[first - 1];
  return { first, last: end, name, prefix, key, words: key.split(' '), titleBefore: before !== undefined && isTitle(before.lower) };
}

/** First words of place names that read like a person's: `New Hampshire`, `San Diego`, `Fort Worth`. */
const PLACE_STARTS = new Set(['new', 'north', 'south', 'east', 'west', 'san', 'santa', 'los', 'las', 'fort', 'saint', 'st', 'united', 'great', 'lake', 'mount', 'port', 'palm', 'salt', 'little', 'white', 'capitol', 'wall', 'silicon', 'puerto', 'rhode', 'el', 'la']);
/** Words of place, law and institution names that read like a person's: `Miami-Dade County`, `Human Services`. */
const NOT_PERSON_WORDS = new Set(['county', 'city', 'state', 'states', 'island', 'islands', 'river', 'valley', 'street', 'avenue', 'road', 'square', 'park', 'hall', 'center', 'centre', 'arena', 'stadium', 'airport', 'beach', 'bay', 'coast', 'district', 'services', 'act', 'care', 'law', 'bill', 'amendment', 'tower', 'towers', 'building', 'bridge', 'mountains', 'hills', 'heights', 'springs', 'falls', 'village', 'airlines', 'inc', 'corp', 'co', 'group', 'fund', 'trust', 'project', 'initiative', 'caucus', 'convention', 'debate', 'primary', 'summit', 'forum', 'conference', 'festival', 'show', 'award', 'prize', 'day', 'week', 'night', 'republicans', 'democrats', 'americans', 'muslims', 'jews', 'christians', 'watch', 'rising', 'matters', 'action', 'alliance', 'network', 'coalition', 'league', 'union', 'association', 'society', 'foundation', 'institute', 'council', 'committee', 'campaign', 'administration', 'office', 'school', 'university', 'college', 'church', 'times', 'post', 'news', 'journal', 'magazine', 'review', 'report']);
/** Titles as written before a name, written out as a description says them (`the senator`). */
const TITLE_WORDS: Readonly<Record<string, string>> = lookupTable({ sen: 'senator', rep: 'congressman', gov: 'governor', gen: 'general', pres: 'president', lt: 'lieutenant', col: 'colonel', capt: 'captain', sgt: 'sergeant', adm: 'admiral', dr: 'doctor', prof: 'professor', representative: 'congressman' });
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const MALE_KIN = new Set(['husband', 'son', 'brother', 'father', 'grandfather', 'grandson', 'nephew', 'uncle', 'boyfriend', 'fiance', 'widower', 'stepfather', 'stepson']);
const FEMALE_KIN = new Set(['wife', 'daughter', 'sister', 'mother', 'grandmother', 'granddaughter', 'niece', 'aunt', 'girlfriend', 'fiancee', 'widow', 'stepmother', 'stepdaughter']);
const HE = new Set(['he', 'his', 'him', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);


/**
 * Can the run be a person's name? No place, organisation, medium, country, day or month word in it,
 * no capitalised word going on after it (`Affordable Care Act`); and, unless it has a title, two or
 * three words (initials and suffixes not counted: `Joseph R. Murray II`) after no article and not
 * starting as a place does (`New Hampshire`).
 */
function isPersonName(tokens: readonly Token[], run: NameRun, titled: boolean): boolean {
  const { words } = run;
  // `Pro-Brexit`, `Anti-Trump`: a stance, not a name.
  if (/^(?:pro|anti|non|neo)-/i.test(run.name)) return false;
  for (const w of words) {
    // A surname after a first name is a person's, even one that stands for a country elsewhere (`Joe Biden`, `Michael Jordan`).
    const surname = w === words.at(-1) && words.length > 1 && FIRST_NAMES[words[0] as string] !== undefined;
    if (/\d/.test(w) || ORGANISATION_WORDS.has(w) || GOVERNMENT_WORDS.has(w) || MEDIA_WORDS.has(w) || (COUNTRY_WORDS[w] !== undefined && !surname) || WEEKDAYS.has(w) || MONTHS.has(w) || NOT_PERSON_WORDS.has(w)) return false;
  }
  const after = tokens[run.last + 1];
  if (after !== undefined && after.spaceBefore && after.pos !== 'VERB' && after.pos !== 'AUX' && /^\p{Lu}/u.test(after.value)) return false;
  if (COUNTRY_WORDS[run.key] !== undefined || /^[\p{Lu}]{2,8}$/u.test(run.name)) return false;
  if (titled) return true;
  let counted = 0;
  for (const w of words) if (w.length > 1 && !NAME_SUFFIXES.has(w)) counted++;
  const before = tokens[run.first - 1]?.lower;
  return counted >= 2 && counted <= 3 && !PLACE_STARTS.has(words[0] as string) && before !== 'the' && before !== 'a' && before !== 'an';
}

/**
 * The runs of capitalised proper nouns outside quote marks that name a person: after a title or a
 * role (`Sen. Marco Rubio`, `spokesman John Kirby`), or two or three capitalised words that are no
 * place, organisation, medium, country, day or month and follow no article (`Rand Paul`, `Wes
 * Nakagiri`); then a single word that is the surname of one of those (`Rubio`). wink has no person
 * entities, so this is a reader's guess from the words alone.
 */
function findPersons(ctx: ArticleContext): Persons {
  const { tokens, quotedIn, sentenceOf, sentences } = ctx;
  const runs: NameRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== 'PROPN' || quotedIn[i] !== -1 || !/^\p{Lu}/u.test(t.value)) continue;
    let last = i;
    for (;;) {
      const next = tokens[last + 1];
      const after = tokens[last + 2];
      if (next === undefined || quotedIn[last + 1] !== -1) break;
      if (next.pos === 'PROPN' && next.spaceBefore && /^\p{Lu}/u.test(next.value)) last++;
      else if (next.value === '-' && !next.spaceBefore && after !== undefined && !after.spaceBefore && /^\p{Lu}/u.test(after.value)) last += 2;
      else if (NAME_CONNECTORS.has(next.lower) && after?.value === '-' && !after.spaceBefore) last++;
      else break;
    }
    const run = nameRun(ctx, i, last);
    if (run !== undefined) runs.push(run);
    i = last;
  }
  // Names of persons: full names, and each surname for the one full name that has it.
  const names = new Map<string, string | null>();
  const personRuns = new Set<NameRun>();
  for (const run of runs) {
    const titled = run.prefix !== '' || run.titleBefore;
    if ((run.words.length < 2 && !titled) || !isPersonName(tokens, run, titled)) continue;
    personRuns.add(run);
    if (!names.has(run.key)) names.set(run.key, run.name);
    const surname = run.words.at(-1) as string;
    const known = names.get(surname);
    const knownWords = known === undefined || known === null ? [] : foldName(known).split(' ');
    // A fuller name (`Rubio`, then `Marco Rubio`) replaces a surname; two first names sharing one (`Jeb Bush`, `George W. Bush`) leave it to neither.
    if (known === undefined || (known !== null && knownWords.length === 1)) names.set(surname, run.name);
    else if (known !== null && run.words.length > 1 && knownWords[0] !== run.words[0]) names.set(surname, null);
  }
  const mentions: PersonMention[] = [];
  for (const run of runs) {
    const person = personRuns.has(run);
    const name = names.get(run.key) ?? (person ? run.name : undefined);
    if (name === undefined || name === null) continue;
    if (!person && !isPersonName(tokens, run, run.titleBefore || run.prefix !== '' || run.words.length === 1)) continue;
    mentions.push({ first: run.first, last: run.last, sentence: sentenceOf[run.first] as number, name, key: foldName(name), written: run.name, prefix: run.prefix, titleBefore: run.titleBefore });
  }
  // Gender: `Hillary Clinton said she …`, `Mr. Manafort`; the first third-person pronoun after a mention, before the next one.
  const votes = new Map<string, number>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as PersonMention;
    const title = tokens[m.first - 1]?.lower ?? '';
    // `her husband, Milton Berg,`: a kinship noun right before the name says it too.
    const kin = (title === ',' ? tokens[m.first - 2]?.lower : title) ?? '';
    let vote = title === 'mr.' || title === 'mr' || MALE_KIN.has(kin) ? 1 : /^(?:mrs|ms|miss)\.?$/.test(title) || FEMALE_KIN.has(kin) ? -1 : 0;
    const stop = Math.min(sentences[m.sentence]?.last ?? m.last, mentions[k + 1]?.first ?? Infinity);
    for (let i = m.last + 1; vote === 0 && i < stop; i++) {
      if (quotedIn[i] !== -1) continue;
      const lower = (tokens[i] as Token).lower;
      if (HE.has(lower)) vote = 1;
      else if (SHE.has(lower)) vote = -1;
    }
    if (vote !== 0) votes.set(m.key, (votes.get(m.key) ?? 0) + vote);
  }
  const gender = new Map<string, 'he' | 'she'>();
  for (const [key, v] of votes) if (v !== 0) gender.set(key, v > 0 ? 'he' : 'she');
  const persons: Persons = { mentions, names, gender };
  // `Joseph R. Murray II … came out as gay. He married …, a Donald Trump supporter. He recently wrote`:
  // a sentence that opens with `he` or `she` is about the person that pronoun stands for.
  for (const sentence of sentences) {
    const t = tokens[sentence.first];
    if (t === undefined || (t.lower !== 'he' && t.lower !== 'she') || quotedIn[sentence.first] !== -1) continue;
    const found = pronounAntecedent(ctx, persons, sentence.first, t.lower);
    if (found === undefined) continue;
    let at = mentions.length;
    while (at > 0 && (mentions[at - 1] as PersonMention).first > sentence.first) at--;
    const { name, key } = found.mention;
    mentions.splice(at, 0, { first: sentence.first, last: sentence.first, sentence: sentence.index, name, key, written: '', prefix: '', titleBefore: false });
  }
  return persons;
}

/** The words of a prefix or title, lower-cased, without their dots: `Vermont Sen.` → vermont, sen. */
function prefixWords(prefix: string): string[] {
  return prefix.toLowerCase().split(/[\s.]+/).filter((w) => w !== '');
}

/** A mention's titles and roles, written out as a description says them: `Vermont Sen. Bernie Sanders` → vermont, senator. */
function rolesOf(ctx: ArticleContext, m: PersonMention): string[] {
  const before = m.titleBefore ? (ctx.tokens[m.first - 1] as Token).lower : '';
  return prefixWords(`${m.prefix} ${before}`).map((w) => TITLE_WORDS[w] ?? w);
}

/** The title or role written before a mention's name (`Pentagon spokesman`, `Florida Sen.`), or ''. */
function titleOf(ctx: ArticleContext, m: PersonMention): string {
  const { tokens, quotedIn } = ctx;
  const lastWord = prefixWords(m.prefix).at(-1) ?? '';
  const title = lastWord !== '' && isTitle(lastWord) ? withoutCourtesy(m.prefix) : '';
  if (title !== '' || !m.titleBefore) return title;
  // The words of the role before the run: `Pentagon spokesman John Kirby`.
  let from = m.first - 1;
  while (from - 1 >= 0 && m.first - from < 4 && quotedIn[from - 1] === -1 && /^(?:NOUN|PROPN|ADJ)$/.test((tokens[from - 1] as Token).pos) && (tokens[from - 1] as Token).type === 'word') from--;
  return withoutCourtesy(ctx.text.slice((tokens[from] as Token).start, (tokens[m.first - 1] as Token).end));
}

/** How many sentences back a `he` or `she` looks for the person it stands for. */
const PRONOUN_REACH = 4;

/** How far back a mention stands from a pronoun, in sentences: 0.5 for one in the pronoun's own sentence before a sentence end the splitter missed (`… American values." He said`), else none. */
function distance(ctx: ArticleContext, m: PersonMention, pronoun: number): number {
  const here = ctx.sentenceOf[pronoun] as number;
  if (m.sentence < here) return here - m.sentence;
  if (m.sentence > here || m.last >= pronoun) return Infinity;
  for (let i = m.last + 1; i < pronoun; i++) if (CLOSING_PUNCT.has((ctx.tokens[i] as Token).value)) return 0.5;
  return Infinity;
}

/**
 * The person a `he` or `she` at token `pronoun` stands for: the first person named in the nearest
 * earlier sentence that names one (the subject, most often), whose gender does not contradict it.
 */
function pronounAntecedent(ctx: ArticleContext, persons: Persons, pronoun: number, word: string): { mention: PersonMention; distance: number } | undefined {
  let best: { mention: PersonMention; distance: number } | undefined;
  for (const m of persons.mentions) {
    if (m.first >= pronoun) break;
    const d = distance(ctx, m, pronoun);
    if (d > PRONOUN_REACH) continue;
    const g = genderOf(persons, m.key);
    if (g !== undefined && g !== word) continue;
    if (best === undefined || d < best.distance) best = { mention: m, distance: d };
  }
  return best;
}

/** The person a definite description before token `before` stands for: the latest named with its head as a title (`the senator` → `Sen. Ted Cruz`). */
function titledPerson(ctx: ArticleContext, persons: Persons, head: string, before: number): PersonMention | undefined {
  const role = TITLE_WORDS[head] ?? head;
  let found: PersonMention | undefined;
  for (const m of persons.mentions) {
    if (m.first >= before) break;
    if ((m.prefix !== '' || m.titleBefore) && rolesOf(ctx, m).includes(role)) found = m;
  }
  return found;
}

/**
 * Nouns that describe one person, as a news story calls a person it has just named: `the billionaire
 * businessman`, `the star`, `the former Florida governor`. Role nouns that most often bring in someone new
 * (`the official`, `the spokesman`, `the source`, `the judge`) are not among them.
 */
const PERSON_EPITHETS: ReadonlySet<string> = new Set([
  'businessman', 'businesswoman', 'billionaire', 'mogul', 'tycoon', 'star', 'actress', 'actor', 'singer', 'rapper',
  'comedian', 'author', 'novelist', 'filmmaker', 'politician', 'frontrunner', 'front-runner', 'hopeful',
  'contender', 'challenger', 'incumbent', 'populist', 'firebrand', 'newcomer', 'entrepreneur', 'pope', 'president',
  'senator', 'governor', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'candidate', 'nominee',
  'ambassador', 'secretary', 'mayor', 'minister', 'premier', 'chancellor', 'chairman', 'chairwoman', 'speaker',
]);

/** The titles a `lawmaker` answers to. */
const LAWMAKER_TITLES = ['senator', 'congressman', 'congresswoman', 'representative', 'lawmaker', 'legislator', 'assemblyman', 'assemblywoman'];

/** How many sentences back an epithet (`the billionaire businessman`) looks for the person it stands for. */
const EPITHET_REACH = 2;

/**
 * The person a definite description that no title answers to stands for (`Donald Trump is taking questions
 * in an Elks Lodge. The billionaire businessman began by …`): the person named last in the one or two
 * sentences before it, as the subject of a verb (`Trump is`, `Hayek confirmed`), when no other person is
 * named after them. Only an epithet of one person counts (see PERSON_EPITHETS); a person named in the
 * description's own sentence is not taken (`Trump attacked Clinton as the candidate said …` could be either).
 */
function epithetPerson(ctx: ArticleContext, persons: Persons, head: string, before: number): PersonMention | undefined {
  if (!PERSON_EPITHETS.has(head)) return undefined;
  const here = ctx.sentenceOf[before] as number;
  let found: PersonMention | undefined;
  for (const m of persons.mentions) {
    if (m.sentence >= here) break;
    if (here - m.sentence <= EPITHET_REACH) found = m;
  }
  if (found === undefined || found.written === '') return undefined;
  // The subject of a verb: `Trump is taking`, `Obama defended`, `Cole said` (an adverb may stand between).
  let next = found.last + 1;
  if (ctx.tokens[next]?.pos === 'ADV') next++;
  const verb = ctx.tokens[next];
  if (verb === undefined || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return undefined;
  const from = found.sentence;
  const key = found.key;
  if (persons.mentions.some((m) => m.sentence >= from && m.sentence < here && m.key !== key)) return undefined;
  // A title the article gives the person otherwise says it is someone else (`the president` after `press secretary Jay Carney said`).
  if (ROLE_NOUNS.has(head) || NAME_TITLES.has(head)) {
    const roles = persons.mentions.filter((m) => m.key === key && (m.prefix !== '' || m.titleBefore)).flatMap((m) => rolesOf(ctx, m));
    const answers = head === 'lawmaker' || head === 'legislator' ? LAWMAKER_TITLES : [head];
    if (roles.length > 0 && !roles.some((r) => answers.includes(r))) return undefined;
  }
  return found;
}

/** `he` or `she` for a name: from its first name, else from the article's pronouns and titles (a `his` after a name may be another's). */
function genderOf(persons: Persons, key: string): 'he' | 'she' | undefined {
  return FIRST_NAMES[key.split(' ')[0] as string] ?? persons.gender.get(key);
}

/** Builds the voices and sets each quote's speaker. */
export function resolveVoices(ctx: ArticleContext, raw: readonly RawAttribution[], quotes: Quote[], sides?: Sides): Voice[] {
  const aliases = acronyms(ctx.text);
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const speakerOf: Array<Entity | undefined> = new Array(raw.length);
  let lastPerson: Entity | undefined;
  /** Where the latest person spoke: its sentence and the first token of its source. */
  let lastPersonSentence = -1;
  let lastPersonToken = -1;
  let lastOther: Entity | undefined;
  /** The latest voice that is many (`Republicans`, `the PMF`, `two US officials`): what a `they` or `we` can stand for. */
  let lastMany: Entity | undefined;
  const persons = findPersons(ctx);

  const remember = (e: Entity, key: string): void => {
    e.keys.add(key);
    if (!byKey.has(key)) byKey.set(key, e);
  };
  /** A person answers to its surname too (`Kirby` for John Kirby). */
  const rememberSurname = (e: Entity): void => {
    const surname = foldName(e.name).split(' ').at(-1);
    if (surname !== undefined && surname !== foldName(e.name)) remember(e, surname);
  };
  const create = (name: string, type: VoiceType, named: boolean): Entity => {
    let id = slug(name);
    while (entities.some((e) => e.id === id)) id = `${id}-2`;
    const e: Entity = { id, name, type, named, keys: new Set(), mentions: [], mentionStarts: new Set(), relayedBy: new Set(), descriptors: [] };
    entities.push(e);
    remember(e, foldName(name));
    return e;
  };

  /** An entity this mention already names: full name, acronym, its expansion, or a surname. */
  const findEntity = (reading: MentionReading): Entity | undefined => {
    const folded = foldName(reading.name);
    if (folded === '') return undefined;
    const direct = byKey.get(folded);
    if (direct !== undefined && (reading.named || !direct.named)) return direct;
    const expanded = aliases.get(folded);
    if (expanded !== undefined) {
      const e = byKey.get(foldName(expanded));
      if (e !== undefined) return e;
    }
    // `Mr. Lou`, the article having quoted `Lou Jiwei` (a family name written first, as in Chinese and Korean names):
    // the one person whose name starts with it.
    if (reading.named && !folded.includes(' ') && withoutCourtesy(reading.prefix) === '' && reading.prefix.trim() !== '') {
      const starting = entities.filter((e) => e.type === 'person' && e.named && foldName(e.name).startsWith(`${folded} `));
      if (starting.length === 1) return starting[0];
    }
    if (!reading.named) {
      // `the spokesperson`, `the statement`: the latest speaker it describes.
      const head = reading.words.at(-1)?.toLowerCase() ?? '';
      if (reading.definite && reading.words.length <= 2) {
        const describes = wordPattern(head);
        for (let j = entities.length - 1; j >= 0; j--) {
          const e = entities[j] as Entity;
          if (e.named && e.role !== undefined && describes.test(roleHead(e.role))) return e;
        }
        return undefined;
      }
    }
    return undefined;
  };

  const bySource = new Map<number, Entity>();
  raw.forEach((a, k) => {
    if (a.source !== undefined && bySource.has(a.source[0])) {
      speakerOf[k] = bySource.get(a.source[0]);
      return;
    }
    if (a.floating && a.continues !== undefined) {
      speakerOf[k] = speakerOf[a.continues];
      return;
    }
    if (a.source === undefined) return;
    const named = relativeAntecedent(ctx, a.speakerRange ?? a.source);
    let tokens = slice(ctx, named);
    const mention = textOf(ctx, named);
    const span = ctx.span((tokens[0] as Token).start, (tokens[tokens.length - 1] as Token).end);
    const role = a.role === undefined ? undefined : textOf(ctx, a.role);
    /** The role the voice is given: not the appositive when that named the speaker. */
    let stated = role;
    const sentence = ctx.sentences[a.sentence];
    // The words around the source (within its sentence) say whether it is anonymous; a bounded
    // window keeps this linear however long a sentence is.
    const around = (): string =>
      sentence === undefined ? '' : ctx.text.slice(Math.max(sentence.start, span.start - 200), Math.min(sentence.end, span.end + 300)).toLowerCase();
    let entity: Entity | undefined;

    const single = tokens.length === 1 ? (tokens[0] as Token) : undefined;
    const antecedent = single !== undefined && single.pos === 'PRON' && sentence !== undefined ? organisationBefore(ctx, sentence.first, a.source[0]) : null;
    if (single !== undefined && single.pos === 'PRON' && antecedent === null) {
      const p = single.lower;
      entity = p === 'he' || p === 'she' || p === 'i' ? lastPerson : p === 'it' ? (lastOther ?? lastPerson) : lastMany;
      if (p === 'he' || p === 'she') {
        // The latest speaker, unless a person named since (`Oh yeah, Rand Paul. He thinks …`) or the speaker's gender says otherwise.
        const found = pronounAntecedent(ctx, persons, a.source[0], p);
        const speakerGender = lastPerson === undefined || !lastPerson.named ? undefined : genderOf(persons, foldName(lastPerson.name));
        const speakerFits = lastPerson !== undefined && (speakerGender === undefined || speakerGender === p);
        const speakerDistance = lastPersonSentence < 0 ? Infinity : (ctx.sentenceOf[a.source[0]] as number) - lastPersonSentence;
        const named = found?.mention;
        if (named !== undefined && found !== undefined && (!speakerFits || found.distance < speakerDistance || (found.distance === speakerDistance && named.first < lastPersonToken))) {
          const reading: MentionReading = { name: named.name, named: true, prefix: '', words: [], definite: false };
          entity = findEntity(reading);
          if (entity === undefined || entity.type !== 'person') {
            entity = create(named.name, 'person', true);
            rememberSurname(entity);
          }
        } else if (!speakerFits) entity = undefined;
      }
    } else {
      if (antecedent !== null) tokens = slice(ctx, antecedent);
      let reading = readMention(ctx, tokens, sentence?.start ?? -1);
      // `A powerful Iraqi militia alliance, the Popular Mobilisation Forces (PMF), said`: the appositive names it.
      // `His campaign manager, Jeff Weaver, said`: so does an appositive that is a name and nothing else.
      if (!reading.named && a.role !== undefined) {
        const roleTokens = slice(ctx, a.role);
        const fromRole = readMention(ctx, roleTokens, -1);
        if (fromRole.named && (/^the$/i.test(roleTokens[0]?.value ?? '') || isOnlyName(roleTokens, fromRole))) {
          reading = { ...fromRole, prefix: reading.name };
          stated = undefined;
        }
      }
      entity = findEntity(reading);
      // `Rubio said`, the article having named `Sen. Marco Rubio` before without quoting him: the fuller name.
      const fuller = reading.named ? persons.names.get(foldName(reading.name)) : undefined;
      const source = a.source[0];
      if (entity === undefined && typeof fuller === 'string' && foldName(fuller) !== foldName(reading.name) && persons.mentions.some((m) => m.first < source && m.written === fuller)) {
        reading = { ...reading, name: fuller };
        entity = findEntity(reading);
      }
      // `The Vermont senator said`: the latest person the article gave that title (`Vermont Sen. Bernie Sanders`).
      // A description no named speaker's role answers to: an unnamed voice of that description (`the president`, made
      // before the article wrote `President Obama`) gives way to the person given that title.
      const titled = (entity === undefined || !entity.named) && reading.definite && !reading.named && reading.words.length <= 5 ? titledPerson(ctx, persons, foldName(roleHead(reading.words.join(' ')).split(' ').at(-1) ?? ''), a.source[0]) : undefined;
      // `The billionaire businessman began by …`, right after `Donald Trump …`: the person just named.
      const described = titled === undefined && (entity === undefined || !entity.named) && reading.definite && !reading.named && reading.words.length <= 5 && !reading.words.some((w) => /^(?:and|or|neither|nor)$/i.test(w)) ? epithetPerson(ctx, persons, (roleHead(reading.words.join(' ')).split(' ').at(-1) ?? '').toLowerCase(), a.source[0]) : undefined;
      const person = titled ?? described;
      if (person !== undefined) {
        reading = { name: person.name, named: true, prefix: reading.name, words: reading.words, definite: true };
        entity = findEntity(reading);
      }
      if (entity === undefined) {
        let type = classify(wordsOf(mention, NAME_JOINERS), reading.name, reading.named, `${around()} ${role ?? ''}`.toLowerCase());
        if (reading.named && /^[\p{Lu}]{2,8}$/u.test(reading.name) && MEDIA_WORDS.has(reading.name.toLowerCase())) type = 'media';
        // `Biden said`, the article having named `Joe Biden`: a person, though `Biden` stands for the United States elsewhere.
        // `Mr. Biden`, `Vice President Biden` too: a courtesy title or a title before the name.
        const folded = foldName(reading.name);
        const titleWord = prefixWords(reading.prefix).at(-1) ?? '';
        const titledName = titleWord !== '' && (withoutCourtesy(reading.prefix) === '' || isTitle(titleWord));
        const institution = folded.split(' ').some((w) => GOVERNMENT_WORDS.has(w) || STATE_INSTITUTIONS.has(w));
        if (reading.named && type === 'government' && !institution && (titledName || typeof persons.names.get(folded) === 'string')) type = 'person';
        // `Insurers say …`, `Prosecutors said …`: wink tags a sentence's first word a proper noun when it is capitalised; a
        // plural agent noun there, which the article never gives as a person's name, is many people.
        const only = tokens.length === 1 ? (tokens[0] as Token) : undefined;
        if (type === 'person' && only !== undefined && only.start === sentence?.start && AGENT_PLURAL.test(only.lower) && !persons.names.has(only.lower)) type = 'group';
        const expanded = aliases.get(folded);
        // Capitalised words for many, or for one unnamed (`Senate Democrats`, `a New Hampshire Democrat`), are no name;
        // names joined (`Trump and Ryan`) are names.
        const coordinated = / and /.test(folded);
        const many = wordsOf(folded, NAME_JOINERS).some(isGroupWord);
        entity = create(expanded ?? reading.name, type, reading.named && type !== 'anonymous' && (type !== 'group' || (coordinated && !many)));
        if (expanded !== undefined) remember(entity, folded);
        for (const [alias, long] of aliases) if (foldName(long) === foldName(entity.name)) remember(entity, alias);
        if (reading.named && type === 'person') rememberSurname(entity);
        const roleText = [withoutCourtesy(reading.prefix), stated ?? ''].filter((x) => x.trim() !== '').join(', ');
        if (roleText !== '') entity.role = roleText;
        const affiliation = countryOf(`${mention} ${role ?? ''}`);
        if (affiliation !== undefined) entity.affiliation = affiliation;
      } else if (entity.role === undefined && (withoutCourtesy(reading.prefix) !== '' || stated !== undefined)) {
        entity.role = [withoutCourtesy(reading.prefix), stated ?? ''].filter((x) => x.trim() !== '').join(', ');
      }
      entity.descriptors.push(mention, role ?? '');
    }
    if (entity === undefined) return;
    // `Kirby said`, the article having written `Pentagon spokesman John Kirby` before: that role.
    if (entity.type === 'person' && entity.named && entity.role === undefined) {
      const key = foldName(entity.name);
      const source = a.source[0];
      for (const m of persons.mentions) {
        if (m.first >= source) break;
        const title = m.key === key ? titleOf(ctx, m) : '';
        if (title === '') continue;
        entity.role = title;
        const affiliation = entity.affiliation ?? countryOf(title);
        if (affiliation !== undefined) entity.affiliation = affiliation;
        entity.descriptors.push(title);
        break;
      }
    }
    if (!entity.mentionStarts.has(span.start)) {
      entity.mentionStarts.add(span.start);
      entity.mentions.push(span);
    }
    if (a.medium !== undefined) entity.relayedBy.add(textOf(ctx, a.medium));
    speakerOf[k] = entity;
    bySource.set(a.source[0], entity);
    // `he`/`she` point back to the latest person, named or not (`a Pentagon spokesman … he added`).
    if (entity.type === 'person' || (entity.type === 'anonymous' && !/s$/.test(foldName(entity.name)))) {
      lastPerson = entity;
      lastPersonSentence = a.sentence;
      lastPersonToken = a.source[0];
    } else lastOther = entity;
    if (entity.type === 'group' || entity.type === 'organisation' || entity.type === 'government' || entity.type === 'media' || (entity.type === 'anonymous' && /s$/.test(foldName(entity.name)))) lastMany = entity;
  });

  // Counts per voice, in the order voices first speak.
  const wordsIn = (q: Quote): number => q.parts.reduce((n, p) => n + scanWords(p.text, undefined, NAME_JOINERS), 0);
  // Counted once per quote: the total and each voice's count read the same numbers.
  const quoteWords = quotes.map((q, k) => (speakerOf[k] === undefined ? 0 : wordsIn(q)));
  const totalWords = quoteWords.reduce((n, w) => n + w, 0);
  const voices = new Map<Entity, Voice>();
  quotes.forEach((q, k) => {
    const e = speakerOf[k];
    if (e === undefined) return;
    q.speaker = { name: e.name, voiceId: e.id };
    let v = voices.get(e);
    if (v === undefined) {
      v = {
        id: e.id,
        name: e.name,
        type: e.type,
        named: e.named,
        anonymous: e.type === 'anonymous',
        mentions: e.mentions,
        relayedBy: [...e.relayedBy],
        side: 'unassigned',
        quotes: 0,
        direct: 0,
        indirect: 0,
        words: 0,
        share: 0,
        firstQuote: k,
        lastQuote: k,
      };
      if (e.role !== undefined) v.role = e.role;
      if (e.affiliation !== undefined) v.affiliation = e.affiliation;
      voices.set(e, v);
    }
    v.quotes++;
    if (q.kind === 'indirect') v.indirect++;
    else v.direct++;
    v.words += quoteWords[k] as number;
    v.lastQuote = k;
  });
  // Each side's terms as the words they are matched as, once for all the voices.
  const sideTerms = sides === undefined ? undefined : Object.entries(sides).map(([side, terms]) => ({ side, words: terms.map(sideWords).filter((w) => w !== '') }));
  for (const [e, v] of voices) {
    v.share = totalWords === 0 ? 0 : v.words / totalWords;
    v.relayedBy = [...e.relayedBy];
    v.side = sideOf(e, sideTerms);
  }
  return [...voices.values()];
}

/** The side a voice is on: the caller's side whose terms (as {@link sideWords}) match it best, else its stated affiliation. */
function sideOf(e: Entity, sideTerms: ReadonlyArray<{ side: string; words: readonly string[] }> | undefined): string {
  if (sideTerms === undefined) return e.affiliation ?? 'unassigned';
  const haystack = ` ${sideWords([e.name, e.role ?? '', e.affiliation ?? '', ...e.descriptors].join(' | '))} `;
  let best: { side: string; length: number } | undefined;
  for (const { side, words } of sideTerms) {
    for (const term of words) {
      if (haystack.includes(` ${term} `) && (best === undefined || term.length > best.length)) best = { side, length: term.length };
    }
  }
  return best?.side ?? 'unassigned';
}

/**
 * A text as the words a side's term is matched against: folded as names are, a possessive `’s`
 * dropped and every other mark a word break (`Kataib Sayyid Al Shuhada’s`, `(PMF)`, `Iraq's`).
 */
function sideWords(text: string): string {
  return foldName(text.replace(/['’]s(?![\p{L}\p{N}])/gu, '')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

