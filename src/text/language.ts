/**
 * Is the text English? slant's parser, lexicons and cues are English: on another language it finds
 * next to nothing, and empty scores must not pass for neutral coverage. The guess is cheap (one
 * pass over the letters and words) and rests on three shares: of the letters written in the Latin
 * script, of the words that are common English function words, and of the words that are common
 * function words of other European languages (`src/lexicons/english.ts`).
 */
import { ENGLISH_FUNCTION_WORDS, OTHER_FUNCTION_WORDS } from '../lexicons/english.js';
import type { LanguageGuess } from '../types.js';
import { countLetters, lowerCase, scanWords } from './words.js';

/** Fewer letters, or fewer words in the Latin script, than these: too short to say. */
const MIN_LETTERS = 20;
const MIN_WORDS = 20;
/**
 * Below this share of English function words a text is not English whatever else it holds. English
 * news runs 0.15–0.40 (a page of tweets and names, 0.09); see `npx tsx scripts/language-check.ts`.
 */
export const ENGLISH_FLOOR = 0.04;

/**
 * The longest function word. Lower-casing never shortens a string (in UTF-16 code units), so a
 * longer word is none of them and is not looked up.
 */
const LONGEST = Math.max(...[...ENGLISH_FUNCTION_WORDS, ...OTHER_FUNCTION_WORDS].map((w) => w.length));

/** Guesses whether `text` is English. */
export function guessEnglish(text: string): LanguageGuess {
  const { letters, latin } = countLetters(text);
  let english = 0;
  let other = 0;
  const words = scanWords(text, (start, end) => {
    if (end - start > LONGEST) return;
    const lower = lowerCase(text.slice(start, end));
    if (ENGLISH_FUNCTION_WORDS.has(lower)) english++;
    else if (OTHER_FUNCTION_WORDS.has(lower)) other++;
  });
  const score = words > 0 ? english / words : 0;
  let verdict: boolean | null;
  if (letters < MIN_LETTERS) verdict = null;
  else if (latin / letters < 0.5) verdict = false;
  else if (words < MIN_WORDS) verdict = null;
  else verdict = score >= ENGLISH_FLOOR && english >= other;
  return { english: verdict, score, words };
}
