// ESM consumer of the Node-only subpath (tsconfig.node16.json only).
import { loadCorpus } from 'slant/node';

if (typeof loadCorpus !== 'function') throw new Error('loadCorpus is not a function');
console.log('esm/ts: slant/node loadCorpus ok');
