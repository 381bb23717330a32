/**
 * `slant analyze | slant profile` per shard, then `slant merge`, each a separate process as on a
 * cluster: the merged profiles equal those of one run over the whole corpus.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, runSlant as slant } from './helpers.js';

const TIMEOUT = 120_000;

let scratch: string;
/** The corpus as JSONL lines, with every field of its manifest. */
let lines: string[];
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'slant-shards-'));
  const manifest = JSON.parse(await readFile(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { articles: Array<Record<string, string>> };
  lines = await Promise.all(
    manifest.articles.map(async ({ id, file, outlet, date, title, byline, url, story }) =>
      JSON.stringify({ id, source: outlet, date, title, byline, url, story, text: await readFile(join(CORPUS_DIR, file!), 'utf8') }),
    ),
  );
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('shards: slant analyze | slant profile per shard, then slant merge', () => {
  it.each([
    ['without evidence (the default)', []],
    ['with --evidence', ['--evidence']],
  ])('gives the profiles of one run over the whole corpus, %s', async (_, profileFlags) => {
    const dir = join(scratch, profileFlags.length === 0 ? 'plain' : 'evidence');
    // One run: slant analyze corpus | slant profile -
    const whole = await slant(['analyze', CORPUS_DIR]);
    expect(whole.code).toBe(0);
    const single = await slant(['profile', '-', ...profileFlags], whole.stdout);
    expect(single.code).toBe(0);
    expect(single.stderr).toBe('slant profile: 5 analyses, 5 outlets, 0 error records skipped, 0 bad lines\n');

    // Three shards of the corpus as JSONL, each analysed and profiled by its own processes: the
    // first through files, the others through standard input and output.
    const shards = [lines.slice(0, 2), lines.slice(2, 3), lines.slice(3)];
    const profiles: string[] = [];
    await Promise.all(
      shards.map(async (shard, i) => {
        const jsonl = `${dir}-shard-${i}.jsonl`;
        const analyses = `${dir}-shard-${i}.analyses.jsonl`;
        const profile = `${dir}-shard-${i}.profile.json`;
        profiles[i] = profile;
        await writeFile(jsonl, `${shard.join('\n')}\n`);
        if (i === 0) {
          expect(await slant(['analyze', jsonl, '--out', analyses, '--concurrency', '2'])).toMatchObject({ code: 0 });
          expect(await slant(['profile', analyses, '--out', profile, ...profileFlags])).toMatchObject({ code: 0 });
        } else {
          const analysed = await slant(['analyze', '-', '--concurrency', '1'], `${shard.join('\n')}\n`);
          expect(analysed).toMatchObject({ code: 0, stderr: `slant analyze: ${shard.length} inputs, ${shard.length} analysed, 0 errors\n` });
          const profiled = await slant(['profile', '-', ...profileFlags], analysed.stdout);
          expect(profiled.code).toBe(0);
          await writeFile(profile, profiled.stdout);
        }
      }),
    );
    const merged = await slant(['merge', ...profiles]);
    expect(merged).toMatchObject({ code: 0, stderr: 'slant merge: 3 files, 3 merged, 5 outlets\n' });
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(single.stdout));
    const evidence = (JSON.parse(merged.stdout) as Array<{ evidence: object }>).map((p) => Object.keys(p.evidence).length);
    expect(evidence.every((n) => (profileFlags.length === 0 ? n === 0 : n > 0))).toBe(true);
  }, TIMEOUT);
});

describe('slant analyze --concurrency', () => {
  it('writes the same lines with 1 and with 3 workers, in input order', async () => {
    const [one, three] = await Promise.all([slant(['analyze', CORPUS_DIR, '--concurrency', '1']), slant(['analyze', CORPUS_DIR, '--concurrency', '3'])]);
    expect(one.code).toBe(0);
    expect(three).toEqual(one);
  }, TIMEOUT);

  it.each(['0', '-1', '1.5', 'many'])('refuses --concurrency %s with exit code 2', async (n) => {
    const { code, stdout, stderr } = await slant(['analyze', CORPUS_DIR, '--concurrency', n]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^slant: option '-c, --concurrency <n>' argument '.*' is invalid\. expected a positive integer\./);
  }, TIMEOUT);
});

describe('slant profile and slant merge, bad inputs', () => {
  it('profile skips analyze\'s error records, names lines that are not analyses, and profiles the rest', async () => {
    const analysis = (await slant(['analyze', '-'], `${lines[1]}\n`)).stdout.trim();
    const stdin = [analysis, '{"error": {"input": "data.jsonl:2", "reason": "invalid JSON"}}', '{not json', '{"id": "x"}', ''].join('\n');
    const { code, stdout, stderr } = await slant(['profile', '-'], stdin);
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      expect.stringMatching(/^slant: <stdin>:3: invalid JSON: /),
      expect.stringMatching(/^slant: <stdin>:4: not an analysis: /),
      'slant profile: 1 analyses, 1 outlets, 1 error records skipped, 2 bad lines',
      '',
    ]);
    expect((JSON.parse(stdout) as Array<{ source: string }>).map((p) => p.source)).toEqual(['BBC News']);
  }, TIMEOUT);

  it('merge names a missing file and one that holds no profiles, and merges the rest', async () => {
    const profile = join(scratch, 'one.profile.json');
    const notProfiles = join(scratch, 'object.json');
    await writeFile(notProfiles, '{}');
    const analysis = (await slant(['analyze', '-'], `${lines[0]}\n`)).stdout;
    await writeFile(profile, (await slant(['profile', '-'], analysis)).stdout);
    const { code, stdout, stderr } = await slant(['merge', profile, join(scratch, 'missing.json'), notProfiles]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `slant: ${join(scratch, 'missing.json')}: no such file\nslant: ${notProfiles}: not a JSON array of profiles (as slant profile writes)\nslant merge: 3 files, 1 merged, 1 outlets\n`,
    );
    expect(JSON.parse(stdout)).toEqual(JSON.parse(await readFile(profile, 'utf8')));
  }, TIMEOUT);

  it('merge counts each article once: a file named twice is merged once, a file repeating an article is left out', async () => {
    const profile = join(scratch, 'twice.profile.json');
    const copy = join(scratch, 'copy.profile.json');
    const analysis = (await slant(['analyze', '-'], `${lines[0]}\n`)).stdout;
    const text = (await slant(['profile', '-'], analysis)).stdout;
    await writeFile(profile, text);
    await writeFile(copy, text);
    const source = (JSON.parse(text) as Array<{ source: string; articles: string[] }>)[0]!;

    // The same file under another name.
    const again = `${scratch}/./twice.profile.json`;
    const twice = await slant(['merge', profile, again]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe(`slant: ${again}: named twice (also as ${profile}); merged once\nslant merge: 2 files, 1 merged, 1 outlets\n`);
    expect(JSON.parse(twice.stdout)).toEqual(JSON.parse(text));

    const copied = await slant(['merge', profile, copy]);
    expect(copied.code).toBe(1);
    expect(copied.stderr).toBe(
      `slant: ${copy}: article ${JSON.stringify(source.articles[0])} of ${JSON.stringify(source.source)} is also in ${profile}: ` +
        'an article in two files would be counted twice, so this file is left out\nslant merge: 2 files, 1 merged, 1 outlets\n',
    );
    expect(JSON.parse(copied.stdout)).toEqual(JSON.parse(text));
  }, TIMEOUT);

  it('refuses an --out that is also an input (exit code 2)', async () => {
    const profile = join(scratch, 'same.json');
    await writeFile(profile, '[]');
    const { code, stderr } = await slant(['merge', profile, '--out', profile]);
    expect(code).toBe(2);
    expect(stderr).toContain('is also an input');
  }, TIMEOUT);
});
