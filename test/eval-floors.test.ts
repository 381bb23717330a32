/** The accuracy gate of `npm run eval -- --check` (scripts/eval-floors.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { belowFloors, TOLERANCE } from '../scripts/eval-floors.js';

describe('belowFloors', () => {
  it('fails a figure more than the tolerance below its floor, or missing; passes one within it', () => {
    const floors = { 'a.f1': 0.7, 'b.f1': 0.5, 'c.f1': 0.6 };
    const r = belowFloors(floors, { 'a.f1': 0.7 - TOLERANCE + 0.001, 'b.f1': 0.5 - TOLERANCE - 0.001 });
    expect(r.checked).toBe(3);
    expect(r.tolerance).toBe(TOLERANCE);
    expect(r.below).toHaveLength(2);
    expect(r.below[0]).toMatch(/^b\.f1: 0\.4790 < floor 0\.5/);
    expect(r.below[1]).toBe('c.f1: unknown figure');
  });

  it("a section's own _tolerance replaces the default; keys starting with _ are not floors", () => {
    const floors = { _note: 'why', _tolerance: 0.1, 'a.accuracy': 0.84 };
    expect(belowFloors(floors, { 'a.accuracy': 0.75 })).toEqual({ below: [], checked: 1, tolerance: 0.1 });
    expect(belowFloors(floors, { 'a.accuracy': 0.73 }).below).toEqual(['a.accuracy: 0.7300 < floor 0.84 − 0.1']);
  });

  it('every section of eval/floors.json has numeric floors in 0–1 and a tolerance below 0.2', () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'eval', 'floors.json'), 'utf8')) as Record<string, unknown>;
    for (const [key, section] of Object.entries(file)) {
      if (key.startsWith('_')) continue;
      const floors = section as Record<string, unknown>;
      const r = belowFloors(floors, {});
      expect(r.checked, key).toBeGreaterThan(0);
      expect(r.tolerance, key).toBeLessThan(0.2);
      for (const [name, v] of Object.entries(floors)) {
        if (name.startsWith('_')) continue;
        expect(v, `${key}.${name}`).toBeGreaterThan(0);
        expect(v, `${key}.${name}`).toBeLessThanOrEqual(1);
      }
    }
  });
});
