/** The bundled corpus: what ingestion must find in each of the five seed articles. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import { badSpans, corpus } from './helpers.js';

const articles = corpus();
const byId = new Map(articles.map((a) => [a.id, a]));

function analyse(id: string, withManifest = false) {
  const a = byId.get(id);
  if (a === undefined) throw new Error(`no corpus article ${id}`);
  return withManifest ? analyzeArticle({ text: a.text, id, source: a.outlet, date: a.date }) : analyzeArticle(a.text);
}

describe('the bundled corpus', () => {
  it('holds the five seed articles with a manifest naming outlet, date and story', () => {
    expect(articles.map((a) => a.outlet)).toEqual([
      'The National',
      'BBC News',
      'The Independent',
      'American Military News',
      'The Jerusalem Post',
    ]);
    expect(articles.every((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.date))).toBe(true);
  });

  it.each(articles.map((a) => [a.id]))('%s: every span slices back out of the original text', (id) => {
    const a = byId.get(id)!;
    expect(badSpans(a.text, analyse(id, true))).toEqual([]);
  });

  it.each([
    ['the-national-2021-06-28', 'Iran-backed militias in Iraq vow revenge after lethal US air strikes target drones'],
    ['bbc-2021-06-28', 'US strikes in Iraq and Syria target Iran-backed militia facilities'],
    ['independent-2019-12-30', 'Iranian-backed Iraqi militia warns of ‘harsh reponse’ for deadly US airstrikes'],
    ['american-military-news-2021-06-28', 'Iran-backed militia vows to attack US aircraft in ‘open war’ against US as revenge for airstrikes'],
    ['jerusalem-post-2021-06-28', '4 killed in US airstrikes on Iran-backed militias in Iraq, Syria'],
  ])('%s: the headline is found in the text', (id, title) => {
    const analysis = analyse(id);
    expect(analysis.title).toMatchObject({ value: title, from: 'text' });
    expect(analysis.paragraphs[0]).toMatchObject({ role: 'headline', text: title });
  });

  it.each([
    ['the-national-2021-06-28', null],
    ['bbc-2021-06-28', null],
    ['independent-2019-12-30', { value: '2019-12-30', from: 'text', span: { text: '30 December 2019' } }],
    ['american-military-news-2021-06-28', { value: '2021-06-28', from: 'text', span: { text: 'June 28, 2021' } }],
    ['jerusalem-post-2021-06-28', null],
  ])('%s: the date read from the page is %j', (id, date) => {
    const analysis = analyse(id);
    if (date === null) expect(analysis.date).toBeNull();
    else expect(analysis.date).toMatchObject(date);
  });

  it('never takes the site clock in the page header for the date', () => {
    const analysis = analyse('the-national-2021-06-28');
    expect(analysis.date).toBeNull();
    expect(analysis.removed[0]).toMatchObject({ ruleId: 'site-header', span: { text: '| 20 May 2024, Monday |' } });
  });

  it('reads the Independent byline as Borzou Daragahi, never the promo box journalist', () => {
    const analysis = analyse('independent-2019-12-30');
    expect(analysis.byline).toMatchObject({ value: ['Borzou Daragahi'], from: 'text', span: { text: 'Borzou Daragahi' } });
    const analysed = analysis.paragraphs.map((p) => p.text).join('\n');
    expect(analysed).not.toContain('Feinberg');
    expect(analysis.removed.filter((r) => r.span.text.includes('Feinberg')).map((r) => r.ruleId)).toEqual(['promo-card', 'promo-card']);
  });

  it.each([
    ['the-national-2021-06-28', ['site-header']],
    ['bbc-2021-06-28', ['related-links', 'comment-prompt', 'comment-prompt', 'navigation']],
    [
      'independent-2019-12-30',
      [
        'byline', 'byline-role', 'dateline', 'comment-prompt', 'page-chrome', 'donation-plea', 'donation-plea',
        'donation-plea', 'donation-plea', 'promo-card', 'promo-card', 'promo-card', 'comment-prompt',
        'comment-prompt', 'comment-prompt', 'comment-prompt', 'comment-prompt',
      ],
    ],
    ['american-military-news-2021-06-28', ['navigation', 'newsletter-promo', 'stray-symbols', 'page-chrome', 'photo-credit', 'dateline']],
    ['jerusalem-post-2021-06-28', ['related-links', 'related-links', 'related-links']],
  ])('%s: removes exactly %j', (id, rules) => {
    expect(analyse(id).removed.map((r) => r.ruleId)).toEqual(rules);
  });

  it.each(articles.map((a) => [a.id]))('%s: removes no sentence of the article', (id) => {
    const analysis = analyse(id);
    // Article sentences are reporting: none of the removed spans reads like one.
    const reporting = /\b(?:said|says|told|killed|strikes?|militias?|attack)\b/i;
    const offending = analysis.removed.filter((r) => r.category === 'boilerplate' && reporting.test(r.span.text) && r.ruleId !== 'related-links' && r.ruleId !== 'page-chrome');
    expect(offending).toEqual([]);
    // The last body paragraph is still there.
    expect(analysis.paragraphs.at(-1)?.role).toBe('body');
  });

  it('keeps the standfirst and finds the subheading', () => {
    expect(analyse('independent-2019-12-30').paragraphs[1]).toMatchObject({
      role: 'standfirst',
      text: 'Strikes were in retaliation to an attack on an airbase in northern Iraq that\u00a0killed a US military contractor', // a no-break space in the original
    });
    expect(analyse('bbc-2021-06-28').paragraphs.find((p) => p.role === 'subheading')?.text).toBe('How have the militias responded?');
  });

  it.each([
    ['the-national-2021-06-28', 385, 15],
    ['bbc-2021-06-28', 456, 18],
    ['independent-2019-12-30', 517, 21],
    ['american-military-news-2021-06-28', 419, 13],
    ['jerusalem-post-2021-06-28', 1099, 43],
  ])('%s: %i words in %i sentences', (id, words, sentences) => {
    const analysis = analyse(id);
    expect(analysis.words).toBe(words);
    expect(analysis.sentences).toHaveLength(sentences);
  });

  it('uses the caller’s date and keeps the dateline as its evidence when they agree', () => {
    const analysis = analyse('american-military-news-2021-06-28', true);
    expect(analysis.date).toEqual({ value: '2021-06-28', from: 'input', span: expect.objectContaining({ text: 'June 28, 2021' }) });
    expect(analysis.source).toBe('American Military News');
    expect(analysis.warnings).toEqual([]);
  });

  it('warns when the caller’s date and the dateline disagree', () => {
    const text = byId.get('independent-2019-12-30')!.text;
    const analysis = analyzeArticle({ text, date: '2021-06-28' });
    expect(analysis.date?.value).toBe('2021-06-28');
    expect(analysis.warnings).toEqual([expect.stringContaining('differs from the page’s dateline'.replace('’', "'"))]);
  });
});
