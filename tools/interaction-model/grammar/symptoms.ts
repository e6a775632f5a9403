import { CUSTOM_INTENTS, SLOTS } from '../../../lambda/alexa/intents';
import { expand } from './expand';
import { withFullForms } from './carriers';

/**
 * It hurts: pain, numbness and the red flags. The symptom slot carries the
 * body part with what it feels ("leg is numb", "numbness in my groin"), so
 * the slot value alone decides how serious it is (see symptomValues in
 * lambda/alexa/vocabulary.ts). The carriers here hold no body part for the
 * same reason, except the back pain that may follow a red flag ("i fell and
 * now my back hurts"), which never makes it less serious.
 */

const symptom = `{-|${SLOTS.symptom}}`;

/** What comes before a symptom phrase: "my {leg is numb}", "i've got {pins and needles in my foot}", "i {can't pee}". */
const SUBJECTS = withFullForms([
  '',
  'my',
  'i',
  "i've",
  'i have',
  "i've got",
  'i got',
  "i'm getting",
  "i'm having",
  "i've been getting",
  "i've been having",
  "i've been",
  "there's",
  'i feel',
  'i can feel',
  "i'm",
  "it's",
  "that's",
  'it feels',
  "it's gone",
  'i think i',
  'i think my',
  'i think i have',
  "i think i've got",
  "i think i'm",
  'got',
  'getting',
  'having',
  'now my',
  'and my',
  'oh my',
  'suddenly my',
  'suddenly i',
  'this is',
  "this one's",
  "that one's",
  'this stretch is',
]);

/** The subjects that also take a lead or a tail: the commonest ones. */
const COMMON_SUBJECTS = withFullForms([
  '',
  'my',
  'i',
  "i've",
  "i've got",
  'i have',
  "i'm",
  "it's",
  "there's",
  'i feel',
  "that's",
  'this is',
]);

/** Sounds and words people say as something hurts: "ow, my back". */
const HURT_LEADS = [
  'ow',
  'ouch',
  'oh',
  'ah',
  'argh',
  'oof',
  'ooh',
  'oh no',
  'oh dear',
  'stop',
  'help',
  'sorry',
  'um',
  'wait',
  'hang on',
  'alexa',
  'ow ow',
];

/** What people add after a symptom: "my leg is numb {now}". */
const HURT_TAILS = [
  'now',
  'a bit',
  'a little',
  'suddenly',
  'all of a sudden',
  'again',
  'right now',
  'today',
  'when i do this',
  'when i do that',
  'in this position',
  'with this one',
  'doing this',
  'help',
];

/** Back pain that may follow another symptom: "i fell {and now my back hurts}", "i've got a fever {and my back aches}". */
const AND_BACK_PAIN = [
  ...expand(['and my back {hurts|aches|is aching|is sore|is killing me|is really bad}', 'and now my back {hurts|is sore}']),
  "and my back's {aching|sore|killing me}",
  'and hurt my back',
  'and i hurt my back',
  'and back pain',
  'and a bad back',
];

/** What someone says a symptom came with, before back pain: "{i'm} running a fever and my back hurts". */
const WITH_BACK_PAIN_SUBJECTS = ['', 'i', 'my', 'i have', "i've", "i've got", "i'm", 'i feel', "i've been"];

/** A movement that brings a pain on: "my hip hurts {when i lean over}". */
const WHEN_MOVING = expand('when i {bend|lean|move|twist|turn|sit up|stand up|bend forward|lean forward|bend down|lean over|lift my leg}');

/** Pain said without naming a part or a sensation the slot knows: it means `pain`. */
const PAIN_WORDS = withFullForms([
  'it hurts',
  'that hurts',
  'this hurts',
  'it really hurts',
  'that really hurts',
  'this really hurts',
  'it hurts a lot',
  'it hurts too much',
  "it's hurting",
  "it's hurting me",
  "that's hurting",
  "that's hurting me",
  'that one hurts',
  'this one hurts',
  'ow',
  'ouch',
  'ow ow',
  'ow that hurts',
  'ouch that hurts',
  "that's painful",
  "it's painful",
  'this is painful',
  "that's really painful",
  "that's too painful",
  "it's too painful",
  "that's sore",
  "it's sore",
  'i hurt myself',
  "i've hurt myself",
  'i think i hurt myself',
  "i think i've hurt myself",
  'i pulled something',
  "i've pulled something",
  'i think i pulled something',
  "i've pulled a muscle",
  'i pulled a muscle',
  "something's not right",
  "something doesn't feel right",
  "that doesn't feel right",
  "this doesn't feel right",
  "that doesn't feel good",
  "that's not right",
  "that's uncomfortable",
  "it's uncomfortable",
  "i'm uncomfortable",
  "it's flaring up",
  "i'm having a flare up",
  'the pain is back',
  "the pain's back",
  'the pain is getting worse',
  "it's getting worse",
  "it's killing me",
  "that's killing me",
  'i can feel it hurting',
  'it hurts when i do this',
  'it hurts when i do that',
  'that hurt',
  'it hurt',
]);

/** The commonest ways of saying it hurts, which also take a lead or a tail. */
const COMMON_PAIN_WORDS = [
  'it hurts',
  'that hurts',
  'this hurts',
  'it really hurts',
  "it's hurting",
  "that's painful",
  "that's too painful",
  "it's too painful",
];

/** It hurts: the samples, with and without the symptom slot. */
const IT_HURTS: readonly string[] = [
  ...expand(
    [
      '{SUBJECT} {SYMPTOM}',
      '{HURT_LEAD} {COMMON_SUBJECT} {SYMPTOM}',
      '{COMMON_SUBJECT} {SYMPTOM} {HURT_TAIL}',
      '{WITH_BACK_PAIN_SUBJECT} {SYMPTOM} {AND_BACK_PAIN}',
      "{my|i have|i've got|} {SYMPTOM} {WHEN_MOVING}",
      '{COMMON_PAIN_WORD} {WHEN_MOVING}',
      '{PAIN_WORD}',
      '{HURT_LEAD} {COMMON_PAIN_WORD}',
      '{COMMON_PAIN_WORD} {HURT_TAIL}',
    ],
    {
      SUBJECT: SUBJECTS,
      COMMON_SUBJECT: COMMON_SUBJECTS,
      SYMPTOM: [symptom],
      HURT_LEAD: HURT_LEADS,
      HURT_TAIL: HURT_TAILS,
      AND_BACK_PAIN,
      WITH_BACK_PAIN_SUBJECT: WITH_BACK_PAIN_SUBJECTS,
      WHEN_MOVING,
      PAIN_WORD: PAIN_WORDS,
      COMMON_PAIN_WORD: COMMON_PAIN_WORDS,
    },
  ),
];

/** Samples of ItHurtsIntent. */
export const SYMPTOM_SAMPLES = {
  [CUSTOM_INTENTS.itHurts]: IT_HURTS,
} as const;
