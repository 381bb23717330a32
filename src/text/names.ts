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
