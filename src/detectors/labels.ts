/**
 * Labels for actors and events: every noun phrase headed by a label word (`Iran-backed militias`,
 * `defensive precision air strikes`, `the regime`), or a name with a telling modifier
 * (`the Iran-backed Kataib Hezbollah`), with its head, its modifiers, the actor or event it names
 * (`target`), its lean and its voice.
 *
 *   1. noun phrases   a run of modifiers (adjectives, nouns, names, hyphen compounds) and a head
 *   2. labels         the head is a label word, or the phrase is a name with a modifier that judges
 *   3. targets        a name in the phrase, else the head's class (qualified by a country): `Kataib
 *                     Hezbollah`, `armed-group`, `armed-forces (United States)`; spellings and
 *                     acronyms of one name are grouped (`Kata'ib` / `Kataib`, `PMF`)
 */
import { LABEL_HEADS, LABEL_MODIFIERS, type LabelHead } from '../lexicons/labels.js';
import { COUNTRY_WORDS } from '../lexicons/sources.js';
import { WORDING_LEXICONS } from '../lexicons/wording.js';
import type { Token } from '../nlp/wink.js';
import { foldName } from '../text/names.js';
import { MONTHS, WEEKDAYS } from '../text/words.js';
import type { Label, WordingVoice } from '../types.js';
import type { ArticleContext } from './context.js';

/** Leans of modifiers: the label lexicon first, then the wording lexicons' judging words. */
const MODIFIER_LEANS = new Map<string, number>();
for (const lexicon of WORDING_LEXICONS) {
  for (const [term, { lean }] of Object.entries(lexicon.terms)) if (lean !== undefined && !term.includes(' ')) MODIFIER_LEANS.set(term, lean);
}
for (const [term, { lean }] of Object.entries(LABEL_HEADS)) if (lean !== 0) MODIFIER_LEANS.set(term, lean);
for (const [term, lean] of Object.entries(LABEL_MODIFIERS)) MODIFIER_LEANS.set(term, lean);

/** Capitalised words that are not names of actors. */
const NOT_NAMES = new Set([
  ...WEEKDAYS, ...MONTHS, 'several', 'many',
]);

/** Phrase words: longest run looked at, so the walk stays linear on a page of capitalised words. */
const LONGEST_PHRASE = 8;

/** One word of a phrase: tokens glued by hyphens (`Iran-backed`) count as one. */
interface Word {
  first: number;
  last: number;
  text: string;
  lower: string;
  lemma: string;
  pos: Token['pos'];
}

/** A word's key in the lexicons: case, accents and apostrophes ignored, hyphens read as spaces. */
function lexiconKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`]/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Joins hyphen-glued tokens into words: `Iran - backed` (no spaces) is one word. A word that is no
 * modifier ({@link isModifier}: a verb, a determiner, punctuation) can neither head a phrase nor
 * stand in one, only end it: it is left a hole (`undefined`), as the sentence's end is. Such a word
 * is one token (a hyphen would make it a modifier); building a word for each was most of what
 * finding labels allocated.
 */
function wordsOf(tokens: readonly Token[], first: number, last: number): Array<Word | undefined> {
  const words: Array<Word | undefined> = [];
  for (let i = first; i <= last; i++) {
    const tok = tokens[i] as Token;
    const glued = i > first && !tok.spaceBefore && (tok.value === '-' || (tokens[i - 1] as Token).value === '-');
    if (!glued) {
      words.push(isModifier(tok) ? wordOf(tok, i) : undefined);
      continue;
    }
    // A hole glued to this token becomes a word again.
    const prev = (words[words.length - 1] ??= wordOf(tokens[i - 1] as Token, i - 1));
    prev.last = i;
    prev.text += tok.value;
    prev.lower += tok.lower;
    prev.lemma = prev.lower;
    if (tok.value !== '-') prev.pos = prev.pos === 'PROPN' && tok.pos !== 'PROPN' ? 'ADJ' : prev.pos;
  }
  return words;
}

/** The word of token `i` alone. */
function wordOf(tok: Token, i: number): Word {
  return { first: i, last: i, text: tok.value, lower: tok.lower, lemma: tok.lemma, pos: tok.pos };
}

/** Can this word (or token) be part of a noun phrase before its head? */
function isModifier(word: Pick<Word, 'pos' | 'lower'> | undefined): boolean {
  return word !== undefined && (word.pos === 'ADJ' || word.pos === 'NOUN' || word.pos === 'PROPN' || word.lower.includes('-'));
}

/** Is this modifier part of a name (`Kataib Hezbollah`), not a creed, a weekday or a capitalised common word? */
function isNameWord(word: Word): boolean {
  return (
    word.pos === 'PROPN' &&
    /^\p{Lu}/u.test(word.text) &&
    !word.lower.includes('-') &&
    !NOT_NAMES.has(word.lower) &&
    !MODIFIER_LEANS.has(lexiconKey(word.lower)) &&
    LABEL_HEADS[word.lemma] === undefined &&
    LABEL_MODIFIERS[lexiconKey(word.lower)] === undefined
  );
}

/** Finds the labels of an article. */
export function detectLabels(ctx: ArticleContext): Label[] {
  const labels: Label[] = [];
  for (const s of ctx.sentences) {
    const words = wordsOf(ctx.tokens, s.first, s.last);
    for (let h = 0; h < words.length; h++) {
      const headWord = words[h];
      const next = words[h + 1];
      if (headWord === undefined || (headWord.pos !== 'NOUN' && headWord.pos !== 'PROPN')) continue;
      // The head is the last noun of its run: `militia groups` is headed by `groups`.
      if (next !== undefined && (next.pos === 'NOUN' || (next.pos === 'PROPN' && headWord.pos === 'PROPN'))) continue;
      const lexical: LabelHead | undefined = LABEL_HEADS[headWord.lemma] ?? LABEL_HEADS[headWord.lower];
      // Without a label word for head, only a name can be a label (checked in full below).
      if (lexical === undefined && headWord.pos !== 'PROPN') continue;
      let from = h;
      while (from > 0 && h - from < LONGEST_PHRASE && isModifier(words[from - 1])) from--;
      // A name (a run of PROPN ending at the head) is its own head: `Kataib Hezbollah`.
      let nameFrom = h;
      while (nameFrom > from && words[nameFrom - 1]?.pos === 'PROPN') nameFrom--;
      // Words from `from` to the head are modifiers and the head: no holes.
      const modifiers = words.slice(from, lexical === undefined ? nameFrom : h) as Word[];
      const headText = lexical === undefined ? (words.slice(nameFrom, h + 1) as Word[]).map((w) => w.text).join(' ') : headWord.text;
      const leans = modifiers.map((m) => MODIFIER_LEANS.get(m.lower) ?? MODIFIER_LEANS.get(m.lemma)).filter((l): l is number => l !== undefined);
      if (lexical === undefined) {
        if (headWord.pos !== 'PROPN' || leans.length === 0 || COUNTRY_WORDS[lexiconKey(headText)] !== undefined) continue;
      } else if (lexical.generic === true && modifiers.length === 0) continue;
      if (lexical !== undefined) leans.push(lexical.lean);

      const first = ctx.tokens[(words[from] as Word).first] as Token;
      const last = ctx.tokens[headWord.last] as Token;
      const voice: WordingVoice = ctx.quotedIn[headWord.first] !== -1 ? 'quoted' : 'own';
      // `not a terrorist group` does not call them terrorists: kept as evidence, with no lean.
      const negated = ctx.tokens.slice(first.i, last.i + 1).some((tok) => tok.negated);
      const label: Label = {
        span: ctx.span(first.start, last.end),
        head: headText,
        modifiers: modifiers.map((m) => m.text),
        target: lexical === undefined ? headText : target(modifiers, lexical, headWord),
        kind: lexical === undefined || !lexical.class.startsWith('military') ? 'actor' : 'event',
        lean: negated ? 0 : Math.max(-1, Math.min(1, leans.reduce((a, b) => a + b, 0))),
        voice,
        sentence: s.index,
      };
      if (negated) label.negated = true;
      labels.push(label);
    }
  }
  return groupTargets(labels);
}

/** The actor or event a phrase names: a name in it, else its class, qualified by a country modifier. */
function target(modifiers: readonly Word[], lexical: LabelHead, head: Word): string {
  const names: string[] = [];
  let country: string | undefined;
  for (const m of modifiers) {
    const c = COUNTRY_WORDS[m.lower];
    if (c !== undefined) country ??= c;
    else if (isNameWord(m)) names.push(m.text);
    else if (names.length > 0) break;
  }
  if (names.length > 0 && lexical.class !== 'military-action' && lexical.class !== 'casualties') {
    // A capitalised head is part of the name: `Quds Force`, `Popular Mobilisation Forces`.
    return head.pos === 'PROPN' ? [...names, head.text].join(' ') : names.join(' ');
  }
  return country === undefined ? lexical.class : `${lexical.class} (${country})`;
}

/**
 * Gives every spelling of one name the same target: the first spelling met, and for an acronym the
 * name whose initials it spells (`PMF` → `Popular Mobilisation Forces`).
 */
function groupTargets(labels: Label[]): Label[] {
  const byKey = new Map<string, string>();
  const names: string[] = [];
  for (const label of labels) {
    const key = foldName(label.target);
    const known = byKey.get(key);
    if (known !== undefined) label.target = known;
    else {
      byKey.set(key, label.target);
      if (label.target.includes(' ')) names.push(label.target);
    }
  }
  for (const label of labels) {
    if (!/^[A-Z]{2,6}$/.test(label.target)) continue;
    const full = names.find((n) => initials(n) === label.target);
    if (full !== undefined) label.target = full;
  }
  return labels;
}

/** Initials of the capitalised words of a name: `Popular Mobilisation Forces` → `PMF`. */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}
