/** What slant counts as a word: a run of letters or digits; `Iran-backed`, `don’t`, `U.S.` and `2,500` count once. */
export const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/** The number of words in `text`. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
