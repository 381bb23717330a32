/** readLines: the lines of a stream as they are asked for, split exactly as `readline` splits them. */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from '../src/lines.js';

/** The lines `readLines` gives for these chunks. */
async function lines(chunks: ReadonlyArray<string | Buffer>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readLines(Readable.from(chunks, { objectMode: true }))) out.push(line);
  return out;
}

/** The lines `readline` gives for these chunks, with `crlfDelay: Infinity` as slant used it. */
async function readlineLines(chunks: ReadonlyArray<string | Buffer>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks, { objectMode: true }), crlfDelay: Infinity })) out.push(line);
  return out;
}

describe('readLines', () => {
  it.each([
    [['a\nb\n'], ['a', 'b']],
    [['a\nb'], ['a', 'b']],
    [['a\r\nb\r\n'], ['a', 'b']],
    [['a\rb\r'], ['a', 'b']],
    [['a\r', '\nb'], ['a', 'b']],
    [['a\r', 'b'], ['a', 'b']],
    [['a\n\n\nb'], ['a', '', '', 'b']],
    [['lo', 'ng li', 'ne\nnext'], ['long line', 'next']],
    [['\n'], ['']],
    [[''], []],
    [[], []],
  ])('%j -> %j', async (chunks, expected) => {
    expect(await lines(chunks)).toEqual(expected);
    expect(await readlineLines(chunks)).toEqual(expected);
  });

  it('decodes UTF-8 split between chunks', async () => {
    const bytes = Buffer.from('“Quoted” — ünïcødé 😀\nnext', 'utf8');
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    expect(await lines(chunks)).toEqual(['“Quoted” — ünïcødé 😀', 'next']);
  });

  it('gives the lines readline gives, however the text is cut into chunks', async () => {
    const text = fc.array(fc.constantFrom('a', 'é', '😀', '\n', '\r', '\r\n', ' ', '{"x": 1}'), { maxLength: 60 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 8 }), async (value, cuts) => {
        const bytes = Buffer.from(value, 'utf8');
        const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((x, y) => x - y);
        const chunks = [0, ...at].map((start, i) => bytes.subarray(start, at[i] ?? bytes.length)).filter((c) => c.length > 0);
        expect(await lines(chunks)).toEqual(await readlineLines(chunks));
      }),
      { numRuns: 300 },
    );
  });

  it('reads only as far as it is asked, and leaves the stream open when the caller stops', async () => {
    let pulled = 0;
    const stream = new Readable({
      highWaterMark: 1,
      read() {
        pulled++;
        this.push(pulled > 1000 ? null : `line ${pulled}\n`);
      },
    });
    for await (const line of readLines(stream)) {
      expect(line).toBe('line 1');
      break;
    }
    expect(pulled).toBeLessThan(10);
    expect(stream.destroyed).toBe(false);
    stream.destroy();
  });

  it('throws the stream\'s error', async () => {
    const stream = new Readable({ read() {} });
    stream.push('a\nb');
    setImmediate(() => stream.destroy(new Error('truncated')));
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const line of readLines(stream)) seen.push(line);
      })(),
    ).rejects.toThrow('truncated');
    expect(seen).toEqual(['a']);
  });
});
