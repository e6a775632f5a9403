import { CUSTOM_INTENTS, SLOTS } from '../../../lambda/alexa/intents';
import { expand } from './expand';
import { BARE, COMMAND, QUESTION, SHORT, wrap } from './carriers';

/**
 * Progress and settings rather than the stretches themselves: deleting
 * history, the weekly summary, pain scores, and pain check-ins on and off.
 */

const week = `{-|${SLOTS.week}}`;
const score = `{-|${SLOTS.score}}`;

/** What people call what the skill keeps about them. */
const RECORDS = ['history', 'data', 'progress', 'records', 'information', 'stats', '{stretching|stretch} {history|records|record|log}'];

/** What the skill keeps, said as what it has done: "everything {you've saved about me}". */
const KEPT = ["you've {stored|saved|kept|got} {about me|on me|}", 'you know about me', 'you have on me', 'about me'];

/** Delete history: delete, erase, clear, wipe or forget what is stored. */
const DELETE_HISTORY: readonly string[] = [
  ...wrap(COMMAND, ['delete my history', 'delete my data', 'erase my data', 'clear my history', 'delete my progress']),
  ...wrap(
    BARE,
    [
      '{delete|erase|clear|wipe|remove|reset|get rid of} {my|all my} {RECORD}',
      '{delete|erase|clear|wipe} my {stretching history|info|details|streak}',
      'forget {my|all my} {RECORD}',
      "{can you|please|i want to|i'd like to} {delete|erase|clear|wipe|forget|reset} {my|all my} {history|data|progress|records}",
      '{delete|erase|clear|wipe|forget|remove} everything {KEPT|}',
      '{delete|erase|clear|wipe|remove} {my|all my} {history|data|records} please',
      'forget {me|about me|what you know about me|all about me}',
      'forget everything about me',
      '{delete|erase|remove} {what you know about me|everything you have on me|all my stored data}',
      "{i want|i'd like} {my|all my} {history|data|records} {deleted|erased|cleared|wiped|gone}",
    ],
    { RECORD: RECORDS, KEPT },
  ),
];

/** Where a week goes in a summary question: "how did i do {last week}", "over the last week". */
const WEEK_REFS = [week, `{in|over|for|during} ${week}`];

/** Weekly summary: how did I do, my progress, my streak, how many times. */
const WEEKLY_SUMMARY: readonly string[] = [
  ...wrap(QUESTION, [
    'how did i do',
    'how am i doing',
    'how am i getting on',
    "what's my streak",
    `how did i {do|get on} ${week}`,
    'how did i get on',
    `what about ${week}`,
  ]),
  ...wrap(SHORT, ['my progress', 'weekly summary', 'my weekly summary', `my progress ${week}`]),
  ...wrap(
    BARE,
    [
      'how {did i do|have i done|am i doing|did i get on|have i been doing|was it} {WEEK}',
      'how {have i done|did i get on|have i been doing}',
      'how {am i getting along|am i going|have i been getting on|is it going|are things going}',
      "how's it going",
      'how {did|has} my week go',
      'how {was|is} my week {going|}',
      'how {was|about|is} {WEEK}',
      'what about {WEEK}',
      'how many {times|days} did i {stretch|do my stretches} {WEEK|}',
      'how many {times|days} have i {stretched|done my stretches} {WEEK|}',
      'how many {sessions|routines} {did i do|have i done} {WEEK|}',
      'how often {did i|have i} {stretch|stretched|done my stretches} {WEEK|}',
      'did i {stretch|do my stretches} {WEEK}',
      'have i {stretched|done my stretches|been stretching} {WEEK}',
      "{what's|what is|how's|how is|how long is} my {streak|progress} {going|looking|}",
      'am i on a streak',
      'how many days in a row {have i stretched|have i done it|is that|}',
      'have i been {consistent|good|keeping it up|doing well}',
      'am i {doing well|improving|keeping it up|on track}',
      'what {have i done|did i do} {WEEK}',
      '{show|give|read} me my {progress|summary|weekly summary|stats|streak|progress report}',
      '{show|give} me my {progress|summary} {WEEK}',
      '{can you|please} {show me|give me} my {progress|summary|weekly summary|stats}',
      '{check|show|review} my {progress|streak|stats}',
      'give me a {summary|progress report|report} {of|for} {WEEK}',
      'give me a {summary|progress report|report|weekly summary}',
      '{my|the|} {summary|weekly report|progress report|stats|statistics|streak}',
      'progress',
      'the weekly summary',
      `{my|the|a|} {summary|progress report|report} {of|for} ${week}`,
      'how {am i doing|am i getting on|have i done|have i been doing|am i going} so far {WEEK|}',
      "{what's|how's} my progress {been like|looking|like|} {WEEK|}",
      "show me how {i did|i got on|i'm doing} {WEEK|}",
      'progress {WEEK}',
      '{WEEK}',
    ],
    { WEEK: WEEK_REFS },
  ),
];

/** Hedges before a pain score: "i'd say {a six}". */
const HEDGES = [
  '',
  'about',
  'around',
  'maybe',
  'probably',
  'roughly',
  'like',
  'say',
  'call it',
  "let's say",
  "i'd say",
  'i would say',
  "i'll say",
  "i'd give it",
  'i think',
  "i think it's",
  "it's",
  'it is',
  "it's about",
  "it's like",
  "it's at",
  "i'm at",
  "i'm about",
  'my pain is',
  "my pain's",
  'my pain is about',
  "it's probably",
  "it's maybe",
  'probably about',
  'maybe about',
  'somewhere around',
  'just',
  'only',
  'still',
];

/** How people say the number itself: "six", "a six", "an eight", "six out of ten". */
const SCORES = [score, `{a|an} ${score}`, `${score} out of ten`, `{a|an} ${score} out of ten`];

/** The few hedges that also combine with a comment: "not great, {about} a seven". */
const SHORT_HEDGES = ['', 'about', 'around', 'maybe', 'probably', "i'd say", "i'd say about", "it's", "it's about"];

/** The number alone or after "a": what the comment forms combine with. */
const SHORT_SCORES = [score, `{a|an} ${score}`];

/** Comments said before a score: "not great, about a seven". */
const COMMENTS_BEFORE = [
  'not great',
  'not good',
  'not too bad',
  'not bad',
  'pretty bad',
  'quite bad',
  'better',
  'worse',
  'about the same',
  'today',
  'honestly',
  'hmm',
];

/**
 * Comments said after a score: "five today". None is a sample of another
 * intent on its own: virtual-alexa lets a number slot match nothing, so
 * "{score} again" would take "again" from Repeat.
 */
const COMMENTS_AFTER = ['today', 'right now', 'at the moment', 'i think', "i'd say", 'i guess', 'probably', 'maybe', "i'm afraid"];

/** How the pain is, said before a score: "{pretty low}, maybe a one". */
const VERDICTS_BEFORE = [
  "it's {awful|terrible|really bad|bad|not bad|manageable}",
  '{pretty|quite|really} {low|bad|high}',
  'bad today',
  'same as usual',
  'not so bad',
];

/** How the pain is, said after a score: "ten, {it's awful}". */
const VERDICTS_AFTER = [
  "{it's|} {awful|terrible|really bad|bad|not bad|not too bad|not great|pretty bad|manageable}",
  'same as usual',
  "it's bad today",
];

/** Pain score: the answer to "how is your pain, zero to ten", a number with or without words around it. */
const PAIN_SCORE: readonly string[] = expand(
  [
    '{HEDGE} {SCORE}',
    '{BEFORE} {SHORT_HEDGE} {SHORT_SCORE}',
    '{SHORT_HEDGE} {SHORT_SCORE} {AFTER}',
    "{VERDICT_BEFORE} {about|maybe|probably|i'd say|} {SHORT_SCORE}",
    '{about|maybe|} {SHORT_SCORE} {VERDICT_AFTER}',
  ],
  {
    HEDGE: HEDGES,
    SCORE: SCORES,
    SHORT_HEDGE: SHORT_HEDGES,
    SHORT_SCORE: SHORT_SCORES,
    BEFORE: COMMENTS_BEFORE,
    AFTER: COMMENTS_AFTER,
    VERDICT_BEFORE: VERDICTS_BEFORE,
    VERDICT_AFTER: VERDICTS_AFTER,
  },
);

/** What people call pain check-ins. */
const CHECKINS = [
  '{the|} pain check ins',
  'pain checkins',
  '{the|} pain questions',
  '{the|} pain scores',
  '{the|} pain checks',
  '{the|} pain check ups',
  'pain tracking',
  '{the|} check ins',
  '{the|} questions about my pain',
];

/** The commonest of them, for the longer phrasings. */
const COMMON_CHECKINS = ['{the|} pain check ins', '{the|} pain checks', '{the|} pain questions', '{the|} check ins'];

/** Ways of following pain: "{ask me about} my pain". */
const PAIN_CHECKS = ['check', 'ask about', 'ask me about', 'track', 'monitor', 'check on'];

/** When pain is asked about: "check my pain {before and after}". */
const WHEN_CHECKED = ['before and after', 'each time', 'every time', 'before each routine', 'before and after each session'];

/** Pain check-ins on: turn on, enable, switch on, start the pain questions, check my pain before and after. */
const CHECKINS_ON: readonly string[] = [
  ...wrap(COMMAND, ['turn on pain check ins', 'turn pain check ins on', 'track my pain']),
  ...wrap(
    BARE,
    [
      '{turn on|switch on|enable|start|activate|turn back on|bring back} {CHECKIN}',
      '{turn|switch} {CHECKIN} on {please|}',
      '{turn|switch|put} {COMMON_CHECKIN} back on',
      "{can you|please|i want to|i'd like to} {turn on|switch on|enable|start} {COMMON_CHECKIN}",
      '{turn on|switch on|enable|activate} {COMMON_CHECKIN} please',
      '{log|record|rate|score|monitor|keep track of} my pain',
      "{i want to|i'd like to|can you|please} {log|record|keep track of|monitor} my pain",
      'check in {on|about} my pain',
      "{i want|i'd like} {COMMON_CHECKIN}",
      "{i want to|i'd like to} {track|log|rate|record} my pain",
      '{start|can you|please|i want you to|} {PAIN_CHECK} my pain {WHEN}',
      '{PAIN_CHECK} my pain',
      'start {checking|asking about|asking me about|tracking|monitoring} my pain {WHEN|}',
    ],
    { CHECKIN: CHECKINS, COMMON_CHECKIN: COMMON_CHECKINS, PAIN_CHECK: PAIN_CHECKS, WHEN: WHEN_CHECKED },
  ),
];

/** Pain check-ins off: turn off, disable, switch off, stop the pain questions, stop asking about my pain. */
const CHECKINS_OFF: readonly string[] = [
  ...wrap(COMMAND, ['turn off pain check ins', 'turn pain check ins off', 'stop pain check ins']),
  ...wrap(
    BARE,
    [
      '{turn off|switch off|disable|stop|cancel|get rid of} {CHECKIN}',
      '{turn|switch} {CHECKIN} off {please|}',
      "{can you|please|i want to|i'd like to} {turn off|switch off|disable|stop} {COMMON_CHECKIN}",
      '{turn off|switch off|disable} {COMMON_CHECKIN} please',
      '{stop|quit} {checking|asking about|asking me about|tracking|monitoring|checking on|rating|recording|logging} my pain {anymore|}',
      "{can you|please|let's} stop {asking about|asking me about|checking|tracking|rating} my pain",
      "{don't|do not|please don't} {ask|ask me} about my pain {anymore|any more|}",
      "{don't|do not} bother {asking about my pain|asking me about my pain}",
      "{don't|do not} bother with {COMMON_CHECKIN}",
      'no more {CHECKIN}',
      'enough {COMMON_CHECKIN}',
      "{i don't want|i don't need} {COMMON_CHECKIN} {any more|anymore|}",
      "{i don't want|i don't need} to {track|rate} my pain {any more|anymore|}",
    ],
    { CHECKIN: CHECKINS, COMMON_CHECKIN: COMMON_CHECKINS },
  ),
];

/** Samples of the custom intents about progress and settings. */
export const PROGRESS_SAMPLES = {
  [CUSTOM_INTENTS.deleteHistory]: DELETE_HISTORY,
  [CUSTOM_INTENTS.weeklySummary]: WEEKLY_SUMMARY,
  [CUSTOM_INTENTS.painScore]: PAIN_SCORE,
  [CUSTOM_INTENTS.painCheckinsOn]: CHECKINS_ON,
  [CUSTOM_INTENTS.painCheckinsOff]: CHECKINS_OFF,
} as const;
