/** The lexicon matcher behind wording, labels and frames. */
import { expect, it } from 'vitest';
import { TermMatcher } from '../src/detectors/terms.js';
import { tokenize } from '../src/nlp/wink.js';

const matcher = new TermMatcher<number>([
  ['slam', 1], ['so-called', 2], ['de-escalation', 3], ['self-defense', 4], ['legal', 5], ['legal basis', 6],
  ['democrat', 7], ['appear to', 8],
]);
const matches = (text: string) => {
  const tokens = tokenize(text);
  return matcher.match(tokens).map((m) => [text.slice(tokens[m.first]?.start, tokens[m.last]?.end), m.term, m.value]);
};

it.each([
  ['Critics slammed the so-called deal.', [['slammed', 'slam', 1], ['so-called', 'so-called', 2]]],
  ['They urged de-escalation and self-defense.', [['de-escalation', 'de-escalation', 3], ['self-defense', 'self-defense', 4]]],
  ['There is no legal basis, only a legal fig leaf.', [['legal basis', 'legal basis', 6], ['legal', 'legal', 5]]],
  ['Democrats appear to agree.', [['Democrats', 'democrat', 7], ['appear to', 'appear to', 8]]],
  ['They were so - called by some.', []],
])('%s', (text, expected) => {
  expect(matches(text)).toEqual(expected);
});
