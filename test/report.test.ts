/** renderReport: the markdown and HTML reports of a comparison, their escaping, and their arguments. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle, compareSources, renderReport } from '../src/index.js';
import { escapeHtml, escapeMarkdown } from '../src/report/escape.js';
import { evidenceSegments, findTerms, markTerms } from '../src/report/evidence.js';
import { figureLabel, formatFigure, pickFigures } from '../src/report/format.js';
import type { Comparison } from '../src/types.js';
import { corpus } from './helpers.js';
import { corpusComparison, corpusTexts, HOSTILE_TEXT, hostileComparison, hostileTexts, XSS } from './report-fixtures.js';

const EMPTY: Comparison = { stories: [], profiles: [] };

/** The one-outlet story of the corpus (The Independent, December 2019) as a comparison of its own. */
function oneOutlet(): Comparison {
  const c = corpusComparison();
  const story = c.stories.find((s) => s.sources.length === 1);
  if (story === undefined) throw new Error('the fixture has no one-outlet story');
  return { stories: [story], profiles: story.profiles };
}

/** The cells of a markdown table row, split at the pipes that are not escaped. */
const cells = (line: string): string[] => line.slice(2, -2).split(/(?<!\\) \| /);

/** Every markdown table in `text`: its lines. */
function tables(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('| ')) current.push(line);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A section of the markdown: from its `### heading` to the next heading. */
function section(text: string, heading: string, from = 0): string {
  const start = text.indexOf(`### ${heading}\n`, from);
  if (start < 0) return '';
  const next = text.slice(start + 4).search(/\n#{2,3} /);
  return next < 0 ? text.slice(start) : text.slice(start, start + 4 + next);
}

describe('markdown', () => {
  const text = renderReport(corpusComparison(), { format: 'markdown' });
  const story = text.slice(0, text.indexOf('## Story: us-strikes-kataib'));

  it('has a heading per story with its dates and outlets', () => {
    expect(text.startsWith('# How the outlets told each story\n\n2 stories, 5 outlets.\n')).toBe(true);
    expect(text).toContain('## Story: us-strikes-iraq-syria-2021-06\n\n2021-06-28 · 4 outlets: American Military News, BBC News, The Jerusalem Post, The National · 4 articles');
    expect(text).toContain('## Story: us-strikes-kataib-hezbollah-2019-12\n\n2019-12-30 · 1 outlet: The Independent · 1 article');
  });

  it('writes well-formed tables: every row has as many cells as the header', () => {
    const all = tables(text);
    // Outlets; story 1: figures, distinctive words, labels, voice balance; story 2: figures, voice balance.
    expect(all).toHaveLength(7);
    for (const t of all) {
      const width = cells(t[0]!).length;
      expect(t[1]).toMatch(/^\| (?:---:?)(?: \| ---:?)* \|$/);
      for (const line of t) expect(cells(line)).toHaveLength(width);
    }
  });

  it('shows 15 figures side by side: shares in %, rates with one decimal, largest spread first', () => {
    const figures = tables(section(story, 'Figures'))[0]!;
    expect(cells(figures[0]!)).toEqual(['figure', 'American Military News', 'BBC News', 'The Jerusalem Post', 'The National', 'spread']);
    expect(figures).toHaveLength(2 + 15);
    expect(figures).toContain('| first quote goes to: Iran | 100 % | 0 % | 0 % | 100 % | 100 % |');
    expect(figures).toContain('| frame, per 1,000 words: security-defense | 145.6 | 157.9 | 140.1 | 181.8 | 41.7 |');
    const spreads = figures.slice(2).map((l) => cells(l));
    const shareSpreads = spreads.filter((c) => c[5]!.endsWith('%')).map((c) => parseFloat(c[5]!));
    expect(shareSpreads).toEqual([...shareSpreads].sort((a, b) => b - a));
  });

  it('lists distinctive words per outlet with count and z', () => {
    const rows = tables(section(story, 'Distinctive words'))[0]!;
    expect(cells(rows[0]!)).toEqual(['outlet', 'term', 'count', 'others', 'z']);
    expect(rows).toContain('| American Military News | united states airstrikes | 4 | 2 | 2.4 |');
    expect(rows).toContain('| BBC News | – | – | – | – |');
    expect(rows).toContain('| The National | al | 5 | 0 | 2.1 |');
  });

  it('gives the labels of each actor or event per outlet, with counts', () => {
    const rows = tables(section(story, 'Labels'))[0]!;
    expect(cells(rows[0]!)).toEqual(['target', 'kind', 'American Military News', 'BBC News', 'The Jerusalem Post', 'The National']);
    expect(rows).toContain('| armed-forces (United States) | actor | u.s. forces ×3 | us personnel, us troops | us personnel ×3, american personnel, american troops, us forces | us forces ×2, us personnel, us troops |');
    expect(rows).toContain('| civilians | actor | – | child | child, civilians, victims | child |');
  });

  it('gives the voice balance by side and each outlet’s divergence from the story', () => {
    const rows = tables(section(story, 'Voice balance'))[0]!;
    expect(rows[0]).toBe('| outlet | Iran | Iraq | Syria | United States | unassigned | divergence from story |');
    expect(rows).toContain('| The National | 14 % | 0 % | 9 % | 49 % | 28 % | 0.12 |');
    expect(section(story, 'Voice balance')).toContain('Furthest apart: American Military News and The National (0.48); closest: The Jerusalem Post and The National (0.06).');
  });

  it('lists omissions: who reports the fact, in which sentence, and who leaves it out', () => {
    const omissions = section(story, 'Omissions');
    expect(omissions).toContain('- **Sana, agency, child, state, three, killed, Syria’s**: reported by The National: “**Syria’s state**-run **Sana** news **agency** said a **child** was **killed**');
    expect(omissions).toMatch(/\*\*Sana, .*Missing from American Military News\.\n/);
    expect(omissions).toContain('said **four members** of one faction were **killed**');
  });

  it('renders a one-outlet story without comparisons', () => {
    expect(renderReport(oneOutlet(), { format: 'markdown', title: 'One outlet' })).toMatchInlineSnapshot(`
      "# One outlet

      1 story, 1 outlet.

      | outlet | articles | dates |
      | --- | ---: | --- |
      | The Independent | 1 | 2019-12-30 |

      ## Story: us-strikes-kataib-hezbollah-2019-12

      2019-12-30 · 1 outlet: The Independent · 1 article · about: US, Iraq, attack, forces, Iran, Hezbollah, Kataib, militia

      _Only one outlet reports this story: its figures are shown, with nothing to compare them to._

      ### Figures

      Shares of quotes, quoted words and reporting verbs in %, rates per 1,000 words (15 of 59: the largest spreads of shares, then of rates per 1,000 words).

      | figure | The Independent |
      | --- | ---: |
      | first quote goes to: Iran | 100 % |
      | last quote goes to: unassigned | 100 % |
      | reporting verbs for Iraq: confrontational | 100 % |
      | reporting verbs for Iran: confrontational | 75 % |
      | reporting verbs for unassigned: neutral | 71 % |
      | indirect quotes (share of quotes) | 56 % |
      | quoted words, voice type: person | 55 % |
      | reporting verbs: neutral | 50 % |
      | frame, per 1,000 words: security-defense | 141.2 |
      | frame, per 1,000 words: conflict | 61.9 |
      | quotes per 1,000 words | 30.9 |
      | frame, per 1,000 words: legality | 21.3 |
      | frame, per 1,000 words: political | 21.3 |
      | in quotes, per 1,000 words: assertive | 11.9 |
      | in quotes, per 1,000 words: euphemism | 11.9 |

      ### Voice balance

      Share of each outlet's quoted words by side.

      | outlet | Iran | Iraq | United States | unassigned |
      | --- | ---: | ---: | ---: | ---: |
      | The Independent | 30 % | 3 % | 27 % | 40 % |
      "
    `);
  });

  it('says so when there is nothing to compare', () => {
    expect(renderReport(EMPTY, { format: 'markdown' })).toBe('# How the outlets told each story\n\nNo stories to compare.\n');
  });

  it('escapes hostile names and keeps Object.prototype names as plain data', () => {
    const md = renderReport(hostileComparison(), { format: 'markdown', title: XSS.title });
    expect(md).not.toMatch(/(?<!\\)<(?:script|img|svg)/i);
    expect(md).toContain('\\<script\\>window.\\_\\_pwned = 1\\</script\\>');
    expect(md).toContain('## Story: \\<script\\>window.\\_\\_pwned = 4\\</script\\>');
    for (const t of tables(md)) for (const line of t) expect(cells(line)).toHaveLength(cells(t[0]!).length);
    // Outlet `__proto__`, side `__proto__`: the numbers land in their own cells.
    const balance = tables(section(md, 'Voice balance'))[0]!;
    expect(balance[0]).toBe('| outlet | \\_\\_proto\\_\\_ | hasOwnProperty | toString | unassigned | divergence from story |');
    expect(balance[2]).toBe('| \\_\\_proto\\_\\_ | 75 % | 0 % | 25 % | 0 % | 0.40 |');
    expect(balance[3]).toBe('| constructor | 0 % | 50 % | 0 % | 50 % | 0.60 |');
    expect(balance[4]).toMatch(/^\| \\<script\\>.* \| – \| – \| – \| – \| – \|$/);
    const labels = tables(section(md, 'Labels'))[0]!;
    expect(labels[2]).toBe('| constructor | actor | \\_\\_proto\\_\\_ ×2 | \\<script\\>window.\\_\\_pwned = 1\\</script\\> | – | toString |');
  });
});

describe('html', () => {
  const comparison = corpusComparison();
  const texts = corpusTexts();
  const html = renderReport(comparison, { texts });

  it('is one complete, self-contained document: no script, no external resource, no URL', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed|image|use|foreignObject)\b/i);
    expect(html).not.toMatch(/\b(?:src|href)\s*=/i);
    expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(html).not.toMatch(/url\(|@import|@font-face/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  });

  it('draws the charts as accessible inline SVG', () => {
    const charts = html.match(/<svg class="chart" role="img" aria-label="[^"]+"/g) ?? [];
    // Story 1: voice balance, reporting verbs, frames, 3 distinctive-word panels (BBC News has none); story 2: the first three.
    expect(charts).toHaveLength(6 + 3);
    expect(html).toContain('aria-label="Voice balance: share of each outlet&#39;s quoted words by side. American Military News: Iran 20 %, Iraq 57 %, Syria 0 %, United States 7 %, unassigned 16 %.');
    expect(html).toMatch(/<title>BBC News: 50 % of quoted words from Iraq<\/title>/);
    expect(html).toContain('aria-label="Distinctive words of The National, by z-score: air strikes 2.2, militia 2.1, al 2.1, air 2.0."');
  });

  it('scopes every style rule under .slant-report (so a notebook cell keeps its own style)', () => {
    const fragment = renderReport(comparison, { format: 'html-fragment' });
    expect(fragment.startsWith('<div class="slant-report">\n<style>')).toBe(true);
    expect(fragment.trimEnd().endsWith('</div>')).toBe(true);
    expect(fragment).not.toMatch(/<html|<body|<head>|<!DOCTYPE/i);
    const css = /<style>([^<]*)<\/style>/.exec(fragment)?.[1] ?? '';
    const selectors = css.replace(/\{[^}]*\}/g, '\n').split('\n').flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '');
    expect(selectors.length).toBeGreaterThan(30);
    for (const s of selectors) expect(s).toMatch(/^\.slant-report\b/);
  });

  it('shows evidence in its sentence when the texts are given, the span alone otherwise', () => {
    expect(html).toContain(
      '<span class="sr-term">united states airstrikes</span> <span class="sr-key">×4</span>: An Iranian-backed militia vowed on Sunday to engage in “open war” with U.S. forces in Iraq and to target U.S. aircraft in retaliation for <mark>U.S. airstrikes</mark> in Syria.</li>',
    );
    const bare = renderReport(comparison);
    expect(bare).toContain('<span class="sr-term">united states airstrikes</span> <span class="sr-key">×4</span>: <mark>U.S. airstrikes</mark></li>');
    expect(renderReport(comparison, { texts: new Map(Object.entries(texts)) })).toBe(html);
  });

  it('marks the words of an omission in the sentences that report it', () => {
    expect(html).toContain('<span class="sr-missing">missing from American Military News</span>');
    expect(html).toContain('<li><b>BBC News</b>: Syrian <mark>state</mark> media reported that a <mark>child</mark> was <mark>killed</mark> in a strike near the Syrian border town of Albu Kamal early on Monday');
  });

  it('renders a one-outlet story and an empty comparison', () => {
    const one = renderReport(oneOutlet());
    expect(one).toContain('Only one outlet reports this story');
    expect(one).not.toContain('Distinctive words');
    expect(one.match(/<svg class="chart"/g)).toHaveLength(3);
    const empty = renderReport(EMPTY);
    expect(empty).toContain('<p class="sr-meta">No stories to compare.</p>');
    expect(empty).not.toContain('<svg');
  });

  it('escapes every input string, in text, attributes and SVG', () => {
    for (const format of ['html', 'html-fragment'] as const) {
      const out = renderReport(hostileComparison(), { format, title: XSS.title, texts: hostileTexts() });
      expect(out).not.toMatch(/<(?:script|img|svg onload)/i);
      // No event handler attribute on any element (quoted attribute values may contain the words, escaped).
      expect(out.replace(/"[^"]*"/g, '""')).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(out).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
      expect(out).toContain('&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;');
      expect(out).toContain('&#39;&gt;&lt;svg onload=window.__pwned=3&gt;');
      expect(out).toContain('<span class="sr-kicker">Story</span>&lt;script&gt;window.__pwned = 4&lt;/script&gt;</h2>');
    }
    expect(renderReport(hostileComparison(), { title: XSS.title })).toContain('<title>&lt;/title&gt;&lt;script&gt;window.__pwned = 5&lt;/script&gt;</title>');
  });

  it('reads records by own keys: outlets and sides named __proto__, constructor, toString are data', () => {
    const out = renderReport(hostileComparison(), { texts: hostileTexts() });
    expect(out).toContain('<title>__proto__: 75 % of quoted words from __proto__</title>');
    expect(out).toContain('<title>constructor: 50 % of quoted words from hasOwnProperty</title>');
    expect(out).toContain('<title>__proto__, quotes from __proto__: 1 of 3 cues constructor (33 %)</title>');
    expect(out).toContain('<title>__proto__: __proto__, 12.5 per 1,000 words</title>');
    expect(out).toContain('<title>constructor: __proto__, 0.0 per 1,000 words</title>');
    expect(out).toContain('A spokesman for <mark>__proto__</mark> said the constructor of the plan was toString.');
    expect(out).toContain('<li><b>__proto__</b>: The <mark>militia</mark> said &lt;<mark>script</mark>&gt;window.__pwned = 1&lt;/<mark>script</mark>&gt; was posted.</li>');
  });

  it('is the same for the same input, and leaves the input alone', () => {
    const c = corpusComparison();
    const copy = structuredClone(c);
    expect(renderReport(c, { texts })).toBe(html);
    expect(c).toEqual(copy);
  });
});

describe('on what compareSources returns today', () => {
  // The fixture is frozen; this renders the live comparison (stories found by groupStories) so a
  // change in compareSources' output that the report cannot read shows up here.
  const articles = corpus();
  const comparison = compareSources(articles.map((a) => analyzeArticle({ text: a.text, id: a.id, source: a.outlet, date: a.date })));
  const texts = Object.fromEntries(articles.map((a) => [a.id, a.text]));

  it('renders every story in both formats', () => {
    const md = renderReport(comparison, { format: 'markdown' });
    const html = renderReport(comparison, { texts });
    for (const s of comparison.stories) {
      expect(md).toContain(`## Story: ${escapeMarkdown(s.story.id)}`);
      expect(html).toContain(`<span class="sr-kicker">Story</span>${escapeHtml(s.story.id)}</h2>`);
    }
    for (const t of tables(md)) for (const line of t) expect(cells(line)).toHaveLength(cells(t[0]!).length);
    expect(html).not.toMatch(/<script|https?:/i);
    expect(html).not.toMatch(/NaN|undefined|\[object Object\]/);
    expect(md).not.toMatch(/NaN|undefined|\[object Object\]/);
  });
});

describe('bad arguments', () => {
  it.each([
    [undefined, /^slant: renderReport\(comparison\): comparison must be a comparison from compareSources .* got undefined$/],
    [null, /got null$/],
    [[], /got an array$/],
    [{ stories: 'x', profiles: [] }, /^slant: comparison\.stories must be an array of story comparisons, got a string/],
    [{ stories: [] }, /^slant: comparison\.profiles must be an array of source profiles, got undefined$/],
    [{ stories: [{ story: { id: 1 } }], profiles: [] }, /^slant: comparison\.stories\[0\]\.story must be a story with a string id, got an object$/],
    [{ stories: [{ story: { id: 's' }, sources: [1] }], profiles: [] }, /^slant: comparison\.stories\[0\]\.sources must be an array of outlet names, got an array$/],
  ])('comparison %j is refused with a TypeError', (comparison, message) => {
    expect(() => renderReport(comparison as never)).toThrow(TypeError);
    expect(() => renderReport(comparison as never)).toThrow(message);
  });

  it.each([
    ['html', /^slant: renderReport\(comparison, options\): options must be an object, got a string/],
    [{ format: 'pdf' }, /^slant: options\.format must be one of 'html', 'html-fragment', 'markdown', got a string \("pdf"\)$/],
    [{ titel: 'x' }, /^slant: unknown option "titel"; expected one of: format, title, texts$/],
    [{ title: 3 }, /^slant: options\.title must be a string, got a number \(3\)$/],
    [{ texts: ['a'] }, /^slant: options\.texts must be an object or a Map of article id → original text, got an array$/],
    [{ texts: { a1: 42 } }, /^slant: options\.texts\["a1"\] must be a string \(the article text\), got a number \(42\)$/],
    [{ texts: new Map([['a1', null]]) }, /^slant: options\.texts\.get\("a1"\) must be a string \(the article text\), got null$/],
  ])('option %j is refused with a TypeError', (options, message) => {
    expect(() => renderReport(EMPTY, options as never)).toThrow(TypeError);
    expect(() => renderReport(EMPTY, options as never)).toThrow(message);
  });
});

describe('the pieces', () => {
  it.each([
    ['<b>"x" & \'y\'</b>', '&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;'],
    ['plain', 'plain'],
  ])('escapeHtml(%j)', (input, expected) => expect(escapeHtml(input)).toBe(expected));

  it.each([
    ['a | b', 'a \\| b'],
    ['line one\nline two\r\n\nthree', 'line one line two three'],
    ['__proto__', '\\_\\_proto\\_\\_'],
    ['<script>', '\\<script\\>'],
    ['# not a heading *or* [link](x)', '\\# not a heading \\*or\\* \\[link\\](x)'],
  ])('escapeMarkdown(%j)', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));

  it.each([
    ['Iran-backed militias attacked', ['militia'], [[12, 20]]],
    ['the US and its users', ['us'], [[4, 6]]],
    ['killed four  fighters, four', ['four', 'fighters'], [[7, 21], [23, 27]]],
    ['Kata’ib and KATAIB', ['kataib'], [[12, 18]]],
    ['air-strikes and air strikes', ['air strikes'], [[0, 11], [16, 27]]],
    ['a (b) ab', ['(b'], [[2, 4]]],
  ])('findTerms(%j, %j)', (text, terms, expected) => expect(findTerms(text, terms)).toEqual(expected));

  it('markTerms cuts a text into marked and plain segments', () => {
    expect(markTerms('A child was killed.', ['child'])).toEqual([
      { text: 'A ', mark: false },
      { text: 'child', mark: true },
      { text: ' was killed.', mark: false },
    ]);
    expect(markTerms('Nothing here.', ['child'])).toEqual([{ text: 'Nothing here.', mark: false }]);
  });

  it('evidenceSegments shows a span in its sentence, and falls back to the span when the text does not match', () => {
    const text = 'First sentence. The U.S. forces said “we hit them.” Then more.\n\nNext paragraph.';
    const start = text.indexOf('forces');
    const ref = { article: 'a', span: { start, end: start + 6, text: 'forces' } };
    const texts = (id: string): string | undefined => (id === 'a' ? text : undefined);
    expect(evidenceSegments(ref, texts)).toEqual([
      { text: 'The U.S. ', mark: false },
      { text: 'forces', mark: true },
      { text: ' said “we hit them.”', mark: false },
    ]);
    expect(evidenceSegments(ref, () => undefined)).toEqual([{ text: 'forces', mark: true }]);
    expect(evidenceSegments({ ...ref, span: { ...ref.span, start: start + 1 } }, texts)).toEqual([{ text: 'forces', mark: true }]);
    expect(evidenceSegments({ article: 'a', span: { start: 0, end: 3, text: 'The' } }, () => HOSTILE_TEXT, ['the'])[0]).toEqual({ text: 'The', mark: true });
  });

  it('evidenceSegments cuts a long context with …', () => {
    const text = `${'word '.repeat(200)}target ${'more '.repeat(200)}`;
    const start = text.indexOf('target');
    const segments = evidenceSegments({ article: 'a', span: { start, end: start + 6, text: 'target' } }, () => text);
    expect(segments[0]!.text.startsWith('…word')).toBe(true);
    expect(segments[2]!.text.endsWith('more…')).toBe(true);
    expect(segments[1]).toEqual({ text: 'target', mark: true });
  });

  it.each([
    ['wordShareBySide.Iraq', 0.5747, 'quoted words, side: Iraq', '57 %'],
    ['wordShareBySide.U.S.', 0.001, 'quoted words, side: U.S.', '<1 %'],
    ['cueClassShareBySide.United States.neutral', 0, 'reporting verbs for United States: neutral', '0 %'],
    ['wordingRates.own.loaded', 9.24, 'own voice, per 1,000 words: loaded', '9.2'],
    ['frames.security-defense', 145.58, 'frame, per 1,000 words: security-defense', '145.6'],
    ['sentiment.own', -0.0991, 'sentiment per word, own voice', '-0.099'],
    ['quotesPer1000Words', 37.31, 'quotes per 1,000 words', '37.3'],
    ['constructor', 0.5, 'constructor', '50 %'],
    ['somethingNew.x', Number.NaN, 'somethingNew.x', '–'],
  ])('figure %s = %d reads %j, %j', (figure, value, label, formatted) => {
    expect(figureLabel(figure)).toBe(label);
    expect(formatFigure(figure, value)).toBe(formatted);
  });

  it('pickFigures ranks shares and rates apart and drops rows that are all 0', () => {
    const rows = [
      { figure: 'frames.conflict', values: [10, 60], spread: 50 },
      { figure: 'directShare', values: [0.1, 0.9], spread: 0.8 },
      { figure: 'anonymousShare', values: [0, 0], spread: 0 },
      { figure: 'indirectShare', values: [0.5, 0.6], spread: 0.1 },
    ];
    expect(pickFigures(rows, 2).shown.map((r) => r.figure)).toEqual(['directShare', 'indirectShare', 'frames.conflict']);
    expect(pickFigures(rows, 2).rest.map((r) => r.figure)).toEqual(['anonymousShare']);
  });
});
