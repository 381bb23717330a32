/** Every regular expression in src/ is checked for catastrophic backtracking by recheck (see test/regex-audit.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLOWED, built, CACHE, DYNAMIC, findRegexes, isAllowed, keyOf, RECHECK_VERSION, verdict } from './regex-audit.js';

const { literals, dynamic } = findRegexes();

describe('the regular-expression audit', () => {
  it('runs recheck here: it finds the textbook cases and an allowed pattern unsafe', async () => {
    expect((await verdict({ file: '', line: 0, source: '^(a+)+$', flags: '' })).status).toBe('vulnerable');
    expect((await verdict({ file: '', line: 0, source: String.raw`\s*[,|–—]\s*`, flags: '' })).status).toBe('vulnerable');
    expect((await verdict({ file: '', line: 0, source: '^[a-z]+$', flags: 'i' })).status).toBe('safe');
  }, 60_000);

  it('finds the regular expressions of src/, literal and built', () => {
    expect(literals.length).toBeGreaterThan(150);
    expect(literals.filter((r) => r.file.startsWith('src/detectors/attributions')).length).toBeGreaterThan(20);
  });

  it('knows how every `new RegExp(…)` built from parts is covered', () => {
    const uncovered = dynamic.filter((d) => !DYNAMIC.some((e) => e.file === d.file && d.expression.startsWith(e.starts)));
    expect(uncovered.map((d) => `${d.file}:${d.line} ${d.expression.slice(0, 80)}`)).toEqual([]);
    const stale = DYNAMIC.filter((e) => !dynamic.some((d) => e.file === d.file && d.expression.startsWith(e.starts)));
    expect(stale).toEqual([]);
  });

  it('allows only patterns that are still there', () => {
    const all = [...literals, ...built()];
    expect(ALLOWED.filter((a) => !all.some((r) => r.file === a.file && r.source === a.source))).toEqual([]);
  });

  it('finds every other pattern safe with recheck (patterns checked before with this recheck version are skipped)', async () => {
    const cache = existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as { recheck: string; safe: string[] }) : { recheck: '', safe: [] };
    const known = new Set(process.env['SLANT_REGEX_AUDIT'] === 'full' || cache.recheck !== RECHECK_VERSION ? [] : cache.safe);
    const unsafe: string[] = [];
    for (const r of [...literals, ...built()]) {
      if (isAllowed(r) || known.has(keyOf(r))) continue;
      const { status, detail } = await verdict(r);
      if (status !== 'safe') unsafe.push(`${r.file}:${r.line} ${keyOf(r)}: ${status}, ${detail}`);
    }
    expect(unsafe).toEqual([]);
  }, 600_000);
});
