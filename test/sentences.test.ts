/** Sentence splitting for news text: titles, ranks, initials, U.S., quotes that end a sentence, wrapped lines. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';

const sentences = (text: string): string[] => analyzeArticle(text).sentences.map((s) => s.text);

describe('sentences', () => {
  it.each([
    ['Iraqi military spokesman Maj.-Gen. Yehia Rasool condemned the strikes. He called for calm.', ['Iraqi military spokesman Maj.-Gen. Yehia Rasool condemned the strikes.', 'He called for calm.']],
    ['Maj. Gen. Yahya Rasool, a spokesman, said it. Iraq objected.', ['Maj. Gen. Yahya Rasool, a spokesman, said it.', 'Iraq objected.']],
    ['Lt. Col. Jane Roe and Gov. Greg Abbott met Sen. Ted Cruz. They talked.', ['Lt. Col. Jane Roe and Gov. Greg Abbott met Sen. Ted Cruz.', 'They talked.']],
    ['Rubio criticized Govs. Jeb Bush and Chris Christie, and Sens. Ted Cruz and Rand Paul. He won.', ['Rubio criticized Govs. Jeb Bush and Chris Christie, and Sens. Ted Cruz and Rand Paul.', 'He won.']],
    ['Dr. J. R. Smith of the U.S. Army spoke. The Pentagon agreed.', ['Dr. J. R. Smith of the U.S. Army spoke.', 'The Pentagon agreed.']],
    ['The strikes were ordered by the U.S. The militias vowed revenge.', ['The strikes were ordered by the U.S.', 'The militias vowed revenge.']],
    ['The U.S. military said so. U.S. officials agreed.', ['The U.S. military said so.', 'U.S. officials agreed.']],
    ['“We condemn it.” Rasool said nothing more. “It is over.”', ['“We condemn it.”', 'Rasool said nothing more.', '“It is over.”']],
    ['“Is it over?” he asked. Nobody answered.', ['“Is it over?” he asked.', 'Nobody answered.']],
    ['She said "no." He left.', ['She said "no."', 'He left.']],
    ['The attack came at 2 a.m. on Monday. Four died.', ['The attack came at 2 a.m. on Monday.', 'Four died.']],
    ['It was No. 1 on the list. Then it fell.', ['It was No. 1 on the list.', 'Then it fell.']],
    ['Mr Kirby said the strikes were defensive. Mrs. Smith disagreed.', ['Mr Kirby said the strikes were defensive.', 'Mrs. Smith disagreed.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('joins a paragraph of hard-wrapped lines and splits it into sentences, not lines', () => {
    const text = [
      'US forces carried out air strikes on Sunday night against facilities used by',
      'Iran-backed militias near the Iraq-Syria border, the Pentagon said. Iraq called',
      'the strikes a violation of its sovereignty and summoned the US ambassador to',
      'Baghdad on Monday.',
      '',
      'A second paragraph follows.',
    ].join('\n');
    const analysis = analyzeArticle(text);
    expect(analysis.paragraphs).toHaveLength(2);
    expect(analysis.sentences.map((s) => [s.paragraph, s.text.replace(/\s+/g, ' ')])).toEqual([
      [0, 'US forces carried out air strikes on Sunday night against facilities used by Iran-backed militias near the Iraq-Syria border, the Pentagon said.'],
      [0, 'Iraq called the strikes a violation of its sovereignty and summoned the US ambassador to Baghdad on Monday.'],
      [1, 'A second paragraph follows.'],
    ]);
    // The span still covers the original line breaks.
    expect(analysis.sentences[0]?.text).toContain('used by\nIran-backed');
  });

  it('treats single line breaks between finished sentences as paragraph breaks', () => {
    const analysis = analyzeArticle('The strikes came on Sunday night after weeks of drone attacks.\nAccording to the Pentagon, three sites were hit.');
    expect(analysis.paragraphs).toHaveLength(2);
    expect(analysis.sentences.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('joins a line that plainly runs on into the next', () => {
    const analysis = analyzeArticle('The Pentagon said the strikes targeted facilities used by\nmilitias near the border.');
    expect(analysis.paragraphs).toHaveLength(1);
    expect(analysis.sentences).toHaveLength(1);
  });
});
