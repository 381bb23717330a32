/**
 * Trimming in linear time. A pattern such as `/[\s.-]+$/` restarts at every character of a long
 * run that is not at the end, so it costs time quadratic in the run (megabytes of spaces).
 */

/** `text` without the characters at its end for which `test` holds. */
export function trimEndWhere(text: string, test: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && test(text[end - 1] as string)) end--;
  return text.slice(0, end);
}
