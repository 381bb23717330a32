/**
 * News frames and their cue terms: the lexicon behind the frames detector.
 *
 * Source: written for slant. The frames and their definitions follow two codebooks:
 * - generic news frames: Semetko & Valkenburg (2000) "Framing European politics: a content analysis
 *   of press and television news", Journal of Communication 50(2): 93–109 (conflict, attribution of
 *   responsibility, human interest, economic consequences, morality), who build on Neuman, Just &
 *   Crigler (1992) "Common Knowledge: News and the Construction of Political Meaning" (University of
 *   Chicago Press);
 * - policy frames: the Policy Frames Codebook of Boydstun, Card, Gross, Resnik & Smith (2014)
 *   "Tracking the development of media frames within and across policy issues", the fifteen framing
 *   dimensions annotated in the Media Frames Corpus (Card et al., ACL 2015). Its "economic" and
 *   "morality" dimensions are the generic frames of the same names and are not repeated; "other" has
 *   no cues.
 * The descriptions paraphrase those codebooks. The cue terms are not taken from any word list (the
 * Media Frames Corpus is annotated articles, not a lexicon): they were chosen for slant from news
 * vocabulary on politics, conflict, the economy, health, crime and immigration, each one a word that
 * signals its frame in news text rather than merely occurring there. License: MIT, as slant.
 *
 * Term syntax: lower-case words separated by single spaces; a hyphenated compound keeps its hyphen
 * (`cease-fire`; wink splits some compounds into word, hyphen, word and keeps others whole). A term
 * word matches a token whose lower-cased form or lemma equals it, so verbs and nouns are written as
 * lemmas (`retaliate` matches `retaliated`) and in American spelling, which wink's lemmas also give
 * for British forms (`defence` → `defense`, `criticised` → `criticize`). Where wink leaves an
 * inflected form as its own lemma (`airstrikes`, `jihadists`, capitalised plurals tagged as proper
 * nouns such as `Democrats`) the form is listed as well, with a comment. A phrase may contain a
 * shorter term of the same frame (`legal basis` 3, `legal` 2): the longer match is meant to win.
 * Weights: 3 strongly diagnostic of the frame, 2 indicative, 1 a weak cue that counts in company.
 * Ambiguous frequent words (`say`, `case`, `power`, `right`, `party`) are written only inside phrases
 * (`human rights`, `political party`); words that wink lemmatises into a frequent other sense are
 * left out (`accord`, from `according to`). A term belongs to one frame; the few that serve two are
 * listed, with the reason, in `test/frames-lexicon.test.ts` and marked where they appear.
 */

/** Which codebook a frame comes from. */
export type FrameFamily = 'generic' | 'policy';

/** One news frame: what it is, where the definition comes from, and the words that cue it. */
export interface FrameDefinition {
  /** kebab-case id */
  name: string;
  family: FrameFamily;
  /** human label, e.g. 'Attribution of responsibility' */
  label: string;
  /** one or two sentences: what the frame is, after the cited codebook */
  description: string;
  /** where the definition comes from */
  source: string;
  /** cue terms → weight 1..3 */
  terms: Readonly<Record<string, 1 | 2 | 3>>;
}

const SEMETKO_VALKENBURG =
  'Semetko & Valkenburg (2000), "Framing European politics: a content analysis of press and television news", Journal of Communication 50(2); after Neuman, Just & Crigler (1992), Common Knowledge';
const BOYDSTUN_ET_AL =
  'Boydstun, Card, Gross, Resnik & Smith (2014), "Tracking the development of media frames within and across policy issues" (Policy Frames Codebook; Media Frames Corpus, Card et al. 2015)';

/** The frames slant scores, generic first, then the policy dimensions in codebook order. */
export const FRAMES: readonly FrameDefinition[] = [
  {
    name: 'conflict',
    family: 'generic',
    label: 'Conflict',
    description:
      'Emphasises conflict between individuals, groups, institutions or countries: disagreement, one side reproaching another, two or more sides of a problem, winners and losers.',
    source: SEMETKO_VALKENBURG,
    terms: {
      conflict: 2, clash: 3, confrontation: 3, confront: 2, retaliate: 3, retaliation: 3,
      retaliatory: 3, reprisal: 3, revenge: 3, avenge: 3, vow: 2, escalation: 3, escalate: 3,
      'de-escalation': 2, tension: 2, rival: 2, rivalry: 3, feud: 3, dispute: 2, standoff: 3,
      showdown: 3, hostility: 2, hostile: 2, enemy: 2, adversary: 2, opponent: 1, foe: 2, war: 2,
      'war of words': 3, condemn: 2, denounce: 2, accuse: 2, accusation: 2, criticize: 1, slam: 2,
      'lash out': 3, rebuke: 2, reproach: 2, threaten: 2, warn: 1, ultimatum: 3, defy: 2, defiance: 2,
      provocation: 3, provoke: 2, provocative: 2, aggression: 2, aggressor: 3, counterattack: 3,
      'tit-for-tat': 3, 'settle scores': 3, 'settling scores': 3, battle: 1, fight: 1, spar: 2,
      divide: 1, rift: 2, 'at odds': 3, oppose: 1, opposition: 1, 'face off': 2, 'square off': 2,
      'hit back': 3, 'strike back': 3, 'fire back': 3, ceasefire: 2, 'cease-fire': 2,
      truce: 2,
    },
  },
  {
    name: 'responsibility',
    family: 'generic',
    label: 'Attribution of responsibility',
    description:
      'Presents an issue so as to attribute responsibility for its cause or its solution to the government, an institution, an individual or a group, often with a call for urgent action.',
    source: SEMETKO_VALKENBURG,
    terms: {
      responsible: 3, responsibility: 3, blame: 3, accountable: 3, accountability: 3, culpable: 3,
      culpability: 3, fault: 2, 'at fault': 3, negligence: 3, negligent: 3, failure: 1, 'fail to': 2,
      mismanagement: 3, mishandle: 3, incompetence: 3, incompetent: 2, 'should have': 1, 'must act': 3,
      'take action': 2, 'urgent action': 3, 'act now': 3, 'call on': 2, urge: 1, 'step down': 2,
      resign: 2, resignation: 2, apologize: 2, apology: 2, scapegoat: 3, 'point the finger': 3,
      'pass the buck': 3, 'cover-up': 3, 'answer for': 3, 'owe an explanation': 3, orchestrate: 2,
      mastermind: 2, 'behind the attack': 3, oversight: 2, inaction: 3, solution: 2, solve: 1,
      remedy: 2, 'deal with': 1, tackle: 1, pledge: 1, 'the government should': 3, 'it is up to': 3,
      'up to the government': 3, 'duty to protect': 2,
    },
  },
  {
    name: 'human-interest',
    family: 'generic',
    label: 'Human interest',
    description:
      'Brings a human face or an emotional angle to the story: personal examples and vignettes, how individuals and families are affected, words that stir empathy, sympathy, compassion or outrage.',
    source: SEMETKO_VALKENBURG,
    terms: {
      family: 1, child: 2, mother: 3, father: 3, son: 2, daughter: 2, wife: 2, husband: 2, parent: 1,
      baby: 3, toddler: 3, infant: 2, teenager: 2, grandmother: 3, grandfather: 3, widow: 3, orphan: 3,
      sibling: 2, brother: 1, sister: 1, 'loved one': 3, grieve: 3, grief: 3, mourn: 3,
      mourner: 3, mourning: 3, funeral: 3, burial: 2, bury: 2, vigil: 2, memorial: 2, victim: 2,
      survivor: 2, tears: 3, weep: 3, sob: 3, cry: 1, heartbreak: 3, heartbroken: 3, heartbreaking: 3,
      devastated: 3, devastating: 1, tragedy: 2, tragic: 2, anguish: 3, sorrow: 3, suffering: 2,
      suffer: 1, pain: 1, trauma: 2, nightmare: 2, fear: 1, dream: 1, hug: 2, embrace: 1,
      compassion: 2, sympathy: 2, empathy: 2, condolence: 3, emotional: 2, tearful: 3, neighbor: 1,
      friend: 1, traumatize: 2,
      grieving: 3, // as a noun or adjective wink keeps `grieving` as its own lemma
    },
  },
  {
    name: 'economic',
    family: 'generic',
    label: 'Economic consequences',
    description:
      'Reports an event or issue in terms of its economic consequences for an individual, group, institution, region or country: financial losses or gains, costs and expense, the economic effects of acting or not acting. Also the Economic dimension of the Policy Frames Codebook (costs, benefits, monetary implications).',
    source: `${SEMETKO_VALKENBURG}; ${BOYDSTUN_ET_AL}`,
    terms: {
      economy: 3, economic: 3, economist: 3, cost: 2, costly: 2, expense: 2, expensive: 2, price: 2,
      'oil price': 3, inflation: 3, recession: 3, gdp: 3, budget: 2, deficit: 3, debt: 2, spending: 2,
      tax: 2, taxpayer: 3, revenue: 3, profit: 3, 'financial loss': 3, financial: 2, fiscal: 3,
      money: 2, dollar: 1, billion: 1, million: 1, investment: 2, investor: 3, market: 2,
      'stock market': 3, stock: 1, trade: 1, tariff: 3, export: 2, import: 2, job: 2, 'job loss': 3,
      unemployment: 3, employer: 2, worker: 1, wage: 3, salary: 2, income: 2, business: 1, industry: 1,
      company: 1, bankruptcy: 3, subsidy: 2, funding: 2, fund: 1, 'bottom line': 3, 'price tag': 3,
      afford: 1, 'pay for': 2, lucrative: 3, boom: 1, slump: 2, downturn: 3, 'supply chain': 2,
      consumer: 2, 'interest rate': 3, currency: 3, bailout: 3, stimulus: 2, 'federal reserve': 3,
      'wall street': 2,
    },
  },
  {
    name: 'morality',
    family: 'generic',
    label: 'Morality',
    description:
      'Puts the event or issue in the context of moral prescriptions, religious tenets, duty or ethics: a moral message, references to God or religion, prescriptions about how to behave. Also the Morality dimension of the Policy Frames Codebook (action compelled by religious doctrine, duty, honour, righteousness or social responsibility).',
    source: `${SEMETKO_VALKENBURG}; ${BOYDSTUN_ET_AL}`,
    terms: {
      moral: 3, morality: 3, morally: 3, immoral: 3, amoral: 3, ethic: 3, ethical: 3, unethical: 3,
      god: 3, religious: 2, religion: 2, faith: 2, church: 2, pray: 2, prayer: 2, sin: 3, sinful: 3,
      evil: 3, wicked: 3, conscience: 3, righteous: 3, righteousness: 3, virtue: 3, duty: 1, honor: 2,
      dishonor: 3, dignity: 2, shame: 2, shameful: 3, disgrace: 3, disgraceful: 3, decency: 3,
      decent: 1, integrity: 2, hypocrisy: 3, hypocrite: 3, hypocritical: 3, betray: 2, betrayal: 2,
      perfidious: 3, treachery: 3, heinous: 3, despicable: 3, abhorrent: 3, barbaric: 3, atrocity: 2,
      monstrous: 2, cruel: 2, innocent: 1, martyr: 2, sacred: 3, sanctity: 3, blessing: 2, bless: 2,
      forgive: 2, forgiveness: 2, redemption: 3, pope: 2, bishop: 2, pastor: 2, priest: 2, imam: 2,
      cleric: 2, bible: 3, scripture: 3, 'the right thing': 3, 'wrong thing': 2, principle: 1,
    },
  },
  {
    name: 'capacity-resources',
    family: 'policy',
    label: 'Capacity and resources',
    description:
      'The availability or lack of physical, geographical, human and financial resources, or the capacity of existing systems to carry out policy goals.',
    source: BOYDSTUN_ET_AL,
    terms: {
      capacity: 3, resource: 2, shortage: 3, scarcity: 3, scarce: 3, 'lack of': 1, insufficient: 2,
      inadequate: 2, overwhelm: 3, overcrowd: 3, strain: 1, 'stretched thin': 3, backlog: 3,
      'waiting list': 3, 'wait time': 3, understaffed: 3, 'short-staffed': 3, staffing: 3, manpower: 3,
      workforce: 2, equipment: 2, supplies: 2, logistics: 1, logistical: 2, stockpile: 2,
      infrastructure: 2, underfunded: 3, 'running out': 3, 'run out of': 3, 'hospital beds': 3,
      'bed space': 3, influx: 2, surge: 1, bottleneck: 3, 'limited resources': 3, 'fill the gap': 2,
      'cope with': 2, 'keep up with': 1, 'spread thin': 3, 'lack the means': 3, 'the means to': 1,
    },
  },
  {
    name: 'fairness-equality',
    family: 'policy',
    label: 'Fairness and equality',
    description:
      'The equality or inequality with which laws, punishments, rewards and resources are applied or distributed among individuals or groups, and the balance between one group’s rights or interests and another’s.',
    source: BOYDSTUN_ET_AL,
    terms: {
      fair: 2, unfair: 3, unfairly: 3, fairness: 3, equal: 2, equality: 3, inequality: 3, unequal: 3,
      inequity: 3, equity: 2, discrimination: 3, discriminate: 3, discriminatory: 3, racism: 3,
      racist: 3, racial: 2, sexism: 3, sexist: 3, bias: 2, biased: 2, prejudice: 3, 'civil rights': 3,
      'equal rights': 3, 'equal pay': 3, 'pay gap': 3, 'wealth gap': 3, 'double standard': 3,
      disproportionate: 2, disproportionately: 3, privilege: 1, privileged: 2,
      injustice: 3, 'social justice': 3, 'level playing field': 3, segregation: 3, disenfranchise: 3,
      'voter suppression': 3, 'affirmative action': 3, stigma: 2, 'treated differently': 3,
      'second-class': 3, exclusion: 2, favoritism: 3, impunity: 1, 'above the law': 3,
      'one rule for': 3, underrepresented: 3, exploitation: 2, exploit: 1, 'equal treatment': 3,
      'equal protection': 3, exclude: 1, marginalize: 3,
    },
  },
  {
    name: 'legality',
    family: 'policy',
    label: 'Legality, constitutionality and jurisprudence',
    description:
      'The constraints imposed on, or freedoms granted to, individuals, governments and organisations by constitutions, courts and law, including international law: the legal authority to act, sovereignty, violations and rights.',
    source: BOYDSTUN_ET_AL,
    terms: {
      legal: 2, illegal: 3, illegally: 3, legality: 3, illegality: 3, lawful: 3, unlawful: 3,
      'legal right': 3, 'legal basis': 3, 'legal authority': 3, 'legal justification': 3,
      'legal challenge': 3, legitimacy: 2, illegitimate: 2, constitution: 3, constitutional: 3,
      unconstitutional: 3, court: 2, 'supreme court': 3, 'appeals court': 3, judge: 1, justice: 1,
      ruling: 2, lawsuit: 3, sue: 2, litigation: 3, lawyer: 1, jurisdiction: 3, statute: 3,
      precedent: 2, injunction: 3, overturn: 2, uphold: 2, 'strike down': 3, amendment: 1,
      'first amendment': 3, 'due process': 3, 'international law': 3, 'law of war': 3,
      'humanitarian law': 3, 'geneva convention': 3, 'geneva conventions': 3, 'un charter': 3,
      'article 51': 3, 'article ii': 3, 'war powers': 3, authorization: 2, authorize: 2,
      unauthorized: 3, sovereignty: 3, sovereign: 1, 'territorial integrity': 3, violation: 2,
      violate: 2, breach: 1, infringe: 2, 'human rights': 2, tribunal: 3, 'international court': 3,
      'war crime': 3,
      'self-defense': 2, // also security-defense: here the legal ground for force (UN Charter, Article 51)
      extrajudicial: 3, 'legal action': 3, 'under the law': 2, 'rule of law': 3,
    },
  },
  {
    name: 'policy-prescription',
    family: 'policy',
    label: 'Policy prescription and evaluation',
    description:
      'Particular policies proposed to address an identified problem, and whether proposed or existing policies will work or are working.',
    source: BOYDSTUN_ET_AL,
    terms: {
      policy: 2, proposal: 3, propose: 2, reform: 3, overhaul: 3, legislation: 2, bill: 1,
      initiative: 2, program: 1, plan: 1, measure: 1, regulation: 2, regulate: 2, 'executive order': 3,
      mandate: 2, ban: 2, moratorium: 3, repeal: 3, enact: 3, implement: 2, implementation: 3,
      effective: 2, ineffective: 3, effectiveness: 3, evaluate: 2, evaluation: 3, assessment: 2,
      review: 1, recommend: 2, recommendation: 3, guideline: 2, framework: 2, strategy: 2, roadmap: 3,
      blueprint: 3, 'pilot program': 3, policymaker: 3, 'policy change': 3, 'signed into law': 3,
      'would require': 2, backfire: 3, 'unintended consequences': 3, 'track record': 2,
      'proposed rule': 3, loophole: 2, 'close the loophole': 3, incentive: 2,
      'course of action': 3, option: 1, alternative: 1, 'the way forward': 3,
    },
  },
  {
    name: 'crime-punishment',
    family: 'policy',
    label: 'Crime and punishment',
    description:
      'The enforcement and interpretation of laws by individuals and law enforcement: breaking laws, arrests, trials, sentencing and punishment, and rises or falls in crime.',
    source: BOYDSTUN_ET_AL,
    terms: {
      crime: 3, criminal: 3, arrest: 3, police: 2, officer: 1, 'law enforcement': 3, prosecutor: 3,
      prosecute: 3, prosecution: 3, 'charge with': 3, charges: 2, indict: 3, indictment: 3, convict: 3,
      conviction: 3, sentence: 2, prison: 3, jail: 3, inmate: 3, felony: 3, felon: 3, misdemeanor: 3,
      murder: 3, homicide: 3, robbery: 3, theft: 3, burglary: 3, assault: 1, fraud: 3, smuggle: 3,
      smuggler: 3, smuggling: 3, trafficking: 3, trafficker: 3, gang: 3, cartel: 3, 'drug dealer': 3,
      suspect: 2, perpetrator: 2, offender: 3, offense: 2, guilty: 3, acquit: 3, acquittal: 3, trial: 1,
      jury: 3, verdict: 3, parole: 3, probation: 3, punish: 2, punishment: 3, penalty: 2,
      'death penalty': 3, execution: 2, crackdown: 2, raid: 1, detain: 2, detention: 2, deport: 2,
      deportation: 2, 'border patrol': 2, investigator: 1, fbi: 1, 'mass shooting': 2, gunman: 3,
      shooter: 2,
    },
  },
  {
    name: 'security-defense',
    family: 'policy',
    label: 'Security and defense',
    description:
      'Security, threats to security, and the protection of a person, group or nation, often as an action or a call to act against a threat not yet realised: the military, terrorism, border and national security.',
    source: BOYDSTUN_ET_AL,
    terms: {
      security: 2, 'national security': 3, 'homeland security': 3, 'border security': 3, defense: 2,
      defensive: 2, military: 2, soldier: 3, troop: 3, army: 2, navy: 2, 'air force': 3,
      'armed forces': 3, 'security forces': 3, pentagon: 2, 'defense secretary': 3,
      'ministry of defense': 3, strike: 1, 'air strike': 3, airstrike: 3, 'drone strike': 3,
      'precision strike': 3, bombing: 2, bomb: 2, missile: 3, rocket: 2, drone: 1, warplane: 3,
      'fighter jet': 3, 'air defense': 3, airspace: 2, militia: 3, militant: 3, 'armed group': 3,
      insurgent: 3, insurgency: 3, jihadist: 3, extremist: 2, terrorism: 3, terrorist: 3, terror: 2,
      counterterrorism: 3, 'counter-terrorism': 3, threat: 2, deterrence: 3, deter: 3, deterrent: 3,
      protect: 1, 'force protection': 3, weapon: 2, ammunition: 3, explosive: 2, 'military base': 3,
      airbase: 3, 'air base': 3, combat: 2, proxy: 2, 'proxy war': 3, attack: 1, casualty: 1,
      fighter: 1, commander: 1, intelligence: 1, surveillance: 2, invasion: 2,
      'self-defense': 3, // also legality: here the security rationale for force
      airstrikes: 3, // wink leaves this plural unlemmatised
      jihadists: 3, // wink leaves this plural unlemmatised
    },
  },
  {
    name: 'health-safety',
    family: 'policy',
    label: 'Health and safety',
    description:
      'Health care, its access and effectiveness, illness and disease, mental health, sanitation, injury, and the safety of people, infrastructure and buildings, including the prevention of gun violence.',
    source: BOYDSTUN_ET_AL,
    terms: {
      health: 2, 'public health': 3, 'mental health': 3, healthcare: 3, 'health care': 3, hospital: 2,
      doctor: 2, physician: 3, nurse: 2, patient: 2, disease: 3, illness: 3, sick: 2, virus: 3,
      coronavirus: 3, covid: 3, pandemic: 3, epidemic: 3, outbreak: 3, infection: 3, infect: 3,
      vaccine: 3, vaccination: 3, vaccinate: 3, symptom: 3, diagnosis: 3, cancer: 3, overdose: 3,
      opioid: 3, addiction: 3, medical: 2, medicine: 2, treatment: 1, safety: 2, unsafe: 3, injury: 2,
      injure: 1, wound: 1, 'gun violence': 3, smoking: 2, tobacco: 2, obesity: 3, sanitation: 3,
      contamination: 3, contaminate: 3, toxic: 2, pollution: 2, hazard: 2, hazardous: 3,
      'health risk': 3, 'safety risk': 3, quarantine: 3, lockdown: 2, mask: 1, mortality: 3,
      'death toll': 1, 'life expectancy': 3, 'emergency room': 3, ambulance: 2, paramedic: 2,
      'side effect': 3,
      opioids: 3, // wink leaves this plural unlemmatised
    },
  },
  {
    name: 'quality-of-life',
    family: 'policy',
    label: 'Quality of life',
    description:
      'The effects of a policy or event on people’s wealth, mobility, access to resources, happiness, social structures and the ease of daily routines: the quality of everyday and community life.',
    source: BOYDSTUN_ET_AL,
    terms: {
      'quality of life': 3, 'well-being': 3, wellbeing: 3, livelihood: 3, 'standard of living': 3,
      'cost of living': 3, 'daily life': 3, 'everyday life': 3, routine: 1, neighborhood: 2, commute: 2,
      commuter: 2, traffic: 1, housing: 2, rent: 2, homeless: 3, homelessness: 3, poverty: 3, poor: 1,
      affordable: 2, hardship: 3, 'make ends meet': 3, displace: 2, displacement: 3,
      'forced from their homes': 3, 'food insecurity': 3, hunger: 2, hungry: 2, 'power outage': 3,
      blackout: 1, 'clean water': 2, 'drinking water': 2, childcare: 2, 'child care': 2, school: 1,
      education: 1, mobility: 2, 'access to': 1, leisure: 3, happiness: 3, loneliness: 3, isolation: 1,
      comfort: 1, amenity: 2, 'community life': 3, 'living conditions': 3, 'struggle to': 1,
      uproot: 3, 'normal life': 3,
    },
  },
  {
    name: 'cultural-identity',
    family: 'policy',
    label: 'Cultural identity',
    description:
      'The social norms, traditions, values and customs that make up a culture or a group’s identity, as they bear on the issue.',
    source: BOYDSTUN_ET_AL,
    terms: {
      culture: 3, cultural: 3, tradition: 3, traditional: 2, heritage: 3, identity: 1,
      'national identity': 3, 'american values': 3, 'family values': 3, 'way of life': 2, custom: 1,
      norm: 2, 'social norms': 3, taboo: 3, patriotism: 3, patriotic: 3, nationalism: 3, nationalist: 2,
      assimilate: 3, assimilation: 3, integration: 1, multicultural: 3, multiculturalism: 3,
      diversity: 2, ethnic: 2, ethnicity: 3, sectarian: 2, tribal: 2, tribe: 2, indigenous: 2,
      native: 1, ancestral: 3, ancestor: 2, language: 1, 'mother tongue': 3, flag: 1, anthem: 2,
      symbol: 1, symbolic: 1, festival: 1, holiday: 1, muslim: 1, christian: 1, jewish: 1,
      'melting pot': 3, stereotype: 2, lifestyle: 2, 'who we are': 3, 'our values': 3,
      // capitalised plurals: wink tags them PROPN and leaves them unlemmatised
      muslims: 1, christians: 1,
    },
  },
  {
    name: 'public-opinion',
    family: 'policy',
    label: 'Public opinion',
    description:
      'General social attitudes, polling and demographic information, and the implied or actual consequences of diverging from, or getting ahead of, public opinion.',
    source: BOYDSTUN_ET_AL,
    terms: {
      poll: 3, pollster: 3, survey: 2, 'public opinion': 3, 'approval rating': 3, disapprove: 2,
      respondent: 3, voter: 2, electorate: 2, constituent: 1, 'public support': 3, 'popular support': 3,
      unpopular: 2, popularity: 2, outcry: 3, outrage: 1, backlash: 2, protest: 2, protester: 3,
      protestor: 3, demonstrator: 3, rally: 1, petition: 2, grassroots: 2, 'public sentiment': 3,
      sentiment: 1, 'public mood': 3, 'public anger': 3, 'public pressure': 3,
      'majority of americans': 3, 'most americans': 3, 'social media': 1, viral: 2, hashtag: 2,
      boycott: 2, 'focus group': 3, referendum: 2, 'public trust': 3, 'the public': 1,
      'ordinary people': 2, 'public debate': 2,
    },
  },
  {
    name: 'political',
    family: 'policy',
    label: 'Political',
    description:
      'Political considerations around the issue: partisan stances, political manoeuvring, lobbying, bipartisan efforts, deal-making, appeals to one side’s base, and what the issue means for a party or politician.',
    source: BOYDSTUN_ET_AL,
    terms: {
      political: 2, politically: 3, politics: 2, politician: 2, politicize: 3, 'political party': 3,
      partisan: 3, partisanship: 3, bipartisan: 3, democrat: 2, republican: 2, gop: 3,
      'democratic party': 3, 'republican party': 3, lawmaker: 2, legislator: 2, senator: 2,
      congressman: 2, congresswoman: 2, congress: 2, senate: 2, parliament: 2, parliamentary: 2,
      legislative: 2, election: 2, electoral: 2, campaign: 1, candidate: 2, ballot: 2, vote: 1,
      'midterm elections': 3, reelection: 3, 're-election': 3, incumbent: 2, lobbyist: 3, lobby: 2,
      filibuster: 3, caucus: 3, veto: 2, impeachment: 3, impeach: 3, 'political crisis': 3,
      'political pressure': 3, 'political gain': 3, 'political points': 3, 'political capital': 3,
      'political calculation': 3, 'opposition party': 3, 'coalition government': 3, cabinet: 1,
      'prime minister': 1, 'white house': 1, administration: 1, hardliner: 2, hardline: 1,
      'swing state': 3, gridlock: 3, 'horse-trading': 3, 'power struggle': 3, populist: 2,
      // capitalised plurals: wink tags them PROPN and leaves them unlemmatised
      democrats: 2, republicans: 2,
    },
  },
  {
    name: 'external-regulation',
    family: 'policy',
    label: 'External regulation and reputation',
    description:
      'A country’s relations with other nations, or relations between outside groups: diplomacy, alliances, treaties and trade agreements, sanctions, and a nation’s standing and reputation abroad.',
    source: BOYDSTUN_ET_AL,
    terms: {
      diplomacy: 3, diplomatic: 3, diplomat: 3, ambassador: 3, embassy: 3, envoy: 3,
      'foreign minister': 3, 'foreign ministry': 3, 'foreign affairs': 3, 'foreign policy': 3,
      'secretary of state': 3, 'state department': 3, ally: 2, alliance: 2, nato: 3,
      'united nations': 3, 'security council': 3, sanction: 2, embargo: 3, 'trade deal': 3,
      'trade agreement': 3, 'nuclear deal': 3, bilateral: 3, multilateral: 3, summit: 2,
      'peace talks': 3, negotiation: 2, negotiate: 1, mediate: 2, mediator: 2, counterpart: 2,
      'international community': 3, 'foreign government': 3, 'foreign relations': 3,
      'international relations': 3, relations: 1, reputation: 2, credibility: 1, 'world stage': 3,
      'standing in the world': 3, 'image abroad': 3, summon: 2, expel: 1, 'foreign power': 3,
      'foreign interference': 3, 'foreign presence': 3, 'foreign troops': 2, 'regional stability': 3,
      'in the region': 1, neighboring: 1, superpower: 3, 'great power': 3, influence: 1,
      'sphere of influence': 3, 'backed by': 1, patron: 2, 'international pressure': 3,
      treaty: 2, 'peace accord': 3,
    },
  },
];
