import { planFactSchema, type PlanFact } from '../domain/onboarding';

/**
 * What people say about themselves when a plan is fitted to them ("I can't
 * get down to the floor", "I'm keeping it away", "my calf"), by the answer it
 * gives. An id is `<question>:<value>` (see {@link planFactOf}); the model's
 * PlanAnswer slot type and the runtime's lookup of an unresolved slot both
 * come from this table. Words of pain ("hurts", "sore") are left to the
 * symptom vocabulary: a complaint must always reach the safety answer.
 */

/** The answer an id of {@link PLAN_ANSWER_VALUES} gives: "floor:false" is `{ question: 'floor', value: false }`; null when it names none. */
export function planFactOf(id: string): PlanFact | null {
  const [question, value] = id.split(':');
  const parsed = planFactSchema.safeParse({ question, value: value === 'true' ? true : value === 'false' ? false : value });
  return parsed.success ? parsed.data : null;
}

/** Every way of joining one choice from each list with a space, in order. */
function joined(...lists: readonly (readonly string[])[]): string[] {
  return lists.reduce<string[]>((heads, list) => heads.flatMap((head) => list.map((choice) => `${head} ${choice}`.trim())), ['']);
}

const FLOOR = ['the floor', 'the ground', 'on the floor', 'onto the floor', 'down on the floor'];
const GET_DOWN = ['get down to', 'get down onto', 'get on', 'get onto', 'get down on', 'manage', 'do'];

/** The answers people give, by answer id; the first phrase of each is the slot value, the rest its synonyms. */
export const PLAN_ANSWER_VALUES: Readonly<Record<string, readonly string[]>> = {
  'phase:flare-up': [
    "i'm in a flare up",
    "i'm having a flare up",
    'flare up',
    'a flare up',
    "it's bad right now",
    "it's flared up",
    "it's playing up",
    "it's acting up",
    'it started recently',
  ],
  'phase:prevention': [
    "i'm keeping it away",
    'keeping it away',
    'to keep it away',
    'prevention',
    'for prevention',
    "it's not flaring up",
    "it's fine at the moment",
    "it's calm right now",
    "it's settled down",
    'just keeping it at bay',
    'keeping it at bay',
    'to stop it coming back',
  ],
  'floor:true': [
    'i can get on the floor',
    ...joined(['i can', 'i can still', 'yes i can'], GET_DOWN, FLOOR),
    'the floor is fine',
    'floor is fine',
    "i'm fine on the floor",
    "i'm okay on the floor",
  ],
  'floor:false': [
    "i can't get on the floor",
    ...joined(["i can't", 'i cannot', "i'm not able to", "i can't really"], GET_DOWN, FLOOR),
    'no floor',
    'not the floor',
    'no floor stretches',
    "i'd rather not go on the floor",
    "i don't do the floor",
    'getting up is hard',
    'getting up off the floor is hard',
  ],
  'steady:true': [
    "i'm steady on my feet",
    "i'm steady",
    'my balance is good',
    'my balance is fine',
    "i'm fine standing",
    'i can stand without holding on',
    "i don't need to hold on",
  ],
  'steady:false': [
    "i'm not steady on my feet",
    "i'm unsteady",
    "i'm wobbly",
    "i'm a bit wobbly",
    'my balance is bad',
    'my balance is poor',
    "my balance isn't good",
    'i need to hold on',
    'i have to hold on to something',
    'i use a walking stick',
    'i use a walker',
    'i use a cane',
  ],
  'band:true': [
    'i have a band',
    ...joined(
      ['i have', "i've got", 'i have got', 'i can use', 'i own'],
      ['a band', 'a strap', 'a towel', 'a belt', 'a resistance band', 'a yoga strap'],
    ),
  ],
  'beginner:true': [
    "i'm new to stretching",
    "i'm a beginner",
    'beginner',
    "i'm not very flexible",
    "i'm not flexible",
    "i'm quite stiff",
    "i'm very stiff",
    "i'm stiff",
    "i've never stretched before",
    "i haven't stretched before",
  ],
  'beginner:false': [
    "i'm used to stretching",
    "i'm quite flexible",
    "i'm flexible",
    "i'm pretty flexible",
    'i stretch a lot',
    'i stretch regularly',
    'i do yoga',
    "i'm not a beginner",
    "i'm not new to stretching",
    "i've stretched before",
  ],
  'kneesComplain:true': [
    'my knees complain',
    "i can't kneel",
    'i cannot kneel',
    "i don't kneel",
    'no kneeling',
    "kneeling's hard for me",
    'kneeling is hard',
    'i have bad knees',
    "i've got bad knees",
    'my knees are bad',
    'my knees are weak',
  ],
  'kneesComplain:false': [
    'my knees are fine',
    'my knees are okay',
    'my knees are good',
    'kneeling is fine',
    "kneeling's fine",
    'i can kneel',
    'i can kneel fine',
    'no problem kneeling',
  ],
  'pregnant:true': ["i'm pregnant", 'i am pregnant', "i'm expecting", "we're expecting", "i'm having a baby"],
  'pregnant:false': ["i'm not pregnant", 'i am not pregnant', 'not pregnant', "i'm not expecting", "i'm a man", "i'm male"],
  'feltMost:buttock': [
    'buttock',
    ...joined(['', 'my', 'in my', 'the'], ['buttock', 'buttocks', 'bum', 'butt', 'backside', 'behind', 'glutes', 'hip', 'hips', 'bottom']),
  ],
  'feltMost:back-of-thigh': [
    'the back of my thigh',
    ...joined(
      ['', 'my', 'in my', 'the'],
      ['back of my thigh', 'back of my leg', 'back of the thigh', 'back of the leg', 'thigh', 'hamstring', 'hamstrings', 'upper leg'],
    ),
  ],
  'feltMost:calf': ['calf', ...joined(['', 'my', 'in my', 'the'], ['calf', 'calves', 'lower leg'])],
  'feltMost:lower-back': ['lower back', ...joined(['', 'my', 'in my', 'the'], ['lower back', 'low back', 'lumbar'])],
};
