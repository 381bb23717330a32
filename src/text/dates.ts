/** Dates as news pages write them ("Monday 30 December 2019 14:19 GMT", "June 28, 2021", "2021-06-28"), read to ISO. */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '([0-3]?[0-9])(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)[0-9]{2})';

/** A date found in a text: ISO value and the range of the words it was read from. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

/** The date patterns, built from the parts above (exported for the regular-expression audit). */
export const PATTERNS: ReadonlyArray<{ re: RegExp; order: 'ymd' | 'dmy' | 'mdy' }> = [
  { re: new RegExp(`\\b${YEAR}-([01][0-9])-([0-3][0-9])\\b`, 'gi'), order: 'ymd' },
  { re: new RegExp(`\\b${DAY} (?:of )?${MONTH}\\.?,? ${YEAR}\\b`, 'gi'), order: 'dmy' },
  { re: new RegExp(`\\b${MONTH}\\.? ${DAY},? ${YEAR}\\b`, 'gi'), order: 'mdy' },
];

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date written in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, order } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (best !== null && m.index >= best.start) break;
      const [a = '', b = '', c = ''] = m.slice(1);
      const value =
        order === 'ymd'
          ? iso(Number(a), Number(b), Number(c))
          : order === 'dmy'
            ? iso(Number(c), MONTHS[b.toLowerCase()] ?? 0, Number(a))
            : iso(Number(c), MONTHS[a.toLowerCase()] ?? 0, Number(b));
      if (value !== null) {
        best = { iso: value, start: m.index, end: m.index + m[0].length };
        break;
      }
    }
  }
  return best;
}

/** Words that may stand beside a date on a dateline without making it a sentence. */
const DATELINE_WORDS =
  /^(?:published|updated|last|posted|modified|first|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|et|est|edt|ct|cst|cdt|pt|pst|pdt|ast|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|[0-9]{1,2}[:.][0-9]{2}(?:am|pm)?|[0-9]{1,2}(?:am|pm))$/i;

/** Is `line` a dateline: a date with nothing beside it but weekdays, times, zones and "Published"/"Updated"? */
export function readDateline(line: string): FoundDate | null {
  const found = findDate(line);
  if (found === null || line.length > 90) return null;
  const rest = `${line.slice(0, found.start)} ${line.slice(found.end)}`
    .split(/[\s,|•·;()–—]+/)
    .map((w) => w.replace(/^[:-]+|[:.-]+$/g, ''))
    .filter((w) => w !== '');
  return rest.every((w) => DATELINE_WORDS.test(w)) ? found : null;
}

/** Reads a caller's date (`2021-06-28`, `2021-06-28T10:00:00Z`, `June 28, 2021`) to ISO, or null. */
export function normalizeDate(value: string): string | null {
  const direct = /^\s*((?:1[0-9]|20)[0-9]{2})-([01][0-9])-([0-3][0-9])/.exec(value);
  if (direct !== null) return iso(Number(direct[1]), Number(direct[2]), Number(direct[3]));
  const found = findDate(value);
  if (found !== null) return found.iso;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
