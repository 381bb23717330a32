// CommonJS consumer (tsconfig.node16.json compiles it to out/require.cjs):
// resolves the "require" conditions, i.e. dist/*.cjs and dist/*.d.cts.
import slant = require('slant');
import slantNode = require('slant/node');

const text = 'The minister resigned on Friday. "I have no regrets," she told reporters.';

if (typeof slant.analyzeArticle !== 'function') throw new Error('analyzeArticle is not a function');
if (typeof slantNode.loadCorpus !== 'function') throw new Error('loadCorpus is not a function');

Promise.resolve(slant.analyzeArticle(text)).then(
  (result: slant.ArticleAnalysis) => {
    if (!(result.sentences.length > 0)) throw new Error('analyzeArticle returned no sentences');
    console.log(`cjs/ts: ${result.sentences.length} sentences, slant/node loadCorpus ok`);
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
