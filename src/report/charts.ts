/**
 * The HTML report's charts, drawn as inline SVG strings: voice balance, reporting verbs by side,
 * frames and distinctive words. No chart library, no script; every input string is escaped.
 */
import type { SourceProfile } from '../profile/profiles.js';
import type { DistinctiveTerm, StoryComparison } from '../types.js';
import { escapeHtml as h } from './escape.js';
import { fixed, inkOn, percent, sideColours } from './format.js';

const FONT = 13;
const SMALL = 11;

/** Rounds a coordinate to one decimal, for short attributes. */
const n = (x: number): string => String(Math.round(x * 10) / 10);

/** Rough width in pixels of `text` set in the report's sans-serif at `size` (SVG text cannot be measured without a script). */
export function textWidth(text: string, size = FONT): number {
  let em = 0;
  for (const c of text) {
    if (/[iljtf.,:;'’|!()\[\] ]/.test(c)) em += 0.33;
    else if (/[mwMW@%]/.test(c)) em += 0.92;
    else if (/[\p{Lu}]/u.test(c)) em += 0.72;
    else if (/[0-9]/.test(c)) em += 0.64;
    else em += 0.6;
  }
  return em * size;
}

/** `text`, cut with `…` to fit `width` pixels. */
export function fit(text: string, width: number, size = FONT): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** A label that may be cut: the full text is its tooltip. */
function label(text: string, x: number, y: number, width: number, attrs = '', size = FONT): string {
  const shown = fit(text, width, size);
  const tip = shown === text ? '' : `<title>${h(text)}</title>`;
  return `<text x="${n(x)}" y="${n(y)}" font-size="${size}"${attrs}>${tip}${h(shown)}</text>`;
}

/** An SVG chart element: `role="img"` with its description in `aria-label`. */
function svg(width: number, height: number, description: string, body: string[]): string {
  return `<svg class="chart" role="img" aria-label="${h(description)}" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}">${body.join('')}</svg>`;
}

/** A legend of coloured swatches from `y0` down, wrapping onto more lines; returns the markup and the y below it. */
function legend(items: Array<{ name: string; colour: string }>, width: number, y0: number): { body: string; bottom: number } {
  const out: string[] = [];
  let x = 0;
  let y = y0;
  for (const item of items) {
    const w = 18 + Math.min(textWidth(item.name), 220) + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 20;
    }
    out.push(`<g><title>${h(item.name)}</title><rect x="${n(x)}" y="${n(y)}" width="12" height="12" rx="2" fill="${item.colour}"/>`);
    out.push(`${label(item.name, x + 18, y + 10.5, 220)}</g>`);
    x += w;
  }
  return { body: out.join(''), bottom: items.length > 0 ? y + 20 : 0 };
}

/** Width of the label column: the longest label, between `min` and `max` pixels. */
const labelColumn = (labels: readonly string[], min: number, max: number): number =>
  Math.ceil(Math.min(max, Math.max(min, ...labels.map((l) => textWidth(l) + 12))));

/**
 * Voice balance: one stacked horizontal bar per outlet, its quoted words by side, the side's share
 * written on segments wide enough for it; the Jensen–Shannon divergence from the story's mix at
 * the end of each bar.
 */
export function voiceBalanceChart(s: StoryComparison): string {
  const { sides, shares, fromStory } = s.voiceBalance;
  const colours = sideColours(sides);
  const left = labelColumn(s.sources, 90, 200);
  const bar = 460;
  const showDivergence = s.sources.length > 1;
  const right = showDivergence ? 84 : 8;
  const width = left + bar + right;
  const lg = legend(sides.map((name, i) => ({ name, colour: colours[i] ?? '#999' })), width, 4);
  const top = lg.bottom + (showDivergence ? 22 : 8);
  const row = 26;
  const body = [lg.body];
  if (showDivergence) body.push(`<text x="${n(width)}" y="${n(top - 8)}" font-size="${SMALL}" text-anchor="end" class="muted">JS divergence</text>`);
  s.sources.forEach((source, i) => {
    const y = top + i * row;
    body.push(label(source, left - 8, y + 14.5, left - 12, ' text-anchor="end"'));
    const values = shares[i] ?? [];
    const total = values.reduce((a, b) => a + (b > 0 ? b : 0), 0);
    if (total <= 0) {
      body.push(`<rect x="${n(left)}" y="${n(y)}" width="${bar}" height="20" fill="none" stroke="#BBB" stroke-dasharray="3 3"/>`);
      body.push(`<text x="${n(left + 8)}" y="${n(y + 14.5)}" font-size="${SMALL}" class="muted">quotes no one</text>`);
    } else {
      let x = left;
      values.forEach((v, j) => {
        if (!(v > 0)) return;
        const w = (v / total) * bar;
        const colour = colours[j] ?? '#999';
        const side = sides[j] ?? '';
        const text = percent(v);
        const inside = textWidth(text, SMALL) + 6 <= w ? `<text x="${n(x + w / 2)}" y="${n(y + 14)}" font-size="${SMALL}" text-anchor="middle" fill="${inkOn(colour)}">${h(text)}</text>` : '';
        body.push(`<g><title>${h(`${source}: ${percent(v)} of quoted words from ${side}`)}</title><rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="20" fill="${colour}" stroke="#fff" stroke-width="1"/>${inside}</g>`);
        x += w;
      });
    }
    if (showDivergence) {
      const d = fromStory[i];
      const tip = d === null || d === undefined ? `${source} quotes no one` : `${source}: Jensen–Shannon divergence ${fixed(d, 2)} from the story's mix of quoted words`;
      body.push(`<g><title>${h(tip)}</title><text x="${n(width)}" y="${n(y + 14.5)}" font-size="${FONT}" text-anchor="end">${fixed(d, 2)}</text></g>`);
    }
  });
  const height = top + s.sources.length * row;
  const description = `Voice balance: share of each outlet's quoted words by side. ${s.sources
    .map((src, i) => `${src}: ${sides.map((side, j) => `${side} ${percent(shares[i]?.[j])}`).join(', ')}`)
    .join('. ')}.`;
  return svg(width, height, description, body);
}

/**
 * A sequential blue (ColorBrewer "Blues", readable with any colour vision) for a share 0–1; the
 * scale starts a little way in, so a small share still shows against an empty (white) cell.
 */
function blue(share: number): string {
  const stops = [[239, 243, 255], [189, 215, 231], [107, 174, 214], [49, 130, 189], [8, 81, 156]] as const;
  const t = (0.15 + 0.85 * Math.max(0, Math.min(1, share))) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(t));
  const [a, b] = [stops[i], stops[i + 1]] as [readonly number[], readonly number[]];
  const c = a.map((x, k) => Math.round(x + ((b[k] ?? x) - x) * (t - i)));
  return `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** Own entries of a record of counts, as a Map (keys from the input stay data, never properties). */
const entries = <T>(record: Readonly<Record<string, T>> | undefined): Map<string, T> => new Map(Object.entries(record ?? {}));

/**
 * Reporting verbs by side: for each outlet a block of rows, one per side it quotes, and one column
 * per cue class; a cell's shade and number are the share of that side's cues in the class. Shows
 * whether an outlet writes `claimed` or `admitted` for one side and `said` for another.
 */
export function cueChart(s: StoryComparison): string | null {
  const profiles = profilesInOrder(s);
  const totals = new Map<string, number>();
  for (const p of profiles) for (const classes of entries(p?.counts.cueClassesBySide).values()) for (const [c, k] of entries(classes)) totals.set(c, (totals.get(c) ?? 0) + k);
  if (totals.size === 0) return null;
  const classes = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
  const order = new Map(s.voiceBalance.sides.map((side, i) => [side, i]));
  const blocks = s.sources.map((source, i) => {
    const bySide = entries(profiles[i]?.counts.cueClassesBySide);
    const sides = [...bySide.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || (a < b ? -1 : 1));
    return { source, sides: sides.map((side) => ({ side, counts: entries(bySide.get(side)) })) };
  });
  const sideLabels = blocks.flatMap((b) => b.sides.map((x) => x.side));
  const left = labelColumn([...sideLabels.map((x) => `${x}  (99)`), ...s.sources.map((x) => x.slice(0, 24))], 120, 210);
  const col = 44;
  const cell = 22;
  const header = Math.ceil(Math.max(...classes.map((c) => textWidth(c, SMALL))) * Math.SQRT1_2 + 18);
  const width = left + classes.length * col + 40;
  const body: string[] = [];
  classes.forEach((c, k) => {
    const x = left + k * col + col / 2;
    body.push(`<text class="rotated" x="${n(x)}" y="${n(header - 4)}" font-size="${SMALL}" transform="rotate(-45 ${n(x)} ${n(header - 4)})">${h(c)}</text>`);
  });
  let y = header + 6;
  for (const b of blocks) {
    body.push(label(b.source, 0, y + 13, width - 4, ' font-weight="600"'));
    y += 20;
    if (b.sides.length === 0) {
      body.push(`<text x="12" y="${n(y + 13)}" font-size="${SMALL}" class="muted">no attributed quotes</text>`);
      y += cell + 4;
    }
    for (const { side, counts } of b.sides) {
      const all = [...counts.values()].reduce((a, k) => a + k, 0);
      body.push(label(`${side} (${all})`, 12, y + 15, left - 18));
      classes.forEach((c, k) => {
        const count = counts.get(c) ?? 0;
        const share = all > 0 ? count / all : 0;
        const x = left + k * col + (col - 40) / 2;
        const fill = count > 0 ? blue(share) : '#FFFFFF';
        const tip = `${b.source}, quotes from ${side}: ${count} of ${all} cues ${c} (${percent(share)})`;
        const text = count > 0 ? `<text x="${n(x + 20)}" y="${n(y + 15)}" font-size="${SMALL}" text-anchor="middle" fill="${inkOn(fill)}">${percent(share).replace(' ', '')}</text>` : '';
        body.push(`<g><title>${h(tip)}</title><rect x="${n(x)}" y="${n(y)}" width="40" height="${cell}" rx="2" fill="${fill}" stroke="#DDD"/>${text}</g>`);
      });
      y += cell + 4;
    }
    y += 6;
  }
  const description = `Reporting verbs by side: for each outlet and each side it quotes, the share of cues in each class (${classes.join(', ')}).`;
  return svg(width, y, description, body);
}

/** Each outlet's profile, in `sources` order (looked up by name, not trusted to be in order). */
function profilesInOrder(s: StoryComparison): Array<SourceProfile | undefined> {
  const byName = new Map(s.profiles.map((p) => [p.source, p]));
  return s.sources.map((src) => byName.get(src));
}

/** How many frames the frames chart shows. */
const TOP_FRAMES = 6;

/**
 * Frames: the story's leading frames (by the highest rate any outlet gives them), one group of
 * bars per frame, one bar per outlet: the frame's cue weight per 1,000 words.
 */
export function framesChart(s: StoryComparison, colours: readonly string[]): string | null {
  const profiles = profilesInOrder(s);
  const rates = profiles.map((p) => entries(p?.figures.frames));
  const best = new Map<string, number>();
  for (const m of rates) for (const [f, r] of m) best.set(f, Math.max(best.get(f) ?? 0, r));
  const frames = [...best].filter(([, r]) => r > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_FRAMES).map(([f]) => f);
  if (frames.length === 0) return null;
  const max = Math.max(...frames.map((f) => best.get(f) ?? 0));
  const left = labelColumn(frames, 100, 180);
  const bar = 420;
  const width = left + bar + 52;
  const multi = s.sources.length > 1;
  const lg = multi ? legend(s.sources.map((name, i) => ({ name, colour: colours[i] ?? '#999' })), width, 4) : { body: '', bottom: 0 };
  const barH = multi ? 13 : 18;
  const group = s.sources.length * (barH + 2) + 12;
  const top = lg.bottom + 6;
  const body = [lg.body];
  frames.forEach((f, k) => {
    const y0 = top + k * group;
    const mid = y0 + (s.sources.length * (barH + 2)) / 2;
    body.push(label(f, left - 8, mid + 4, left - 12, ' text-anchor="end"'));
    s.sources.forEach((source, i) => {
      const r = rates[i]?.get(f) ?? 0;
      const y = y0 + i * (barH + 2);
      const w = max > 0 ? (r / max) * bar : 0;
      body.push(
        `<g><title>${h(`${source}: ${f}, ${fixed(r, 1)} per 1,000 words`)}</title><rect x="${n(left)}" y="${n(y)}" width="${n(Math.max(w, 0.5))}" height="${barH}" fill="${colours[i] ?? '#999'}"/>` +
          `<text x="${n(left + w + 4)}" y="${n(y + barH - 2.5)}" font-size="${SMALL}">${fixed(r, 1)}</text></g>`,
      );
    });
  });
  const height = top + frames.length * group;
  const description = `Frames: cue weight per 1,000 words of the story's leading frames by outlet. ${frames
    .map((f) => `${f}: ${s.sources.map((src, i) => `${src} ${fixed(rates[i]?.get(f) ?? 0, 1)}`).join(', ')}`)
    .join('. ')}.`;
  return svg(width, height, description, body);
}

/**
 * Distinctive words of one outlet: a dot chart of the z-scores of its terms (line from 0 to the
 * dot), on a scale `maxZ` shared by the outlets of the story so panels compare.
 */
export function distinctiveChart(source: string, colour: string, terms: readonly DistinctiveTerm[], maxZ: number): string {
  const left = labelColumn(terms.map((t) => t.term), 80, 190);
  const plot = 200;
  const width = left + plot + 40;
  const row = 20;
  const top = 4;
  const scale = Math.max(1, Math.ceil(maxZ));
  const x = (z: number): number => left + (Math.max(0, z) / scale) * plot;
  const body: string[] = [];
  const axisY = top + terms.length * row + 4;
  for (let t = 0; t <= scale; t += scale > 6 ? 2 : 1) {
    body.push(`<line x1="${n(x(t))}" x2="${n(x(t))}" y1="${top}" y2="${n(axisY)}" stroke="#E3E3E3"/>`);
    body.push(`<text x="${n(x(t))}" y="${n(axisY + 13)}" font-size="${SMALL}" text-anchor="middle" class="muted">${t}</text>`);
  }
  body.push(`<text x="${n(left - 14)}" y="${n(axisY + 13)}" font-size="${SMALL}" text-anchor="end" class="muted">z-score</text>`);
  terms.forEach((t, i) => {
    const y = top + i * row + 10;
    const tip = `${source}: “${t.term}” ${t.count} times (other outlets ${t.others}), z ${fixed(t.z, 1)}`;
    body.push(
      `<g><title>${h(tip)}</title>${label(t.term, left - 8, y + 4, left - 12, ' text-anchor="end"')}` +
        `<line x1="${n(x(0))}" x2="${n(x(t.z))}" y1="${n(y)}" y2="${n(y)}" stroke="${colour}" stroke-width="2"/>` +
        `<circle cx="${n(x(t.z))}" cy="${n(y)}" r="5" fill="${colour}"/>` +
        `<text x="${n(x(t.z) + 9)}" y="${n(y + 4)}" font-size="${SMALL}">${fixed(t.z, 1)}</text></g>`,
    );
  });
  const description = `Distinctive words of ${source}, by z-score: ${terms.map((t) => `${t.term} ${fixed(t.z, 1)}`).join(', ')}.`;
  return svg(width, axisY + 18, description, body);
}

/** The highest z-score in a story's distinctive words (for a shared scale). */
export function maxZ(s: StoryComparison): number {
  return Math.max(0, ...s.distinctive.flat().map((t) => t.z).filter(Number.isFinite));
}

/** A small swatch for an outlet's colour in running text. */
export function swatch(colour: string): string {
  return `<svg class="swatch" aria-hidden="true" width="10" height="10"><rect width="10" height="10" rx="2" fill="${colour}"/></svg>`;
}

