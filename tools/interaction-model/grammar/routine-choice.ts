import { CUSTOM_INTENTS, SLOTS } from '../../../lambda/alexa/intents';
import { expand } from './expand';
import { BARE, COMMAND, PROPOSALS, QUESTION, REQUEST, SHORT, SHORT_LEADS, STATEMENT, wrap, type Wrapping } from './carriers';

/**
 * Choosing what to do: start a routine (by name or alias, or whichever is
 * offered), one stretch, the list of routines, and the default routine.
 */

const routine = `{-|${SLOTS.routine}}`;
const stretch = `{-|${SLOTS.stretch}}`;

/** What people call a routine: "the bedtime {ones}". */
const ROUTINE_NOUNS = ['routine', 'stretches', 'ones', 'one', 'session', 'set', 'exercises', 'workout', 'stretching'];

/**
 * A routine named by its slot: "bedtime", "the bedtime ones", and, since
 * several aliases say where people are ("in bed", "at my desk", "on my mat"),
 * "my stretches in bed".
 */
const ROUTINE_REFS = expand(
  [
    routine,
    `{the|my} ${routine}`,
    `{the|my|a|} ${routine} {ROUTINE_NOUN}`,
    `{the|my|some|} {stretches|exercises|routine|ones|one} ${routine}`,
  ],
  { ROUTINE_NOUN: ROUTINE_NOUNS },
);

/** The routine references that verbs and proposals combine with, kept few so the model stays small. */
const COMMON_ROUTINE_REFS = expand([
  routine,
  `the ${routine}`,
  `{the|my} ${routine} {routine|ones|stretches|one}`,
  `{my|the|some} stretches ${routine}`,
  `the {one|ones} ${routine}`,
]);

/** Verbs that start a routine. */
const START_VERBS = ['start', 'begin', 'do', 'try', 'run', 'go through', 'give me', 'put on'];

/** Start routine, named: "start my bedtime routine", "let's do the seated ones", "stretches at my desk". */
const START_NAMED: readonly string[] = expand(
  [
    '{REF}',
    '{REF} please',
    '{START_VERB} {COMMON_REF}',
    '{SHORT_LEAD} {start|do} {COMMON_REF}',
    '{PROPOSAL} {do|start} {COMMON_REF}',
    "{i'd like to|can we|could we|can i} {do|start} {COMMON_REF} please",
    "{let's|i'd like to|i want to|can we} {try|go with|begin} {COMMON_REF}",
    '{can you|could you|please} {start|put on|give me} {COMMON_REF}',
    "{i'll do|i'll have|i'll go with|let's go for|how about|what about|i fancy|i want|i'd like} {COMMON_REF}",
    "{let's|can we|i want to} do {COMMON_REF} {today|now}",
    '{COMMON_REF} {today|tonight|thanks|then}',
    '{take|guide} me through {COMMON_REF}',
  ],
  { REF: ROUTINE_REFS, COMMON_REF: COMMON_ROUTINE_REFS, START_VERB: START_VERBS, SHORT_LEAD: SHORT_LEADS, PROPOSAL: PROPOSALS },
);

/** A routine as it is named after a reason or before a place: "the {bedtime} ones". */
const CONTEXT_REFS = expand([`the ${routine}`, `the ${routine} {one|ones|stretches|routine}`]);

/** How people are, or where, before they ask for a routine: "{my back's playing up}, let's do the quick one". */
const CONTEXTS_BEFORE = [
  "my {back's|sciatica's} {playing up|bad|bad today|flaring up|sore|killing me}",
  "i'm {in bed|lying in bed|at my desk|at work|in my chair|sitting down|on the floor|stiff} {now|}",
  "it's bedtime",
];

/** Where or when, said after asking for a routine: "start the seated ones {in my chair}". */
const CONTEXTS_AFTER = ['in bed', 'in my chair', 'in the chair', 'at my desk', 'on the floor', 'on my mat', 'before bed', 'tonight'];

/** Start routine, named with a reason or a place around the request. */
const START_IN_CONTEXT: readonly string[] = expand(["{BEFORE} {let's do|can we do} {REF}", "{do|start|let's do} {REF} {AFTER}"], {
  BEFORE: CONTEXTS_BEFORE,
  AFTER: CONTEXTS_AFTER,
  REF: CONTEXT_REFS,
});

/** Start routine, unnamed: whichever routine is offered or suggested ("let's get stretching"). */
const START_UNNAMED: readonly string[] = [
  ...wrap(COMMAND, ['start my stretches', 'do my stretches', 'start stretching', 'do some stretches']),
  ...wrap(STATEMENT, ["let's get stretching", "let's get started", "let's start", "let's stretch"]),
  ...wrap(BARE, [
    '{start|begin|do} {my|the|some|a} {stretches|exercises|routine}',
    '{start|begin|do} {my|some} stretching',
    'get stretching',
    'stretch',
    'begin',
    'start',
    'get started',
    'get going',
    'do some stretching',
    'stretch with me',
    'stretch together',
    "let's {get going|get moving|begin}",
    "{i want to|i'd like to|i wanna|can we|could we|let's} {stretch|start|get started|do some stretches|do some stretching|do my stretches|do my exercises|start a routine}",
    '{time|it is time} {for my stretches|to stretch|for some stretching|for my exercises}',
    "{it's|that's} time {for my stretches|to stretch}",
    "i'm ready to {stretch|do my stretches}",
    'stretching time',
  ]),
];

/** A stretch named by its slot, with or without "the" and a noun after it. */
const STRETCH_REFS = [stretch, `the ${stretch}`, `the ${stretch} {stretch|one|pose|exercise}`];

/** Start stretch: one named stretch, both sides. */
const START_STRETCH: readonly string[] = expand(
  [
    '{REF}',
    '{SHORT_LEAD} {REF}',
    '{REF} {please|then|today|now}',
    '{do|start|try|show me|teach me|go to|switch to|skip to|jump to|give me} {REF}',
    '{SHORT_LEAD} {do|start} {REF}',
    '{do|start|try} {REF} please',
    '{just|only} {REF}',
    '{just|only} do {REF}',
    "{how do i do|how about|what about|i fancy|i want|i'd like} {REF}",
    '{take|walk|guide|talk} me through {REF}',
    '{can you|could you|please} {do|start|show me|take me through|walk me through} {REF}',
    '{PROPOSAL} {do|try} {REF}',
    '{PROPOSAL} just do {REF}',
  ],
  { REF: STRETCH_REFS, SHORT_LEAD: SHORT_LEADS, PROPOSAL: PROPOSALS },
);

/** List routines: what routines or options there are. */
const LIST_ROUTINES: readonly string[] = [
  ...wrap(QUESTION, ['what routines are there', 'what are my options', 'what routines do you have', 'what options are there']),
  ...wrap(REQUEST, ['list the routines']),
  ...wrap(SHORT, ['read {me|out} the {routines|options}']),
  ...wrap(BARE, [
    '{what|which} {routines|options|choices|sessions|stretches|kinds of routine|kinds of routines|types of routine} {are there|do you have|have you got|can i do|are available|do you do|do i have|have i got|do you offer|can i choose|can i choose from|can i pick from|are on offer}',
    'what can i {choose|pick|select} {from|}',
    'what kind of routines {are there|do you have|do you do}',
    'what {are|were} {my|the} {options|choices|routines}',
    'what other routines {are there|do you have|have you got}',
    'are there {any|} other routines',
    'do you have {any|} other routines',
    "what's on offer",
    'what have you got',
    'what do you {have|offer}',
    '{which|what} routine should i do',
    'which one should i {do|choose|pick}',
    'list {my|} routines',
    'list {the|my} options',
    '{can you|could you|please} {read me the routines|list the routines|read me my options|list my options} {please|}',
    'give me the {options|choices|list|routines}',
    'go through the {routines|options}',
    'the routines',
    'routines',
    'options',
    'the options',
    'the list',
    'all the routines',
    'the choices',
  ]),
];

/** The commonest of them, for the longer phrasings. */
const COMMON_DEFAULT_WORDS = ['default', 'favourite', 'favorite', 'usual'];

/** A routine named for a default: "the bedtime one"; the slot's synonyms hold "bedtime routine". */
const DEFAULT_REFS = expand([routine, `the ${routine}`, `the ${routine} {one|ones}`]);

/** Making a routine the default, the way it is asked for: "can you set the floor routine as my default please". */
const MAKE_DEFAULT: Wrapping = ['{CORE}', '{can you|please} {CORE}', '{CORE} please', 'can you {CORE} please'];

/** Set default routine: make a routine the one launch offers first. */
const SET_DEFAULT: readonly string[] = [
  ...wrap(MAKE_DEFAULT, ['make {REF} my {COMMON_DEFAULT}', 'set {REF} as my {COMMON_DEFAULT}'], {
    COMMON_DEFAULT: COMMON_DEFAULT_WORDS,
    REF: DEFAULT_REFS,
  }),
  ...expand(
    [
      '{make|set} {REF} my {go to|regular|usual one|default one|default routine|favourite one|favourite routine}',
      '{make|set} {REF} {the|as the} default',
      "{i'd like|i want} {REF} to be my {COMMON_DEFAULT}",
      "{i want to|i'd like to} {make|set} {REF} my {COMMON_DEFAULT}",
      'set {REF} {my|as} {COMMON_DEFAULT}',
      '{set|change} my {COMMON_DEFAULT} {routine|} to {REF}',
      'my {COMMON_DEFAULT} {routine|} is {REF}',
      '{save|keep} {REF} as my {COMMON_DEFAULT}',
      '{use|start with|offer|give me} {REF} {by default|every time|from now on}',
      'use {REF} as {my|the} default',
      'i want {REF} {as my default|as my default routine|by default|every time|as my usual}',
      'always {start with|offer|give me} {REF}',
      '{always|} default to {REF}',
      'i always {want|pick} {REF} make it my {default|usual}',
    ],
    { COMMON_DEFAULT: COMMON_DEFAULT_WORDS, REF: DEFAULT_REFS },
  ),
  ...wrap(BARE, [
    '{change|set|pick|choose} {my|a} {default|favourite|favorite|usual} {routine|}',
    "{i want to|i'd like to|can i|can you} {change|set} my {default|favourite|favorite} {routine|}",
    'make {it|that|this|this one|that one} my {default|usual|favourite|favorite}',
  ]),
];

/** Samples of the custom intents that choose what to do. */
export const ROUTINE_CHOICE_SAMPLES = {
  [CUSTOM_INTENTS.startRoutine]: [...START_NAMED, ...START_IN_CONTEXT, ...START_UNNAMED],
  [CUSTOM_INTENTS.startStretch]: START_STRETCH,
  [CUSTOM_INTENTS.listRoutines]: LIST_ROUTINES,
  [CUSTOM_INTENTS.setDefault]: SET_DEFAULT,
} as const;
