/** What the markdown and HTML reports share: number formats, figure names, colours and safe record lookups. */

/**
 * A record's own value for `key`, never an inherited one: outlets, sides and labels come from the
 * input, and `record['constructor']` or `record['__proto__']` must not find `Object.prototype`'s.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** A share (0–1) as a whole percentage: `57 %`, `<1 %` for a small share that is not zero, `–` for no value. */
export function percent(x: number | null | undefined): string {
  if (!finite(x)) return '–';
  if (x > 0 && x < 0.005) return '<1 %';
  return `${Math.round(x * 100)} %`;
}

/** A number with a fixed count of decimals (`–` for no value); `-0.0` is written `0.0`. */
export function fixed(x: number | null | undefined, decimals: number): string {
  if (!finite(x)) return '–';
  const s = x.toFixed(decimals);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** How a profile figure is measured, read from its path. */
export type FigureKind = 'share' | 'rate' | 'score';

/** `rate`: per 1,000 words (`quotesPer1000Words`, `wordingRates.*`, `frames.*`); `score`: AFINN per word (`sentiment.*`); else a share. */
export function figureKind(figure: string): FigureKind {
  if (figure.startsWith('sentiment.')) return 'score';
  if (figure.includes('Per1000') || figure.startsWith('wordingRates.') || figure.startsWith('frames.')) return 'rate';
  return 'share';
}

/** A figure's value in its unit: shares as percentages, rates with one decimal, scores with three. */
export function formatFigure(figure: string, value: number | null | undefined): string {
  const kind = figureKind(figure);
  return kind === 'share' ? percent(value) : fixed(value, kind === 'rate' ? 1 : 3);
}

const SCALARS: Record<string, string> = {
  quotesPer1000Words: 'quotes per 1,000 words',
  directShare: 'direct quotes (share of quotes)',
  indirectShare: 'indirect quotes (share of quotes)',
  anonymousShare: 'anonymous sources (share of quotes)',
  relayedShare: 'quotes relayed through other media',
  accordingToPer1000Words: '“according to” per 1,000 words',
};

const PREFIXES: Array<[string, string]> = [
  ['wordShareBySide.', 'quoted words, side: '],
  ['wordShareByType.', 'quoted words, voice type: '],
  ['quoteShareBySide.', 'quotes, side: '],
  ['quoteShareByType.', 'quotes, voice type: '],
  ['firstSideShare.', 'first quote goes to: '],
  ['lastSideShare.', 'last quote goes to: '],
  ['cueClassShare.', 'reporting verbs: '],
  ['wordingRates.own.', 'own voice, per 1,000 words: '],
  ['wordingRates.quoted.', 'in quotes, per 1,000 words: '],
  ['sentiment.own', 'sentiment per word, own voice'],
  ['sentiment.quoted', 'sentiment per word, in quotes'],
  ['frames.', 'frame, per 1,000 words: '],
];

/**
 * A figure's path in words: `wordShareBySide.Iraq` → `quoted words, side: Iraq`,
 * `cueClassShareBySide.Iraq.neutral` → `reporting verbs for Iraq: neutral`. An unknown path is
 * returned as it is.
 */
export function figureLabel(figure: string): string {
  const scalar = own(SCALARS, figure);
  if (scalar !== undefined) return scalar;
  if (figure.startsWith('cueClassShareBySide.')) {
    const rest = figure.slice('cueClassShareBySide.'.length);
    const dot = rest.lastIndexOf('.');
    if (dot > 0) return `reporting verbs for ${rest.slice(0, dot)}: ${rest.slice(dot + 1)}`;
  }
  for (const [prefix, words] of PREFIXES) {
    if (figure === prefix) return words;
    if (prefix.endsWith('.') && figure.startsWith(prefix)) return words + figure.slice(prefix.length);
  }
  return figure;
}

/**
 * Colours for sides (Okabe & Ito 2008, safe for the common colour-vision deficiencies), in the
 * order sides are listed; the side `unassigned` is always grey. More sides than colours repeat them
 * (the labels and tooltips still tell them apart).
 */
const SIDE_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];
const UNASSIGNED = '#BBBBBB';

/** The colour of each side, in `sides` order. */
export function sideColours(sides: readonly string[]): string[] {
  let next = 0;
  return sides.map((s) => (s === 'unassigned' ? UNASSIGNED : (SIDE_COLOURS[next++ % SIDE_COLOURS.length] as string)));
}

/** Colours for outlets (Paul Tol's "muted" scheme, colour-blind safe), ordered so the first four differ most. */
const OUTLET_COLOURS = ['#332288', '#DDCC77', '#44AA99', '#CC6677', '#88CCEE', '#882255', '#117733', '#999933', '#AA4499'];

/** The colour of the outlet at `index` in a story's `sources`. */
export function outletColour(index: number): string {
  return OUTLET_COLOURS[index % OUTLET_COLOURS.length] as string;
}

/** Black or white, whichever reads better on `hex` (`#RRGGBB`), by relative luminance. */
export function inkOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.22 ? '#000000' : '#FFFFFF';
}

/** How many figure rows a report shows per kind before the rest: 8 shares, then 7 rates and scores. */
const SHOWN = { share: 8, other: 7 };

/**
 * The figure rows worth showing first, and the rest. Spreads of shares (0–1) and of rates per
 * 1,000 words are not on one scale, so each kind is ranked on its own: the shares with the
 * largest spread, then the rates and scores with the largest spread. Rows every outlet has at 0
 * are dropped. With one outlet there is no spread: the largest values are shown instead.
 */
export function pickFigures<R extends { figure: string; values: readonly number[]; spread: number }>(rows: readonly R[], outlets: number): { shown: R[]; rest: R[] } {
  const key = (r: R): number => (outlets > 1 ? r.spread : Math.max(0, ...r.values.map(Math.abs)));
  const live = rows.filter((r) => r.values.some((v) => v !== 0));
  const rank = (list: R[]): R[] => list.map((r, i) => [r, i] as const).sort((a, b) => key(b[0]) - key(a[0]) || a[1] - b[1]).map(([r]) => r);
  const shares = rank(live.filter((r) => figureKind(r.figure) === 'share'));
  const others = rank(live.filter((r) => figureKind(r.figure) !== 'share'));
  const shown = [...shares.slice(0, SHOWN.share), ...others.slice(0, SHOWN.other)];
  const picked = new Set(shown);
  return { shown, rest: rows.filter((r) => !picked.has(r)) };
}

/** A date range: `2021-06-28`, `2021-06-28 – 2021-07-02`, or `date unknown`. */
export function dateRange(dates: { first: string | null; last: string | null }): string {
  if (dates.first === null && dates.last === null) return 'date unknown';
  if (dates.first === dates.last || dates.last === null) return dates.first ?? '';
  if (dates.first === null) return dates.last;
  return `${dates.first} – ${dates.last}`;
}

/** `1 story`, `2 stories`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
