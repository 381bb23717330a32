/** The markdown report: one section per story, GitHub-flavoured tables, no charts. */
import type { Comparison, StoryComparison } from '../types.js';
import { escapeMarkdown as md } from './escape.js';
import { markTerms, tidy, type Segment } from './evidence.js';
import { dateRange, fixed, figureLabel, formatFigure, percent, pickFigures, plural } from './format.js';

/** How many labels a cell lists before `+N more`. */
const LABELS_PER_CELL = 6;

/** Renders `comparison` as markdown (see `renderReport`). */
export function renderMarkdown(comparison: Comparison, title: string): string {
  const out: string[] = [`# ${md(title)}`, ''];
  const outlets = comparison.profiles;
  if (comparison.stories.length === 0) {
    out.push('No stories to compare.', '');
    return out.join('\n');
  }
  out.push(`${plural(comparison.stories.length, 'story', 'stories')}, ${plural(outlets.length, 'outlet')}.`, '');
  if (outlets.length > 0) {
    out.push(...table(['outlet', 'articles', 'dates'], ['left', 'right', 'left'], outlets.map((p) => [md(p.source), String(p.articles.length), md(dateRange(p.dates))])), '');
  }
  for (const s of comparison.stories) out.push(...story(s));
  return out.join('\n');
}

function story(s: StoryComparison): string[] {
  const { story: st, sources } = s;
  const out: string[] = [`## Story: ${md(st.id)}`, ''];
  const about = st.terms.length > 0 ? ` · about: ${st.terms.map(md).join(', ')}` : '';
  out.push(`${md(dateRange(st.dates))} · ${plural(sources.length, 'outlet')}: ${sources.map(md).join(', ')} · ${plural(st.articleIds.length, 'article')}${about}`, '');
  if (sources.length < 2) out.push('_Only one outlet reports this story: its figures are shown, with nothing to compare them to._', '');

  // Figures side by side.
  const { shown, rest } = pickFigures(s.figures, sources.length);
  out.push('### Figures', '');
  if (shown.length === 0) out.push('No figures.', '');
  else {
    const note = rest.length > 0 ? ` (${shown.length} of ${s.figures.length}: the largest spreads of shares, then of rates per 1,000 words)` : '';
    out.push(`Shares of quotes, quoted words and reporting verbs in %, rates per 1,000 words${note}.`, '');
    const head = ['figure', ...sources.map(md), ...(sources.length > 1 ? ['spread'] : [])];
    const rows = shown.map((r) => [md(figureLabel(r.figure)), ...sources.map((_, i) => formatFigure(r.figure, r.values[i])), ...(sources.length > 1 ? [formatFigure(r.figure, r.spread)] : [])]);
    out.push(...table(head, head.map((_, i) => (i === 0 ? 'left' : 'right')), rows), '');
  }

  // Distinctive words.
  if (sources.length > 1) {
    out.push('### Distinctive words', '');
    const rows = sources.flatMap((src, i) => {
      const terms = s.distinctive[i] ?? [];
      return terms.length === 0 ? [[md(src), '–', '–', '–', '–']] : terms.map((t) => [md(src), md(t.term), String(t.count), String(t.others), fixed(t.z, 1)]);
    });
    if (s.distinctive.every((d) => d.length === 0)) out.push('No outlet uses a word markedly more than the others.', '');
    else {
      out.push('Words an outlet uses markedly more than the other outlets of the story (log-odds with an informative Dirichlet prior; z-score).', '');
      out.push(...table(['outlet', 'term', 'count', 'others', 'z'], ['left', 'left', 'right', 'right', 'right'], rows), '');
    }
  }

  // Labels.
  if (s.labels.length > 0) {
    out.push('### Labels', '', 'What each outlet calls the same actor or event (×: times used).', '');
    const rows = s.labels.map((l) => [
      md(l.target),
      l.kind,
      ...sources.map((_, i) => {
        const choices = l.bySource[i] ?? [];
        const listed = choices.slice(0, LABELS_PER_CELL).map((c) => `${md(c.text)}${c.count > 1 ? ` ×${c.count}` : ''}`);
        if (choices.length > LABELS_PER_CELL) listed.push(`+${choices.length - LABELS_PER_CELL} more`);
        return listed.length > 0 ? listed.join(', ') : '–';
      }),
    ]);
    out.push(...table(['target', 'kind', ...sources.map(md)], ['left', 'left', ...sources.map(() => 'left' as const)], rows), '');
  }

  // Voice balance.
  const vb = s.voiceBalance;
  out.push('### Voice balance', '');
  if (vb.sides.length === 0) out.push('No one is quoted.', '');
  else {
    out.push(`Share of each outlet's quoted words by side${sources.length > 1 ? ', and how far its mix is from the story\'s (Jensen–Shannon divergence, 0 = same mix, 1 = no side in common)' : ''}.`, '');
    const head = ['outlet', ...vb.sides.map(md), ...(sources.length > 1 ? ['divergence from story'] : [])];
    const rows = sources.map((src, i) => {
      const shares = vb.shares[i] ?? [];
      const quotes = shares.some((x) => x > 0);
      return [md(src), ...vb.sides.map((_, j) => (quotes ? percent(shares[j]) : '–')), ...(sources.length > 1 ? [fixed(vb.fromStory[i], 2)] : [])];
    });
    out.push(...table(head, head.map((_, i) => (i === 0 ? 'left' : 'right')), rows), '');
    const pairs = [...(vb.pairs ?? [])].sort((a, b) => b.divergence - a.divergence);
    const far = pairs[0];
    const near = pairs[pairs.length - 1];
    if (far !== undefined && near !== undefined && pairs.length > 1) {
      out.push(`Furthest apart: ${md(far.a)} and ${md(far.b)} (${fixed(far.divergence, 2)}); closest: ${md(near.a)} and ${md(near.b)} (${fixed(near.divergence, 2)}).`, '');
    }
  }

  // Omissions.
  if (sources.length > 1) {
    out.push('### Omissions', '');
    if (s.omissions.length === 0) out.push('No fact found that some articles report and others leave out.', '');
    for (const o of s.omissions) {
      const by = o.reportedBy.map((r) => `${md(r.source)}: “${inline(markTerms(r.sentence.text, o.terms))}”`);
      out.push(`- **${o.terms.map(md).join(', ')}**: reported by ${by.join('; ')}. Missing from ${o.missingSources.map(md).join(', ') || '–'}.`);
    }
    if (s.omissions.length > 0) out.push('');
  }
  return out;
}

/** Segments as one line of markdown, the marked words in bold. */
function inline(segments: Segment[]): string {
  return tidy(segments)
    .map((x) => (x.mark ? `**${md(x.text.trim())}**` : md(x.text)))
    .join('');
}

/** A GitHub-flavoured markdown table; cells are already escaped. */
function table(head: string[], align: Array<'left' | 'right'>, rows: string[][]): string[] {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(align.map((a) => (a === 'right' ? '---:' : '---'))), ...rows.map(line)];
}
