/**
 * Wording lexicons: the words by which a news text hedges, boosts, presupposes, intensifies,
 * evaluates and names. Each list is data with its provenance; `src/detectors/wording.ts` matches
 * them against the tokens.
 *
 * Source: written for slant (license MIT, as slant). The categories follow published work on
 * stance and bias in text, from which no list was copied:
 * - hedges and boosters: Hyland (2005) "Metadiscourse" and Hyland (1998) "Boosting, hedging and the
 *   negotiation of academic knowledge";
 * - factive and assertive verbs: Kiparsky & Kiparsky (1970) "Fact"; Hooper (1975) "On assertive
 *   predicates"; their use as bias cues in Recasens, Danescu-Niculescu-Mizil & Jurafsky (2013)
 *   "Linguistic models for analyzing and detecting biased language";
 * - intensifiers: Quirk et al. (1985) on amplifiers and emphasisers;
 * - emotive and evaluative words: the subjectivity clues of Wilson, Wiebe & Hoffmann (2005) as a
 *   category (the MPQA list itself is GPL and is not used) and Martin & White (2005) on appraisal;
 * - dysphemisms and euphemisms for violence and for actors: Allan & Burridge (1991) "Euphemism and
 *   dysphemism"; the labelling of armed groups in conflict reporting, as in the seed corpus.
 *
 * Terms are lower-case words separated by single spaces; a hyphenated compound is written with its
 * hyphen (`so-called`). A term's word matches a token whose lower-cased form or lemma equals it, so
 * `slam` matches `slammed` and `slams`. Verbs go in as lemmas; where the tagger reads an `-ing` form
 * as a noun and leaves it unlemmatised (`mocking`, `bragging`, `scoffing`), that form is listed too.
 * Weights run from 1 (mild) to 3 (strong); leans from −1 (unfavourable to what the word describes) to
 * +1 (favourable).
 *
 * No term is in two lists: the matcher gives each term one category. A word whose senses fall in
 * two categories goes where its news use is commonest (`alleged`, the adjective, is a hedge;
 * `allege`, the verb, an assertive; `so-called` is evaluative: it disparages the name it precedes
 * rather than softening the writer's commitment).
 *
 * Measured against BASIL's lexical-bias spans (scripts/eval-basil.ts; tuned on the even events,
 * held out on the odd). What the annotators mark as biased words is mostly speech and action verbs
 * that characterise (`slammed`, `bragged`, `raiding`), judgements of people (`dishonest`, `testy`,
 * `mercurial`), evaluations of acts and things (`phony`, `disastrous`) and manner adverbs (`angrily`).
 * They rarely mark words that name an event, a status or an emotion in reported fact, so these are
 * left out of the loaded lists: `illegal`, `failed`, `controversial`, `aggressive`, `radical`,
 * `tragedy`, `fear`, `anger`, `massacre`, `invasion`, `threaten`, `eliminate` (mostly `eliminate the
 * deficit`). Three labels that BASIL's annotators never marked stay, for conflict and political
 * reporting: `terrorist`, `regime`, `power grab`. Wording is counted as loaded only in the emotive,
 * evaluative, dysphemism and euphemism lists; hedges, boosters, factives, assertives and
 * intensifiers have their own rates.
 */

/** What a wording finding is. */
export type WordingCategory =
  /** softens commitment: `reportedly`, `appears to`, `allegedly` */
  | 'hedge'
  /** strengthens commitment: `clearly`, `undeniably`, `in fact` */
  | 'booster'
  /** presupposes its complement is true: `revealed`, `realized`, `exposed` */
  | 'factive'
  /** asserts its complement with extra force: `insisted`, `conceded`, `pointed out` */
  | 'assertive'
  /** amplifies a following word: `extremely`, `utterly`, `deeply` */
  | 'intensifier'
  /** names an emotion or appeals to one: `outrage`, `horrific`, `tragic` */
  | 'emotive'
  /** judges: `reckless`, `brazen`, `disastrous`, `courageous` */
  | 'evaluative'
  /** a harsher word where a neutral one exists: `terrorists` for fighters, `slaughter` for killing */
  | 'dysphemism'
  /** a softer word where a neutral one exists: `eliminated` for killed, `collateral damage` */
  | 'euphemism';

/** The categories that count as loaded language (evaluative, emotive, dysphemistic, euphemistic). */
export const LOADED_CATEGORIES: ReadonlySet<WordingCategory> = new Set(['emotive', 'evaluative', 'dysphemism', 'euphemism']);

/** One term: its weight (1–3) and, for words that judge, its lean (−1 unfavourable … +1 favourable). */
export interface WordingTerm {
  weight: 1 | 2 | 3;
  lean?: number;
}

/** A list of terms of one category, with where it comes from. */
export interface WordingLexicon {
  category: WordingCategory;
  /** What the list holds and where it comes from. */
  source: string;
  terms: Readonly<Record<string, WordingTerm>>;
}

const w1: WordingTerm = { weight: 1 };
const w2: WordingTerm = { weight: 2 };
const w3: WordingTerm = { weight: 3 };
const neg = (weight: 1 | 2 | 3, lean = -1): WordingTerm => ({ weight, lean });
const pos = (weight: 1 | 2 | 3, lean = 1): WordingTerm => ({ weight, lean });

export const HEDGES: WordingLexicon = {
  category: 'hedge',
  source: 'written for slant after Hyland (2005): epistemic adverbs and adjectives, modal lexical verbs, reporting frames that withhold commitment, approximators',
  terms: {
    reportedly: w2, allegedly: w2, purportedly: w2, supposedly: w2, ostensibly: w2, apparently: w1,
    seemingly: w1, possibly: w1, probably: w1, perhaps: w1, maybe: w1, likely: w1, unlikely: w1,
    presumably: w1, arguably: w1, conceivably: w1, plausibly: w1, 'appear to': w1, 'seem to': w1,
    'is believed to': w2, 'are believed to': w2, 'is thought to': w2, 'are thought to': w2,
    'is said to': w2, 'are said to': w2, 'is understood to': w1, 'is expected to': w1,
    'according to': w1, suggest: w1, indicate: w1, 'may have': w1, 'might have': w1, 'could have': w1,
    'tend to': w1, 'to some extent': w1, 'in part': w1, 'more or less': w1, 'sort of': w1,
    unconfirmed: w2, unverified: w2, unsubstantiated: w2, alleged: w2, purported: w2, suspected: w1,
    rumored: w2, rumoured: w2, speculate: w1,
  },
};

export const BOOSTERS: WordingLexicon = {
  category: 'booster',
  source: 'written for slant after Hyland (1998, 2005): adverbs and phrases of certainty (frequency adverbs such as `always`, `never` are left out: they state how often, not how sure)',
  terms: {
    clearly: w2, undeniably: w3, undoubtedly: w3, certainly: w2, definitely: w2, obviously: w2,
    'of course': w1, indeed: w1, 'in fact': w1, actually: w1, surely: w2, unquestionably: w3,
    evidently: w2, plainly: w2, patently: w3, demonstrably: w2, decidedly: w2, definitively: w2,
    conclusively: w2, 'without doubt': w2, 'no doubt': w2, 'beyond doubt': w3, 'without question': w2,
    'no question': w2, 'there is no doubt': w3, proven: w2, undisputed: w2, indisputable: w3,
    irrefutable: w3, incontrovertible: w3, manifestly: w3, truly: w1, 'the fact that': w1,
  },
};

export const FACTIVES: WordingLexicon = {
  category: 'factive',
  source: 'written for slant after Kiparsky & Kiparsky (1970) and Hooper (1975): verbs that presuppose their complement',
  terms: {
    reveal: w2, realize: w2, realise: w2, expose: w2, discover: w1, acknowledge: w1, admit: w2,
    confirm: w1, prove: w2, show: w1, demonstrate: w1, learn: w1, uncover: w2, regret: w1, recognize: w1,
    recognise: w1, 'find out': w1, 'come to light': w2,
  },
};

export const ASSERTIVES: WordingLexicon = {
  category: 'assertive',
  source: 'written for slant after Hooper (1975): assertive predicates that vouch for or doubt their complement (speech verbs that also judge the speaker, such as `boast` or `whine`, are evaluative)',
  terms: {
    insist: w2, claim: w2, allege: w2, contend: w1, maintain: w1, assert: w1, argue: w1, concede: w2,
    'point out': w1, emphasize: w1, emphasise: w1, stress: w1, charge: w1, declare: w1, proclaim: w2,
    vow: w1, swear: w2, 'go so far as': w2,
  },
};

export const INTENSIFIERS: WordingLexicon = {
  category: 'intensifier',
  source: 'written for slant after Quirk et al. (1985): amplifiers and emphasisers (the commonest, `very`, `so`, `too`, are left out: they are mostly neutral or not amplifiers at all, as in `so that`)',
  terms: {
    extremely: w2, utterly: w2, deeply: w1, highly: w1, hugely: w2, enormously: w2,
    incredibly: w2, absolutely: w2, completely: w1, totally: w1, entirely: w1, thoroughly: w1,
    exceedingly: w2, immensely: w2, massively: w2, terribly: w2, awfully: w2, remarkably: w2,
    staggeringly: w3, wildly: w2, grossly: w2, profoundly: w2, overwhelmingly: w2, vastly: w1,
    tremendously: w2, intensely: w2, exceptionally: w2, extraordinarily: w2, insanely: w3,
    ridiculously: w3, outright: w1, sheer: w2, 'far more': w1, 'by far': w1, 'all the more': w1,
  },
};

export const EMOTIVE: WordingLexicon = {
  category: 'emotive',
  source: 'written for slant after Martin & White (2005), affect: words that name a strong emotion, or a reaction, or that appeal to one. Plain names of an emotion in reported fact (`fear`, `anger`) and names of events (`tragedy`) are left out: in news they mostly report, not appeal',
  terms: {
    // outrage and anger, named strongly
    outraged: neg(2), outrageous: neg(3), fury: neg(2), furious: neg(2),
    rage: neg(2), enraged: neg(2), incensed: neg(2), livid: neg(3), irate: neg(2), seething: neg(2),
    indignant: neg(2), indignation: neg(2),
    vitriol: neg(3), vitriolic: neg(3), venom: neg(3), venomous: neg(3), hateful: neg(3),
    // shock and horror
    shocking: neg(2), shocked: neg(2), stunning: neg(2), stunned: neg(2), appalling: neg(3), appalled: neg(3),
    horrific: neg(3), horrifying: neg(3), horrified: neg(3), horrendous: neg(3), gruesome: neg(3),
    sickening: neg(3), chilling: neg(2), terrifying: neg(3), frightening: neg(2), alarming: neg(2),
    alarmed: neg(2), disturbing: neg(2), dismaying: neg(2), dismayed: neg(2), jarring: neg(2),
    'jaw-dropping': neg(2), 'mind-boggling': neg(2), astonishing: neg(2), staggering: neg(2),
    // grief, pain, shame
    heartbreaking: neg(2), heartbroken: neg(2), devastating: neg(2), devastated: neg(2), anguish: neg(2),
    agonizing: neg(2), harrowing: neg(3), humiliating: neg(2), humiliation: neg(2), humiliated: neg(2),
    embarrassing: neg(2), disheartening: neg(2), demoralizing: neg(2), bleak: neg(1), dismal: neg(2),
    grim: neg(1), dire: neg(2), nightmare: neg(2), nightmarish: neg(3),
    // disgust and contempt
    disgusting: neg(3), disgusted: neg(3), revolting: neg(3), repugnant: neg(3), despicable: neg(3),
    deplorable: neg(3), vile: neg(3), heinous: neg(3), atrocious: neg(3), odious: neg(3), contempt: neg(2),
    scorn: neg(2), 'fed up': neg(2),
    // turmoil
    outrage: neg(2), hatred: neg(2), disdain: neg(2), offensive: neg(2),
    panic: neg(2), frenzy: neg(2), hysteria: neg(3), uproar: neg(2), furor: neg(2), furore: neg(2),
    firestorm: neg(2), maelstrom: neg(2), turmoil: neg(1), mayhem: neg(2), pandemonium: neg(2),
    bombshell: neg(2), explosive: neg(2), 'reign of terror': neg(3), 'fear-mongering': neg(3),
    fearmongering: neg(3),
    // delight and pride
    heroic: pos(2), hero: pos(2), inspiring: pos(2), inspirational: pos(2), triumphant: pos(2),
    triumph: pos(2), jubilant: pos(2), elated: pos(2), ecstatic: pos(2), euphoric: pos(2), thrilled: pos(2),
    thrilling: pos(2), exhilarating: pos(2), wonderful: pos(2), marvelous: pos(2), marvellous: pos(2),
    glorious: pos(2), heartwarming: pos(2), breathtaking: pos(2),
  },
};

export const EVALUATIVE: WordingLexicon = {
  category: 'evaluative',
  source: 'written for slant after Martin & White (2005), judgement and appreciation: words that judge a person, an act or a thing, including speech and action verbs that characterise as they report (`slammed`, `bragged`, `caved`) and manner adverbs that judge (`brazenly`, `erroneously`). Words that mostly name a legal or factual status (`illegal`, `controversial`, `failed`) are left out',
  terms: {
    // ---- judging people: character and conduct
    dishonest: neg(3), hypocritical: neg(3), hypocrisy: neg(3), hypocrite: neg(3), liar: neg(3),
    deceitful: neg(3), disingenuous: neg(3), duplicitous: neg(3),
    corrupt: neg(2), crooked: neg(3), sleazy: neg(3), shady: neg(2), unscrupulous: neg(3),
    arrogant: neg(3), arrogance: neg(3), smug: neg(3), condescending: neg(3), patronizing: neg(3),
    patronising: neg(3), pompous: neg(3), haughty: neg(3), 'self-righteous': neg(3), sanctimonious: neg(3),
    'self-serving': neg(3), cynical: neg(2), opportunistic: neg(2), craven: neg(3), spineless: neg(3),
    cowardly: neg(3), feckless: neg(3), inept: neg(3), incompetent: neg(3), incompetence: neg(3),
    clueless: neg(3), hapless: neg(2), bumbling: neg(3), petty: neg(2), vindictive: neg(3),
    spiteful: neg(3), 'mean-spirited': neg(3), callous: neg(3), heartless: neg(3), ruthless: neg(2),
    cruel: neg(2), vicious: neg(3), nasty: neg(2), nastiness: neg(2), ugly: neg(2), ugliness: neg(2),
    reckless: neg(2), recklessly: neg(2), irresponsible: neg(2), negligent: neg(2), complicit: neg(2),
    brazen: neg(2), brazenly: neg(2), shameless: neg(3), shamelessly: neg(3), audacious: neg(1),
    brash: neg(2), bombastic: neg(2), blustery: neg(2), bluster: neg(2), blowhard: neg(3),
    grandiose: neg(2), boastful: neg(2), theatrical: neg(2), histrionic: neg(3), hysterical: neg(3),
    shrill: neg(2), strident: neg(2), belligerent: neg(3), bellicose: neg(3),
    pugnacious: neg(2), testy: neg(2), prickly: neg(2), 'thin-skinned': neg(3), petulant: neg(3),
    defensive: w1, aggrieved: neg(2), evasive: neg(2), erratic: neg(2), mercurial: neg(2),
    unhinged: neg(3), deranged: neg(3), delusional: neg(3), paranoid: neg(2),
    eccentric: neg(1), bizarre: neg(2), weird: neg(2), dismissive: neg(2), disdainful: neg(2),
    contemptuous: neg(3), scornful: neg(2), derisive: neg(2),
    divisiveness: neg(2), toxic: neg(3),
    extremist: neg(2), fanatical: neg(3), zealot: neg(3), zealous: neg(2), rabid: neg(3),
    hawkish: neg(1), warmonger: neg(3), 'bomb-thrower': neg(3), firebrand: neg(2), 'rabble-rouser': neg(3),
    demagogue: neg(3), demagogic: neg(3), demagoguery: neg(3), authoritarian: neg(2), draconian: neg(3),
    'heavy-handed': neg(2), 'high-handed': neg(2), autocratic: neg(2), tyrannical: neg(3),
    hyperpartisan: neg(2), 'ultra-conservative': neg(2), 'far-left': neg(2), 'far-right': neg(2),
    'hard-line': neg(1), hardline: neg(1), hardliner: neg(1), intransigent: neg(2), obstructionist: neg(2),
    obstinate: neg(2), stubborn: neg(1), stubbornly: neg(1), overzealous: neg(2), 'over-the-top': neg(2),
    'in name only': neg(2), 'so-called': neg(2), 'self-styled': neg(2), 'self-described': neg(1),
    'self-proclaimed': neg(2), wannabe: neg(2),
    // ---- judging acts, ideas and things
    perfidious: neg(3), nefarious: neg(3), malign: neg(2), sinful: neg(3), notorious: neg(2), infamous: neg(2),
    destabilizing: neg(2), destabilising: neg(2),
    divisive: neg(2), polarizing: neg(2), polarising: neg(2), inflammatory: neg(2), volatile: neg(1), dangerous: neg(1),
    reasonable: pos(1), historic: pos(2), 'common-sense': pos(2), commonsense: pos(2), 'common sense': pos(1),
    disastrous: neg(2), catastrophic: neg(2), calamitous: neg(3), abysmal: neg(3), dreadful: neg(2),
    terrible: neg(2), horrible: neg(2), awful: neg(2), lousy: neg(2), pathetic: neg(3), miserable: neg(2),
    disgraceful: neg(3), disgracefully: neg(3), shameful: neg(3), scandalous: neg(3), egregious: neg(3),
    unconscionable: neg(3), indefensible: neg(3), inexcusable: neg(3), reprehensible: neg(3),
    ridiculous: neg(2), absurd: neg(2), ludicrous: neg(3), preposterous: neg(3), laughable: neg(3),
    outlandish: neg(2), nonsensical: neg(2), nonsense: neg(2), senseless: neg(2), insane: neg(3),
    idiotic: neg(3), stupid: neg(3), dumb: neg(2), foolish: neg(2), misguided: neg(2),
    wrongheaded: neg(2), 'ill-conceived': neg(2), 'half-baked': neg(2), 'ill-advised': neg(2),
    bogus: neg(3), phony: neg(3), phoney: neg(3), sham: neg(3), hoax: neg(3), charade: neg(3),
    farce: neg(3), fiasco: neg(3), debacle: neg(3), boondoggle: neg(3), shambles: neg(3), mess: neg(1),
    botched: neg(2), bungled: neg(2), 'witch hunt': neg(3), 'conspiracy theory': neg(2), smear: neg(2),
    stunt: neg(2), gimmick: neg(2), ploy: neg(2), scheme: neg(1), propaganda: neg(2), rhetoric: neg(1),
    'cover-up': neg(2), whitewash: neg(2), giveaway: neg(2), handout: neg(2), 'power grab': neg(3),
    'land grab': neg(2), 'job-killing': neg(3), 'tax-and-spend': neg(2),
    'nanny state': neg(3), 'rubber stamp': neg(2), 'rubber-stamp': neg(2), 'political theater': neg(2),
    'political theatre': neg(2), meltdown: neg(2), tirade: neg(2), rant: neg(2), diatribe: neg(3),
    screed: neg(3), outburst: neg(2), 'temper tantrum': neg(3), tantrum: neg(3), gaffe: neg(1),
    blunder: neg(2), affront: neg(2), insult: neg(2), travesty: neg(3), outrageously: neg(3),
    destructive: neg(2), provocative: neg(2), incendiary: neg(2),
    scathing: neg(2), blistering: neg(2), withering: neg(2), stinging: neg(2),
    'no-holds-barred': neg(2), frosty: neg(1), icy: neg(1), chilly: neg(1),
    erroneous: neg(2), erroneously: neg(2), wrongly: neg(2), misleading: neg(2),
    misleadingly: neg(2), baseless: neg(2), unfounded: neg(2), dubious: neg(2), shoddy: neg(2),
    flimsy: neg(2), sloppy: neg(2), overblown: neg(2), overwrought: neg(2),
    // ---- speech and action verbs that characterise as they report (lemmas)
    slam: neg(2), blast: neg(2), 'lash out': neg(2), lash: neg(2), berate: neg(2), assail: neg(2),
    excoriate: neg(3), lambaste: neg(3), lambast: neg(3), pillory: neg(3), savage: neg(2), skewer: neg(2),
    deride: neg(2), ridicule: neg(2), mock: neg(2), taunt: neg(2), scoff: neg(2), sneer: neg(3), jeer: neg(2),
    heckle: neg(1), fume: neg(2), bristle: neg(2), 'take a swipe': neg(2), 'take a shot': neg(2),
    swipe: neg(1), bash: neg(2), trash: neg(2), 'trash-talk': neg(2), badmouth: neg(2), vilify: neg(3),
    demonize: neg(3), demonise: neg(3), denigrate: neg(3), disparage: neg(2), belittle: neg(2),
    scold: neg(2), harangue: neg(3), hector: neg(2), badger: neg(2), browbeat: neg(3), rebuke: neg(1),
    whine: neg(2), gripe: neg(2), grumble: neg(2), moan: neg(2), complain: neg(1), bemoan: neg(1),
    boast: neg(2), brag: neg(2), crow: neg(2), gloat: neg(2), tout: neg(1), peddle: neg(2), spew: neg(3),
    parrot: neg(2), grandstand: neg(2), pander: neg(2), 'flip-flop': neg(2), backpedal: neg(2),
    'walk back': neg(1), dodge: neg(2), sidestep: neg(1), stonewall: neg(2), 'double down': neg(1),
    capitulate: neg(2), 'cave in': neg(2), flail: neg(2), bungle: neg(2), botch: neg(2), squander: neg(2),
    stoke: neg(2), 'whip up': neg(2), inflame: neg(2), torpedo: neg(2), derail: neg(2), sabotage: neg(2),
    gut: neg(2), slash: neg(1), 'ram through': neg(2), 'strong-arm': neg(2), steamroll: neg(2),
    bulldoze: neg(2), railroad: neg(2), hammer: neg(1), pummel: neg(2), clobber: neg(2), trounce: neg(2),
    raid: neg(2), loot: neg(3), plunder: neg(3), pilfer: neg(3), 'throw under the bus': neg(3),
    'paper over': neg(2), 'sweep under the rug': neg(2),
    // the same verbs as -ing forms, which the tagger often reads as nouns and leaves unlemmatised
    slamming: neg(2), blasting: neg(2), lashing: neg(2), berating: neg(2), assailing: neg(2),
    excoriating: neg(3), lambasting: neg(3), deriding: neg(2), ridiculing: neg(2), mocking: neg(2),
    taunting: neg(2), scoffing: neg(2), sneering: neg(3), jeering: neg(2), heckling: neg(1), fuming: neg(2),
    bashing: neg(2), trashing: neg(2), vilifying: neg(3), demonizing: neg(3), denigrating: neg(3),
    disparaging: neg(2), belittling: neg(2), scolding: neg(2), haranguing: neg(3), hectoring: neg(2),
    browbeating: neg(3), whining: neg(2), griping: neg(2), grumbling: neg(2), moaning: neg(2),
    complaining: neg(1), boasting: neg(2), bragging: neg(2), crowing: neg(2), gloating: neg(2),
    peddling: neg(2), spewing: neg(3), parroting: neg(2), grandstanding: neg(2), pandering: neg(2),
    'flip-flopping': neg(2), backpedaling: neg(2), backpedalling: neg(2), dodging: neg(2),
    stonewalling: neg(2), bungling: neg(2), squandering: neg(2), stoking: neg(2), inflaming: neg(2),
    torpedoing: neg(2), sabotaging: neg(2), gutting: neg(2), steamrolling: neg(2), bulldozing: neg(2),
    raiding: neg(2), looting: neg(3), plundering: neg(3),
    // ---- manner and stance adverbs that judge
    angrily: neg(2), bitterly: neg(2), furiously: neg(2), sharply: neg(1), harshly: neg(2), bluntly: neg(1),
    fiercely: neg(1), forcefully: neg(1), vigorously: neg(1), vehemently: neg(2), aggressively: neg(1),
    defiantly: neg(1), testily: neg(2), sarcastically: neg(2), smugly: neg(3), pointedly: neg(1),
    dismissively: neg(2), grudgingly: neg(1), begrudgingly: neg(1), curtly: neg(1), brusquely: neg(2),
    tersely: neg(1), icily: neg(2), frantically: neg(2), desperately: neg(2), awkwardly: neg(1),
    mockingly: neg(2), contemptuously: neg(3), scornfully: neg(2), derisively: neg(2),
    disdainfully: neg(2), condescendingly: neg(3), sheepishly: neg(1), meekly: neg(1), cynically: neg(2),
    conveniently: neg(2), suspiciously: neg(2), unabashedly: neg(1), unapologetically: neg(1),
    relentlessly: neg(1), ruthlessly: neg(2), viciously: neg(3), savagely: neg(3), mercilessly: neg(2),
    gleefully: neg(2), ironically: neg(1), predictably: neg(1), tellingly: neg(1), strikingly: neg(1),
    bizarrely: neg(2), shockingly: neg(2), astonishingly: neg(1), notoriously: neg(2), infamously: neg(2),
    proudly: pos(1), triumphantly: pos(2), heroically: pos(2), gracefully: pos(1), deftly: pos(2),
    // ---- favourable judgements
    courageous: pos(2), courage: pos(2), brave: pos(2), bravely: pos(2), bold: pos(1), boldly: pos(1),
    visionary: pos(2), principled: pos(2), honorable: pos(2), honourable: pos(2), admirable: pos(2),
    commendable: pos(2), laudable: pos(2), exemplary: pos(2), stellar: pos(2), sterling: pos(2),
    brilliant: pos(2), brilliantly: pos(2), masterful: pos(2), masterfully: pos(2), deft: pos(2),
    savvy: pos(1), shrewd: pos(1), adroit: pos(2), impressive: pos(1), remarkable: pos(2),
    extraordinary: pos(2), landmark: pos(1), momentous: pos(2), unprecedented: pos(1),
    prestigious: pos(2), acclaimed: pos(2), celebrated: pos(1), beloved: pos(2), iconic: pos(2),
    legendary: pos(2), towering: pos(2), formidable: pos(1), 'rising star': pos(2),
    staunch: pos(1), stalwart: pos(2), tireless: pos(2), tirelessly: pos(2), steadfast: pos(2),
    unwavering: pos(2), decisive: pos(1), proportionate: pos(1), sensible: pos(1), praise: pos(1),
    laud: pos(2), extol: pos(2), lionize: pos(3), lionise: pos(3), 'hard-working': pos(1), hardworking: pos(1),
    'freedom fighter': pos(2),
  },
};

export const DYSPHEMISMS: WordingLexicon = {
  category: 'dysphemism',
  source: 'written for slant after Allan & Burridge (1991): harsh or contemptuous names for actors, groups and acts, where a neutral name exists (`regime` for government, `thugs` for protesters, `slaughter` for killing, `illegals` for undocumented immigrants)',
  terms: {
    terrorist: neg(3), thug: neg(3), thuggish: neg(3), goon: neg(3),
    henchman: neg(3), henchmen: neg(3), crony: neg(3), cronies: neg(3), cronyism: neg(3), minion: neg(3),
    lackey: neg(3), stooge: neg(3), puppet: neg(3), mouthpiece: neg(2), shill: neg(3), cabal: neg(3),
    clique: neg(2), mob: neg(2), horde: neg(3), rabble: neg(3), regime: neg(2),
    dictator: neg(2), despot: neg(3), tyrant: neg(3), strongman: neg(2), overlord: neg(3),
    slaughter: neg(3), butcher: neg(3), bloodbath: neg(3), carnage: neg(3), bloodshed: neg(2),
    onslaught: neg(2), aggression: neg(2), occupier: neg(3), 'death squad': neg(3),
    illegals: neg(3), 'illegal alien': neg(3), 'anchor baby': neg(3),
    'death tax': neg(3), 'death panel': neg(3), 'government takeover': neg(3),
    'socialized medicine': neg(2), 'welfare queen': neg(3), 'partial-birth abortion': neg(2),
    'fake news': neg(2), 'the elites': neg(2), lamestream: neg(3), snowflake: neg(3), elitist: neg(2),
    'career politician': neg(2), 'radical left': neg(3), 'radical right': neg(3),
    jackass: neg(3), idiot: neg(3), moron: neg(3), clown: neg(3), buffoon: neg(3), loser: neg(3),
    lunatic: neg(3), crook: neg(3), 'con man': neg(3), fraudster: neg(3), charlatan: neg(3),
    huckster: neg(3), swindler: neg(3), windbag: neg(3), troll: neg(2),
  },
};

export const EUPHEMISMS: WordingLexicon = {
  category: 'euphemism',
  source: 'written for slant after Allan & Burridge (1991): soft names for killing, force, deceit and loss, and policy names that make a measure sound benign (`enhanced interrogation`, `collateral damage`, `misspoke`, `revenue enhancement`)',
  terms: {
    neutralize: pos(2), neutralise: pos(2), 'collateral damage': pos(3), 'ethnic cleansing': w2,
    'enhanced interrogation': pos(3), 'kinetic action': pos(3), 'surgical strike': pos(2), pacification: pos(2),
    'extraordinary rendition': pos(3),
    'friendly fire': pos(1), 'regime change': pos(1), martyr: pos(2), martyrdom: pos(2),
    'alternative facts': pos(3), misspeak: pos(2), misstatement: pos(2), misstep: pos(1),
    'economical with the truth': pos(3), 'revenue enhancement': pos(3), 'tax relief': pos(2),
    'right-sizing': pos(2), rightsizing: pos(2), downsizing: pos(1),
    'pass away': pos(1), 'job creator': pos(2),
  },
};

/** Every wording lexicon, in the order findings are reported. */
export const WORDING_LEXICONS: readonly WordingLexicon[] = [
  HEDGES, BOOSTERS, FACTIVES, ASSERTIVES, INTENSIFIERS, EMOTIVE, EVALUATIVE, DYSPHEMISMS, EUPHEMISMS,
];
