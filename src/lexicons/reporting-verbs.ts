/**
 * Reporting verbs and their classes: how a news text introduces what someone said.
 *
 * Source: written for slant. Classes follow the research on reporting verbs in news discourse:
 * Bergler (1992) "Evidential analysis of reported speech"; Caldas-Coulthard (1994) "On reporting
 * reporting: the representation of speech in factual and fictional narratives" (neutral,
 * metapropositional and descriptive verbs); Floyd (2000) on "say" vs "claim"; Hyland (1999) and
 * Thompson & Ye (1991) on the evaluative stance of reporting verbs; the AP Stylebook's advice to
 * prefer "said" because other verbs editorialise. Verbs were added where PolNeAR train used them as
 * cues, and removed where slant's cues with that verb matched a PolNeAR train cue less than a quarter of
 * the time (suppose, establish, feel, grant, issue, release, maintain, invite, publish, email: 0-21 % of
 * them did; then plead, assume, demonstrate, consider: 9-29 %). License: MIT, as slant. Keys are lemmas,
 * lower-case.
 */

import { lookupTable } from '../records.js';
import type { CueClass } from '../types.js';

export type { CueClass };

/** Reporting verbs by lemma. */
export const REPORTING_VERBS: Readonly<Record<string, CueClass>> = lookupTable({
  // neutral
  say: 'neutral', tell: 'neutral', add: 'neutral', state: 'neutral', continue: 'neutral', remark: 'neutral',
  comment: 'neutral', reply: 'neutral', respond: 'neutral', answer: 'neutral', describe: 'neutral',
  mention: 'neutral', recall: 'neutral', testify: 'neutral', read: 'neutral', repeat: 'neutral',
  reiterate: 'neutral', argue: 'neutral', declare: 'neutral', promise: 'neutral', suggest: 'neutral', predict: 'neutral',
  characterize: 'neutral', characterise: 'neutral', recount: 'neutral', quip: 'neutral',
  joke: 'neutral', muse: 'neutral', observe: 'neutral', conclude: 'neutral', cite: 'neutral', indicate: 'neutral',
  // confirming
  confirm: 'confirming', note: 'confirming', explain: 'confirming', point: 'confirming', show: 'confirming',
  reveal: 'confirming', disclose: 'confirming', verify: 'confirming',
  find: 'confirming', learn: 'confirming', clarify: 'confirming', agree: 'confirming',
  // distancing
  claim: 'distancing', allege: 'distancing', insist: 'distancing', purport: 'distancing',
  contend: 'distancing', assert: 'distancing', profess: 'distancing', boast: 'distancing', brag: 'distancing',
  speculate: 'distancing', imply: 'distancing', spin: 'distancing',
  // confrontational
  vow: 'confrontational', warn: 'confrontational', threaten: 'confrontational', condemn: 'confrontational',
  denounce: 'confrontational', accuse: 'confrontational', blame: 'confrontational', attack: 'confrontational',
  slam: 'confrontational', blast: 'confrontational', criticize: 'confrontational', criticise: 'confrontational',
  charge: 'confrontational', lash: 'confrontational', rage: 'confrontational', fume: 'confrontational',
  decry: 'confrontational', pledge: 'confrontational',
  scold: 'confrontational', rail: 'confrontational', rant: 'confrontational',
  mock: 'confrontational', ridicule: 'confrontational',
  // conceding
  admit: 'conceding', acknowledge: 'conceding', concede: 'conceding', confess: 'conceding',
  // denying
  deny: 'denying', reject: 'denying', dispute: 'denying', refute: 'denying', dismiss: 'denying',
  rebut: 'denying', disagree: 'denying', contradict: 'denying', counter: 'denying', downplay: 'denying',
  // requesting
  ask: 'requesting', urge: 'requesting', call: 'requesting', demand: 'requesting', appeal: 'requesting',
  implore: 'requesting', beg: 'requesting', request: 'requesting', advise: 'requesting',
  recommend: 'requesting', propose: 'requesting', encourage: 'requesting',
  // publishing
  report: 'publishing', announce: 'publishing', write: 'publishing', tweet: 'publishing', post: 'publishing',
  broadcast: 'publishing', quote: 'publishing',
  text: 'publishing', retweet: 'publishing', proclaim: 'publishing',
  // believing
  believe: 'believing', think: 'believing', assess: 'believing', estimate: 'believing',
  expect: 'believing', fear: 'believing', worry: 'believing', hope: 'believing',
  doubt: 'believing', know: 'believing', understand: 'believing',
  guess: 'believing', wonder: 'believing', figure: 'believing', reckon: 'believing',
  seem: 'believing', appear: 'believing', prefer: 'believing', remember: 'believing', recognize: 'conceding',
  recognise: 'conceding',
  // evaluating (stances PolNeAR's annotators attribute as often as speech: 40 % or more of their uses)
  praise: 'evaluating', tout: 'evaluating', endorse: 'evaluating', defend: 'evaluating', oppose: 'evaluating',
  thank: 'evaluating', echo: 'neutral', highlight: 'confirming', emphasize: 'confirming', emphasise: 'confirming',
  stress: 'confirming', underscore: 'confirming', assure: 'confirming', remind: 'neutral', express: 'neutral',
  discuss: 'neutral', talk: 'neutral', refer: 'neutral', portray: 'neutral', name: 'neutral', offer: 'neutral',
  question: 'distancing', complain: 'confrontational', lament: 'confrontational', decline: 'denying',
  refuse: 'denying', order: 'requesting', seek: 'requesting', convince: 'neutral', caution: 'confrontational',
  signal: 'confirming', hint: 'neutral', forecast: 'believing', project: 'believing', lay: 'neutral',
  // manner of speaking: how it was said (`whispered`, `shouted`, `retorted`)
  whisper: 'neutral', mutter: 'neutral', exclaim: 'neutral', interject: 'neutral', chant: 'neutral',
  shout: 'confrontational', yell: 'confrontational', scream: 'confrontational', retort: 'confrontational', snap: 'confrontational',
  // a reply in kind, only with `back` (`fired back`, `shot back`, `hit back`: cues.ts)
  fire: 'confrontational', shoot: 'confrontational', hit: 'confrontational',
});
