/**
 * Labels for actors and events: the head nouns that name armed groups, armed forces, governments,
 * civilians and acts of force, and the modifiers that tie them to a patron or judge them. The
 * labels detector records every noun phrase headed by one of these words.
 *
 * Source: written for slant (license MIT, as slant), after the literature on labelling in conflict
 * news: Entman (1993) "Framing: toward clarification of a fractured paradigm" (naming as framing);
 * Baker, Gabrielatos & McEnery (2013) on the naming of actors in news; Allan & Burridge (1991) on
 * dysphemism and euphemism. Leans run from −1 (unfavourable to what is named) to +1 (favourable);
 * the wording lexicons' leans (`src/lexicons/wording.ts`) apply to modifiers too.
 */

import { lookupTable } from '../records.js';

/** What kind of thing a label names. */
export type LabelClass = 'armed-group' | 'armed-forces' | 'government' | 'civilians' | 'military-action' | 'casualties';

/** A head noun: the class it names, its own lean, and whether it names an actor or event only with a modifier. */
export interface LabelHead {
  class: LabelClass;
  lean: number;
  /** Too general alone (`group`, `force`, `operation`): a label only with a modifier (`militia group`, `US forces`). */
  generic?: true;
}

const head = (cls: LabelClass, lean = 0): LabelHead => ({ class: cls, lean });
const generic = (cls: LabelClass, lean = 0): LabelHead => ({ class: cls, lean, generic: true });

/** Head nouns by lemma (multi-word heads such as `air strike` are a modifier plus a head). */
export const LABEL_HEADS: Readonly<Record<string, LabelHead>> = lookupTable({
  // armed groups: from the neutral `fighter` and `group` to the condemning `terrorist`
  militia: head('armed-group', -0.25), militiaman: head('armed-group', -0.25), militant: head('armed-group', -0.5),
  fighter: head('armed-group'), terrorist: head('armed-group', -1), proxy: head('armed-group', -0.5),
  paramilitary: head('armed-group', -0.25), insurgent: head('armed-group', -0.5), rebel: head('armed-group', -0.25),
  jihadist: head('armed-group', -0.75), extremist: head('armed-group', -0.75), gunman: head('armed-group', -0.5),
  guerrilla: head('armed-group', -0.25), mujahideen: head('armed-group', 0.25), martyr: head('armed-group', 1),
  faction: generic('armed-group'), group: generic('armed-group'), outfit: generic('armed-group', -0.25),
  thug: head('armed-group', -1), resistance: head('armed-group', 0.5), brigade: generic('armed-group'),
  // armed forces
  troop: head('armed-forces'), soldier: head('armed-forces'), force: generic('armed-forces'), military: head('armed-forces'),
  army: head('armed-forces'), personnel: generic('armed-forces'), serviceman: head('armed-forces'), marine: head('armed-forces'),
  occupier: head('armed-forces', -1), invader: head('armed-forces', -1), coalition: generic('armed-forces'),
  // governments
  government: head('government'), regime: head('government', -0.75), administration: generic('government'),
  authorities: generic('government'), leadership: generic('government'), junta: head('government', -0.75),
  // civilians and victims
  civilian: head('civilians'), child: head('civilians', 0.25), victim: head('civilians', 0.25), resident: generic('civilians'),
  // acts of force
  strike: head('military-action'), airstrike: head('military-action'), attack: head('military-action', -0.25),
  raid: head('military-action'), bombing: head('military-action', -0.25), bombardment: head('military-action', -0.5),
  aggression: head('military-action', -1), assault: head('military-action', -0.5), operation: generic('military-action', 0.25),
  retaliation: head('military-action'), reprisal: head('military-action', -0.25), offensive: generic('military-action'),
  shelling: head('military-action', -0.25), escalation: head('military-action', -0.5), massacre: head('military-action', -1),
  crime: generic('military-action', -1), violation: generic('military-action', -0.75), response: generic('military-action', 0.25),
  // the dead and wounded
  death: generic('casualties'), casualty: head('casualties'), fatality: head('casualties'), toll: generic('casualties'),
});

/**
 * Modifiers that tie an actor to a patron or a creed, or judge an act, and their lean. Other
 * modifiers take their lean from the wording lexicons, or have none.
 */
export const LABEL_MODIFIERS: Readonly<Record<string, number>> = lookupTable({
  'iran-backed': -0.25, 'iran-aligned': -0.25, 'iranian-backed': -0.25, 'tehran-backed': -0.5, 'pro-iranian': -0.25,
  'pro-iran': -0.25, 'pro-tehran': -0.5, 'iran-supported': -0.25, 'us-backed': -0.25, 'u.s.-backed': -0.25,
  shiite: 0, shia: 0, sunni: 0, 'state-sponsored': -0.5, armed: -0.25, deadly: -0.5, lethal: -0.5, bloody: -0.75,
  defensive: 0.75, precision: 0.5, precise: 0.5, targeted: 0.25, retaliatory: 0, proportionate: 0.5,
  unprovoked: -1, illegal: -0.75, cowardly: -1, heinous: -1, barbaric: -1, brutal: -0.75, sinful: -1, criminal: -1,
  terrorist: -1, innocent: 0.5, unarmed: 0.5,
});
