import { BUILTIN_INTENTS } from '../../../lambda/alexa/intents';
import { expand } from './expand';
import { BARE, COMMAND, HEADLINE, QUESTION, REQUEST, SHORT, STATEMENT, wrap, type Wrapping } from './carriers';

/**
 * Answers and the ways out: yes, no, help, stop, cancel. These are built-in
 * intents; the samples add the casual, British and older speakers' ways of
 * saying them.
 */

/** A short answer as people give it: "yes please", "no thanks", "oh yes". */
const ANSWER: Wrapping = ['{CORE}', '{LEAD} {CORE}', '{CORE} {please|thanks|thank you|cheers|then|alexa|love}'];

/** What agreeing by proposing says: "let's {go with that}". */
const AGREED_PLANS = [
  'do that',
  'do it',
  'do that one',
  'go with that',
  'go with that one',
  'go for that',
  'go for it',
  'give it a go',
  'give that a go',
  'try that',
];

/** What people say before proposing what was offered: "{sounds good}, let's do it". */
const AGREEMENTS = [
  'yes',
  'yeah',
  'yep',
  'sure',
  'okay',
  'ok',
  'alright',
  'right',
  'fine',
  'great',
  'lovely',
  'perfect',
  'brilliant',
  'sounds good',
  'that sounds good',
  'sounds great',
  'that sounds great',
  'sounds fine',
  'that sounds fine',
  'go on then',
  'oh go on',
  'good idea',
];

/**
 * Agreeing by proposing what was offered: "okay, let's do that", "sounds good,
 * let's go". "let's go" alone and after "um", "okay" or "so" moves on (Next),
 * so it only takes the other agreements.
 */
const PROPOSED: readonly string[] = expand(
  [
    "{AGREEMENT|} let's {PLAN}",
    "{yes|yeah|okay|ok|alright|right|} let's {PLAN} then",
    "{yes|yeah|okay|ok|alright|right|} {i'll|we'll} go with that {one|}",
    "{yes|yeah|yep|sure|alright|right|fine|great|lovely|perfect|brilliant|sounds good|that sounds good|sounds great|go on then} let's go {then|}",
  ],
  { AGREEMENT: AGREEMENTS, PLAN: AGREED_PLANS },
);

/** Yes: the answer to a yes/no question ("Shall we do the quick relief routine?"). */
const YES: readonly string[] = [
  ...wrap(ANSWER, ['yes', 'yeah', 'yep', 'sure', 'okay', 'ok', 'alright', 'of course', 'go on then', "let's do it", 'go ahead']),
  ...wrap(HEADLINE, ['yes']),
  ...wrap(SHORT, [
    'yup',
    'aye',
    'sure thing',
    'fine',
    'sounds good',
    'that sounds good',
    'lovely',
    'brilliant',
    'great',
    'perfect',
    'definitely',
    'absolutely',
    'why not',
    'do it',
    'please do',
    'go for it',
  ]),
  ...wrap(BARE, [
    'ya',
    'yes yes',
    'all right',
    'fine by me',
    'sounds {great|lovely|like a plan|perfect}',
    'excellent',
    'cool',
    'certainly',
    'correct',
    "that's right",
    "let's do that",
    "let's",
    '{yes|yeah} why not',
    '{yes|yeah|yep} {go on|go ahead|do it|sure|definitely|ok|okay|of course|please do}',
    "{yes|yeah} let's {do it|do that|go|}",
    '{yes|yeah} {i would|i do|i will|it is|i am}',
    "{yes|yeah} {i'd like that|i'd love to|i'd like to|i'd love that|that would be lovely|that would be great|that'd be great|that'd be lovely}",
    "i'd {like|love} {that|to}",
    'i would',
    'i would like that',
    "{that would|that'd} be {lovely|great|nice|good}",
    'uh huh',
    'mm hmm',
    "i'm up for {it|that}",
    'good idea',
    '{ok|okay|alright|right} then',
    '{ok|okay|yeah} {yes|sure}',
    '{brilliant|great|lovely|perfect|excellent|oh|ooh|oh go on} {yes|yeah|yes please|yeah go on}',
    'sure why not',
  ]),
  ...PROPOSED,
];

/** No: the answer to a yes/no question. */
const NO: readonly string[] = [
  ...wrap(ANSWER, ['no', 'nope', 'nah', 'not today', 'not now']),
  ...wrap(HEADLINE, ['no']),
  ...wrap(SHORT, ['not yet', 'not right now', 'not at the moment', 'not really', 'maybe later', "i don't think so", "i'd rather not"]),
  ...wrap(BARE, [
    'no no',
    'not tonight',
    'not this time',
    'not for me',
    'no way',
    'no ta',
    'negative',
    'maybe another time',
    'another time',
    'some other time',
    'later',
    'rather not',
    "i don't want to",
    "i don't",
    "i wouldn't",
    '{no|nah} {not now|not today|not yet|not really|not right now|not at the moment|maybe later|another time} {thanks|thank you|}',
    "{no|nah} {i'm alright|i'm ok|i'm okay|i'm fine|i'm good|i don't|i wouldn't|i won't|i'd rather not|i don't think so|i don't want to}",
    "{no|nah} {that's ok|that's fine|it's ok|it's fine|that's alright|you're alright}",
    "{i'm alright|i'm ok|i'm okay|i'm fine|i'm good} {thanks|thank you|}",
    'no need',
    "{no|nah|} let's not",
    "i'll {pass|give it a miss}",
    'give it a miss',
    "{no|} don't",
    'no thanks not today',
  ]),
];

/** Help: what can I say, how does this work. */
const HELP: readonly string[] = [
  ...wrap(REQUEST, ['help', 'help me']),
  ...wrap(QUESTION, [
    'what can i say',
    'how does this work',
    'what do i say',
    'what {do|should} i do now',
    'what {sort|kind} of things can i {say|ask}',
    'how does this {skill|thing} work',
  ]),
  ...wrap(STATEMENT, ['i need help', "i'm confused"]),
  ...wrap(BARE, [
    'help me out',
    'give me some help',
    'explain how {this|it} works',
    'i need some help',
    "i'm {lost|stuck}",
    "{i don't know|i'm not sure} what to {say|do}",
    "i don't understand {how this works|}",
    'what {can|do|should} i say {now|here|}',
    'what {sort|kind} of things {can i do|can you do|do you understand|can i ask you}',
    'what {sorts|kinds|sort|kind} of things can i say {to you|here|now|}',
    'what am i supposed to say',
    'what {do|should} i do here',
    'what should i do next',
    'how does {it|this skill|this app|this all|it all|all this} work',
    'how do i use {this|it|this skill}',
    'what {are the commands|commands are there|can you do|do you do|can i do here}',
    'what {commands|words|phrases} can i {use|say}',
    'what are my choices here',
  ]),
];

/** Saying that this is enough: "that'll do for today", "that's plenty". */
const ENOUGH = [
  "{that'll do|that's enough|that's plenty|i've had enough|i think that's enough|that's it} {for today|for now|for tonight|}",
  "that'll do for me",
  "that's enough stretching {for today|}",
];

/** Stop: finish for now, goodbye. */
const STOP: readonly string[] = [
  ...wrap(COMMAND, ['stop', 'stop now', 'stop the routine', 'finish', 'stop there']),
  ...wrap(STATEMENT, ["that's enough for today", "that's enough", "i've had enough", "i'm done for today", "that's it for today"]),
  ...wrap(
    ['{CORE}', '{okay|ok|right|well|alright|um|so} {CORE}', '{CORE} {thanks|thank you|cheers|now}'],
    ENOUGH,
    {},
    { fullForms: false },
  ),
  ...wrap(HEADLINE, ['stop']),
  // "exit" is left to Alexa, which ends the session on it (virtual-alexa too, so a test could not say it).
  ...wrap(SHORT, ['goodbye', 'bye', 'quit', 'end the routine', 'call it a day', 'leave it there']),
  ...wrap(BARE, [
    'stop it',
    'stop {stretching|the stretches}',
    'finish {now|there|for today}',
    'end {it|the session}',
    'leave it {for today|for now}',
    'stop for today',
    "that's enough for {now|tonight}",
    'enough for {today|now|tonight}',
    "{i've|i have} had enough for {today|now|tonight}",
    "{i'm|i am} done for {now|tonight}",
    "{i'm|i am} finished for {today|now|tonight}",
    'done for {today|now|tonight}',
    "that's it for {now|tonight}",
    "that'll do {for today|for now|}",
    'that will do for {today|now|tonight}',
    "{i'm gonna|i'm going to|i want to|i'd like to|i wanna|i need to|let's} stop {now|there|}",
    "{i have to|i need to|i gotta|i must|i've got to|i've gotta} go {now|}",
    "i'm off",
    'no more {stretches|stretching|today|}',
    "i can't do any more {today|}",
    "let's call it a day",
    "let's leave it there",
    'bye bye',
    'bye for now',
    'see you {later|tomorrow|}',
    'good night',
    'goodnight',
    'night night',
    'ta ta',
    'cheerio',
    'shut up',
    'off',
  ]),
];

/** Cancel: never mind, forget it. */
const CANCEL: readonly string[] = [
  ...wrap(SHORT, ['cancel', 'cancel that', 'never mind', 'forget it']),
  ...wrap(BARE, [
    'cancel {it|the routine}',
    'nevermind',
    'forget {that|about it}',
    "don't bother",
    'scrap that',
    '{no|oh|actually} {forget it|never mind|cancel that}',
    'never mind then',
  ]),
];

/** Samples of the answer and exit built-ins; the fallback and navigate-home take none. */
export const ANSWER_SAMPLES = {
  [BUILTIN_INTENTS.yes]: YES,
  [BUILTIN_INTENTS.no]: NO,
  [BUILTIN_INTENTS.help]: HELP,
  [BUILTIN_INTENTS.stop]: STOP,
  [BUILTIN_INTENTS.cancel]: CANCEL,
  [BUILTIN_INTENTS.fallback]: [],
  [BUILTIN_INTENTS.navigateHome]: [],
} as const;
