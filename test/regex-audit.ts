/**
 * The regular-expression audit: every regex literal and `new RegExp(…)` in src/, found with the
 * TypeScript compiler API, checked for catastrophic backtracking (exponential or polynomial) by
 * recheck. Shared by test/regex-audit.test.ts and `npm run audit:regex` (scripts/regex-audit.ts).
 *
 * recheck takes about a minute over all of them (its fuzzer spends seconds on the long boilerplate
 * patterns), so the patterns it found safe are kept in test/fixtures/regex-audit.json with its
 * version, and the test checks only those not in it (new or changed ones). `npm run audit:regex`
 * checks them all again; `-- --write` rewrites the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { COUNTRY_PATTERN } from '../src/detectors/voices.js';
import { BOILERPLATE_RULES } from '../src/lexicons/boilerplate.js';
import { PATTERNS as DATE_PATTERNS } from '../src/text/dates.js';

export const ROOT = join(import.meta.dirname, '..');
export const CACHE = join(ROOT, 'test', 'fixtures', 'regex-audit.json');
export const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;

/** A regular expression and where it is written (`file` relative to the project). */
export interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** A `new RegExp(…)` built from parts: the audit cannot read its pattern from the source. */
export interface Dynamic {
  file: string;
  line: number;
  expression: string;
}

/**
 * Regexes recheck does not call safe, accepted with the reason they cannot blow up here. Each entry
 * names the file and the pattern's exact source; an entry that no longer matches fails the test.
 */
export const ALLOWED: ReadonlyArray<{ file: string; source: string; reason: string }> = [
  {
    file: 'src/detectors/attributions/content.ts',
    source: String.raw`[\s,;]*(?:\b(?:and|but|when|while|as|because|after|before|since|although|though|if|whereas|until)\b)?[\s,;]*$`,
    reason: 'applied to the 40 characters before a cue only (`text.slice(end - 40, end)`).',
  },
  {
    file: 'src/text/dates.ts',
    source: String.raw`^[:-]+|[:.-]+$`,
    reason: 'applied to the words of a dateline, and readDateline returns early for lines over 90 characters.',
  },
  {
    file: 'src/text/header.ts',
    source: String.raw`\s*[,|–—]\s*`,
    reason: 'readByline returns early for a line over 120 characters.',
  },
  {
    file: 'src/text/header.ts',
    source: String.raw`\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)`,
    reason: 'readByline returns early for a line over 120 characters.',
  },
  {
    file: 'src/text/html.ts',
    source: String.raw`([a-zA-Z_:][a-zA-Z0-9_:.-]{0,60})\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))`,
    reason:
      "attributes of one <meta> tag; the name's repetition is bounded ({0,60}) and recheck's polynomial verdict comes from its fuzzer: a 1.4 MB tag of its attack string reads in under half a second.",
  },

];

/** How each `new RegExp(…)` built from parts is covered: by its built value (BUILT below) or by a reason. */
export const DYNAMIC: ReadonlyArray<{ file: string; starts: string; covered: string }> = [
  { file: 'src/detectors/voices.ts', starts: 'new RegExp(\n  `(?<![\\\\p{L}.])(${Object.keys(COUNTRY_WORDS)', covered: 'built value checked: COUNTRY_PATTERN' },
  { file: 'src/detectors/voices.ts', starts: 'new RegExp(`\\\\b${escapeRegExp(head)}\\\\b`', covered: 'one escaped word between \\b: no repetition at all' },
  { file: 'src/lexicons/boilerplate.ts', starts: 'new RegExp(\n      String.raw`^(?:[•⦁—–-] ?)?(?:(?:AP|Associated Press|NPR|CNN)', covered: 'built value checked: BOILERPLATE_RULES' },
  { file: 'src/lexicons/boilerplate.ts', starts: "new RegExp(\n      String.raw`^(?:[—–•⦁-] ?)?(?:Editor['’]s note: )?${NAME}", covered: 'built value checked: BOILERPLATE_RULES' },
  { file: 'src/text/dates.ts', starts: 'new RegExp(`\\\\b${YEAR}', covered: 'built value checked: PATTERNS' },
  { file: 'src/text/dates.ts', starts: 'new RegExp(`\\\\b${DAY}', covered: 'built value checked: PATTERNS' },
  { file: 'src/text/dates.ts', starts: 'new RegExp(`\\\\b${MONTH}', covered: 'built value checked: PATTERNS' },
  { file: 'src/report/evidence.ts', starts: 'new RegExp(`(?<![\\\\p{L}\\\\p{N}])${words.map(escapeRegExp)', covered: 'escaped words joined by one character class with +, between lookarounds: each + is bounded by a literal word on both sides, no nested repetition' },
  { file: 'src/text/html.ts', starts: 'new RegExp(`</${name}[\\\\s>]`', covered: 'a closing tag of a fixed tag name (script, style, nav, title, h1…): no repetition but [\\s>]' },
];

/** The built values of the `new RegExp(…)` that DYNAMIC says are checked. */
export function built(): Found[] {
  const of = (file: string, re: RegExp): Found => ({ file, line: 0, source: re.source, flags: re.flags });
  return [
    of('src/detectors/voices.ts', COUNTRY_PATTERN),
    ...DATE_PATTERNS.map((p) => of('src/text/dates.ts', p.re)),
    ...BOILERPLATE_RULES.map((r) => of('src/lexicons/boilerplate.ts', r.pattern)),
  ];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every regex literal and `new RegExp(…)` / `RegExp(…)` call in src/, read with the TypeScript parser. */
export function findRegexes(): { literals: Found[]; dynamic: Dynamic[] } {
  const literals: Found[] = [];
  const dynamic: Dynamic[] = [];
  for (const path of sourceFiles(join(ROOT, 'src'))) {
    const file = relative(ROOT, path);
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const line = (node: ts.Node): number => sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/');
        literals.push({ file, line: line(node), source: node.text.slice(1, slash), flags: node.text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const literal = (n: ts.Node | undefined): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
          n !== undefined && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n));
        if (literal(pattern) && (flags === undefined || literal(flags))) {
          literals.push({ file, line: line(node), source: pattern.text, flags: flags?.text ?? '' });
        } else dynamic.push({ file, line: line(node), expression: node.getText() });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, dynamic };
}

/** The key of a pattern in the file of patterns found safe. */
export const keyOf = (r: Found): string => `/${r.source}/${r.flags}`;

export function isAllowed(r: Found): boolean {
  return ALLOWED.some((a) => a.file === r.file && a.source === r.source);
}

/** recheck's verdict on one pattern: `safe`, or what is wrong with it. */
export async function verdict(r: Found): Promise<{ status: string; detail: string }> {
  const result = await check(r.source, r.flags, { timeout: 30_000 });
  if (result.status === 'vulnerable') return { status: 'vulnerable', detail: `${result.complexity.summary}; attack ${result.attack.pattern}` };
  if (result.status === 'unknown') return { status: 'unknown', detail: JSON.stringify(result.error) };
  return { status: 'safe', detail: '' };
}
