/**
 * Reads an article page's HTML as text: markup, scripts and styles are dropped, entities decoded,
 * block elements become paragraph breaks, and page furniture (nav, footer, aside, captions, forms)
 * is set aside as removed. Every character of the result maps back to the original markup.
 * A single linear scan: no regular expression here can backtrack over the whole page.
 */
import type { Removal } from '../types.js';
import { MappedText } from './mapped.js';

/** Does this string look like HTML markup rather than plain text? */
export function looksLikeHtml(text: string): boolean {
  const tags = /<\/?(?:p|div|br|span|a|html|body|head|article|section|h[1-6]|li|ul|script|style|img|meta|figure|table|!doctype)[\s/>]/gi;
  let count = 0;
  while (tags.exec(text) !== null) {
    if (++count >= 2) return true;
  }
  return false;
}

/** Elements whose content is never text: skipped whole. */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'math']);

/** Elements that hold page furniture, not the article: removed with a reason. */
const FURNITURE: Record<string, string> = {
  nav: 'navigation',
  footer: 'page footer',
  aside: 'aside (sidebar, promo or related links)',
  figcaption: 'photo or video caption',
  form: 'form (sign-up, search or comment box)',
  button: 'button label',
  select: 'form control',
  dialog: 'dialog or pop-up',
  menu: 'menu',
};

/** Elements that start a new paragraph. */
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'br', 'dd', 'div', 'dl', 'dt', 'figure', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td',
  'th', 'tr', 'ul', 'title',
]);

/** Named entities common in news pages; numeric entities are decoded generally. */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', prime: '′', Prime: '″', ndash: '–', mdash: '—', hellip: '…', bull: '•',
  middot: '·', shy: '', zwj: '\u200d', zwnj: '\u200c', copy: '©', reg: '®', trade: '™', deg: '°',
  euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷',
  plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', iexcl: '¡', iquest: '¿', dagger: '†',
  aacute: 'á', Aacute: 'Á', eacute: 'é', Eacute: 'É', iacute: 'í', Iacute: 'Í', oacute: 'ó',
  Oacute: 'Ó', uacute: 'ú', Uacute: 'Ú', agrave: 'à', egrave: 'è', ograve: 'ò', acirc: 'â',
  ecirc: 'ê', icirc: 'î', ocirc: 'ô', ucirc: 'û', auml: 'ä', Auml: 'Ä', euml: 'ë', iuml: 'ï',
  ouml: 'ö', Ouml: 'Ö', uuml: 'ü', Uuml: 'Ü', ntilde: 'ñ', Ntilde: 'Ñ', ccedil: 'ç', Ccedil: 'Ç',
  szlig: 'ß', oslash: 'ø', aring: 'å', aelig: 'æ',
};

/** Metadata an article page states in its markup (`<title>`, `<meta>`, the first `<h1>`). */
export interface PageMetadata {
  title?: string;
  h1?: string;
  author?: string;
  published?: string;
  siteName?: string;
}

/** The text of an HTML page, what was set aside, and the metadata its markup states. */
export interface HtmlReading {
  page: MappedText;
  removed: Removal[];
  meta: PageMetadata;
}

const SPECIAL = /[<&\n\r\t]/g;
const TAG_NAME = /\/?([a-zA-Z][a-zA-Z0-9:-]{0,40})/y;
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;
const ATTRIBUTE = /([a-zA-Z_:][a-zA-Z0-9_:.-]{0,60})\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

/** Decodes the entity at `at` in `text`; returns the decoded text and its length, or null. */
function decodeEntityAt(text: string, at: number): { value: string; length: number } | null {
  ENTITY.lastIndex = at;
  const match = ENTITY.exec(text);
  if (match === null) return null;
  const body = match[1] ?? '';
  let value: string | undefined;
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    value = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  } else {
    value = Object.hasOwn(ENTITIES, body) ? ENTITIES[body] : undefined;
  }
  return value === undefined ? null : { value, length: match[0].length };
}

/** Decodes entities in a short attribute or title string (no offsets needed). */
export function decodeEntities(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '&') {
      const entity = decodeEntityAt(text, i);
      if (entity !== null) {
        out += entity.value;
        i += entity.length - 1;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

/** Finds where the tag starting at `at` ends (after its `>`), skipping quoted attribute values. */
function tagEnd(text: string, at: number): number {
  let quote = '';
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    }
  }
  return text.length;
}

/** Finds the end of the closing tag `</name ...>` from `from`, or the end of the text. */
function closingTagEnd(text: string, name: string, from: number): number {
  const close = new RegExp(`</${name}[\\s>]`, 'gi');
  close.lastIndex = from;
  const match = close.exec(text);
  return match === null ? text.length : tagEnd(text, match.index);
}

/**
 * `text` without its tags: what `text.replace(/<[^>]*>/g, '')` gives, in linear time (that pattern
 * rescans the rest of the text from every `<` when no `>` follows: an unclosed `<h1>` before a
 * megabyte of `<`).
 */
function stripTags(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('<', at);
    const close = open === -1 ? -1 : text.indexOf('>', open);
    if (close === -1) return out + text.slice(at);
    out += text.slice(at, open);
    at = close + 1;
  }
}

/** Reads the metadata worth keeping from a `<meta>` tag. */
function readMeta(tag: string, meta: PageMetadata): void {
  const attributes: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(tag); match !== null; match = ATTRIBUTE.exec(tag)) {
    attributes[(match[1] ?? '').toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  const key = (attributes['property'] ?? attributes['name'] ?? attributes['itemprop'] ?? '').toLowerCase();
  const content = attributes['content']?.trim();
  if (content === undefined || content === '') return;
  if ((key === 'og:title' || key === 'twitter:title') && meta.title === undefined) meta.title = content;
  else if ((key === 'author' || key === 'article:author' || key === 'byl' || key === 'sailthru.author') && meta.author === undefined) meta.author = content.replace(/^by\s+/i, '');
  else if ((key === 'article:published_time' || key === 'datepublished' || key === 'pubdate' || key === 'date' || key === 'publish-date' || key === 'dc.date.issued') && meta.published === undefined) meta.published = content;
  else if (key === 'og:site_name' && meta.siteName === undefined) meta.siteName = content;
}

/**
 * Reads `html` into paragraphs of text separated by blank lines, mapped back to the markup.
 * Unclosed tags, stray `<` and unknown entities are kept as text; nothing throws.
 */
export function readHtml(html: string): HtmlReading {
  const source = MappedText.identity(html);
  const out = source.builder();
  const removed: Removal[] = [];
  const meta: PageMetadata = {};
  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        i = end < 0 ? html.length : end + 3;
        continue;
      }
      if (html[i + 1] === '!' || html[i + 1] === '?') {
        i = tagEnd(html, i);
        continue;
      }
      TAG_NAME.lastIndex = i + 1;
      const match = TAG_NAME.exec(html);
      if (match === null) {
        out.copy(i, i + 1);
        i++;
        continue;
      }
      const closing = match[0].startsWith('/');
      const name = (match[1] ?? '').toLowerCase();
      const end = tagEnd(html, i);
      if (!closing && name === 'meta') {
        readMeta(html.slice(i, end), meta);
      } else if (!closing && name === 'title') {
        const close = closingTagEnd(html, 'title', end);
        const inner = html.slice(end, close).replace(/<\/title\s*>$/i, '');
        meta.title ??= decodeEntities(inner).replace(/\s+/g, ' ').trim();
        i = close;
        continue;
      } else if (!closing && name === 'h1' && meta.h1 === undefined) {
        const close = closingTagEnd(html, 'h1', end);
        meta.h1 = decodeEntities(stripTags(html.slice(end, close))).replace(/\s+/g, ' ').trim();
      }
      if (!closing && (RAW_TEXT.has(name) || Object.hasOwn(FURNITURE, name)) && !html.startsWith('/>', end - 2)) {
        const close = closingTagEnd(html, name, end);
        const reason = FURNITURE[name];
        if (reason !== undefined) {
          removed.push({ ruleId: `html-${name}`, category: 'markup', reason, span: source.span(i, close) });
        }
        out.insert(i, '\n\n');
        i = close;
        continue;
      }
      if (BLOCK.has(name)) out.insert(i, '\n\n');
      i = end;
      continue;
    }
    if (c === '&') {
      const entity = decodeEntityAt(html, i);
      if (entity !== null) {
        out.replace(i, i + entity.length, entity.value);
        i += entity.length;
        continue;
      }
    }
    // Line breaks and tabs in markup are just spaces; paragraphs come from block elements.
    if (c === '\n' || c === '\r' || c === '\t') {
      out.replace(i, i + 1, ' ');
      i++;
      continue;
    }
    SPECIAL.lastIndex = i + 1;
    const next = SPECIAL.exec(html)?.index ?? html.length;
    out.copy(i, next);
    i = next;
  }
  return { page: out.build(), removed, meta };
}
