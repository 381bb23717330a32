/** The README's generated tables match the lexicons (`npm run readme` regenerates them). */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { generate, README } from '../scripts/readme.js';

it('README tables are generated from the current lexicons', () => {
  const text = readFileSync(README, 'utf8');
  expect(generate(text)).toBe(text);
});
