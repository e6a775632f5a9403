import { CUSTOM_INTENTS, SLOTS } from '../../../lambda/alexa/intents';
import { BARE, COMMAND, QUESTION, SHORT, STATEMENT, wrap } from './carriers';

/**
 * A plan fitted to the person: setting it up or changing it, starting it,
 * asking why it holds what it holds, and the answers people give about
 * themselves, in the questions or at any time ("actually i can get down to
 * the floor").
 */

const answer = `{-|${SLOTS.answer}}`;

/** What people call the plan: "{my plan}", "{my own routine}". */
const PLAN = [
  'my plan',
  'my own plan',
  'my personal plan',
  'a plan',
  'a personal plan',
  'my own routine',
  'a plan for me',
  'my stretching plan',
];

/** Set up or change the plan: the onboarding questions. */
const SET_UP_PLAN: readonly string[] = [
  ...wrap(COMMAND, ['set up my plan']),
  ...wrap(SHORT, ['change my plan']),
  ...wrap(
    BARE,
    [
      '{set up|make|create|build|redo|change|update|personalise|personalize|tailor|sort out|work out} {PLAN}',
      '{make|build|create|put together|work out} a plan {for me|that fits me|just for me}',
      '{i want|i would like|i need|can i have|can i get|i would love} {a plan|my own plan|a personal plan|a plan for me}',
      "i'd like {a plan|my own plan|a personal plan}",
      '{fit|tailor} {the stretches|the routine|a routine|it} to me',
      '{ask me|go through|do|redo} the questions {again|}',
      '{change|update} {my answers|an answer|one of my answers}',
      'make me a plan',
      'redo my plan',
      'new plan',
      'a new plan',
      '{i want|i would like} a new plan',
      'set up',
      'set it up',
      'plan set up',
      'set me up',
    ],
    { PLAN },
  ),
];

/** Start the personal plan. */
const START_PLAN: readonly string[] = [
  ...wrap(COMMAND, ['start my plan']),
  ...wrap(SHORT, ['do my plan']),
  ...wrap(BARE, [
    '{start|begin|do|play|run|go through|open|try} {my plan|my own plan|my personal plan|the plan|my own routine|my stretching plan}',
    "{let's|can we|i want to|i'd like to|shall we} {start|begin|do|go through} {my plan|the plan|my own plan|my personal plan}",
    '{my plan|my own plan|my personal plan} {please|now|then|}',
    'the plan {please|}',
    'time for my plan',
    'on with my plan',
  ]),
];

/** Why the plan holds what it holds. */
const WHY_PLAN: readonly string[] = [
  ...wrap(QUESTION, ['why these stretches']),
  ...wrap(SHORT, ['why did you choose these']),
  ...wrap(BARE, [
    'why {these stretches|these ones|this plan|my plan|those stretches|those ones|these}',
    'why did you {choose|pick|give me|put in} {these|those|these stretches|those stretches|them}',
    'how did you {choose|pick} {them|these|my stretches|my plan}',
    '{explain|describe} my plan',
    "{what's|what is} {in|on} my plan",
    '{what does|what is} my plan',
    '{tell me about|remind me about} my plan',
    "{what's|what is} my plan",
    'why {is|are} {this|that|these} in my plan',
  ]),
];

/** What people say about themselves, bare or correcting an answer: "{actually} i can get on the floor". */
const PLAN_ANSWER: readonly string[] = [
  ...wrap(STATEMENT, [answer]),
  ...wrap(BARE, [
    `{actually|well|well actually|oh|hmm|i mean|i said|sorry|no|yes|i think|i guess|to be honest|honestly|mostly|i'd say} ${answer}`,
    `${answer} {actually|i think|i guess|mostly|really|to be honest|these days|at the moment}`,
    `{change that|change it|correction} ${answer}`,
    `{actually|sorry} i {made a mistake|got that wrong|said it wrong} ${answer}`,
    `i {should have said|meant to say} ${answer}`,
    `{in|on|at} ${answer}`,
    `mainly ${answer}`,
    `mostly in ${answer}`,
    `it's {in|mostly in|mainly in} ${answer}`,
    `i feel it {in|most in|mostly in} ${answer}`,
    `{the answer is|my answer is} ${answer}`,
  ]),
];

/** The plan's intents and their samples. */
export const PLAN_SAMPLES = {
  [CUSTOM_INTENTS.setUpPlan]: SET_UP_PLAN,
  [CUSTOM_INTENTS.startPlan]: START_PLAN,
  [CUSTOM_INTENTS.whyPlan]: WHY_PLAN,
  [CUSTOM_INTENTS.planAnswer]: PLAN_ANSWER,
} as const;
