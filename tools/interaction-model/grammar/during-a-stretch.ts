import { CUSTOM_INTENTS, SLOTS } from '../../../lambda/alexa/intents';
import { expand } from './expand';
import { BARE, COMMAND, HEADLINE, LIGHT_COMMAND, QUESTION, REQUEST, SHORT, STATEMENT, wrap } from './carriers';

/**
 * What people say about the stretch they are in: skip it, easier, harder,
 * more detail, how many left, what it is for, where they are, and the
 * equipment they lack.
 */

const equipment = `{-|${SLOTS.equipment}}`;

/** What people skip: "give {this one} a miss". */
const THIS_STRETCH = ['this one', 'that one', 'this stretch', 'that stretch'];

/** Why people skip, said before asking to: "{i don't fancy this one}, let's skip it". */
const SKIP_REASONS = [
  "i can't do {this|that} one",
  "i can't manage this one",
  "{i don't|don't} fancy this one",
  "i don't like this one",
  "i'm not doing {this|that} one",
  "i'd rather not do this one",
  "this one's not for me",
  'not this one',
];

/** Asking to skip after a reason: "i can't do this one, {skip it}". */
const SKIP_ASKS = [
  'skip it',
  'skip',
  'skip this one',
  "let's skip {it|this one|}",
  'can we skip {it|this one}',
  "let's move on",
  'next one',
];

/** Skip: leave out this stretch and go to the next one; also "I can't/won't do this one". */
const SKIP: readonly string[] = [
  ...wrap(COMMAND, ['skip', 'skip this one', 'skip it', 'skip this stretch']),
  ...wrap(HEADLINE, ['skip this one']),
  ...wrap(STATEMENT, ["i can't do this one", "i don't want to do this one"]),
  ...wrap(SHORT, [
    'next stretch',
    'the next stretch',
    'skip to the next stretch',
    'move on to the next stretch',
    'a different stretch',
    'not this one',
  ]),
  ...wrap(BARE, [
    'skip {that one|that|this|the stretch|this exercise|that stretch}',
    'skip ahead',
    'skip to the next {one|exercise}',
    '{go|move|get} on to the next {stretch|exercise}',
    '{go|move} to the next {stretch|exercise}',
    '{do|try} {a different|another} {stretch|one|exercise}',
    '{leave|miss} {this one|it|that one} out',
    '{drop|leave} this one',
    "{can we|could we|let's|please|can you|i want to|i'd like to} {skip|skip this|skip it|skip this one|skip that one|skip this stretch|move on to the next stretch|go to the next stretch|do a different stretch|do a different one|do another one|leave this one out|miss this one out} {please|}",
    "{i can't do|i won't do|i don't want to do|i don't wanna do|i'd rather not do|i can't manage|i'm not doing|i'm not gonna do|i'm not going to do} {that one|this stretch|that stretch|this|that|it}",
    "{i won't do|i'm not doing|i'd rather not do} this one",
    "i {don't want|don't like|hate} {this one|that one|this stretch}",
    "i'd rather skip {this one|it|that one}",
    "i'll skip {this one|it|that one}",
    "{i'm|i am} skipping {this one|it|that one}",
    "{this one's|that one's} not for me",
    'next exercise',
    'another stretch',
    'a different one',
    'something else',
    'pass',
    'not {that one|this stretch}',
  ]),
  ...wrap(LIGHT_COMMAND, ['give {THIS} a miss', 'pass on {THIS}', '{move past|move on from} {THIS}'], { THIS: THIS_STRETCH }),
  ...wrap(SHORT, ['{jump|skip} ahead {to the next stretch|to the next one|}', 'jump to the next {stretch|one}'], { THIS: THIS_STRETCH }),
  ...wrap(
    BARE,
    [
      "{i'll|we'll} give {THIS} a miss",
      "{i'll|we'll} pass on {THIS}",
      "i think i'll {give this one a miss|pass on this one|skip this one}",
    ],
    {
      THIS: THIS_STRETCH,
    },
  ),
  ...expand('{REASON} {ASK}', { REASON: SKIP_REASONS, ASK: SKIP_ASKS }),
];

/** A version of a stretch that asks less: "{a gentler} way". */
const EASIER_VERSIONS = ['an easier', 'a gentler', 'a simpler'];

/** How far a stiff body will not go: "i can't bend {that far}". */
const THAT_FAR = ['that far', 'so far', 'far enough', 'that low', 'all the way'];

/** Easier: too hard, a gentler version, can't get into position, not flexible enough. */
const EASIER: readonly string[] = [
  ...wrap(COMMAND, ['make it easier', 'make it gentler', 'make this easier']),
  ...wrap(STATEMENT, ["it's too hard", 'this is too hard', "that's too hard", "i can't get into position", "i'm not flexible enough"]),
  ...wrap(HEADLINE, ['make it easier']),
  ...wrap(QUESTION, ['is there an easier version', 'is there a gentler version', 'is there an easier way', 'is there a gentler way']),
  ...wrap(
    SHORT,
    [
      'easier',
      'gentler',
      'something easier',
      'something gentler',
      'too hard',
      'too difficult',
      '{VERSION} {version|way|one|option}',
      "{it's|this is|that's|this one's} too {hard|difficult|tough} for me",
    ],
    { VERSION: EASIER_VERSIONS },
  ),
  ...wrap(
    BARE,
    [
      'make {it|this|that|this one} {simpler|a bit easier|a bit gentler|less intense|easier|gentler}',
      '{do|give me|try|can i have|can you give me|can i do|do you have} {VERSION} {version|way|one}',
      '{is there|do you have|have you got} {VERSION} {way|version} {to do it|to do this|of this|of this one}',
      'is there {VERSION} {way|version} {to do it|to do this|of this} please',
      '{do|give me|try} the {easier|gentler|easy} {version|one}',
      "{can you|could you|please|can we|let's|i want to|i'd like to|could we} {make it easier|make it gentler|make this easier|do an easier one|do a gentler one|do an easier version|do a gentler version|try an easier one|try a gentler one}",
      'go {easier|easy|gentler}',
      'go easy on me',
      'tone it down',
      'take it down a notch',
      '{an|the} {easy|beginner} {version|one|option}',
      'something simpler',
      'simpler',
      'a modification',
      'not so hard',
      'less of a stretch',
      'is there {an easier|a gentler|a simpler|an easy} {one|option|way to do this|way to do it}',
      'can i do it {an easier|a gentler} way',
      'is there a modification',
      "{it's|this is|that's|this one's|that one's} too {difficult|much for me|advanced}",
      "{it's|this is|that's} {way too|far too|a bit too|really} {hard|difficult}",
      "{this one's|that one's} too hard",
      'way too hard',
      "{it's|this is|that's} {hard|a struggle|tricky}",
      "i can't get {into|in} {that position|this position|the position}",
      "i can't get {down|down on the floor|on the floor|on my knees|down on my knees|up}",
      "i can't {kneel|kneel down|sit on the floor|lie on the floor|reach|reach my foot|reach my feet|reach my toes|lift my leg that high}",
      "i can't {get|reach|bend|stretch|go} {THAT_FAR}",
      "i can't get my {leg|foot|knee} {up that high|that far|high enough|over that far}",
      "i can't {do|manage} it {like that|that way}",
      "i'm not {flexible|bendy|supple} enough {for this|for that|to do this|to do that|for this one|}",
      "i'm {not that flexible|too stiff|too stiff for this|struggling|really struggling|struggling with this|struggling with this one}",
      "my {knees|hips|back} {can't|won't} {take|manage} {it|that|kneeling}",
    ],
    { VERSION: EASIER_VERSIONS, THAT_FAR },
  ),
];

/** Too easy: make it harder, or "I can't feel the stretch". */
const TOO_EASY: readonly string[] = [
  ...wrap(COMMAND, ['make it harder', 'make it more challenging']),
  ...wrap(STATEMENT, [
    "it's too easy",
    'this is too easy',
    "that's too easy",
    "i can't feel the stretch",
    "i can't feel anything",
    "i don't feel anything",
  ]),
  ...wrap(QUESTION, ['is there a harder version']),
  ...wrap(SHORT, [
    'too easy',
    'harder',
    'a harder version',
    'something harder',
    'more of a stretch',
    'make it {a bit|a little} {harder|deeper|more challenging|tougher}',
  ]),
  ...wrap(BARE, [
    'make {it|this|that|this one} {harder|more challenging|more intense|deeper|tougher|a bit harder}',
    '{do|give me|try} {a harder|a deeper|the harder|a tougher|a more challenging} {version|one|stretch}',
    "{can you|could you|please|can we|let's|i want to|i'd like to} {make it harder|make it more challenging|do a harder one|do a harder version|go deeper}",
    'go deeper',
    '{can i|could i|can we|should i} {go|stretch|push|push it|take it} {further|deeper|a bit further|a bit deeper|a little further}',
    'step it up',
    'push it a bit more',
    'deeper',
    'more intense',
    '{a|the} {harder|deeper|tougher} {version|one|stretch}',
    'something {more challenging|deeper}',
    'not enough',
    'is there a {deeper|tougher|more challenging} {version|one|way}',
    'is there a harder {one|way}',
    'can i {go deeper|make it harder}',
    'how {do|can} i make it harder',
    'how can i feel it more',
    "{it's|this is|that's|this one's|that one's} too gentle",
    "{it's|this is|that's} {way too|far too|a bit too|really} {easy|gentle}",
    'too gentle',
    "{that's|this is|it's} {a bit|pretty} easy",
    "i {can't|don't} {feel|really feel} {a thing|it|much|any stretch|it at all}",
    "i don't {feel|really feel} the stretch",
    "i can't really feel {anything|it|the stretch}",
    "i'm not {feeling|really feeling} {anything|it|the stretch|much|this|this one|that} {at all|}",
    "{it's|this is|that's|this isn't|that isn't|it isn't} not doing {much|anything|a lot}",
    "{this|that|it} {isn't|is not|doesn't seem to be} doing {much|anything|a lot}",
    "nothing's happening",
    "{i want|i need|i could do with|i'd like|i would like} {more of a challenge|a challenge|a bigger challenge|more of a stretch|a deeper stretch|something harder}",
    "i'm not getting much out of {this|it|this one}",
  ]),
];

/** What people ask where to put: "how should i hold {my arms}". */
const BODY_TO_PLACE = ['my legs', 'my arms', 'my feet', 'my hands', 'my leg', 'my foot', 'my knee', 'my back', 'the band', 'my body'];

/** More detail: explain, step by step, how do I do this. */
const MORE_DETAIL: readonly string[] = [
  ...wrap(REQUEST, ['explain that', 'explain it', 'walk me through it', 'give me more detail', 'tell me more']),
  ...wrap(QUESTION, ['how do i do this', 'how do i do this one', 'how do i get into position', 'what exactly do i do']),
  ...wrap(SHORT, [
    'step by step',
    'in more detail',
    'explain',
    '{more|some more} {instructions|explanation|detail|details|information|info}',
    'tell me about {this|this one|this stretch|it}',
  ]),
  ...wrap(
    BARE,
    [
      '{can you|could you|please} give me {more|some more|a bit more} {instructions|explanation|detail|details|information}',
      "{i need|i'd like} {more|some more|a bit more} {instructions|explanation|detail|help with this}",
      'tell me {more|a bit more|some more} about {it|this|this one|this stretch}',
      'what exactly {am i doing|am i meant to do|am i supposed to do|should i do|do i need to do}',
      'what am i {meant|supposed} to {do|be doing} {exactly|here|}',
      'how {am i supposed to|should i|do i} {position|hold|place|put} {PART}',
      "{i'm not sure|i don't know|i'm not really sure} {how to do this|how to do this one|how to do it|what to do here|what i'm doing|what i'm meant to do|how this one works}",
      '{can you|could you} explain {it|that|this} {a bit more|a little more|more}',
      'explain {this|this one|the stretch|the position}',
      'explain {that|it|this} {again|more|better|more slowly|in more detail|step by step}',
      'explain how to do {it|this|this one|the stretch}',
      '{walk|talk|take} me through {it|this|this one|the stretch} {step by step|slowly|}',
      'go through {it|that|this} {slowly|step by step|again slowly|more slowly}',
      'give me {more details|more information|more info|the full instructions|the detailed instructions|some tips|more tips|the long version}',
      '{can you|could you|please} {explain that|explain it|explain it more|go through it step by step|walk me through it|give me more detail|explain how to do it} {please|again|}',
      '{can you|could you|please} explain {that|it|this} {again|} {in more detail|more slowly|step by step|properly|more clearly}',
      'break it down for me',
      'describe {it|the stretch|the position|this one}',
      'more info',
      'in detail',
      '{the|} full instructions',
      'the {long|detailed} version',
      '{more|any} tips',
      'instructions',
      'how {do|should|can} i do {it|that|the stretch}',
      'how {should|can} i do {this|this one}',
      'how exactly do i do {this|this one|it}',
      'how do you do {this|this one|it}',
      'how is this done',
      'how do i get into {this position|the position|that position}',
      'what position should i be in',
      'where {should|do} {my hands|my arms|my legs|my feet|my knee|my leg|my foot} go {exactly|}',
      'where do i put my {hands|arms|legs|feet|knee|leg|foot}',
      'what do i do with my {hands|arms|legs|feet}',
      'what {am i|should i be} {supposed to do|supposed to be doing|doing exactly}',
      'what should i be doing',
      'what do i do',
      'am i doing it right',
      "what's the right {form|position|way to do it}",
      'what does it look like',
      "i don't {understand|get} {the position|the stretch|it|how to do it|what to do|what you mean}",
      "i'm not sure {what you mean|where to put my legs|how to get into position}",
      "i don't get it",
    ],
    { PART: BODY_TO_PLACE },
  ),
];

/** How many left: stretches to go, time to go, nearly done, the last one. */
const HOW_MANY_LEFT: readonly string[] = [
  ...wrap(QUESTION, [
    'how many left',
    'how many are left',
    'how many more',
    'how much longer',
    'are we nearly done',
    'is this the last one',
    'how long',
    "how long until we're {done|finished}",
  ]),
  ...wrap(BARE, [
    "how long {until|till|before} {we're|i'm|it's} {finished|done|through|over}",
    'how long {until|till|before} {we finish|i finish|the end|it ends|we stop}',
    'how much longer {is there|have we got|do we have|is left|to go}',
    'how many {to go|more to go|more are there|are there left|have we got left|have i got left|do we have left}',
    'how many {stretches|sides|exercises} {left|are left|to go|more|have we got left}',
    'how many more {stretches|sides|exercises}',
    'how {much|long} {more|is left|left|to go|have we got left} {now|}',
    'how {much|long} now',
    'how much longer {is this|is this going to take|will this take|is it|now}',
    'how long {does this take|is this routine|is this going to take|will this take}',
    '{are we|am i} {nearly|almost} {finished|there|at the end|done}',
    '{nearly|almost} {done|finished|there}',
    'is {this|that} the last {stretch|side|exercise}',
    'is that the last one',
    'is this the final {one|stretch}',
    'is that it',
    'is there {much|any} more',
    'are there {any|many|lots} more',
    'any more',
    "what's left",
    "what's {still|} to come",
    "what's coming up",
    "what's after this {one|}",
    "what's the next stretch",
    'what comes next',
    'when {does this end|are we done|will we finish|do we finish}',
    'how far {along|through} {am i|are we}',
    'how far have we got',
    'how many have {we|i} done',
    '{sorry|so|ok|okay|um} {how many left|how many are left|how many more|how long left|how much longer|are we nearly done|are we almost done}',
  ]),
];

/** What is this for: what it does, why this stretch, which muscle. */
const WHAT_IS_THIS_FOR: readonly string[] = [
  ...wrap(QUESTION, [
    'what is this for',
    "what's this for",
    "what's this one for",
    'what does this do',
    'what does this stretch do',
    'why this stretch',
  ]),
  ...wrap(BARE, [
    "{what is|what's} {this stretch|that|that one|it} for",
    'what is this one for',
    "{what is|what's} {this|this one|this stretch|it} good for",
    'what does {this one|it|that} do',
    'what does {this|this one|this stretch|it|that} {help with|help|target|work|stretch}',
    "{what's|what is} the point {of this|of this one|of this stretch|}",
    'why {am i|are we} doing {this|this one|this stretch}',
    'why this one',
    'why do {this|this one|this stretch}',
    'why is this {good|good for me|good for sciatica}',
    'how {does|will} {this|this one|this stretch|it} help {|me|my sciatica|my back|my leg|with my sciatica|with my back}',
    "{how is|how's} {this|it|this one} {supposed to|meant to|going to} help {|me|my sciatica|my back|with my sciatica|with my back}",
    "{what's|what is} {it|this|this one|this stretch|the stretch} {meant|supposed} to do {for me|}",
    'is {this|this one|it} good for {sciatica|my sciatica|my back}',
    'what {muscle|muscles} {does this stretch|does this work|is this|is this working|is this stretching|am i stretching|does it stretch|are we working}',
    'which {muscle|muscles} {does this stretch|does this work|is this|am i stretching}',
    "what's {this|it} {working|targeting|stretching}",
    'where {should|do} i feel {this|it|the stretch}',
    'where am i supposed to feel {it|this}',
    "{what's|what is|what are} the {benefit|benefits} {of this|of this one|}",
    'what should i feel',
    '{sorry|so|ok|okay|um} {what is this for|what does this do|why this stretch}',
  ]),
];

/** Asking which of the two sides it is: "am i on the {left or the right}". */
const SIDE_CHOICES = [
  'left or the right',
  'right or the left',
  'left side or the right',
  'right side or the left',
  'left or right',
  'right or left',
  'left or the right side',
  'right or the left side',
];

/** Where am I: which stretch and side, what it is called. */
const WHERE_AM_I: readonly string[] = [
  ...wrap(QUESTION, ['where am i', '{which|what} side am i on', 'which stretch is this', 'what stretch am i on', "what's this one called"]),
  ...wrap(
    BARE,
    [
      'where are we',
      'where {am i|are we} up to',
      '{which|what} {side|leg|stretch|one} {am i on|are we on|is this|am i doing|are we doing|is it} {now|}',
      '{am i on|are we on|is this|is it|are we doing|am i doing} the {SIDE_CHOICE}',
      "remind me {which|what} {side|stretch|one|leg} {we're on|i'm on|this is|we're doing|i'm doing|it is}",
      '{which|what} side',
      'which leg',
      "{what's|what is} {this|this one|this stretch} called",
      "{what's|what is} the name of {this|this one|this stretch}",
      '{what is|which} this stretch',
      'what is this one',
      'what are we doing {now|}',
      'what am i doing {now|}',
      'which one is this',
      'remind me {where we are|which side|which stretch this is|which side this is|what this is}',
      'is this the {left|right} {side|leg}',
      'am i on the {left|right} {side|}',
      '{left|right} or {right|left}',
      'is it {left|right} or {right|left}',
      '{sorry|so|ok|okay|um} {where am i|which side am i on|which stretch is this|where are we}',
    ],
    { SIDE_CHOICE: SIDE_CHOICES },
  ),
];

/** No equipment: I don't have a band, can I do it without one, what can I use instead. */
const NO_EQUIPMENT: readonly string[] = [
  ...wrap(STATEMENT, [`i don't have a ${equipment}`, `i haven't got a ${equipment}`, "i don't have one", "i haven't got one"]),
  ...wrap(QUESTION, [`can i do it without a ${equipment}`, 'what can i use instead', 'can i do it without one']),
  ...wrap(BARE, [
    `{i don't have|i haven't got|i haven't|i don't own|i can't find|i've not got} {an|any|the|my} ${equipment}`,
    `{i don't own|i can't find|i've not got|i haven't} a ${equipment}`,
    `{i have no|i've got no|i've no} ${equipment} {here|at home|with me|}`,
    `{i don't have|i haven't got|i've not got|we don't have|we haven't got} {a|an|any} ${equipment} {here|at home|in the house|with me|to hand|handy}`,
    `there's no ${equipment} {here|in the house|at home|}`,
    `there isn't {a|an|any} ${equipment} {here|in the house|at home|}`,
    `{i don't have|i haven't got|i've not got|i don't own} anything like {a|an} ${equipment}`,
    `{i don't have|i haven't got|i've not got} {one of those|any of those|any of them} ${equipment}`,
    `no {|more} ${equipment}`,
    "{i don't have|i haven't got|i've not got|i don't own} {that|one of those|one of them|those|any|any of those|anything like that|anything like one}",
    "i've not got one",
    "i don't own one",
    "{i don't have|i haven't got} {anything like that|what you need}",
    `{my|the} ${equipment} {is broken|is missing|is upstairs|is in the other room}`,
    `i'll do it without {a|an|the} ${equipment}`,
    `what if i {don't have|haven't got} {a|an|any} ${equipment}`,
    "what if i {don't have|haven't got} one",
    'can i do {this|this one} without {a|an|the|one|any}',
    'can i do it without {a|an|the|any}',
    `can i do {it|this|this one} without {an|the} ${equipment}`,
    `can i do {this|this one} without a ${equipment}`,
    `what can i use instead of {a|an|the} ${equipment}`,
    'what {else|other things} can i use',
    'can i use something else',
    'is there something else i can use',
    `what do i do if i {don't have|haven't got} {a|an} ${equipment}`,
    `do i need {a|an} ${equipment}`,
  ]),
];

/** Samples of the custom intents about the stretch in progress. */
export const DURING_A_STRETCH_SAMPLES = {
  [CUSTOM_INTENTS.skip]: SKIP,
  [CUSTOM_INTENTS.easier]: EASIER,
  [CUSTOM_INTENTS.tooEasy]: TOO_EASY,
  [CUSTOM_INTENTS.moreDetail]: MORE_DETAIL,
  [CUSTOM_INTENTS.howManyLeft]: HOW_MANY_LEFT,
  [CUSTOM_INTENTS.whatIsThisFor]: WHAT_IS_THIS_FOR,
  [CUSTOM_INTENTS.whereAmI]: WHERE_AM_I,
  [CUSTOM_INTENTS.noEquipment]: NO_EQUIPMENT,
} as const;
