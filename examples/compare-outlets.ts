/**
 * Compare how outlets told the same story: whose words each quotes (by side), the labels each
 * gives the same actors, and the facts some report and others leave out. Uses the bundled corpus
 * (five articles, two stories) unless you name another corpus folder or manifest.
 *
 *   npx tsx examples/compare-outlets.ts                       corpus/
 *   npx tsx examples/compare-outlets.ts my-corpus --html report.html
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeArticle, compareSources, renderReport } from 'slant';
import { loadCorpus } from 'slant/node';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { html: { type: 'string' } } });
const corpus = positionals[0] ?? fileURLToPath(new URL('../corpus', import.meta.url));

// loadCorpus reads a folder's manifest.json: each article's text, id, outlet (source) and date.
const articles = await loadCorpus(corpus);
const analyses = articles.map((article) => analyzeArticle(article));

// compareSources groups the articles into stories (same event, close dates) and compares the
// outlets inside each one. The manifest's own story ids could be passed as `options.stories`.
const comparison = compareSources(analyses);
const pct = (x: number): string => `${Math.round(x * 100)} %`.padStart(5);

for (const story of comparison.stories) {
  console.log(`\n== Story ${story.story.id}: ${story.sources.length} outlet(s), ${story.story.articleIds.length} article(s)`);
  if (story.sources.length < 2) {
    console.log('   one outlet only: nothing to compare');
    continue;
  }

  // Voice balance: each outlet's share of quoted words by side, and how far (Jensen–Shannon
  // divergence, 0 = same mix) its mix is from the story's pooled mix.
  const { sides, shares, fromStory } = story.voiceBalance;
  console.log(`\nWhose words each outlet quotes, by side:\n${'outlet'.padEnd(24)}${sides.map((s) => s.slice(0, 13).padStart(14)).join('')}   divergence`);
  story.sources.forEach((source, i) => {
    const row = (shares[i] ?? []).map((x) => pct(x).padStart(14)).join('');
    console.log(`${source.padEnd(24)}${row}   ${fromStory[i]?.toFixed(2) ?? '-'}`);
  });

  // Labels: the words each outlet chose for the same actor or event (most divergent first).
  console.log('\nSame actor, different labels (each outlet\'s four most frequent):');
  for (const label of story.labels.slice(0, 3)) {
    console.log(`  ${label.target}`);
    story.sources.forEach((source, i) => {
      const choices = (label.bySource[i] ?? []).slice(0, 4).map((c) => `${c.text} (${c.count})`);
      console.log(`    ${source}: ${choices.join(', ') || '-'}`);
    });
  }

  // Omissions: a fact (sentences aligned across articles) that some outlets report and others don't.
  console.log('\nReported by some, missing from others:');
  for (const omission of story.omissions.slice(0, 3)) {
    const first = omission.reportedBy[0];
    console.log(`  missing from ${omission.missingSources.join(', ')}; ${first?.source} wrote:\n    "${first?.sentence.text}"`);
  }
}

// The same comparison as a report a person reads: one HTML page with charts (or markdown).
if (values.html !== undefined) {
  writeFileSync(values.html, renderReport(comparison, { texts: Object.fromEntries(articles.map((a) => [a.id, a.text])) }));
  console.log(`\nWrote the HTML report to ${values.html}`);
}
