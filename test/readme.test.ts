/** The README's generated parts match the lexicons and real runs (`npm run readme` regenerates them). */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { apiExamples } from '../scripts/api-examples.js';
import { fill, generate, README } from '../scripts/readme.js';

it('README tables are generated from the current lexicons', () => {
  const text = readFileSync(README, 'utf8');
  expect(generate(text)).toBe(text);
});

it('README API examples are the output of their code, run now', async () => {
  const text = readFileSync(README, 'utf8');
  expect(fill(text, 'api-examples', await apiExamples())).toBe(text);
}, 60_000);
