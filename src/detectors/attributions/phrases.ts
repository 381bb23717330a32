/** Source phrases: the noun phrase before or after a cue, an appositive role, a poll, a clause's subject. */
import type { Token } from '../../nlp/wink.js';
import type { SentenceRange } from '../context.js';
import { CLOSING_PUNCT, DASHES, hasQuote, hasVerb, inCompound, isWordy, nominalAt, POSSESSIVES, QUOTE_MARKS, RELATIVE, TIME_WORDS, WALK_MAX } from './tokens.js';
import type { Range } from './types.js';

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
      if (i - 1 >= limit && before !== undefined && (before.pos === 'ADP' || before.pos === 'CCONJ') && !NOT_LINKING.has(before.lower) && i - 2 >= limit && nominalAt(tokens, i - 2)) {
        i -= 2;
        continue;
      }
      i--;
      break;
    }
    if (t.pos === 'PRON' && i < end) {
      // A possessive opens the phrase (`his campaign`, `Her liberal friends`), as PolNeAR's sources do.
      if (POSSESSIVES.has(t.lower)) {
        i--;
        // … unless a name is coordinated before it: `Trump and his attorneys`, `She and her husband`.
        const partner = tokens[i - 1];
        if (i - 1 >= limit && (tokens[i] as Token).lower === 'and' && partner !== undefined && ((partner.pos !== 'PRON' && nominalAt(tokens, i - 1)) || COORDINATED_PRONOUNS.has(partner.lower))) {
          if (partner.pos === 'PRON') {
            i -= 2;
            break;
          }
          i--;
          continue;
        }
      } else if (COORDINATED_PRONOUNS.has(t.lower) && tokens[i + 1]?.lower === 'and') {
        // `she and European leaders`: the pronoun is one of the speakers.
        i--;
      }
      break;
    }
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
    // A participle phrase after the head: `data released Friday by state regulators`, `a poll conducted for CNN`,
    // `New polls released Sunday` (a time alone after the participle).
    const phrase = tokens.slice(i + 1, end).some((u) => u.pos === 'ADP') || tokens.slice(i + 1, end + 1).every((u) => TIME_WORDS.has(u.lower));
    if (t.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && i - 1 >= limit && i < end && nominalAt(tokens, i - 1) && (tokens[i - 1] as Token).pos !== 'PRON' && phrase) {
      i--;
      continue;
    }
    // A participle before the head modifies it: `Democratic registered voters`, `leaked emails`, `lobbying groups`,
    // `(even) leading Democrats`, `hacking specialists`.
    const previous = tokens[i - 1];
    const head = tokens[i + 1] as Token | undefined;
    const modified = head !== undefined && (head.pos === 'NOUN' || (head.pos === 'PROPN' && /s$/.test(head.lower) && t.lower.endsWith('ing')));
    if (t.pos === 'VERB' && /(?:ed|en|ing)$/.test(t.lower) && i < end && modified && (i - 1 < limit || previous === undefined || previous.pos === 'ADJ' || previous.pos === 'DET' || previous.pos === 'NUM' || previous.pos === 'ADV' || POSSESSIVES.has(previous.lower))) {
      i--;
      continue;
    }
    if ((t.pos === 'ADP' || t.pos === 'CCONJ') && i - 1 >= limit && i < end && (nominalAt(tokens, i - 1) || (tokens[i - 1] as Token).value === ')') && nominalAt(tokens, i + 1) && !NOT_LINKING.has(t.lower)) {
      i--;
      continue;
    }
    break;
  }
  let start = i + 1;
  // A clause opener before the phrase is not part of it (`While Clinton`, `which officials`, `that economists`).
  while (start <= end && (!isWordy(tokens[start] as Token) || (tokens[start] as Token).pos === 'ADP' || (tokens[start] as Token).pos === 'CCONJ' || (tokens[start] as Token).pos === 'SCONJ' || (start < end && CLAUSE_OPENERS.has((tokens[start] as Token).lower)) || (start < end && relativeThat(tokens, start, end)))) start++;
  if (start > end) return null;
  start = quantifierBefore(tokens, start, limit);
  if (end - start > 16) start = end - 16;
  return [start, end];
}

/** Words that open a clause or compare, not link two nominals of one phrase: `seven hours after the police said`, `the night as the Trump team said`. */
const NOT_LINKING = new Set(['than', 'after', 'before', 'as', 'since', 'until']);
/** Subject pronouns that may be coordinated with a noun phrase after them: `she and European leaders`. */
const COORDINATED_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Words that open a clause, not a noun phrase, when they come before one: `which officials said`, `When Trump said`. */
const CLAUSE_OPENERS = new Set(['which', 'what', 'when', 'while', 'if', 'whether', 'because', 'although', 'though', 'whereas', 'yet']);
/** Words that quantify the noun phrase after them and belong to it: `About four in 10 voters`, `only four percent`. */
const QUANTIFIERS = new Set(['about', 'nearly', 'almost', 'only', 'roughly', 'approximately', 'around', 'both', 'all', 'most']);
/** Words that take a part of the noun phrase after `of`: `some of her followers`, `one of her ads`. */
const PARTITIVES = new Set(['some', 'many', 'most', 'one', 'all', 'both', 'each', 'several', 'none', 'few', 'half', 'much', 'two', 'three']);

/**
 * Where a noun phrase starting at `start` really starts once the words that quantify it are
 * counted in: `About four in 10 voters`, `at least half of voters`, `some of her followers`
 * (PolNeAR's sources keep them).
 */
function quantifierBefore(tokens: readonly Token[], start: number, limit: number): number {
  for (;;) {
    const before = tokens[start - 1];
    if (start - 1 < limit || before === undefined) return start;
    const lower = before.lower;
    if (lower === 'of' && start - 2 >= limit && PARTITIVES.has((tokens[start - 2] as Token).lower)) start -= 2;
    // `at least 10`, `more than a third`; not a comparison (`more than the budget office had projected`).
    else if ((lower === 'least' || lower === 'than') && start - 2 >= limit && ['at', 'more', 'fewer', 'less'].includes((tokens[start - 2] as Token).lower) && !((tokens[start] as Token).lower === 'the' || (tokens[start] as Token).pos === 'PROPN' || POSSESSIVES.has((tokens[start] as Token).lower))) start -= 2;
    else if (QUANTIFIERS.has(lower) && (before.pos === 'ADV' || before.pos === 'ADP' || before.pos === 'DET' || before.pos === 'ADJ')) start -= 1;
    // `The nearly 90-second ad`: an article before an adverb of degree that opens the phrase.
    else if ((lower === 'the' || lower === 'a' || lower === 'an') && (tokens[start] as Token).pos === 'ADV' && QUANTIFIERS.has((tokens[start] as Token).lower)) start -= 1;
    else return start;
  }
}

/**
 * Is token `i` a `that` opening a clause rather than pointing at a thing: before a name or a plural
 * (`the plans that countries offered`, `so heated that New Jersey Gov. Chris Christie said`), where
 * `that man` would point?
 */
function relativeThat(tokens: readonly Token[], i: number, end: number): boolean {
  const next = tokens[i + 1];
  if ((tokens[i] as Token).lower !== 'that' || next === undefined) return false;
  const head = tokens[end] as Token;
  return /^\p{Lu}/u.test(next.value) || (head.pos === 'NOUN' && /[^s]s$/.test(head.lower));
}

/** The noun phrase that starts at token `start`, walking right no further than `limit`. */
export function nounPhraseAfter(tokens: readonly Token[], start: number, limit: number): Range | null {
  const first = start;
  if (first > limit || tokens[first] === undefined) return null;
  const head = tokens[first] as Token;
  if (!isWordy(head)) return null;
  // A possessive opens the phrase of what it owns (`his Facebook profile`); `her` only before a common noun or adjective (`told her Trump …`).
  const owns = head.pos === 'PRON' && POSSESSIVES.has(head.lower) && first + 1 <= limit && nominalAt(tokens, first + 1) && (head.lower !== 'her' || (tokens[first + 1] as Token).pos === 'NOUN' || (tokens[first + 1] as Token).pos === 'ADJ');
  if (head.pos === 'PRON' && !owns) return RELATIVE.has(head.lower) ? null : [first, first];
  let i = owns ? first + 1 : first;
  limit = Math.min(limit, first + WALK_MAX);
  while (i <= limit) {
    const t = tokens[i] as Token;
    if (t.pos === 'PRON') break;
    if (t.pos === 'DET' && i > first && (tokens[i - 1] as Token).pos !== 'ADP') break;
    if (nominalAt(tokens, i)) {
      i++;
      continue;
    }
    // A modifier wink tags as an adverb or participle inside the phrase: `a new poll`, `a recently released poll`, `one unaligned Florida Republican`.
    const previous = tokens[i - 1];
    if ((t.pos === 'ADV' || t.pos === 'VERB') && i > first && previous !== undefined && (previous.pos === 'DET' || previous.pos === 'ADJ' || previous.pos === 'ADV' || previous.pos === 'NUM') && i + 1 <= limit && nominalAt(tokens, i + 1)) {
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
  // A short parenthesis after a name belongs to it: `Sen. Chris Murphy (D-Conn.)`.
  if ((tokens[end] as Token).pos === 'PROPN' && tokens[end + 1]?.value === '(') {
    for (let j = end + 2; j <= Math.min(limit, end + 8); j++) {
      if ((tokens[j] as Token).value === ')') return [first, j];
      if ((tokens[j] as Token).value === '(') break;
    }
  }
  return [first, end];
}

/** `called him a liar`, `called the lines “unacceptable”`: a person or thing, then what they are called. */
export function namesObject(tokens: readonly Token[], object: Range | null, after: Token): boolean {
  if (object === null) return false;
  const head = tokens[object[0]] as Token;
  const personal = head.pos === 'PRON' || head.pos === 'PROPN' || head.pos === 'DET';
  return personal && (after.lower === 'a' || after.lower === 'an' || after.pos === 'ADJ' || QUOTE_MARKS.has(after.value));
}

/** Heads of noun phrases that report figures: `a CNN/ORC poll released Monday`. */
export const POLL_WORDS = new Set(['poll', 'polls', 'survey', 'surveys']);

/** A noun phrase from `start` up to a comma, headed by a poll or survey word: `a new CNN/ORC poll released Monday`. */
export function pollPhrase(tokens: readonly Token[], start: number, last: number): Range | null {
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
 * A poll's noun phrase from `start` to the sentence's end or a comma, with what may follow its head
 * (`a Washington Post-ABC News poll released Sunday`, `recent polls from Quinnipiac and Fox News`):
 * no finite verb, no quote, a poll word within its first eight words.
 */
export function trailingPoll(tokens: readonly Token[], start: number, last: number): Range | null {
  let poll = -1;
  let end = start - 1;
  for (let i = start; i <= last && i - start <= 15; i++) {
    const t = tokens[i] as Token;
    if (t.value === ',' || CLOSING_PUNCT.has(t.value)) break;
    if (POLL_WORDS.has(t.lower) && i - start < 8 && t.pos !== 'VERB') poll = i;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ed|en)$/.test(t.lower)) || QUOTE_MARKS.has(t.value)) return null;
    end = i;
  }
  const after = tokens[end + 1];
  if (poll < 0 || !(after === undefined || after.value === ',' || CLOSING_PUNCT.has(after.value))) return null;
  return [start, end];
}

/** `For most Democrats,`: a noun phrase from `start` to a comma, headed by a name or a plural noun (people), not a time. */
export function viewpointPhrase(tokens: readonly Token[], start: number, last: number): Range | null {
  const np = nounPhraseAfter(tokens, start, last);
  if (np === null || tokens[np[1] + 1]?.value !== ',' || np[1] + 2 > last) return null;
  const head = tokens[np[1]] as Token;
  const person = head.pos === 'PROPN' || (head.pos === 'NOUN' && /s$/.test(head.lower) && !TIME_NOUNS.has(head.lower)) || (head.pos === 'PRON' && head.lower !== 'it');
  return person ? np : null;
}
const TIME_NOUNS = new Set(['years', 'months', 'weeks', 'days', 'decades', 'hours', 'minutes', 'times', 'reasons', 'purposes', 'example', 'instance']);

/**
 * Skips an appositive `, a spokesman for Iraq’s Ministry of Defense,` (or one set off by dashes)
 * that ends at `close`, the comma or dash before the cue, and returns the noun phrase before it.
 */
export function appositiveBefore(tokens: readonly Token[], close: number, limit: number, quotedIn: Int32Array): { np: Range; role?: Range } | null {
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
      // … or follow the role's noun (`a Ukrainian-American then working for the State Department`).
      const lead = nounPhraseAfter(tokens, role[0], role[1]);
      let next = lead === null ? -1 : lead[1] + 1;
      while (next >= 0 && next < role[1] && (tokens[next] as Token).pos === 'ADV') next++;
      const afterNoun = next >= 0 && next <= role[1] ? (tokens[next] as Token) : undefined;
      const participle = firstRole.lower.endsWith('ing') || firstRole.lower.endsWith('ed') || (afterNoun !== undefined && afterNoun.pos === 'VERB' && /(?:ing|ed)$/.test(afterNoun.lower));
      const relative = tokens.slice(role[0], role[1] + 1).some((r) => RELATIVE.has(r.lower) && (r.pos !== 'DET' || r.lower === 'whose'));
      if (!participle && !relative && hasVerb(tokens, role[0], role[1], quotedIn, true)) return null;
      return appositiveChain(tokens, np, role, limit);
    }
    // The period of an abbreviation (`R-Ky.,`, `Fla.,`) and a possessive apostrophe (`Sanders' adviser`) go on.
    const abbreviation = t.value === '.' && !t.spaceBefore && tokens[j + 1]?.value === ',' && /^\p{Lu}\p{Ll}{0,4}$/u.test(tokens[j - 1]?.value ?? '');
    const possessive = (t.value === "'" || t.value === '’') && !t.spaceBefore && /s$/.test(tokens[j - 1]?.value ?? '') && quotedIn[j] === -1;
    if (abbreviation || possessive) continue;
    if (CLOSING_PUNCT.has(t.value) || QUOTE_MARKS.has(t.value)) break;
  }
  // No opening comma: a subject followed by a stray comma (`lawmaker Ahmed Al Asadi, described …`).
  const np = nounPhraseBefore(tokens, close - 1, limit);
  if (np !== null && np[0] === limit && (tokens[np[1]] as Token).pos === 'PROPN') return { np };
  return null;
}

/**
 * Comma-separated phrases before an appositive belong to one source: `Hogan Gidley, a former party
 * director, whose roots are …, said` and `Jacob Shiansky, 24, who was visiting …, said` (the name opens
 * the source; what follows it is the role); `Trump’s Indiana chairman, Rex Early, a former state party
 * chairman …, said` (a role before the name opens it), `Michelle Stevens, 30, of Gainesville, Fla., said`
 * (an age and a place). At most three links back.
 */
function appositiveChain(tokens: readonly Token[], np: Range, role: Range, limit: number): { np: Range; role?: Range } {
  // A phrase names someone when its head (before any preposition: `chief executive of CloudFlare`) is a proper noun.
  const isName = (r: Range): boolean => {
    let head = r[0];
    while (head + 1 <= r[1] && (tokens[head + 1] as Token).pos !== 'ADP') head++;
    return (tokens[head] as Token).pos === 'PROPN';
  };
  let name = np;
  let roleFrom = role[0];
  for (let links = 0; links < 3; links++) {
    // `Michelle Stevens, 30, of Gainesville, Fla.,`: a place after `of` or `from` describes, it names no one.
    const preposition = tokens[name[0] - 1];
    const place = preposition !== undefined && (preposition.lower === 'of' || preposition.lower === 'from') && tokens[name[0] - 2]?.value === ',';
    const start = place ? name[0] - 1 : name[0];
    const named = isName(name) && !place;
    const comma = start - 1;
    if (tokens[comma]?.value !== ',' || comma - 1 < limit) break;
    const before = nounPhraseBefore(tokens, comma - 1, limit);
    if (before === null || before[1] !== comma - 1) break;
    // The phrase before must open its clause: the sentence's start, a comma, a quote mark or a dash.
    const opener = tokens[before[0] - 1];
    if (before[0] > limit && opener !== undefined && !(opener.value === ',' || QUOTE_MARKS.has(opener.value) || DASHES.has(opener.value))) break;
    if (isName(before) && !named) {
      roleFrom = start;
      name = before;
    } else if (!named && (tokens[before[1]] as Token).pos === 'NUM') {
      // An age between the name and the place: keep walking back.
      name = before;
    } else if (!isName(before) && named && (tokens[before[1]] as Token).pos === 'NOUN' && !TIME_WORDS.has((tokens[before[1]] as Token).lower)) {
      name = [before[0], name[1]];
    } else break;
  }
  return name === np ? { np, role } : { np: name, role: [roleFrom, role[1]] };
}

/** The subject of the sentence's main clause: the noun phrase before its first verb, skipping appositives. */
export function mainSubject(tokens: readonly Token[], s: SentenceRange, before: number, quotedIn: Int32Array): Range | null {
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
