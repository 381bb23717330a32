/**
 * One key for the spellings of one name, shared by everything that matches names: voices within
 * an article (`Mr. Kirby`, `Kirby`), label targets within an article and across outlets
 * (`U.S.` / `US`, `the Pentagon` / `Pentagon`, `Kata’ib Hezbollah` / `Kataib Hezbollah`).
 */

/**
 * Folds a name: accents, case, apostrophes and dots ignored, hyphens and dashes read as spaces, a
 * leading article dropped. `foldName('The U.S.-led Coalition') === 'us led coalition'`.
 */
export function foldName(name: string): string {
  if (name.length > FOLDED_LONGEST) return foldUncached(name);
  let fold = foldedNames.get(name);
  if (fold === undefined) {
    if (foldedNames.size >= FOLDED_MAX) foldedNames.clear();
    fold = foldUncached(name);
    foldedNames.set(name, fold);
  }
  return fold;
}

/**
 * Names already folded: an article folds the same few names again and again. Short names only, and
 * the table is emptied when full, so it stays small (a pure function's results: no state leaks).
 */
const foldedNames = new Map<string, string>();
const FOLDED_MAX = 20_000;
const FOLDED_LONGEST = 100;

function foldUncached(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼʾʿ`.]/g, '')
    .replace(/[-‐–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an) /, '');
}
