// Candidate refiners that read the trigger's surroundings: policy phrases are not battles
// ("fighting terrorism"), a threat as a noun is not a statement unless someone speaks it, a
// "demonstration of resolve" is not a protest, weapons listed in a drill are not attacks, and a
// terrorist attack is an attack on civilians unless armed targets are named.
import type { Sentence, Span } from '../model.ts';
import type { TriggerCandidate } from './triggers/index.ts';
import { TYPES } from './taxonomy.ts';
import { clauseAround } from './frames.ts';

const VIOLENT_GROUPS = new Set(['battles', 'explosions_remote_violence', 'violence_against_civilians']);
/** Abstract objects of "fight/counter/combat": a policy, not a battle ("fighting terrorism"). */
const POLICY_OBJECT = /^\s+(?:(?:the|against|all|any|its|their|our|this|these|growing|rising|international|global|common|shared|regional|such|\w+ist|\w+ism)\s+){0,3}(?:terrorism|terror|extremism|radicalism|radicalization|radicalisation|threats?|crime|crimes|trafficking|insurgency|corruption|smuggling|separatism|militancy|challenges|dangers?|virus|viruses|disease|diseases|epidemic|pandemic|outbreak|cancer|inflation|poverty|hunger)\b/i;
/** "On trial on charges of murder", "convicted of the bombing": the offence named in court, not an act told here. */
const OFFENCE_NAMED = /\b(?:charges?|charged|counts?|convicted|convictions?|guilty|trial|indicted|indictment|sentenced|acquitted|prosecuted)\s+(?:\w+\s+){0,2}(?:of|with|for|over)\s+(?:(?:the|a|an|attempted|first-degree|second-degree|capital|\w+['’]s)\s+){0,2}$/i;
/** Nouns after a violent noun that make it a modifier: "chemical attack defence", "artillery units", "rocket fuel". */
const MODIFIED_HEAD = /^\s+(?:fuel|science|scientists?|engineers?|engines?|motors?|propellants?|defen[cs]e|protection|units?|crews?|troops|specialists?|training|drills?|exercises?|systems?|capabilit(?:y|ies)|threats?|risks?|preparedness|response teams?)\b/i;
/** A threat noun is a statement only with a speech act: "warned that", "concerns expressed by". */
const SPEECH_ACT = /\b(?:warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?|vow(?:s|ed)?|(?:stated|said|says|states|declared|announced|claimed|insisted|stressed)\s+that|(?:expressed|voiced|raised)\s+(?:\w+\s+){0,3}concerns?|concerns?\s+(?:\w+\s+)?(?:expressed|voiced|raised))\b/i;
/** Noun-only threat phrases of the lexicon, which need the speech act above. */
const THREAT_NOUNS = new Set(['threat', 'threats', 'danger', 'dangers']);
/** Words naming armed targets: with them, a terrorist attack can be a battle. */
const ARMED_TARGETS = /\b(?:soldiers?|troops|army|military|police(?:men)?|officers|checkpoint|base|convoy|patrol|barracks|garrison|militants?|fighters)\b/i;

/** A warning whose content is a forecast of the toll or damage ("warned that the toll could rise"): a report, not a threat. */
const FORECAST_WARNING = /^\s+(?:that\s+)?(?:\w+\s+){0,4}?(?:(?:death\s+)?toll|casualt(?:y|ies)|number\s+of\s+(?:dead|victims|casualties)|damage)\b/i;
/** "warned Moscow in early March about a planned attack", "warned police, alerting them to…": advice about a danger from others, not a threat. */
const WARNED_ABOUT = /^\s+(?:[\w.-]+\s+){0,5}?(?:about\b|[\w.-]+,\s*(?:alerting|informing|notifying|tipping|telling)\b)/i;
/** A "travel warning" or "storm warning" advises of a hazard; nobody threatens anyone. */
const ADVISORY_BEFORE = /\b(?:travel|weather|storm|flood|tsunami|heat|health|safety|evacuation|avalanche|hurricane|typhoon|cyclone|gale|frost|fire)\s+$/i;
/** Perpetrators named again ("the attackers also set fire to"): their arson is part of the violence already told. */
const PERPETRATORS_AGAIN = /\b(?:the|these)\s+(?:attackers|gunmen|assailants|militants|terrorists|bombers|raiders)\s+(?:\w+\s+){0,2}$/i;

/**
 * Filters and re-anchors the trigger candidates of one sentence. A threat noun with a speech act
 * moves to the speech act, so actors and modality are read from the act of speaking.
 */
export function refineCandidates(text: string, sentence: Sentence, cands: TriggerCandidate[]): TriggerCandidate[] {
  const body = text.slice(sentence.start, sentence.end);
  const hasExercise = cands.some((c) => c.type === 'military_exercise');
  const out: TriggerCandidate[] = [];
  for (const c of cands) {
    const surface = text.slice(c.start, c.end).toLowerCase();
    const after = text.slice(c.end, Math.min(sentence.end, c.end + 80));
    const group = TYPES[c.type].group;
    if (VIOLENT_GROUPS.has(group)) {
      if (/^(?:fight|fighting|fights|fought|counter|countering|combat|combating|combatting|battle|battling|tackling|tackle|attack|attacking|attacks)$/.test(surface) && POLICY_OBJECT.test(after)) continue;
      if (nounOnly(sentence, c) && OFFENCE_NAMED.test(text.slice(Math.max(sentence.start, c.start - 60), c.start))) continue;
      if (MODIFIED_HEAD.test(after)) continue;
      // In a drill's sentence, weapons named without a verb are what the drill used, not attacks.
      const verb = sentence.tokens.some((t) => t.start >= c.start && t.end <= c.end && t.pos === 'VERB');
      const listed = /^\s*,/.test(after) || /,\s*(?:and\s+)?(?:[\p{L}-]+\s+)?$/u.test(text.slice(Math.max(sentence.start, c.start - 30), c.start));
      if (hasExercise && !verb && listed) continue;
      if (/\bterror(?:ist)?\s+attacks?$/.test(text.slice(Math.max(sentence.start, c.start - 12), c.end).toLowerCase()) && c.type === 'armed_clash' && !ARMED_TARGETS.test(body)) {
        out.push({ ...c, type: 'attack', rule: `${c.rule}+terrorist-attack-on-civilians` });
        continue;
      }
    }
    if (c.type === 'statement_threat' && /^warn/.test(surface) && (FORECAST_WARNING.test(after) || WARNED_ABOUT.test(after))) continue;
    if (isPeopleActedOn(text, sentence, c)) continue;
    if ((VIOLENT_GROUPS.has(group) || c.type === 'looting_property_destruction') && otherSense(text, sentence, c)) continue;
    if (VIOLENT_GROUPS.has(group) && WEAPON_NOUN.test(surface) && nounOnly(sentence, c)) {
      if (isIdleWeapon(text, sentence, c, cands)) continue;
      // Its use is stated: the rule has decided, the event filter need not judge the noun.
      out.push({ ...c, rule: `${c.rule}+${WEAPON_USE_RULE}` });
      continue;
    }
    if (c.type === 'statement_threat' && isAttributiveParticiple(sentence, c)) continue;
    if (c.type === 'statement_threat' && /^warnings?$/.test(surface) && ADVISORY_BEFORE.test(text.slice(Math.max(sentence.start, c.start - 24), c.start))) continue;
    if (c.type === 'looting_property_destruction' && PERPETRATORS_AGAIN.test(text.slice(Math.max(sentence.start, c.start - 60), c.start))) continue;
    if ((group === 'protests' || group === 'riots') && /^demonstrations?$/.test(surface) && /^\s+of\b/i.test(after)) continue;
    if (c.type === 'statement_threat' && THREAT_NOUNS.has(surface)) {
      const act = body.match(SPEECH_ACT);
      if (!act || act.index === undefined) continue;
      const span: Span = { start: sentence.start + act.index, end: sentence.start + act.index + act[0].length };
      out.push({ ...c, ...span, rule: `${c.rule}+speech-act` });
      continue;
    }
    out.push(c);
  }
  // One violence per sentence ("a bomber blew himself up …, killing 12"), and one reading per
  // stretch of words (attack vs armed clash, arrest vs abduction): the best-scored stays, but a
  // toll word ("killed", "injured") only tells the outcome of any other violence named beside it.
  const violent = (c: TriggerCandidate) => VIOLENT_GROUPS.has(TYPES[c.type].group);
  const outcome = (c: TriggerCandidate) => violent(c) && isOutcome(text.slice(c.start, c.end));
  const beats = (o: TriggerCandidate, c: TriggerCandidate) => {
    if (violent(o) && violent(c) && outcome(o) !== outcome(c)) return outcome(c);
    return o.score > c.score || (o.score === c.score && o.start < c.start);
  };
  // A violence that answers another ("…, prompting Russian airstrikes") is a second event of the sentence.
  const reply = (a: TriggerCandidate, b: TriggerCandidate) => {
    const [first, second] = a.start < b.start ? [a, b] : [b, a];
    return first.end <= second.start && REPLY_LINK.test(text.slice(first.end, second.start));
  };
  const kept = out.filter((c) => !out.some((o) => o !== c && beats(o, c) && ((violent(o) && violent(c) && !reply(o, c)) || (o.start < c.end && c.start < o.end))));
  return kept.map((c) => (violent(c) ? anchorOnAct(text, sentence, c, out) : c));
}

/**
 * Definite back-references to violence ("after the bombing", "the scale of the attack") that lost
 * the sentence's one violence to another trigger: not events of their own, but words naming one
 * told before, which they may still lend it. Each passes the sense filters on its own.
 */
export function violentBackReferences(text: string, sentence: Sentence, found: TriggerCandidate[], kept: TriggerCandidate[]): TriggerCandidate[] {
  const clear = (c: Span) => !kept.some((k) => (k.start < c.end && c.start < k.end) || (k.cues ?? []).some((q) => q.start < c.end && c.start < q.end));
  return found
    .filter((c) => VIOLENT_GROUPS.has(TYPES[c.type].group) && nounOnly(sentence, c) && isAnaphoric(text, c, c.type) && clear(c))
    .flatMap((c) => refineCandidates(text, sentence, [c]))
    .filter(clear);
}

/** Nouns that name a weapon, not its use: "grenades", "an explosive device", "missiles". */
const WEAPON_NOUN = /^(?:(?:roadside|car|truck|barrel|pipe|nail|suicide|improvised)\s+)*(?:bombs?|grenades?|missiles?|rockets?|mortars?|ied|ieds|(?:improvised\s+)?explosive\s+devices?|explosives|landmines?|land\s+mines?|mines?|booby\s+traps?|shells?)$/i;
/** Verbs of using a weapon or of what it did: with one in the clause, the weapon names an attack. */
const WEAPON_USE = /^(?:drop|dropp|detonat|explod|throw|threw|thrown|hurl|fire|fired|firing|launch|hit|strike|struck|kill|wound|injur|go|gone|went|goes|blew|blow|blown|rain|lob|shell|pound|target|land|rock|tor|ripp|destroy|damag|set|trigger|rammed|ram)/i;

/**
 * A weapon named with no verb of its use in the clause ("carry grenades", "pieces that may come
 * from the explosive device", "precision missiles") tells no attack; "IED kills", "bombs went off",
 * "drop bombs" do.
 */
function isIdleWeapon(text: string, sentence: Sentence, c: TriggerCandidate, cands: TriggerCandidate[]): boolean {
  if (!WEAPON_NOUN.test(text.slice(c.start, c.end)) || !nounOnly(sentence, c)) return false;
  const clause = clauseAround(text, sentence, c);
  const verbs = sentence.tokens.filter((t) => t.start >= clause.start && t.end <= clause.end && (t.pos === 'VERB' || t.pos === 'AUX'));
  if (verbs.some((t) => WEAPON_USE.test(text.slice(t.start, t.end)))) return false;
  // Another violent trigger in the clause tells the act ("an attack with grenades").
  return !cands.some((o) => o !== c && VIOLENT_GROUPS.has(TYPES[o.type].group) && o.start >= clause.start && o.end <= clause.end && !WEAPON_NOUN.test(text.slice(o.start, o.end)));
}

/** "Heart attack", "cyber attack": the word names an illness or a computer intrusion. */
const NON_VIOLENT_MODIFIER = /\b(?:heart|panic|asthma|anxiety|epileptic|cyber|ddos|denial[- ]of[- ]service|ransomware|phishing|malware)[-\s]+$/i;
/** Targets of a computer intrusion: "attacks on computers", "hacked the servers". */
const CYBER_TARGET = /^\s+(?:on|against)\s+(?:\w+\s+){0,2}(?:computers?|networks?|servers?|websites?|systems|software|accounts?|databases?)\b/i;
/** Agents that kill and destroy without anyone's intent: a disaster, a disease or an accident. */
const NATURAL_CAUSE = /\b(?:earthquakes?|quakes?|tremors?|aftershocks?|floods?|flooding|flash\s+floods?|storms?|cyclones?|hurricanes?|typhoons?|tornado(?:e?s)?|landslides?|mudslides?|avalanches?|tsunamis?|lightning|heatwaves?|heat\s+waves?|droughts?|wildfires?|bushfires?|blaze|epidemic|pandemic|outbreak|virus|disease|illness|cancer|overdose|(?:car|road|traffic|train|plane|bus|boat|helicopter|mining)\s+(?:crash|accident|collision)|crash|accident|collapse|(?:car|vehicle|truck|van|driver|motorist|train|bus)\s+(?:\w+\s+){0,2}(?:struck|hit|ran\s+over|knocked\s+down|mowed\s+down))\b/i;
/** Words that put intent back in: with one, a crash or a fire may be an attack ("a truck rammed the crowd in an attack"). */
const INTENT = /\b(?:attack(?:er|ers|ed|s)?|terror\w*|gunm[ae]n|militants?|bomb\w*|deliberate(?:ly)?|rammed|arson\w*|shot|shooting|stabb\w*|suspects?|insurgents?|rebels?|troops|soldiers|police)\b/i;

/**
 * A violent word used in another sense: an illness ("a heart attack"), a computer intrusion
 * ("attacks on computers by hackers"), or a toll a disaster or an accident took ("the earthquake
 * killed 30", "the crash killed a pedestrian") with no attacker in the sentence.
 */
export function otherSense(text: string, sentence: Sentence, c: Span): boolean {
  if (NON_VIOLENT_MODIFIER.test(text.slice(Math.max(sentence.start, c.start - 24), c.start))) return true;
  const body = text.slice(sentence.start, sentence.end);
  if (CYBER_TARGET.test(text.slice(c.end, Math.min(sentence.end, c.end + 50))) || /\bhack(?:ers?|ed|ing)\b/i.test(body)) return true;
  // An explosion may be mistaken for a crash ("I thought it was a car crash"): only intent-free tolls and acts yield to a disaster.
  if (EXPLOSION_WORD.test(text.slice(c.start, c.end))) return false;
  return NATURAL_CAUSE.test(body) && !INTENT.test(body);
}
const EXPLOSION_WORD = /\b(?:explo\w*|blasts?|bomb\w*|detonat\w*|blew|blown)\b/i;

/** Rule mark of a weapon noun whose use the clause states. */
export const WEAPON_USE_RULE = 'weapon-use';

/** A clause that tells a response to the violence before it: ", prompting", "in retaliation". */
const REPLY_LINK = /,\s+(?:(?:which|that)\s+)?(?:prompting|prompted|triggering|triggered|sparking|sparked|provoking|provoked|drawing|drew)\b|\bin\s+(?:response|retaliation|reprisal)\b/i;

/** Words that tell what violence did to people, not the act itself. */
const OUTCOME_WORD = /^(?:kill(?:s|ed|ing|ings)?|injur(?:e|es|ed|ing|y|ies)|wound(?:s|ed|ing)?|dead|die[sd]?|dying)$/i;

export function isOutcome(surface: string): boolean {
  return OUTCOME_WORD.test(surface.trim());
}

/**
 * A weapon or perpetrator noun ("bombs", "a suicide bomber") gives the violence its type, but the
 * act is told by the verb beside it ("bombs exploded", "a suicide bomber blew himself up"): the
 * verb candidate of the same sentence becomes the trigger and the noun stays in its evidence.
 */
function anchorOnAct(text: string, sentence: Sentence, c: TriggerCandidate, all: TriggerCandidate[]): TriggerCandidate {
  if (!nounOnly(sentence, c)) return c;
  const clause = clauseAround(text, sentence, c);
  const act = all.filter((o) => o !== c && VIOLENT_GROUPS.has(TYPES[o.type].group) && o.rule.startsWith('curated:') && !isOutcome(text.slice(o.start, o.end))
    && !nounOnly(sentence, o) && (o.end <= c.start || o.start >= c.end) && o.start >= clause.start && o.end <= clause.end && Math.abs(o.start - c.start) <= ACT_REACH)
    .sort((x, y) => Math.abs(x.start - c.start) - Math.abs(y.start - c.start))[0];
  if (!act) return c;
  const label = act.rule.split(':').slice(1).join(':') || act.rule;
  return { ...c, start: act.start, end: act.end, rule: `${c.rule}+act:${label}`, cues: [...(c.cues ?? []), { start: c.start, end: c.end }] };
}

/** How far (in characters) the act verb may stand from the noun that types it, inside its clause ("carried the bombs … to the street … before detonating them"). */
const ACT_REACH = 100;
const NOUN_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

function nounOnly(sentence: Sentence, c: Span): boolean {
  const toks = sentence.tokens.filter((t) => t.start < c.end && c.start < t.end);
  return toks.length > 0 && toks.every((t) => NOUN_POS.has(t.pos));
}

/** Nouns for the people who act: "protesters", "demonstrators", "bombers". */
const PARTICIPANT = /^(?:protest(?:er|or)s?|demonstrators?|bombers?|suicide\s+bombers?|rioters?)$/i;
/** The trigger names the people who act ("protesters", "bombers"), not the act. */
export function isParticipant(text: string, c: Span): boolean {
  return PARTICIPANT.test(text.slice(c.start, c.end));
}

/** Tokens that may stand between a verb or preposition and its object: "intimidating the 13 unarmed protesters". */
const OBJECT_FILLER = new Set(['DET', 'NUM', 'ADJ', 'ADV', 'PRON']);
/** Words that make a participant noun name suspects, not the act: "the suspected bombers". */
const SUSPECT_WORDS = /\b(?:suspected|alleged|accused|would-be|convicted)\s+$/i;

/**
 * A participant noun that is the object of a verb or a preposition names people acted on or
 * talked about ("intimidating protesters", "photos of the suspected bombers"), not their act.
 */
export function isPeopleActedOn(text: string, sentence: Sentence, c: Span): boolean {
  if (!PARTICIPANT.test(text.slice(c.start, c.end))) return false;
  if (SUSPECT_WORDS.test(text.slice(Math.max(sentence.start, c.start - 30), c.start))) return true;
  // The subject of a verb acts: "protesters gathered", "police said protesters threw stones".
  const next = sentence.tokens.find((t) => t.start >= c.end);
  if (next && (next.pos === 'VERB' || next.pos === 'AUX')) return false;
  const before = sentence.tokens.filter((t) => t.end <= c.start);
  const word = (k: number) => text.slice(before[k].start, before[k].end).toLowerCase();
  for (let k = before.length - 1, seen = 0; k >= 0 && seen <= OBJECT_FILLER_MAX; k--, seen++) {
    const pos = before[k].pos;
    // "thousands of protesters" counts the crowd; it does not act on it.
    if (pos === 'ADP' && word(k) === 'of') return k > 0 && !(before[k - 1].pos === 'NUM' || CROWD_COUNT.test(word(k - 1)));
    // A participle tagged as an adjective still governs its object: "intimidating protesters".
    if (pos === 'VERB' || pos === 'ADP' || (pos === 'ADJ' && /ing$/.test(word(k)))) return true;
    if (!OBJECT_FILLER.has(pos)) return false;
  }
  return false;
}
/** Words that count a crowd: "thousands of protesters", "a group of demonstrators". */
const CROWD_COUNT = /^(?:thousands|hundreds|dozens|scores|tens|millions|crowds?|groups?|number|lots|many|some|hundred|thousand)$/;
/** How many modifiers may stand between the verb or preposition and the participant noun. */
const OBJECT_FILLER_MAX = 3;

/** "Were (also reportedly) killed": a toll told in the passive, of victims and not of a new doer. */
const PASSIVE_TOLL_BEFORE = /\b(?:was|were|been|being|be|is|are)\s+(?:(?:also|reportedly|allegedly|later|then|all|both|fatally|critically|seriously|badly|mortally|slightly)\s+)*$/i;
/** "They killed 23 soldiers": a pronoun subject opening the sentence names the doers told before. */
const PRONOUN_SUBJECT = /^\s*(?:they|he|she)\s+(?:(?:also|then|later|reportedly)\s+)*$/i;
/** "The six members killed were…": a participle after its noun, the sentence's verb after it. */
const PARTICIPLE_THEN_VERB = /^\s+(?:were|was|are|is|included?)\b/i;
/** "Were killed by gunmen": the toll names its own doer, who may be a new one. */
const AGENT_AFTER = /^\s+(?:[\w-]+\s+){0,3}?by\b/i;

/**
 * A toll word alone in its sentence ("three soldiers were wounded", "they killed 23 soldiers") names
 * no new violence: it tells the outcome of the violence reported before it, like a back-reference.
 */
export function isToldOutcome(text: string, sentence: Span, c: TriggerCandidate): boolean {
  if (!VIOLENT_GROUPS.has(TYPES[c.type].group) || !isOutcome(text.slice(c.start, c.end))) return false;
  const before = text.slice(sentence.start, c.start);
  const after = text.slice(c.end, sentence.end);
  if (AGENT_AFTER.test(after)) return false;
  return PASSIVE_TOLL_BEFORE.test(before) || PRONOUN_SUBJECT.test(before) || PARTICIPLE_THEN_VERB.test(after);
}

/**
 * A participle that describes a noun ("the intimidated voters", "a frightened and intimidated
 * population") is an adjective: it tells how people feel, not that anyone threatened them here.
 */
function isAttributiveParticiple(sentence: Sentence, c: Span): boolean {
  const toks = sentence.tokens;
  const inside = toks.filter((t) => t.start >= c.start && t.end <= c.end);
  if (inside.length !== 1) return false;
  const k = toks.indexOf(inside[0]);
  const next = toks[k + 1]?.pos;
  if (next !== 'NOUN' && next !== 'PROPN') return false;
  if (toks[k].pos === 'ADJ') return true;
  return toks[k - 1]?.pos === 'CCONJ' && toks[k - 2]?.pos === 'ADJ';
}

/** A trigger after a demonstrative refers back to an event already named: "these drills", "the bombing". */
export function isAnaphoric(text: string, trigger: Span, type: TriggerCandidate['type']): boolean {
  const before = text.slice(Math.max(0, trigger.start - 40), trigger.start);
  // "The bombing", "the attack": a definite violent noun names the violence already reported.
  if (VIOLENT_GROUPS.has(TYPES[type].group) && /\bthe\s+$/i.test(before)) return true;
  return /\b(?:these|this|those|the same|such)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before);
}
