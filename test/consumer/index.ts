// ESM consumer of the package root. Compiled twice by scripts/smoke.sh:
// tsconfig.node16.json (Node's own resolution, then run with node) and
// tsconfig.bundler.json (bundler resolution, DOM lib, no Node types: the
// browser-safe entry's types must not need @types/node).
import { analyzeArticle, type ArticleAnalysis } from 'slant';

const text =
  'The city council approved the budget on Tuesday. ' +
  '"This plan protects our schools," the mayor said. ' +
  'Critics called the vote rushed and warned of cuts to bus routes.';

// `await` works whether analyzeArticle is synchronous or returns a promise.
const result: ArticleAnalysis = await analyzeArticle(text);

if (typeof analyzeArticle !== 'function') throw new Error('analyzeArticle is not a function');
if (!(result.sentences.length > 0)) throw new Error('analyzeArticle returned no sentences');

console.log(`esm/ts: ${result.sentences.length} sentences`);
