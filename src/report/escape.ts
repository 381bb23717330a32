/** Escaping for the report: every string from the input goes through one of these before it is written. */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML and inline SVG, in element content and in quoted attribute values alike
 * (`&`, `<`, `>`, `"` and `'`), so `<script>` and `"><img onerror=…>` show as text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/**
 * Escapes text for one line of GitHub-flavoured markdown: a table cell, a list item or a heading.
 * Line breaks become spaces (a break would end the cell or the item), `|` cannot close a cell, and
 * the characters markdown gives a meaning (`*`, `_`, `[`, `<`, `#`, …) are backslash-escaped, so
 * an outlet named `__proto__` stays as written and raw HTML in an article does not render as HTML.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, (space) => (/[\r\n\u2028\u2029]/.test(space) ? ' ' : space)).replace(/[\\`*_[\]<>|#~&]/g, '\\$&');
}
