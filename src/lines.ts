/**
 * The lines of a stream (a JSONL file, standard input), read only as fast as they are asked for:
 * what `readArticles`, the CLI and the dataset scripts read JSONL with, instead of `readline`.
 *
 * `readline`'s async iterator reads ahead up to 1,024 lines before it pauses the stream, and each of
 * them waits there long enough to outlive the young generation and be moved to the old one, which
 * V8 then lets grow to a multiple of what it holds alive. Over the 12,000 AllSides articles (about
 * 13 KB a line as two-byte strings, and each line a slice that keeps its whole chunk alive) that
 * was the calling thread's largest source of garbage in its old generation. Here a line is cut from
 * the chunk being read when it is asked for, and the next chunk is read only when that one is used up.
 */
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/**
 * Yields each line of `stream` without its line break, split as `readline` splits them with
 * `crlfDelay: Infinity` (`\r\n`, `\n` and a lone `\r` end a line; a `\r\n` split between two chunks
 * is one break), including a last line without a break when it is not empty. Bytes are decoded as
 * UTF-8; string chunks are taken as they are. The stream's errors are thrown. The stream is not
 * destroyed when the caller stops early: the caller owns it.
 */
export async function* readLines(stream: Readable | AsyncIterable<Buffer | string>): AsyncGenerator<string, void, undefined> {
  const chunks = stream instanceof Readable ? stream.iterator({ destroyOnReturn: false }) : stream;
  const decoder = new StringDecoder('utf8');
  // Where a line ends: `\r\n`, `\n`, or a `\r` alone, as `readline` has it (one per reader: it keeps its place).
  const lineEnd = /\r\n|\n|\r/g;
  // The start of the current line when it spans chunks, in pieces (joined once, when it ends).
  let pieces: string[] = [];
  // The last chunk ended with `\r`: a `\n` opening the next one belongs to that break.
  let afterReturn = false;
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    // Nothing yet (an empty chunk, or the first bytes of a character): a pending `\r` still waits for its `\n`.
    if (text === '') continue;
    let from = afterReturn && text.startsWith('\n') ? 1 : 0;
    afterReturn = false;
    lineEnd.lastIndex = from;
    for (let end = lineEnd.exec(text); end !== null; end = lineEnd.exec(text)) {
      const next = lineEnd.lastIndex;
      const piece = text.slice(from, end.index);
      from = next;
      if (next === text.length && end[0] === '\r') afterReturn = true;
      let line = piece;
      if (pieces.length > 0) {
        pieces.push(piece);
        line = pieces.join('');
        pieces = [];
      }
      yield line;
    }
    if (from < text.length) pieces.push(text.slice(from));
  }
  const rest = decoder.end();
  if (rest !== '') pieces.push(rest);
  const last = pieces.join('');
  if (last !== '') yield last;
}
