/** The lexicon matcher behind wording, labels and frames. */
import { expect, it } from 'vitest';
import { TermMatchers } from '../src/detectors/terms.js';
import { tokenize } from '../src/nlp/wink.js';

const LEXICON: Array<[string, number]> = [
  ['slam', 1], ['so-called', 2], ['de-escalation', 3], ['self-defense', 4], ['legal', 5], ['legal basis', 6],
  ['democrat', 7], ['appear to', 8],
];
/** Each lexicon's matches in `text` as [matched text, term, value]. */
const matchAll = (lexicons: Array<Array<[string, number]>>, text: string) => {
  const tokens = tokenize(text);
  return new TermMatchers<number>(lexicons).match(tokens).map((found) => found.map((m) => [text.slice(tokens[m.first]?.start, tokens[m.last]?.end), m.term, m.value]));
};
const matches = (text: string) => matchAll([LEXICON], text)[0];

it.each([
  ['Critics slammed the so-called deal.', [['slammed', 'slam', 1], ['so-called', 'so-called', 2]]],
  ['They urged de-escalation and self-defense.', [['de-escalation', 'de-escalation', 3], ['self-defense', 'self-defense', 4]]],
  ['There is no legal basis, only a legal fig leaf.', [['legal basis', 'legal basis', 6], ['legal', 'legal', 5]]],
  ['Democrats appear to agree.', [['Democrats', 'democrat', 7], ['appear to', 'appear to', 8]]],
  ['They were so - called by some.', []],
])('%s', (text, expected) => {
  expect(matches(text)).toEqual(expected);
});

it('matches each of several lexicons as if it were matched alone', () => {
  // The second lexicon's `basis` lies inside the first's `legal basis`, its `legal fig` overlaps
  // the first's `legal`; the third holds the first's `legal` again.
  const text = 'There is no legal basis, only a legal fig leaf.';
  const others: Array<Array<[string, number]>> = [[['basis', 9], ['legal fig', 10]], [['legal', 11]]];
  const together = matchAll([LEXICON, ...others], text);
  expect(together).toEqual([LEXICON, ...others].map((lexicon) => matchAll([lexicon], text)[0]));
  expect(together[1]).toEqual([['basis', 'basis', 9], ['legal fig', 'legal fig', 10]]);
});
