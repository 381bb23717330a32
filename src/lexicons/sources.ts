/**
 * Words that say what kind of source is speaking: people's roles, organisations, governments,
 * media, documents, groups, and the phrases of anonymous sourcing.
 *
 * Source: written for slant from news style and sourcing research: the AP Stylebook and Reuters
 * Handbook of Journalism on anonymous sources ("speaking on condition of anonymity", "not
 * authorized to speak"); Sundar (1998) and Duffy & Freeman (2011) on anonymous attribution;
 * Bell (1991) "The Language of News Media" on source labels. License: MIT, as slant. Keys are
 * lower-case words or lemmas.
 */

import { lookupTable } from '../records.js';

/** Job and role nouns of people who speak for someone: `spokesman`, `minister`, `official`. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'official', 'officials', 'minister',
  'president', 'secretary', 'leader', 'commander', 'lawmaker', 'legislator', 'senator', 'representative',
  'congressman', 'congresswoman', 'governor', 'mayor', 'ambassador', 'envoy', 'diplomat', 'general', 'colonel',
  'officer', 'chief', 'director', 'head', 'chairman', 'chairwoman', 'chair', 'speaker', 'premier',
  'chancellor', 'adviser', 'advisor', 'aide', 'analyst', 'expert', 'researcher', 'professor', 'scholar',
  'fellow', 'economist', 'attorney', 'lawyer', 'prosecutor', 'judge', 'justice', 'candidate', 'nominee',
  'strategist', 'consultant', 'pollster', 'activist', 'campaigner', 'organizer', 'member', 'founder',
  'executive', 'ceo', 'manager', 'correspondent', 'reporter', 'editor', 'columnist', 'witness', 'resident',
  'doctor', 'physician', 'spokesmen', 'militant', 'fighter', 'cleric', 'imam', 'priest', 'pastor', 'king',
  'prince', 'queen', 'emir', 'sheikh', 'ayatollah', 'prime', 'vice', 'deputy', 'press', 'staffer',
  'administrator', 'commissioner', 'superintendent', 'sheriff', 'captain', 'lieutenant', 'sergeant',
  'major', 'admiral', 'brigadier', 'marshal', 'source', 'sources', 'insider', 'operative', 'negotiator',
]);

/** Titles written before a name: `Mr Kirby`, `Maj.-Gen. Yehia Rasool`, `President Biden`. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'gen', 'maj', 'lt', 'col', 'capt',
  'sgt', 'adm', 'brig', 'gov', 'sen', 'rep', 'rev', 'hon', 'president', 'senator', 'governor', 'general',
  'colonel', 'captain', 'secretary', 'minister', 'speaker', 'judge', 'justice', 'mayor', 'ambassador',
  'sheikh', 'ayatollah', 'king', 'queen', 'prince', 'princess', 'pope', 'father', 'sister', 'brother',
  'major', 'lieutenant', 'sergeant', 'admiral', 'commander', 'chancellor', 'premier', 'pm',
]);

/** Words that make a name an organisation: `Foundation for Defense of Democracies`, `Kataib Hezbollah`. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'forces', 'force', 'party', 'group', 'groups', 'militia', 'militias', 'brigade', 'brigades', 'front',
  'movement', 'organization', 'organisation', 'foundation', 'institute', 'institution', 'center', 'centre',
  'council', 'committee', 'commission', 'association', 'union', 'league', 'alliance', 'coalition',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'bank', 'fund', 'agency', 'authority', 'board', 'bureau',
  'office', 'university', 'college', 'school', 'hospital', 'church', 'campaign', 'network', 'observatory',
  'hezbollah', 'hamas', 'taliban', 'kataib', 'asaib', 'houthis', 'houthi', 'pmf', 'pmu', 'nato', 'un', 'eu', 'isis', 'is', 'corps', 'guard',
  'guards', 'units', 'unit', 'battalion', 'army', 'navy', 'tank', 'society', 'federation', 'club',
  'think', 'watchdog', 'lobby', 'consortium', 'trust', 'caucus', 'team', 'staff',
  'firm', 'giant', 'retailer', 'maker', 'manufacturer', 'automaker', 'startup', 'lender', 'insurer', 'airline',
  'conglomerate', 'nonprofit', 'charity',
]);

/** Words that make a source a government or state body. */
export const GOVERNMENT_WORDS: ReadonlySet<string> = new Set([
  'government', 'ministry', 'pentagon', 'administration', 'department', 'state', 'embassy', 'kremlin',
  'cabinet', 'parliament', 'congress', 'senate', 'house', 'presidency', 'military', 'army', 'navy',
  'police', 'white', 'downing', 'élysée', 'elysee', 'foreign', 'defense', 'defence', 'interior', 'treasury',
  'prosecutor', 'court', 'authorities', 'authority', 'regime', 'command', 'centcom', 'fbi', 'cia', 'dhs',
  'doj', 'nsa', 'irgc', 'officials', 'official', 'spokesman', 'spokesperson', 'spokeswoman', 'minister',
  'president', 'secretary', 'governor', 'ambassador', 'lawmaker', 'senator', 'legislators', 'lawmakers',
]);

/** Media: outlets and the nouns for them (`state media`, `news agency`). Lower-case. */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'media', 'agency', 'newspaper', 'paper', 'tv', 'television', 'channel', 'broadcaster', 'outlet',
  'radio', 'website', 'daily', 'magazine', 'network', 'press', 'wire', 'news', 'times', 'post', 'journal',
  'reuters', 'ap', 'afp', 'bbc', 'cnn', 'fox', 'msnbc', 'nbc', 'abc', 'cbs', 'npr', 'sana', 'irna', 'isna',
  'tasnim', 'fars', 'mehr', 'xinhua', 'tass', 'ria', 'interfax', 'aljazeera', 'jazeera', 'arabiya',
  'politico', 'axios', 'bloomberg', 'guardian', 'telegraph', 'independent', 'economist', 'haaretz',
  'breitbart', 'huffpost', 'vox', 'slate', 'gazette', 'herald', 'tribune', 'observer', 'sky', 'al-monitor',
]);

/** Nouns for documents that "say" things: `the statement said`, `the report found`. */
export const DOCUMENT_WORDS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'report', 'reports', 'letter', 'memo', 'document', 'documents', 'filing',
  'complaint', 'lawsuit', 'indictment', 'ruling', 'order', 'decision', 'bill', 'law', 'study', 'survey',
  'poll', 'polls', 'analysis', 'assessment', 'communique', 'communiqué', 'declaration', 'release',
  'tweet', 'post', 'video', 'email', 'message', 'transcript', 'data', 'records', 'record', 'filings',
  'cable', 'note', 'notice', 'announcement', 'resolution', 'guidance', 'findings', 'paper', 'book',
  'average', 'tally', 'estimate', 'estimates', 'forecast', 'projection', 'projections', 'figures', 'index',
]);

/** Unnamed groups: `critics say`, `experts warn`, `residents said`. */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'critics', 'experts', 'analysts', 'observers', 'residents', 'witnesses', 'people', 'officials',
  'sources', 'activists', 'supporters', 'opponents', 'democrats', 'republicans', 'conservatives',
  'liberals', 'lawmakers', 'legislators', 'economists', 'scientists', 'researchers', 'doctors',
  'diplomats', 'protesters', 'voters', 'leaders', 'members', 'aides', 'advisers', 'advisors', 'allies',
  'others', 'many', 'some', 'insiders', 'historians', 'scholars', 'commentators', 'pundits', 'families',
  'relatives', 'villagers', 'locals', 'students', 'workers', 'parents', 'fighters', 'militants',
]);

/**
 * Things that happen and do not speak: a noun phrase ending in one of these is no source
 * (`The U.S. strikes were intended to disrupt …`, `the strikes targeted “…”`). On PolNeAR train, 5
 * of 18,361 gold sources end in one of them as a head (`The attack`).
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'strike', 'strikes', 'airstrike', 'airstrikes', 'attack', 'attacks', 'raid', 'raids', 'bombing', 'bombings',
  'bombardment', 'explosion', 'explosions', 'blast', 'blasts', 'offensive', 'assault', 'assaults', 'war', 'fighting',
  'clash', 'clashes', 'violence', 'shooting', 'shootings', 'killing', 'killings', 'rocket', 'rockets', 'missile',
  'missiles', 'drone', 'drones', 'shelling', 'incursion', 'invasion',
]);

/**
 * Phrases of anonymous sourcing, matched against the lower-cased source and its sentence.
 * Each must be a plain lower-case phrase (tested with `includes`).
 */
export const ANONYMITY_PHRASES: readonly string[] = [
  'on condition of anonymity', 'on the condition of anonymity', 'speaking anonymously', 'declined to be named',
  'declined to be identified', 'asked not to be named', 'asked not to be identified', 'requested anonymity',
  'not authorized to speak', 'not authorised to speak', 'who did not want to be named', 'granted anonymity',
  'anonymous', 'unnamed', 'familiar with', 'with knowledge of', 'close to the', 'a source', 'sources',
  'an official', 'a senior official', 'officials said', 'people briefed on', 'person briefed on',
];

/** Personal pronouns that can stand for a speaker, by kind. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'i']);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'it', 'we', 'them']);

/**
 * Countries as news names them (the country, its adjective, and the institutions that stand for
 * its government), for a speaker's affiliation. Keys are lower-case words or phrases; values are
 * the country's name.
 */
export const COUNTRY_WORDS: Readonly<Record<string, string>> = lookupTable({
  us: 'United States', 'u.s.': 'United States', 'u.s': 'United States', american: 'United States', 'united states': 'United States',
  america: 'United States', pentagon: 'United States', 'white house': 'United States', 'state department': 'United States',
  congress: 'United States', washington: 'United States', biden: 'United States',
  iraq: 'Iraq', iraqi: 'Iraq', baghdad: 'Iraq',
  iran: 'Iran', iranian: 'Iran', tehran: 'Iran', 'islamic republic': 'Iran',
  syria: 'Syria', syrian: 'Syria', damascus: 'Syria',
  israel: 'Israel', israeli: 'Israel', jerusalem: 'Israel',
  russia: 'Russia', russian: 'Russia', kremlin: 'Russia', moscow: 'Russia',
  china: 'China', chinese: 'China', beijing: 'China',
  uk: 'United Kingdom', 'u.k.': 'United Kingdom', british: 'United Kingdom', britain: 'United Kingdom', 'downing street': 'United Kingdom',
  france: 'France', french: 'France', germany: 'Germany', german: 'Germany', turkey: 'Turkey', turkish: 'Turkey',
  saudi: 'Saudi Arabia', 'saudi arabia': 'Saudi Arabia', lebanon: 'Lebanon', lebanese: 'Lebanon', ukraine: 'Ukraine',
  ukrainian: 'Ukraine', afghanistan: 'Afghanistan', afghan: 'Afghanistan', pakistan: 'Pakistan', pakistani: 'Pakistan',
  egypt: 'Egypt', egyptian: 'Egypt', jordan: 'Jordan', jordanian: 'Jordan', qatar: 'Qatar', qatari: 'Qatar',
  yemen: 'Yemen', yemeni: 'Yemen', mexico: 'Mexico', mexican: 'Mexico', canada: 'Canada', canadian: 'Canada',
  india: 'India', indian: 'India', japan: 'Japan', japanese: 'Japan', 'north korea': 'North Korea', 'south korea': 'South Korea',
});
