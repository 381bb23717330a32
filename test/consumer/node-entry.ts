// ESM consumer of the Node-only subpath (tsconfig.node16.json only).
import { loadCorpus, readArticles, type ArticleRecord } from 'slant/node';

if (typeof loadCorpus !== 'function') throw new Error('loadCorpus is not a function');
const records: AsyncGenerator<ArticleRecord, void, undefined> = readArticles([]);
if ((await records.next()).done !== true) throw new Error('readArticles([]) yielded a record');
console.log('esm/ts: slant/node loadCorpus and readArticles ok');
