/** The `slant` command run as a child process, as a user runs it: inputs, outputs, errors, exit codes. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { CORPUS_DIR, runSlant as slant } from './helpers.js';

const CORPUS_IDS = [
  'the-national-2021-06-28',
  'bbc-2021-06-28',
  'independent-2019-12-30',
  'american-military-news-2021-06-28',
  'jerusalem-post-2021-06-28',
];
const CORPUS_OUTLETS = ['American Military News', 'BBC News', 'The Independent', 'The Jerusalem Post', 'The National'];

/** The lines of a JSONL output, each parsed (it fails the test when one is not JSON). */
const records = (stdout: string): Array<Record<string, unknown>> =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field === '' && row.length === 0, 'the CSV ends with CRLF').toBe(true);
  return rows;
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'slant-cli-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const TIMEOUT = 60_000;

describe('slant analyze, jsonl', () => {
  it('writes one analysis a line for a corpus folder, in manifest order, and a summary on stderr', async () => {
    const { code, stdout, stderr } = await slant(['analyze', CORPUS_DIR]);
    expect(code).toBe(0);
    const lines = records(stdout);
    expect(lines.map((a) => a['id'])).toEqual(CORPUS_IDS);
    expect(lines[2]).toMatchObject({ source: 'The Independent', date: { value: '2019-12-30', from: 'input' }, words: 517 });
    expect(stderr).toBe('slant analyze: 5 inputs, 5 analysed, 0 errors\n');
  }, TIMEOUT);

  it('reads a manifest file, an article file and a folder without a manifest, in the order given', async () => {
    const plain = join(scratch, 'plain');
    await mkdir(plain);
    await writeFile(join(plain, 'b.txt'), 'Second article. "We will respond," the minister said.');
    await writeFile(join(plain, 'a.md'), 'First article.');
    await writeFile(join(plain, 'notes.json'), '{}');
    const single = join(scratch, 'single.html');
    await writeFile(single, '<html><body><p>A page.</p></body></html>');
    const { code, stdout } = await slant(['analyze', single, join(CORPUS_DIR, 'manifest.json'), plain]);
    expect(code).toBe(0);
    const lines = records(stdout);
    expect(lines.map((a) => [a['id'], a['source']])).toEqual([
      ['single', null],
      ...CORPUS_IDS.map((id, i) => [id, ['The National', 'BBC News', 'The Independent', 'American Military News', 'The Jerusalem Post'][i]]),
      ['a', null],
      ['b', null],
    ]);
    expect(lines[0]).toMatchObject({ format: 'html' });
  }, TIMEOUT);

  it('reads JSONL on standard input (-): outlet from "source" or "outlet", ids from "id" or the line', async () => {
    const stdin = [
      JSON.stringify({ id: 'one', text: 'The council met on Tuesday.', source: 'Daily A', date: '2024-03-05', bias: 'left' }),
      JSON.stringify({ text: 'The mayor spoke.', outlet: 'Daily B', date: '' }),
      JSON.stringify({ id: 7, text: 'A numbered article.' }),
    ].join('\r\n');
    const { code, stdout, stderr } = await slant(['analyze', '-'], stdin);
    expect(code).toBe(0);
    expect(records(stdout).map((a) => [a['id'], a['source'], (a['date'] as { value: string } | null)?.value ?? null])).toEqual([
      ['one', 'Daily A', '2024-03-05'],
      ['<stdin>:2', 'Daily B', null],
      ['7', null, null],
    ]);
    expect(stderr).toBe('slant analyze: 3 inputs, 3 analysed, 0 errors\n');
  }, TIMEOUT);

  it('reads gzipped JSONL, and writes to --out instead of standard output', async () => {
    const { gzipSync } = await import('node:zlib');
    const gz = join(scratch, 'two.jsonl.gz');
    await writeFile(gz, gzipSync(['{"id":"x","text":"One."}', '{"id":"y","text":"Two."}', ''].join('\n')));
    const out = join(scratch, 'two.out.jsonl');
    const { code, stdout } = await slant(['analyze', gz, '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(records(await readFile(out, 'utf8')).map((a) => a['id'])).toEqual(['x', 'y']);
  }, TIMEOUT);
});

describe('slant analyze, bad inputs', () => {
  it('names each bad input and line, writes an error record for it, analyses the rest, and exits 1', async () => {
    const data = join(scratch, 'data.jsonl');
    await writeFile(
      data,
      [
        '{"id":"first","text":"The minister said the talks had failed.","source":"Daily A"}',
        '{"id":"broken","text":',
        '',
        '{"id":"no-text","title":"A headline only"}',
        '{"id":"last","text":"Officials denied the report.","source":"Daily B"}',
      ].join('\n'),
    );
    const missing = join(scratch, 'missing.txt');
    const { code, stdout, stderr } = await slant(['analyze', data, missing, join(CORPUS_DIR, '000_c6aca0b8f72340ec.txt')]);
    expect(code).toBe(1);
    const lines = records(stdout);
    expect(lines.map((r) => (r['error'] === undefined ? r['id'] : (r['error'] as { input: string }).input))).toEqual([
      'first',
      `${data}:2`,
      `${data}:4`,
      'last',
      missing,
      '000_c6aca0b8f72340ec',
    ]);
    expect(lines[1]).toEqual({ error: { input: `${data}:2`, reason: expect.stringMatching(/^invalid JSON: /) } });
    expect(lines[2]).toEqual({ error: { input: `${data}:4`, reason: '"text" must be a string, got undefined' } });
    expect(lines[4]).toEqual({ error: { input: missing, reason: 'no such file or folder' } });

    const messages = stderr.trimEnd().split('\n');
    expect(messages.slice(0, 3)).toEqual([
      expect.stringMatching(new RegExp(`^slant: ${data}:2: invalid JSON: .+`)),
      `slant: ${data}:4: "text" must be a string, got undefined`,
      `slant: ${missing}: no such file or folder`,
    ]);
    expect(messages[3]).toBe('slant analyze: 6 inputs, 3 analysed, 3 errors');
    // inputs = analyses + errors, countable downstream
    expect(lines.filter((r) => r['error'] === undefined)).toHaveLength(3);
    expect(lines.filter((r) => r['error'] !== undefined)).toHaveLength(3);
  }, TIMEOUT);

  it.each([
    [['analyze'], /missing required argument 'inputs'/],
    [['analyze', 'corpus', '--format', 'xml'], /argument 'xml' is invalid\. Allowed choices are jsonl, csv/],
    [['analyze', 'corpus', '--colour'], /unknown option '--colour'/],
    [['analyse', 'corpus'], /unknown command 'analyse'/],
    [['analyze', 'corpus', '--out', '/nonexistent-folder/x.jsonl'], /^slant: cannot write \/nonexistent-folder\/x\.jsonl: no such folder$/m],
    [['analyze', 'corpus/manifest.json', '-o', './corpus/manifest.json'], /^slant: --out \.\/corpus\/manifest\.json is also an input/m],
  ])('exits 2 on the usage error in %j', async (args, message) => {
    const { code, stdout, stderr } = await slant(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/^slant: /);
  }, TIMEOUT);
});

describe('slant analyze --format csv', () => {
  it('writes a header and one row per outlet, the figures flattened into columns', async () => {
    const { code, stdout, stderr } = await slant(['analyze', CORPUS_DIR, '--format', 'csv']);
    expect(code).toBe(0);
    expect(stderr).toBe('slant analyze: 5 inputs, 5 analysed, 0 errors\n');
    const [header, ...rows] = parseCsv(stdout);
    expect(header!.slice(0, 8)).toEqual(['source', 'articles', 'dates.first', 'dates.last', 'counts.words', 'counts.quotes', 'figures.quotesPer1000Words', 'figures.directShare']);
    expect(header).toContain('figures.wordingRates.own.loaded');
    expect(header).toContain('figures.frames.security-defense');
    expect(header!.some((name) => name.startsWith('figures.topVoices'))).toBe(false);
    expect(new Set(header).size).toBe(header!.length);
    expect(rows.map((r) => r[0])).toEqual(CORPUS_OUTLETS);
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      for (const cell of row.slice(4)) expect(cell).toMatch(/^(-?\d+(\.\d+)?(e-?\d+)?)?$/);
    }
    // The union of the outlets' figures: every column is filled for some outlet, blank for others where they lack it.
    header!.forEach((_, i) => expect(rows.some((r) => r[i] !== '')).toBe(true));
    expect(rows.some((r) => r.includes(''))).toBe(true);
    const independent = Object.fromEntries(header!.map((name, i) => [name, rows[2]![i]]));
    expect(independent).toMatchObject({ source: 'The Independent', articles: '1', 'dates.first': '2019-12-30', 'counts.words': '517' });
    expect(Number(independent['figures.directShare'])).toBeGreaterThan(0);
  }, TIMEOUT);

  it('quotes fields as RFC 4180 says, adds articles of an outlet up, and leaves errors out of the table', async () => {
    const stdin = [
      JSON.stringify({ text: 'The council met on Tuesday. "We agree," the mayor said.', source: 'Smith, "Jones"\n& Co' }),
      JSON.stringify({ text: 'The council met again.', source: 'Smith, "Jones"\n& Co' }),
      'not json',
      JSON.stringify({ text: 'No outlet here.' }),
    ].join('\n');
    const { code, stdout, stderr } = await slant(['analyze', '-', '--format', 'csv'], stdin);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^slant: <stdin>:3: invalid JSON: /);
    expect(stdout).toContain('\r\n(unknown),1,');
    expect(stdout.startsWith('source,articles,')).toBe(true);
    expect(stdout).toContain('\r\n"Smith, ""Jones""\n& Co",2,');
    const [header, ...rows] = parseCsv(stdout);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['(unknown)', '1'],
      ['Smith, "Jones"\n& Co', '2'],
    ]);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
  }, TIMEOUT);
});

describe('slant', () => {
  it('prints its version and its help, and exits 0', async () => {
    expect(await slant(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    const help = await slant(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: slant /);
    expect(help.stdout).toMatch(/^ {2}describe <corpus> /m);
    expect(help.stdout).toMatch(/^ {2}analyze \[options\] <inputs\.\.\.> /m);
    const analyzeHelp = await slant(['analyze', '--help']);
    expect(analyzeHelp.code).toBe(0);
    expect(analyzeHelp.stdout).toContain('--format <format>');
    expect(analyzeHelp.stdout).toContain('Exit codes: 0 all analysed, 1 some inputs failed');
  }, TIMEOUT);
});

describe('slant compare', () => {
  it('prints the markdown comparison of the corpus, writes the HTML report, and finds two stories', async () => {
    const html = join(scratch, 'report.html');
    const run = await slant(['compare', CORPUS_DIR, '--html', html]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`slant compare: 5 inputs, 5 analysed, 0 errors; 2 stories; HTML report in ${html}\n`);
    expect(run.stdout).toMatch(/^# How the outlets told each story/);
    expect(run.stdout.match(/^## Story: /gm)).toHaveLength(2);
    expect(run.stdout).toContain('American Military News');
    const page = await readFile(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).toContain('<svg');
  }, TIMEOUT);

  it('writes JSON, takes the stories from the manifest with --stories input, and reports bad inputs by name', async () => {
    const bad = join(scratch, 'compare-bad.jsonl');
    await writeFile(bad, '{"text": "The minister said the plan would work.", "id": "x", "source": "Daily"}\nnot json\n');
    const run = await slant(['compare', join(CORPUS_DIR, 'manifest.json'), bad, '--stories', 'input', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`slant: ${bad}:2: invalid JSON`);
    expect(run.stderr).toMatch(/slant compare: 7 inputs, 6 analysed, 1 errors; 3 stories\n$/);
    const comparison = JSON.parse(run.stdout) as { stories: Array<{ story: { id: string; articleIds: string[] } }> };
    expect(comparison.stories.map((s) => s.story.id).slice(0, 2)).toEqual(['us-strikes-iraq-syria-2021-06', 'us-strikes-kataib-hezbollah-2019-12']);
    expect(comparison.stories[2]?.story.articleIds).toEqual(['x']);
  }, TIMEOUT);
});
