#!/usr/bin/env bash
# Smoke test of slant *as published*: pack the package, install the tarball
# into a throwaway project (dependencies come from the npm registry), and use
# it the ways a consumer would: ESM import, CommonJS require, TypeScript under
# Node16 and Bundler resolution, and the `slant` bin.
#
# Catches what the unit tests cannot: files missing from the tarball, wrong
# export paths, imports that only work through vitest/tsx (e.g.
# `import { groupBy } from 'lodash'` in ESM), broken .d.ts/.d.cts, a bin
# without shebang.
#
# Usage: bash scripts/smoke.sh        (from anywhere; KEEP_SMOKE_DIR=1 keeps the temp dir)
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tsc="$root/node_modules/.bin/tsc"
work="$(mktemp -d "${TMPDIR:-/tmp}/slant-smoke.XXXXXX")"
if [[ "${KEEP_SMOKE_DIR:-}" == 1 ]]; then
  trap 'echo "smoke: kept $work"' EXIT
else
  trap 'rm -rf "$work"' EXIT
fi
app="$work/app"
log="$work/check.log"

passed=0
failed=0

# check NAME CMD...: run CMD in the temp project; print PASS/FAIL, and CMD's
# output on failure.
check() {
  local name="$1"
  shift
  if (cd "$app" && "$@") >"$log" 2>&1; then
    passed=$((passed + 1))
    echo "PASS  $name"
  else
    failed=$((failed + 1))
    echo "FAIL  $name"
    sed 's/^/      | /' "$log"
  fi
}

finish() {
  echo "smoke: $passed passed, $failed failed"
  if ((failed > 0)); then exit 1; fi
  exit 0
}

# ---------------------------------------------------------------- pack + install
mkdir -p "$work/pack" "$app"
# npm pack runs the "prepack" script, i.e. a fresh build.
if (cd "$root" && npm pack --pack-destination "$work/pack") >"$log" 2>&1; then
  tarball="$(ls "$work"/pack/*.tgz 2>/dev/null | head -n 1)"
fi
if [[ -z "${tarball:-}" ]]; then
  failed=$((failed + 1))
  echo "FAIL  npm pack"
  sed 's/^/      | /' "$log"
  finish
fi
passed=$((passed + 1))
echo "PASS  npm pack ($(basename "$tarball"))"

# The tarball must hold every file package.json points at.
expected=(
  dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts
  dist/node.js dist/node.cjs dist/node.d.ts dist/node.d.cts
  dist/worker.js dist/worker.cjs
  dist/cli.js
  package.json
)
tar -tzf "$tarball" | sed 's|^package/||' | sort >"$work/contents.txt"
missing=()
for f in "${expected[@]}"; do
  grep -qxF "$f" "$work/contents.txt" || missing+=("$f")
done
if ((${#missing[@]} == 0)); then
  passed=$((passed + 1))
  echo "PASS  tarball contents ($(wc -l <"$work/contents.txt") files)"
else
  failed=$((failed + 1))
  echo "FAIL  tarball contents: missing ${missing[*]}"
  sed 's/^/      | /' "$work/contents.txt"
fi

cp -R "$root/test/consumer/." "$app/"
# A real Node consumer has @types/node; use the repo's version so it is cached.
types_node="$(node -p "require('$root/node_modules/@types/node/package.json').version")"
check "npm install tarball into a fresh project" \
  npm install --no-audit --no-fund "$tarball" "@types/node@$types_node"
if ((failed > 0)) || [[ ! -d "$app/node_modules/slant" ]]; then
  finish
fi

# ------------------------------------------------------------- runtime checks
text='The city council approved the budget on Tuesday. "This plan protects our schools," the mayor said. Critics called the vote rushed.'
export SMOKE_TEXT="$text"

check "ESM: import { analyzeArticle } from 'slant'; import { loadCorpus } from 'slant/node'" \
  node --input-type=module -e '
    import assert from "node:assert/strict";
    import { analyzeArticle } from "slant";
    import { loadCorpus } from "slant/node";
    assert.equal(typeof analyzeArticle, "function", "analyzeArticle is not a function");
    const result = await analyzeArticle(process.env.SMOKE_TEXT);
    assert.ok(result && result.sentences && result.sentences.length > 0, "no sentences in result");
    assert.equal(typeof loadCorpus, "function", "loadCorpus is not a function");
    console.log(`${result.sentences.length} sentences`);
  '

check "CJS: require('slant'); require('slant/node')" \
  node -e '
    const assert = require("node:assert/strict");
    const { analyzeArticle } = require("slant");
    const { loadCorpus } = require("slant/node");
    assert.equal(typeof analyzeArticle, "function", "analyzeArticle is not a function");
    assert.equal(typeof loadCorpus, "function", "loadCorpus is not a function");
    Promise.resolve(analyzeArticle(process.env.SMOKE_TEXT)).then((result) => {
      assert.ok(result && result.sentences && result.sentences.length > 0, "no sentences in result");
      console.log(`${result.sentences.length} sentences`);
    }).catch((err) => { console.error(err); process.exitCode = 1; });
  '

check "ESM + CJS: analyzeCorpus from slant/node on two worker threads (dist/worker.js, .cjs)" \
  bash -c '
    node --input-type=module -e "
      import assert from \"node:assert/strict\";
      import { analyzeCorpus } from \"slant/node\";
      const ids = [];
      for await (const r of analyzeCorpus([process.env.SMOKE_TEXT, { text: 1 }, { id: \"b\", text: process.env.SMOKE_TEXT }], { concurrency: 2 })) ids.push(r.analysis ? r.analysis.sentences.length : r.error.input);
      assert.deepEqual(ids, [3, \"inputs[1]\", 3]);
      console.log(\"esm\", ids.join(\" \"));
    " &&
    node -e "
      const assert = require(\"node:assert/strict\");
      const { analyzeCorpus } = require(\"slant/node\");
      (async () => {
        const ids = [];
        for await (const r of analyzeCorpus([process.env.SMOKE_TEXT, { id: \"b\", text: process.env.SMOKE_TEXT }], { concurrency: 2 })) ids.push(r.input);
        assert.deepEqual(ids, [\"inputs[0]\", \"b\"]);
        console.log(\"cjs\", ids.join(\" \"));
      })().catch((err) => { console.error(err); process.exitCode = 1; });
    "
  '

# ---------------------------------------------------------- TypeScript consumer
check "TypeScript (moduleResolution Node16): tsc, then run ESM + CJS output" \
  bash -c '"$1" -p tsconfig.node16.json && node out/index.js && node out/node-entry.js && node out/require.cjs' _ "$tsc"

check "TypeScript (moduleResolution Bundler, DOM lib, no @types/node): tsc --noEmit" \
  "$tsc" -p tsconfig.bundler.json

# -------------------------------------------------------------------------- bin
check "bin: node_modules/.bin/slant --help exits 0 with output" \
  bash -c 'out="$(./node_modules/.bin/slant --help)" && printf "%s\n" "$out" && [[ -n "$out" ]]'

check "bin: slant analyze - (JSONL on stdin) writes one analysis a line and its summary" \
  bash -c '
    set -o pipefail
    node -e "console.log(JSON.stringify({ id: \"smoke\", source: \"Smoke Daily\", text: process.env.SMOKE_TEXT }))" |
      ./node_modules/.bin/slant analyze - 2>analyze.err >analyze.jsonl || exit 1
    node -e "
      const lines = require(\"fs\").readFileSync(\"analyze.jsonl\", \"utf8\").trim().split(\"\\n\");
      const a = JSON.parse(lines[0]);
      if (lines.length !== 1 || a.id !== \"smoke\" || a.source !== \"Smoke Daily\" || a.sentences.length === 0) throw new Error(lines[0].slice(0, 200));
      console.log(a.id, a.source, a.sentences.length, \"sentences\");
    " && cat analyze.err && grep -qx "slant analyze: 1 inputs, 1 analysed, 0 errors" analyze.err
  '

finish
