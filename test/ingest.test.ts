/** Ingestion: input shapes, errors, HTML pages, empty texts, and the span guarantee. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as slant from '../src/index.js';
import { analyzeArticle } from '../src/index.js';
import { badSpans, corpus } from './helpers.js';

describe('the public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(slant).sort()).toEqual(['analyzeArticle', 'buildProfiles', 'compareSources', 'groupStories', 'mergeProfiles', 'renderReport']);
  });

  it('returns plain JSON: what goes through JSON comes back equal', () => {
    const analysis = analyzeArticle(corpus()[2]!.text);
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });

  it('accepts a string or an article object, and keeps the caller’s fields', () => {
    const text = 'The Pentagon said the strikes were defensive.';
    expect(analyzeArticle(text).source).toBeNull();
    const analysis = analyzeArticle({ text, id: 'a1', source: 'The Outlet', url: 'https://example.org/a1', title: 'Strikes', byline: 'Jane Doe and John Roe' });
    expect(analysis).toMatchObject({ id: 'a1', source: 'The Outlet', url: 'https://example.org/a1', title: { value: 'Strikes', from: 'input' }, byline: { value: ['Jane Doe', 'John Roe'], from: 'input' } });
  });

  it('gives a text without an id a stable id of its own', () => {
    const a = analyzeArticle('One text.').id;
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(analyzeArticle('One text.').id).toBe(a);
    expect(analyzeArticle('Another text.').id).not.toBe(a);
  });

  it('ignores extra fields of an article object (a JSONL record’s own columns)', () => {
    expect(() => analyzeArticle({ text: 'Hello.', bias: 'left' } as never)).not.toThrow();
  });
});

describe('bad arguments', () => {
  it.each([
    [undefined, /^slant: the article must be a string or an object .* got undefined$/],
    [null, /^slant: the article must be a string or an object .* got null$/],
    [42, /got a number \(42\)$/],
    [['text'], /got an array$/],
    [{ title: 'no text' }, /^slant: article\.text must be a string, got undefined$/],
    [{ text: 'ok', id: 7 }, /^slant: article\.id must be a string, got a number \(7\)$/],
    [{ text: 'ok', date: new Date(0) }, /^slant: article\.date must be a string, got an object$/],
  ])('%j is refused with a TypeError', (input, message) => {
    expect(() => analyzeArticle(input as never)).toThrow(TypeError);
    expect(() => analyzeArticle(input as never)).toThrow(message);
  });

  it.each([
    ['not an object', /^slant: options must be an object, got a string/],
    [{ maxLenght: 10 }, /^slant: unknown option "maxLenght"; expected one of: maxLength, sides$/],
    [{ maxLength: '10' }, /^slant: options\.maxLength must be a non-negative number, got a string/],
    [{ maxLength: -1 }, /^slant: options\.maxLength must be a non-negative number, got a number \(-1\)$/],
  ])('option %j is refused with a TypeError', (options, message) => {
    expect(() => analyzeArticle('Text.', options as never)).toThrow(TypeError);
    expect(() => analyzeArticle('Text.', options as never)).toThrow(message);
  });

  it('refuses a text over maxLength with a RangeError that says by how much', () => {
    expect(() => analyzeArticle('x'.repeat(11), { maxLength: 10 })).toThrow(/^slant: the article is 11 characters long, over options\.maxLength \(10\)$/);
    expect(analyzeArticle('x'.repeat(10), { maxLength: 10 }).words).toBe(1);
  });
});

describe('empty and odd texts', () => {
  it.each([[''], ['   '], ['\n\n\t \r\n'], ['\ufeff']])('%j gives a valid, empty analysis', (text) => {
    const analysis = analyzeArticle(text);
    expect(analysis).toMatchObject({ title: null, byline: null, date: null, paragraphs: [], sentences: [], words: 0, removed: [], warnings: [] });
  });

  it('keeps offsets in UTF-16 code units around astral characters and CRLF line ends', () => {
    const text = 'Strikes hit 🇮🇶 sites.\r\n\r\nThe 𝐏𝐌𝐅 said “no” 😡 to them.\r\nIt vowed revenge.';
    const analysis = analyzeArticle(text);
    expect(badSpans(text, analysis)).toEqual([]);
    expect(analysis.sentences.map((s) => s.text)).toEqual(['Strikes hit 🇮🇶 sites.', 'The 𝐏𝐌𝐅 said “no” 😡 to them.', 'It vowed revenge.']);
  });

  it('reads a byte-order mark, NUL and control characters without losing the words', () => {
    const text = '\ufeffThe Pentagon\u0000 said the strikes\u0007 were defensive.';
    const analysis = analyzeArticle(text);
    expect(badSpans(text, analysis)).toEqual([]);
    expect(analysis.words).toBe(7);
    expect(analysis.sentences).toHaveLength(1);
  });
});

describe('HTML pages', () => {
  const page = `<!DOCTYPE html><html><head>
<title>Ignored title | Site</title>
<meta property="og:title" content="US strikes hit militias &amp; depots">
<meta property="article:published_time" content="2021-06-28T09:30:00Z">
<meta name="author" content="Jane Doe">
<style>p { color: red }</style>
<script>var said = "Kirby said nothing";</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>US strikes hit militias &amp; depots</h1>
<figure><img src="a.jpg"><figcaption>Smoke rises (Photo: AP)</figcaption></figure>
<p>The Pentagon said the strikes were &ldquo;defensive&rdquo; and &quot;proportionate&quot;.</p>
<p>Iraq&rsquo;s government condemned them.<br>It called them a violation.</p>
</article>
<footer>&copy; 2021 Site</footer>
</body></html>`;
  const analysis = analyzeArticle(page);

  it('is recognised as HTML', () => {
    expect(analysis.format).toBe('html');
  });

  it('analyses the words, not the markup, scripts or styles', () => {
    expect(analysis.paragraphs.map((p) => p.role)).toEqual(['headline', 'body', 'body', 'body']);
    expect(analysis.words).toBe(5 + 9 + 4 + 5);
    const text = analysis.sentences.map((s) => s.text).join(' ');
    expect(text).not.toMatch(/Kirby said nothing|color: red|Home/);
  });

  it('keeps spans pointing into the original markup, entities and all', () => {
    expect(badSpans(page, analysis)).toEqual([]);
    expect(analysis.sentences[1]?.text).toBe('The Pentagon said the strikes were &ldquo;defensive&rdquo; and &quot;proportionate&quot;.');
    expect(analysis.sentences.slice(2).map((s) => s.text)).toEqual(['Iraq&rsquo;s government condemned them.', 'It called them a violation.']);
  });

  it('takes title, byline and date from the page and sets nav, captions and footer aside', () => {
    expect(analysis.title).toMatchObject({ value: 'US strikes hit militias & depots', from: 'text' });
    expect(analysis.byline).toEqual({ value: ['Jane Doe'], from: 'markup' });
    expect(analysis.date).toEqual({ value: '2021-06-28', from: 'markup' });
    expect(analysis.removed.map((r) => r.ruleId)).toEqual(['html-nav', 'html-figcaption', 'html-footer']);
  });

  it('survives broken markup', () => {
    const broken = '<p>Unclosed <b>bold <i>and a stray < sign & an unknown &entity; here.</p><p>Second <script>never closed';
    const result = analyzeArticle(broken);
    expect(badSpans(broken, result)).toEqual([]);
    expect(result.sentences.map((s) => s.text)).toEqual(['Unclosed <b>bold <i>and a stray < sign & an unknown &entity; here.', 'Second']);
  });
});

describe('every character is accounted for', () => {
  it.each(corpus().map((a) => [a.id, a.text]))('%s: each non-space character is in one analysed paragraph or one removal', (_id, text) => {
    const analysis = analyzeArticle(text);
    const owner = new Array<number>(text.length).fill(0);
    for (const span of [...analysis.paragraphs, ...analysis.removed.map((r) => r.span)]) {
      for (let i = span.start; i < span.end; i++) owner[i] = (owner[i] ?? 0) + 1;
    }
    const unowned = [...text].length > 0 ? owner.flatMap((n, i) => (n === 0 && /\S/.test(text[i] ?? '') ? [i] : [])) : [];
    expect(unowned.map((i) => text[i]).join('')).toBe('');
    expect(owner.some((n) => n > 1)).toBe(false);
  });
});

describe('any string', () => {
  const fragments = ['The ', 'Pentagon', ' said', ' “', '”', '"', '.', ' Maj.-Gen.', ' U.S.', '\n', '\n\n', '\r\n', '<p>', '</p>', '&amp;', '&rdquo;', '🇮🇶', '\u0000', '\ufeff', ' Related Articles', 'By Jane Doe', 'June 28, 2021', '|', '  ', 'he added', '–', '…'];
  const newsLike = fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join(''));

  it('never throws, and every span slices back to its text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), newsLike), (text) => {
        const analysis = analyzeArticle(text);
        expect(badSpans(text, analysis)).toEqual([]);
      }),
      { numRuns: 500 },
    );
    // 500 analyses take about 5 s on a quiet machine: a timeout is no figure of speed here.
  }, 120_000);
});

describe('adversarial inputs finish (linear-time guards; timings belong to the bench)', () => {
  it.each([
    ['100,000 quote marks in a row', '“'.repeat(100_000)],
    ['nested and unbalanced quotes', '“‘“‘'.repeat(20_000)],
    ['a megabyte with no spaces', 'x'.repeat(1_000_000)],
    ['a long run of capitalised words and verbs', 'Kirby Said '.repeat(20_000)],
    ['one reporting verb repeated', 'said '.repeat(100_000)],
    ['100,000 short lines', 'a line\n'.repeat(100_000)],
  ])('%s', (_name, text) => {
    const analysis = analyzeArticle(text);
    expect(badSpans(text, analysis)).toEqual([]);
  }, 120_000);
});
