/**
 * First names that say whether a `he` or a `she` can stand for a person, when the article itself
 * says nothing (no `Mr.`/`Mrs.`, no `Clinton said she …`): common given names of English-language
 * news, written by slant's team. Names borne by men and women alike (`Pat`, `Jordan`, `Kelly`,
 * `Robin`, `Dana`, `Leslie`, `Jamie`, `Kim`) are left out: a wrong gender hides the right referent.
 */
import { lookupTable } from '../records.js';

const HE = [
  'aaron', 'abdullah', 'adam', 'ahmed', 'al', 'alan', 'albert', 'alex', 'alexander', 'ali', 'andrew', 'andy', 'anthony',
  'antonio', 'arnold', 'barack', 'ben', 'benjamin', 'bernie', 'bill', 'bob', 'bobby', 'brad', 'brian', 'bruce',
  'carl', 'carlos', 'charles', 'charlie', 'chris', 'christopher', 'chuck', 'cory', 'craig', 'dan', 'daniel', 'darrell', 'dave',
  'david', 'dennis', 'dick', 'don', 'donald', 'doug', 'douglas', 'ed', 'eddie', 'edward', 'elijah', 'emmanuel', 'eric',
  'francis', 'frank', 'fred', 'gary', 'george', 'gerald', 'greg', 'gregory', 'harry', 'henry', 'howard', 'ian',
  'jack', 'jacob', 'james', 'jason', 'jeb', 'jeff', 'jeffrey', 'jeremy', 'jerry', 'jim', 'jimmy', 'joe', 'joel',
  'john', 'johnny', 'jon', 'jonathan', 'jose', 'joseph', 'josh', 'juan', 'justin', 'keith', 'ken', 'kenneth', 'kevin',
  'larry', 'lindsey', 'louis', 'luis', 'marco', 'mark', 'martin', 'matt', 'matthew', 'michael', 'mike', 'mitch',
  'mohammed', 'muhammad', 'nathan', 'neil', 'newt', 'nicholas', 'nick', 'paul', 'peter', 'phil', 'philip', 'ralph',
  'rand', 'randy', 'ray', 'reince', 'richard', 'rick', 'rob', 'robert', 'roger', 'ron', 'ronald', 'roy', 'rudy',
  'russell', 'ryan', 'sam', 'samuel', 'scott', 'sean', 'sergei', 'stephen', 'steve', 'steven', 'ted', 'thomas', 'tim',
  'timothy', 'todd', 'tom', 'tony', 'trey', 'vladimir', 'walter', 'wayne', 'william', 'xi',
];

const SHE = [
  'abigail', 'alice', 'alicia', 'amanda', 'amy', 'andrea', 'angela', 'ann', 'anna', 'anne', 'barbara', 'betsy', 'betty',
  'carly', 'carol', 'caroline', 'catherine', 'cathy', 'cheryl', 'christine', 'cindy', 'claire', 'condoleezza', 'cynthia',
  'deborah', 'debbie', 'debra', 'diana', 'diane', 'donna', 'elizabeth', 'ellen', 'emily', 'emma', 'hillary', 'helen',
  'huma', 'ivanka', 'jane', 'janet', 'jeanne', 'jennifer', 'jessica', 'jill', 'joan', 'joni', 'judy', 'julia', 'julie',
  'karen', 'kate', 'katherine', 'kathleen', 'kathy', 'katie', 'kellyanne', 'kirsten', 'laura', 'lauren', 'linda',
  'lisa', 'loretta', 'lori', 'madeleine', 'margaret', 'maria', 'marie', 'marsha', 'martha', 'mary', 'megyn', 'melania',
  'melissa', 'michele', 'michelle', 'mia', 'nancy', 'nicole', 'nikki', 'patricia', 'patty', 'paula', 'rachel', 'rebecca',
  'ruth', 'samantha', 'sandra', 'sara', 'sarah', 'sharon', 'sheila', 'susan', 'susana', 'suzanne', 'tammy', 'teresa',
  'theresa', 'tulsi', 'valerie', 'victoria', 'virginia', 'wendy',
];

/** Lower-cased first name → the pronoun that stands for its bearer. */
export const FIRST_NAMES: Readonly<Record<string, 'he' | 'she'>> = lookupTable(
  Object.fromEntries([...HE.map((n) => [n, 'he'] as const), ...SHE.map((n) => [n, 'she'] as const)]),
);
