/** Frames lexicon hygiene: names, provenance, term syntax and weights, and terms shared between frames. */
import { describe, expect, it } from 'vitest';
import { FRAMES } from '../src/lexicons/frames.js';

/**
 * Terms allowed in more than one frame, with the frames they serve and why. Adding a shared term
 * means adding it here: a term in two frames counts twice, so it has to be a conscious choice.
 */
const SHARED_TERMS: Readonly<Record<string, readonly string[]>> = {
  // The security rationale for using force and, under Article 51 of the UN Charter, its legal ground.
  'self-defense': ['legality', 'security-defense'],
};

/** One term word: letters and digits, joined inside by hyphens or apostrophes (`cease-fire`, `article 51`). */
const WORD = /^[a-z0-9]+(?:['-][a-z0-9]+)*$/;

describe('the frames lexicon', () => {
  it('has unique kebab-case names', () => {
    const names = FRAMES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('covers the generic frames and the policy dimensions', () => {
    const byFamily = (family: string) => FRAMES.filter((f) => f.family === family).map((f) => f.name).sort();
    expect(byFamily('generic')).toEqual(['conflict', 'economic', 'human-interest', 'morality', 'responsibility']);
    expect(byFamily('policy')).toEqual(
      expect.arrayContaining([
        'security-defense', 'legality', 'political', 'external-regulation', 'public-opinion', 'health-safety',
        'crime-punishment', 'capacity-resources', 'policy-prescription', 'fairness-equality',
        'cultural-identity', 'quality-of-life',
      ]),
    );
  });

  it.each(FRAMES.map((f) => [f.name, f] as const))('%s has a label, a description, a source and at least 20 terms', (_, frame) => {
    expect(['generic', 'policy']).toContain(frame.family);
    for (const text of [frame.label, frame.description, frame.source]) {
      expect(text.trim().length).toBeGreaterThan(3);
      expect(text).toBe(text.trim());
    }
    expect(Object.keys(frame.terms).length).toBeGreaterThanOrEqual(20);
  });

  it.each(FRAMES.map((f) => [f.name, f] as const))('%s terms are lower-case, single-spaced words weighted 1 to 3', (_, frame) => {
    for (const [term, weight] of Object.entries(frame.terms)) {
      expect(term, term).toBe(term.toLowerCase());
      expect(term, term).toBe(term.trim());
      expect(term, term).toMatch(/^[a-z0-9' -]+$/);
      for (const word of term.split(' ')) expect(word, term).toMatch(WORD);
      expect([1, 2, 3], term).toContain(weight);
    }
  });

  it('shares a term between frames only where the allow-list says so', () => {
    const framesOf = new Map<string, string[]>();
    for (const frame of FRAMES) {
      for (const term of Object.keys(frame.terms)) framesOf.set(term, [...(framesOf.get(term) ?? []), frame.name]);
    }
    const shared = Object.fromEntries(
      [...framesOf].filter(([, names]) => names.length > 1).map(([term, names]) => [term, [...names].sort()]),
    );
    const allowed = Object.fromEntries(Object.entries(SHARED_TERMS).map(([term, names]) => [term, [...names].sort()]));
    expect(shared).toEqual(allowed);
  });
});
