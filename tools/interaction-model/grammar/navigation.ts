import { BUILTIN_INTENTS } from '../../../lambda/alexa/intents';
import { expand } from './expand';
import { BARE, COMMAND, HEADLINE, LIGHT_COMMAND, REQUEST, SHORT, STATEMENT, wrap, type Wrapping } from './carriers';

/**
 * Moving through a routine: on, back, again, pause and resume, from the top.
 * These are built-in intents; Alexa knows their core words ("next", "pause"),
 * and these samples add what people say on the floor, mid-stretch.
 */

/** Where people say they are once they have moved: "i'm {on my back}". */
const POSITIONS = [
  'in position',
  'in place',
  'there',
  'down',
  'set',
  'all set',
  'settled',
  'comfortable',
  'lying down',
  'on my back',
  'on the floor',
  'on the mat',
  'on the bed',
  'sitting down',
  'sat down',
  'seated',
  'in the chair',
  'on the chair',
  'on my hands and knees',
  'on all fours',
  'kneeling',
  'kneeling down',
  'standing',
  'standing up',
  'up',
  'against the wall',
  'in bed',
  'ready',
  'good to go',
  'back in position',
];

/**
 * Saying something is finished, with the idioms people use for it: "that
 * one's done", "that's me finished", "job done".
 */
const COMPLETIONS = [
  "{that's|that one's|this one's|that side's|this side's|that's me|that's that|that's it} {done|finished}",
  "that's {that|this} {one|side} {done|finished}",
  'job done',
  'done and dusted',
  "that's done",
  "that's that",
];

/** A completion said after a lead or an agreement, or with a short tail: "right, that one's finished". */
const COMPLETION: Wrapping = ['{CORE}', '{LEAD|right then|okay then} {CORE}', '{AFFIRM} {CORE}', '{CORE} {thanks|then|alexa}'];

/** What people say they are ready for: "ready for {the other side}". */
const READY_TARGETS = [
  'the other side',
  'the second side',
  'the next side',
  'the left side',
  'the right side',
  'the other leg',
  'the next one',
  'the next stretch',
];

/** Readiness naming what comes next, after an agreement or a lead: "yep, ready for the next one". */
const READY_FOR = expand(["{AFFIRM|right|alright|so|all good|} {i'm|} ready for {TARGET} {now|}"], {
  AFFIRM: ['yes', 'yeah', 'yep', 'ok', 'okay'],
  TARGET: READY_TARGETS,
});

/**
 * Next: move on, I'm ready, I'm in position, done with that side. "keep
 * going" lives here rather than on Resume, and "go on" rather than on Yes:
 * the engine treats next as yes at an offer, and mid-routine they mean
 * "move on".
 */
const NEXT: readonly string[] = [
  ...wrap(COMMAND, ['next', 'next one', 'move on', 'keep going', 'do the other side']),
  ...wrap(HEADLINE, ['next', "i'm ready", 'done']),
  // At "say next when you're ready", people answer as to a question.
  ...expand("{yes|yeah|yep|ok|okay} {i'm ready|i'm in position|i'm there|i'm done|done|ready|finished|i've finished|i'm ready now}"),
  ...wrap(STATEMENT, [
    "i'm ready",
    "i'm in position",
    'ready',
    'done',
    'finished',
    "i'm done",
    "i've finished",
    "i'm there",
    'all done',
    "i've done it",
  ]),
  ...wrap(SHORT, [
    'next side',
    'the next one',
    'the next side',
    'the other side',
    'other side',
    'the other leg',
    'other leg',
    'next please',
    'next one please',
    'ready now',
    "i'm ready now",
    'in position',
    'all set',
    "i'm all set",
    'got it',
    'on to the next',
    'go on',
    'go on to the next',
    'go on to the next one',
    "let's go",
    "let's keep going",
  ]),
  ...wrap(
    BARE,
    [
      "i'm {POSITION}",
      "i'm {POSITION} now",
      "that's me {POSITION}",
      'ready when you are',
      "i'm ready to {go on|move on}",
      '{switch|change|swap} {sides|legs}',
      '{do|go on to|move on to|on to} the {other|next} {side|leg}',
      '{done|finished} {that|this} {side|one|leg}',
      "{i'm|i've} {done|finished} {that|this} {side|one|leg}",
      "i've {done|finished} {that|this}",
      '{all|} {done|finished} with {that|this} {side|one|leg}',
      "{i'm|i am|that's me} {done|finished} with {that|this} {side|one|leg}",
      'and next',
      'onwards',
      'on we go',
      'off we go',
      'here we go',
      'now the other side',
      "what's next",
      'what now',
      'what do {we|i} do next',
      'can {i|we} move on',
      "okay what's next",
      'next then',
    ],
    { POSITION: POSITIONS },
  ),
  ...wrap(COMPLETION, COMPLETIONS, {}, { fullForms: false }),
  ...expand("that's {that|this|the first|the other} {side|one|stretch} {done|finished}"),
  ...READY_FOR,
];

/** How far back people ask to go: "go back {a step}". */
const BACK_TO = [
  'one',
  'a step',
  'a side',
  'a stretch',
  'a bit',
  'one stretch',
  'to the {last|previous} {stretch|side|one}',
  'to the {stretch|side|one} before',
];

/** Previous: go back a side or a stretch. */
const PREVIOUS: readonly string[] = [
  ...wrap(COMMAND, ['go back', 'go back one', 'go back a side']),
  ...wrap(HEADLINE, ['go back']),
  ...wrap(LIGHT_COMMAND, ['go back {BACK_TO}', 'redo the {last|previous} {side|stretch|one}'], { BACK_TO }),
  ...wrap(
    SHORT,
    [
      'previous',
      'previous one',
      'back',
      'back one',
      'the last one again',
      'last one again',
      '{the|} previous {stretch|side|one}',
      'take me back {BACK_TO}',
    ],
    { BACK_TO },
  ),
  ...wrap(
    BARE,
    [
      '{go back|back} to the {other|first} {side|leg}',
      '{go back|back} to the {last|previous} leg',
      'back {BACK_TO}',
      'do the {last|previous} {side|stretch|one} again',
      'the one before {that|}',
      'back a {side|bit}',
    ],
    { BACK_TO },
  ),
];

/** What people ask to hear again: "repeat {the instructions}". */
const HEARD = [
  'that',
  'it',
  'the instructions',
  'the directions',
  'the last bit',
  'the last part',
  'that last bit',
  'that bit',
  'what you said',
  'the steps',
];

/** Saying what was missed: "sorry, {i didn't catch that}". */
const MISSED = ['i missed that', "i didn't catch that", "i didn't quite catch that", "i didn't hear that", "i didn't get that"];

/** Asking to hear it again after saying what was missed: "i missed that, {could you say it again}". */
const ASKED_AGAIN = [
  'say it again',
  'say that again',
  '{can you|could you} say {it|that} again',
  '{can you|could you|please} repeat {that|it}',
  'repeat that',
  'again please',
  'one more time',
  'what did you say',
];

/** Repeat: say it again, I missed that. */
const REPEAT: readonly string[] = [
  ...wrap(REQUEST, ['repeat that', 'say that again', 'say it again', 'repeat', 'say that one more time', 'go over that again']),
  ...wrap(STATEMENT, ['i missed that', "i didn't catch that", "i didn't hear you", "i didn't hear that"]),
  ...wrap(LIGHT_COMMAND, ['repeat {HEARD}'], { HEARD }),
  ...wrap(
    SHORT,
    [
      '{go over|run through|go through|read} {that|it|the instructions|the last bit} again',
      'again',
      'once more',
      'one more time',
      'pardon',
      'come again',
      'what was that',
      'what did you say',
      'sorry what',
      'sorry',
      'say {that|it} {again|one more time|once more}',
    ],
    { HEARD },
  ),
  ...wrap(
    BARE,
    [
      'repeat {HEARD} again',
      'say {the instructions|that bit|the last bit|what you said} {again|one more time}',
      'say again',
      'run that by me again',
      'do {that side|that one} again',
      "i {missed|didn't catch|didn't hear|didn't get} {it|you|what you said|the last bit}",
      "i couldn't hear {that|you|it}",
      "sorry i {missed|didn't catch|didn't hear} {that|it|you}",
      'pardon me',
      'what',
      'eh',
      'sorry what was that',
      'sorry what did you say',
      'what was the last bit',
      'can i hear that again',
      'say what',
    ],
    { HEARD },
  ),
  ...expand(['{sorry|} {MISSED} {ASKED}', 'sorry {ASKED}'], { MISSED, ASKED: ASKED_AGAIN }),
];

/** Common interruptions, said after "hang on" ("hang on, the doorbell") or on their own. */
const INTERRUPTIONS = [
  'the doorbell',
  "the doorbell's gone",
  'the door',
  "someone's at the door",
  "there's someone at the door",
  'the phone',
  "the phone's ringing",
  'my phone',
  'my phone is ringing',
  'the dog',
  "the dog's barking",
  'the cat',
  'the kettle',
  'the baby',
  'the kids',
  'the postman',
  'a delivery',
  'i need the loo',
  'i need the toilet',
  'i need the bathroom',
  'i need a drink',
  'i need some water',
  'i need to get my band',
  'i need to get a towel',
  'i need to get a cushion',
  'i need to get something',
  "i'm getting a cushion",
  'i need to catch my breath',
  'i need a rest',
  "someone's calling me",
  'my husband',
  'my wife',
  'my daughter',
  'my son',
];

/** The short ways of asking for a pause that an interruption can follow or lead. */
const HOLD_ON = ['hang on', 'hold on', 'wait', 'one moment', 'just a minute', 'hang on a sec', 'sorry'];

/** Pause: wait, hold on, a break, often with a reason. */
const PAUSE: readonly string[] = [
  ...wrap(COMMAND, ['pause', 'wait', 'hold on', 'hang on', 'take a break']),
  ...wrap(STATEMENT, ['i need a break', 'i need a minute', 'i need a rest']),
  ...wrap(SHORT, [
    'wait a {minute|moment|second|sec}',
    'hang on a {minute|moment|second|sec}',
    'hold on a {minute|moment|second|sec}',
    'just a {minute|moment|second|sec}',
    'give me a {minute|moment|second|sec}',
    'one {minute|moment|second|sec}',
    'pause {it|the routine|for a minute}',
  ]),
  ...wrap(BARE, [
    'hold up',
    'a {minute|moment|second}',
    'just wait',
    'time out',
    'break',
    'break time',
    'bear with me',
    'excuse me a {minute|moment|second}',
    "{i'll|i will} be {right back|back in a minute|back in a sec}",
    'be right back',
    'back in a {minute|moment|sec}',
    'hold it {there|}',
    'stop for a {minute|moment|second|bit}',
    '{have|take} a {break|rest|breather}',
    'give me a {break|rest}',
    'pause for a {moment|second|bit}',
    'i need a {moment|second|breather}',
    'i need to {stop|pause} for a {minute|moment|second|bit}',
    '{i need to|let me} catch my breath',
    "{can we|could we|let's|can you|could you|please} {pause|wait|have a break|take a break|stop for a minute|hold on|hang on} {a minute|for a minute|a moment|a second|}",
  ]),
  ...expand('{HOLD_ON} {INTERRUPTION}', { HOLD_ON, INTERRUPTION: INTERRUPTIONS }),
  ...expand('{INTERRUPTION} {HOLD_ON}', { HOLD_ON: ['hang on', 'hold on', 'wait', 'sorry'], INTERRUPTION: INTERRUPTIONS }),
  ...wrap(
    BARE,
    INTERRUPTIONS.filter((reason) => reason.startsWith('i need')),
  ),
];

/** Saying one is back after a pause: "{okay i'm here again}, go on". */
const BACK_STATUSES = [
  "{okay|right|sorry|} {i'm back|i'm here}",
  "{okay|right|sorry|} {i'm back now|i'm here again|back now|back again|that's me back}",
];

/** What follows being back: "i'm back, {let's carry on}". */
const GO_ON_AGAIN = [
  'carry on',
  'continue',
  'keep going',
  'go on',
  "let's {carry on|continue|keep going|go}",
  'you can {carry on|continue}',
  "let's get going again",
];

/** Resume: carry on after a pause. */
const RESUME: readonly string[] = [
  ...wrap(COMMAND, ['carry on', 'continue', 'resume']),
  ...wrap(STATEMENT, ["i'm back", "i'm back now"]),
  ...wrap(BARE, [
    'resume the routine',
    'carry on with the {routine|stretches|stretch}',
    'continue the {routine|stretches|stretch}',
    'pick up where {i|we} left off',
    '{carry on|continue} where we {left off|were|stopped}',
    "{let's|can we|please|} {carry on|continue|keep going|go on} from where {we|i} {left off|stopped|were}",
    'get going again',
    'start up again',
    'get back to it',
    'unpause',
    'back again',
    "i'm ready to {carry on|continue|go again}",
    'ready to {carry on|continue|go again}',
    'back to {it|the stretches}',
    'you can {carry on|continue}',
    '{sorry about that|sorry} {carry on|continue|where were we|i am back}',
    '{right|ok|okay|alright|so} where were we',
    'where were we',
    '{can|shall} we {carry on|continue} {now|}',
    "{let's|can we|please} {carry on|continue|get going again|get back to it} {now|}",
  ]),
  ...expand('{STATUS} {GO_ON}', { STATUS: BACK_STATUSES, GO_ON: GO_ON_AGAIN }),
];

/** Starting again, and from where: "right from the top", "from scratch". */
const FROM_THE_START = expand([
  'from the {start|top|beginning|very beginning|very start|very top}',
  'right from the {start|beginning|top}',
  'from scratch',
]);

/** Start over: the routine again from its first stretch. */
const START_OVER: readonly string[] = [
  ...wrap(COMMAND, ['start over', 'start again', 'restart', 'start from the beginning']),
  ...wrap(LIGHT_COMMAND, ['{restart|reset} {the routine|the whole routine|the whole thing|everything|it}']),
  ...wrap(
    SHORT,
    [
      '{FROM}',
      'begin again',
      'back to the {beginning|start|first stretch|very beginning|top}',
      '{start|begin} {over|again|all over again}',
    ],
    { FROM: FROM_THE_START },
  ),
  ...wrap(
    BARE,
    [
      '{start|begin} {over|again|all over again|} {FROM}',
      "{let's|can we|} do {it|the routine|the whole routine|the whole thing|them} {all over again|over again|from the top|from scratch|from the beginning}",
      'start the {routine|whole routine|whole thing|stretches} {again|over}',
      'go back to the {beginning|start|first stretch|very beginning}',
      'take it from the top',
      'do {it all|them all|the whole lot} again',
      'reset',
      'all over again',
      "{let's|can we|could we|i want to|i'd like to|please} {start again|start over|restart|begin again|start from the top|go back to the start} {from the beginning|}",
    ],
    { FROM: FROM_THE_START },
  ),
];

/** Samples of the navigation built-ins. */
export const NAVIGATION_SAMPLES = {
  [BUILTIN_INTENTS.next]: NEXT,
  [BUILTIN_INTENTS.previous]: PREVIOUS,
  [BUILTIN_INTENTS.repeat]: REPEAT,
  [BUILTIN_INTENTS.pause]: PAUSE,
  [BUILTIN_INTENTS.resume]: RESUME,
  [BUILTIN_INTENTS.startOver]: START_OVER,
} as const;
