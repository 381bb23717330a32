import { chmodSync, rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Options } from 'tsup';

/*
 * Three builds, all writing into dist/ with the names package.json expects
 * ("type": "module", so esm -> .js / .d.ts and cjs -> .cjs / .d.cts):
 *
 *   src/index.ts            platform "neutral": the browser-safe core. esbuild
 *                           refuses to resolve Node built-ins here, so an
 *                           accidental `node:fs` import fails the build.
 *   src/node.ts             platform "node": filesystem helpers and analyzeCorpus;
 *   src/worker.ts           with it, analyzeCorpus's worker thread (dist/worker.js, .cjs), which
 *                           node.js finds next to itself. Linked to index.js like node.js is, so
 *                           the package holds one copy of the analysis code.
 *   src/cli.ts              platform "node": the CLI; dist/cli.js is the bin,
 *                           so it gets a shebang and the executable bit.
 *
 * Runtime dependencies (wink-nlp, wink-eng-lite-web-model, sentiment, lodash)
 * are never bundled: tsup marks every `dependencies` entry external.
 */

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

const srcDir = path.resolve('src');
const outDir = 'dist';

const shared = {
  outDir,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  // The builds share dist/, and tsup runs them in parallel, so none may
  // clean it: that would race with the others' output. dist/ is wiped once,
  // below, before any build starts.
  clean: false,
  splitting: false,
  removeNodeProtocol: false,
} satisfies Options;

/**
 * When one entry imports another (node.ts or cli.ts importing './index', cli.ts
 * importing './node'), keep the import as a reference to the sibling output
 * file (./index.js or ./index.cjs) instead of bundling a second copy of its
 * code. One copy at run time means one copy of module state (e.g. a loaded
 * NLP model) and working `instanceof`. The .d.ts files still inline the types,
 * which is harmless because they are structural.
 */
function linkSiblingEntries(entries: Record<string, string>): EsbuildPlugin {
  const byPath = new Map(Object.entries(entries).map(([name, file]) => [path.resolve(file), name]));
  const skip = Symbol('slant-link-sibling-entries');
  return {
    name: 'slant-link-sibling-entries',
    setup(build) {
      const ext = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData === skip || args.kind === 'entry-point') return undefined;
        if (!args.importer.startsWith(srcDir + path.sep)) return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: skip,
        });
        const name = byPath.get(resolved.path);
        if (name === undefined || resolved.path === args.importer) return undefined;
        return { path: `./${name}${ext}`, external: true };
      });
    },
  };
}

export default defineConfig(() => {
  rmSync(outDir, { recursive: true, force: true });
  const link = linkSiblingEntries({ index: 'src/index.ts', node: 'src/node.ts' });
  return [
    {
      ...shared,
      name: 'core',
      entry: { index: 'src/index.ts' },
      platform: 'neutral',
      target: 'es2022',
    },
    {
      ...shared,
      name: 'node',
      entry: { node: 'src/node.ts', worker: 'src/worker.ts' },
      // The worker is no public entry: it needs no types.
      dts: { entry: { node: 'src/node.ts' } },
      platform: 'node',
      target: 'node20',
      // `import.meta.url` (how node.js finds worker.js) in the CommonJS build too.
      shims: true,
      esbuildPlugins: [link],
    },
    {
      ...shared,
      name: 'cli',
      entry: { cli: 'src/cli.ts' },
      platform: 'node',
      target: 'node20',
      esbuildPlugins: [link],
      // Do not start src/cli.ts with its own `#!` line: this adds it.
      banner: { js: '#!/usr/bin/env node' },
      async onSuccess() {
        chmodSync(path.join(outDir, 'cli.js'), 0o755);
      },
    },
  ];
});
