/** The HTML report: one self-contained page (or a fragment of one), CSS scoped under `.slant-report`, charts as inline SVG, no script. */
import type { Comparison, EvidenceRef, LabelChoice, StoryComparison } from '../types.js';
import { cueChart, distinctiveChart, framesChart, maxZ, swatch, voiceBalanceChart } from './charts.js';
import { escapeHtml as h } from './escape.js';
import { evidenceSegments, type Segment, type TextLookup } from './evidence.js';
import { dateRange, figureLabel, fixed, formatFigure, outletColour, percent, pickFigures, plural } from './format.js';

/**
 * The report's style sheet. Every rule is scoped under `.slant-report`, so the fragment can sit in
 * a notebook cell or someone else's page without restyling it; no web fonts, only the system's.
 */
const CSS = `
.slant-report{--sr-ink:#1f2328;--sr-muted:#57606a;--sr-line:#d0d7de;--sr-soft:#f6f8fa;--sr-mark:#ffe58f;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans",sans-serif;
font-size:15px;line-height:1.5;color:var(--sr-ink);background:#fff;max-width:1000px;margin:0 auto;padding:24px 28px;text-align:left}
.slant-report *{box-sizing:border-box}
.slant-report h1{font-size:1.9em;line-height:1.2;margin:0 0 .25em;font-weight:700}
.slant-report h2{font-size:1.45em;line-height:1.25;margin:2.2em 0 .3em;padding-bottom:.25em;border-bottom:2px solid var(--sr-line);font-weight:700}
.slant-report h3{font-size:1.12em;margin:1.8em 0 .35em;font-weight:650}
.slant-report h4{font-size:1em;margin:0 0 .35em;font-weight:650;display:flex;align-items:center;gap:6px}
.slant-report p{margin:.4em 0}
.slant-report .sr-kicker{display:block;font-size:.6em;font-weight:600;letter-spacing:.06em;text-transform:uppercase;color:var(--sr-muted)}
.slant-report .sr-meta,.slant-report .sr-note{color:var(--sr-muted);font-size:.92em}
.slant-report .sr-outlets{display:flex;flex-wrap:wrap;gap:4px 16px;margin:.5em 0;padding:0;list-style:none}
.slant-report .sr-outlets li{display:flex;align-items:center;gap:6px}
.slant-report .sr-scroll{overflow-x:auto;max-width:100%}
.slant-report table{border-collapse:collapse;font-size:.9em;margin:.5em 0}
.slant-report th,.slant-report td{padding:4px 10px;border-bottom:1px solid var(--sr-line);text-align:left;vertical-align:top}
.slant-report thead th{border-bottom:2px solid var(--sr-line);font-weight:600;vertical-align:bottom}
.slant-report .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.slant-report th.numhead{text-align:right}
.slant-report .sr-labels td{min-width:11em}
.slant-report tbody tr:hover{background:var(--sr-soft)}
.slant-report svg{overflow:visible}
.slant-report svg.chart{display:block;max-width:100%;height:auto;margin:.4em 0 .2em;fill:var(--sr-ink);font-family:inherit}
.slant-report svg.chart .muted{fill:var(--sr-muted)}
.slant-report svg.swatch{display:inline-block;flex:none;vertical-align:-1px}
.slant-report mark{background:var(--sr-mark);color:inherit;padding:0 .12em;border-radius:2px}
.slant-report .sr-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(430px,1fr));gap:18px 28px}
.slant-report .sr-panel{min-width:0}
.slant-report .sr-evidence{list-style:none;margin:.3em 0 0;padding:0;font-size:.88em}
.slant-report .sr-evidence li{margin:.3em 0;padding-left:10px;border-left:3px solid var(--sr-line)}
.slant-report .sr-term{font-weight:600}
.slant-report .sr-omission{margin:.8em 0;padding:.6em .9em;background:var(--sr-soft);border-radius:6px}
.slant-report .sr-missing{color:#8a3b12;font-weight:600}
.slant-report .sr-chip{display:inline-block;max-width:100%;padding:0 7px;margin:2px 3px 2px 0;line-height:1.55;border-radius:10px;background:#eceff2}
.slant-report .sr-chip.sr-neg{background:#f9dcc7}
.slant-report .sr-chip.sr-pos{background:#cfe5f5}
.slant-report .sr-chip b{font-weight:600;color:var(--sr-muted);font-size:.85em}
.slant-report .sr-key{font-size:.85em;color:var(--sr-muted)}
.slant-report details{margin:.5em 0}
.slant-report summary{cursor:pointer;color:var(--sr-muted);font-size:.92em}
.slant-report footer{margin-top:3em;padding-top:.6em;border-top:1px solid var(--sr-line);color:var(--sr-muted);font-size:.85em}
`
  .trim()
  .replace(/\n(?!\.)/g, '');

/**
 * The report as HTML. `document`: a complete page whose Content-Security-Policy forbids scripts and
 * every network request; otherwise the `<div class="slant-report">` fragment with its own style.
 */
export function renderHtml(comparison: Comparison, title: string, texts: TextLookup, document: boolean): string {
  const colourOf = outletColours(comparison);
  const parts: string[] = [`<header><h1>${h(title)}</h1>`];
  const outlets = comparison.profiles;
  if (comparison.stories.length === 0) {
    parts.push('<p class="sr-meta">No stories to compare.</p></header>');
  } else {
    parts.push(`<p class="sr-meta">${plural(comparison.stories.length, 'story', 'stories')} · ${plural(outlets.length, 'outlet')}</p></header>`);
    if (outlets.length > 0) {
      parts.push(
        table(
          ['outlet', { head: 'articles' }, 'dates'],
          outlets.map((p) => [outletName(p.source, colourOf(p.source)), { num: String(p.articles.length) }, h(dateRange(p.dates))]),
        ),
      );
    }
    for (const s of comparison.stories) parts.push(story(s, s.sources.map(colourOf), texts));
  }
  parts.push('<footer>Made with slant. Every figure comes from word lists and rules; read the evidence before the numbers.</footer>');
  const body = parts.join('\n');
  if (!document) return `<div class="slant-report">\n<style>${CSS}</style>\n${body}\n</div>\n`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>body{margin:0;background:#fff}${CSS}</style>`,
    '</head>',
    '<body>',
    `<div class="slant-report">\n${body}\n</div>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** One colour per outlet for the whole report, in the order of the comparison's profiles. */
function outletColours(comparison: Comparison): (source: string) => string {
  const colours = new Map<string, string>();
  const names = [...comparison.profiles.map((p) => p.source), ...comparison.stories.flatMap((s) => s.sources)];
  for (const name of names) if (!colours.has(name)) colours.set(name, outletColour(colours.size));
  return (source) => colours.get(source) ?? '#999999';
}

const outletName = (source: string, colour: string): string => `<span class="sr-outlet">${swatch(colour)} ${h(source)}</span>`;

/** A table cell: HTML, a right-aligned number, or (in a header) a right-aligned heading that may wrap. */
type Cell = string | { num: string } | { head: string };

/** An HTML table; cells are already-escaped HTML, `{ num }` cells right-aligned. */
function table(head: Cell[], rows: Cell[][], className?: string): string {
  const cell = (c: Cell, tag: 'th' | 'td'): string =>
    typeof c === 'string' ? `<${tag}>${c}</${tag}>` : 'num' in c ? `<${tag} class="num">${c.num}</${tag}>` : `<${tag} class="numhead">${c.head}</${tag}>`;
  return `<div class="sr-scroll"><table${className === undefined ? '' : ` class="${className}"`}><thead><tr>${head.map((c) => cell(c, 'th')).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => cell(c, 'td')).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
}

/** Segments as HTML, the matched words in `<mark>`. */
function segmentsHtml(segments: Segment[]): string {
  return segments.map((x) => (x.mark ? `<mark>${h(x.text)}</mark>` : h(x.text))).join('');
}

function story(s: StoryComparison, colours: string[], texts: TextLookup): string {
  const { story: st, sources } = s;
  const many = sources.length > 1;
  const out: string[] = ['<section class="sr-story">'];
  out.push(`<h2><span class="sr-kicker">Story</span>${h(st.id)}</h2>`);
  const about = st.terms.length > 0 ? ` · about: ${st.terms.map(h).join(', ')}` : '';
  out.push(`<p class="sr-meta">${h(dateRange(st.dates))} · ${plural(st.articleIds.length, 'article')} · ${plural(sources.length, 'outlet')}${about}</p>`);
  out.push(`<ul class="sr-outlets">${sources.map((src, i) => `<li>${swatch(colours[i] ?? '#999')}${h(src)}</li>`).join('')}</ul>`);
  if (!many) out.push('<p class="sr-note">Only one outlet reports this story: its figures are shown, with nothing to compare them to.</p>');

  // Whose words are quoted.
  const vb = s.voiceBalance;
  out.push('<h3>Whose words are quoted</h3>');
  if (vb.sides.length === 0) out.push('<p class="sr-note">No one is quoted.</p>');
  else {
    out.push(`<p class="sr-note">Share of each outlet's quoted words by the side of the speaker${many ? '; at the end, the Jensen–Shannon divergence of its mix from the whole story’s (0 = the same mix, 1 = no side in common)' : ''}.</p>`);
    out.push(voiceBalanceChart(s));
    const pairs = [...(vb.pairs ?? [])].sort((a, b) => b.divergence - a.divergence);
    const far = pairs[0];
    const near = pairs[pairs.length - 1];
    if (far !== undefined && near !== undefined && pairs.length > 1) {
      out.push(`<p class="sr-note">Furthest apart: ${h(far.a)} and ${h(far.b)} (${fixed(far.divergence, 2)}); closest: ${h(near.a)} and ${h(near.b)} (${fixed(near.divergence, 2)}).</p>`);
    }
    out.push(
      `<details><summary>Table</summary>${table(
        ['outlet', ...vb.sides.map((x) => ({ head: h(x) })), ...(many ? [{ head: 'divergence' }] : [])],
        sources.map((src, i) => {
          const shares = vb.shares[i] ?? [];
          const quotes = shares.some((x) => x > 0);
          return [h(src), ...vb.sides.map((_, j) => ({ num: quotes ? percent(shares[j]) : '–' })), ...(many ? [{ num: fixed(vb.fromStory[i], 2) }] : [])];
        }),
      )}</details>`,
    );
  }

  // Reporting verbs by side.
  const cues = cueChart(s);
  if (cues !== null) {
    out.push('<h3>Reporting verbs by side</h3>');
    out.push('<p class="sr-note">How each outlet introduces the words of each side: the share of that side’s cues in each class (in brackets: how many cues). <i>said</i> is neutral; <i>claimed</i> distancing; <i>admitted</i> conceding; <i>warned</i>, <i>condemned</i> confrontational.</p>');
    out.push(cues);
  }

  // Frames.
  const frames = framesChart(s, colours);
  if (frames !== null) {
    out.push('<h3>Frames</h3>');
    out.push('<p class="sr-note">The story’s leading frames: weight of each frame’s cue words per 1,000 words of the outlet’s articles.</p>');
    out.push(frames);
  }

  // Distinctive words.
  if (many) {
    out.push('<h3>Distinctive words</h3>');
    if (s.distinctive.every((d) => d.length === 0)) out.push('<p class="sr-note">No outlet uses a word markedly more than the others.</p>');
    else {
      out.push('<p class="sr-note">Words an outlet uses markedly more than the other outlets of the story: z-score of the log-odds ratio with an informative Dirichlet prior, and where the outlet uses them.</p>');
      const top = maxZ(s);
      out.push('<div class="sr-grid">');
      sources.forEach((src, i) => {
        const terms = s.distinctive[i] ?? [];
        const colour = colours[i] ?? '#999';
        out.push(`<div class="sr-panel"><h4>${swatch(colour)}${h(src)}</h4>`);
        if (terms.length === 0) out.push('<p class="sr-note">No distinctive words.</p></div>');
        else {
          out.push(distinctiveChart(src, colour, terms, top));
          const first = terms.filter((t) => t.evidence.length > 0).map((t) => evidenceItem(t.term, t.evidence[0] as EvidenceRef, texts, t.count));
          const more = terms.flatMap((t) => t.evidence.slice(1).map((e) => evidenceItem(t.term, e, texts)));
          if (first.length > 0) out.push(`<ul class="sr-evidence">${first.join('')}</ul>`);
          if (more.length > 0) out.push(`<details><summary>${plural(more.length, 'more place')}</summary><ul class="sr-evidence">${more.join('')}</ul></details>`);
          out.push('</div>');
        }
      });
      out.push('</div>');
    }
  }

  // Labels.
  if (s.labels.length > 0) {
    out.push('<h3>Labels</h3>');
    out.push('<p class="sr-note">What each outlet calls the same actor or event, most divergent first (×: times used). <span class="sr-chip sr-neg">unfavourable</span> <span class="sr-chip">neutral</span> <span class="sr-chip sr-pos">favourable</span> to what is named.</p>');
    out.push(
      table(
        ['actor or event', ...sources.map((src, i) => outletName(src, colours[i] ?? '#999'))],
        s.labels.map((l) => [`${h(l.target)}<br><span class="sr-key">${l.kind} · ${plural(l.distinct, 'label')}</span>`, ...sources.map((_, i) => chips(l.bySource[i] ?? []))]),
        'sr-labels',
      ),
    );
  }

  // Omissions.
  if (many) {
    out.push('<h3>Reported by some, left out by others</h3>');
    if (s.omissions.length === 0) out.push('<p class="sr-note">No fact found that some articles report and others leave out.</p>');
    for (const o of s.omissions) {
      out.push('<div class="sr-omission">');
      out.push(`<p><span class="sr-term">${o.terms.map(h).join(', ')}</span> — <span class="sr-missing">missing from ${o.missingSources.map(h).join(', ') || '–'}</span></p>`);
      out.push(
        `<ul class="sr-evidence">${o.reportedBy
          .map((r) => `<li><b>${h(r.source)}</b>: ${segmentsHtml(evidenceSegments({ article: r.article, span: r.sentence }, texts, o.terms))}</li>`)
          .join('')}</ul>`,
      );
      out.push('</div>');
    }
  }

  // Figures.
  const { shown, rest } = pickFigures(s.figures, sources.length);
  out.push('<h3>Figures side by side</h3>');
  if (shown.length === 0) out.push('<p class="sr-note">No figures.</p>');
  else {
    out.push(`<p class="sr-note">Shares in %, rates per 1,000 words${rest.length > 0 ? `; ${shown.length} of ${s.figures.length}: the shares with the largest spread, then the rates` : ''}.</p>`);
    const figureTable = (rows: typeof shown): string =>
      table(
        ['figure', ...sources.map((src, i) => ({ head: outletName(src, colours[i] ?? '#999') })), ...(many ? [{ num: 'spread' }] : [])],
        rows.map((r) => [
          `<span title="${h(r.figure)}">${h(figureLabel(r.figure))}</span>`,
          ...sources.map((_, i) => ({ num: formatFigure(r.figure, r.values[i]) })),
          ...(many ? [{ num: formatFigure(r.figure, r.spread) }] : []),
        ]),
      );
    out.push(figureTable(shown));
    if (rest.length > 0) out.push(`<details><summary>All ${plural(s.figures.length, 'figure')}</summary>${figureTable([...s.figures])}</details>`);
  }
  out.push('</section>');
  return out.join('\n');
}

function evidenceItem(term: string, ref: EvidenceRef, texts: TextLookup, count?: number): string {
  const times = count === undefined ? '' : ` <span class="sr-key">×${count}</span>`;
  return `<li><span class="sr-term">${h(term)}</span>${times}: ${segmentsHtml(evidenceSegments(ref, texts, [term]))}</li>`;
}

function chips(choices: readonly LabelChoice[]): string {
  if (choices.length === 0) return '<span class="sr-key">–</span>';
  return choices
    .map((c) => {
      const tone = c.lean < 0 ? ' sr-neg' : c.lean > 0 ? ' sr-pos' : '';
      const tip = `${c.text}: ${plural(c.count, 'time')}, lean ${fixed(c.lean, 2)}`;
      return `<span class="sr-chip${tone}" title="${h(tip)}">${h(c.text)}${c.count > 1 ? ` <b>×${c.count}</b>` : ''}</span>`;
    })
    .join(' ');
}
