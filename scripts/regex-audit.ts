/**
 * `npm run audit:regex`: checks every regular expression in src/ with recheck (about a minute),
 * prints those it does not call safe and whether they are allowed (test/regex-audit.ts says why),
 * and with `--write` records the safe ones in test/fixtures/regex-audit.json, which lets the test
 * skip patterns already checked with this recheck version.
 */
import { writeFileSync } from 'node:fs';
import { built, CACHE, findRegexes, isAllowed, keyOf, RECHECK_VERSION, verdict } from '../test/regex-audit.js';

const { literals, dynamic } = findRegexes();
const all = [...literals, ...built()];
const safe = new Set<string>();
let bad = 0;
const started = Date.now();
for (const r of all) {
  const { status, detail } = await verdict(r);
  if (status === 'safe') safe.add(keyOf(r));
  else {
    const allowed = isAllowed(r);
    if (!allowed) bad++;
    console.log(`${allowed ? 'allowed' : 'NOT SAFE'} ${status} ${r.file}:${r.line} ${keyOf(r)}\n    ${detail}`);
  }
}
console.log(`${all.length} regular expressions (${literals.length} literal, ${all.length - literals.length} built; ${dynamic.length} built from parts in the source), recheck ${RECHECK_VERSION}, ${((Date.now() - started) / 1000).toFixed(0)} s: ${safe.size} distinct safe, ${bad} not safe and not allowed`);
if (process.argv.includes('--write')) {
  writeFileSync(CACHE, `${JSON.stringify({ recheck: RECHECK_VERSION, safe: [...safe].sort() }, null, 1)}\n`);
  console.log(`wrote ${CACHE}`);
}
process.exit(bad > 0 ? 1 : 0);
