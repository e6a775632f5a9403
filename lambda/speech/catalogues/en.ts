import type { BodyArea } from '../../domain/body-areas';
import type { StartPosition } from '../../domain/content-schema';
import type { GoalCheck } from '../../domain/weekly-summary';
import { WEEKDAYS as WEEK, type Weekday } from '../../domain/reminder-schedule';
import type { Catalogue, CatalogueWords, OnboardingWords, PlanWords, ReminderWords, ScreenWords, SummaryWords } from '../catalogue';
import { capitalize, countOf, numberWords, spokenList } from '../spoken-numbers';

/** Where the user is, as said in "When you're lying on your back, say next." */
const THERE: Readonly<Record<StartPosition, string>> = {
  standing: 'standing, with your support beside you',
  'against-wall': 'standing with your back to the wall',
  'sitting-on-chair': 'sitting on your chair',
  'sitting-on-floor': 'sitting down',
  kneeling: 'kneeling',
  'hands-and-knees': 'on your hands and knees',
  'lying-on-back': 'lying on your back',
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "a band", "an exercise mat", kept as is when it already has an article. */
const withArticle = (item: string): string =>
  /^(a|an|the|some|your) /i.test(item) ? item : `${/^[aeiou]/i.test(item) ? 'an' : 'a'} ${item}`;

const stretches = (n: number): string => countOf(n, 'stretch', 'stretches');

const words: CatalogueWords = {
  number: numberWords,
  count: countOf,
  list: spokenList,
  the: (name) => `the ${name}`,
  times: (n) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${numberWords(n)} times`),
  /** Halves below ten minutes, whole minutes above, so a stated length is within a tenth of the real one. */
  minutes: (ms) => {
    const minutes = ms / 60_000;
    if (minutes >= 10) return `${numberWords(Math.round(minutes))} minutes`;
    const halves = Math.max(1, Math.round(minutes * 2));
    const whole = Math.floor(halves / 2);
    if (halves % 2 === 0) return countOf(whole, 'minute');
    return whole === 0 ? 'half a minute' : whole === 1 ? 'a minute and a half' : `${numberWords(whole)} and a half minutes`;
  },
  decimal: (value) => {
    const rounded = Math.round(value * 10) / 10;
    const whole = Math.trunc(rounded);
    const tenth = Math.round((rounded - whole) * 10);
    return tenth === 0 ? numberWords(whole) : `${numberWords(whole)} point ${numberWords(tenth)}`;
  },
  weekday: (index) => WEEKDAYS[index] ?? 'one day',
  capitalize,
  side: (side) => side,
};

const weekName = (which: 'this' | 'last'): string => (which === 'this' ? 'this week' : 'last week');
/** A weekly goal said aloud: "three to five times a week". */
const perWeek = (low: number, high: number): string =>
  low === high ? `${words.times(low)} a week` : `${numberWords(low)} to ${numberWords(high)} times a week`;
/** A daily goal said aloud: "once or twice a day". */
const perDay = (low: number, high: number): string =>
  `${low === high ? words.times(low) : `${words.times(low)} or ${words.times(high)}`} a day`;
const weekBefore = (which: 'this' | 'last'): string => (which === 'this' ? 'last week' : 'the week before');

/** The card's line for the user's goal: how often, and for a daily goal, on how many days it was reached. */
function aimRow(goal: GoalCheck): string {
  const often = `${goal.low === goal.high ? goal.low : `${goal.low} to ${goal.high}`} sessions a ${goal.per}`;
  const reached = goal.per === 'day' ? `, reached on ${goal.daysMet} of ${goal.daysJudged} day${goal.daysJudged === 1 ? '' : 's'}` : '';
  return `Aim: ${often}${reached}. More isn't better.`;
}

const summary: SummaryWords = {
  nothingThisWeek: [
    "You haven't stretched yet this week.",
    'Even one short routine today is a good start. Say quick relief whenever you are ready.',
  ],
  nothingLastWeek: ["I don't have any stretching sessions from last week.", 'This week is a fresh start, and a short routine counts.'],
  headline: (which, sessions, days, minutes, done) =>
    `${capitalize(weekName(which))} you stretched ${words.times(sessions)}, on ${countOf(days, 'day')}: ${countOf(minutes, 'minute')} of stretching, and ${stretches(done)} in all.`,
  streak: (days, atLeast) =>
    atLeast ? `You're on a streak of at least ${numberWords(days)} days.` : `You're on a ${numberWords(days)} day streak.`,
  mostDone: (name) => `The stretch you did most was the ${name}.`,
  comparedWith: (which, previous, difference) => {
    if (previous === 0) return `${capitalize(weekBefore(which))} you had none, so that's a step up.`;
    if (difference === 0) return `That's the same as ${weekBefore(which)}.`;
    return `That's ${numberWords(Math.abs(difference))} ${difference > 0 ? 'more' : 'fewer'} than ${weekBefore(which)}.`;
  },
  weekAbove: (low, high) =>
    `That's more than the ${perWeek(low, high)} usually suggested for prevention. In a flare-up, once or twice a day is enough: more isn't better.`,
  weekWithin: (low, high) => `That's right in the ${perWeek(low, high)} usually suggested for prevention.`,
  weekBelow: (which, low, high, short) =>
    which === 'this'
      ? `For prevention, ${perWeek(low, high)} is a good aim: ${countOf(short, 'more session', 'more sessions')} would get you there.`
      : `For prevention, ${perWeek(low, high)} is a good aim.`,
  dayWithin: (which, low, high) =>
    which === 'this'
      ? `You've stretched every day so far, right in your aim of ${perDay(low, high)}.`
      : `You stretched every day, right in your aim of ${perDay(low, high)}.`,
  dayBelow: (which, low, high, met, judged) =>
    which === 'this'
      ? `Your aim is ${perDay(low, high)}: so far, you've reached it on ${numberWords(met)} of ${countOf(judged, 'day')}.`
      : `Your aim was ${perDay(low, high)}: you reached it on ${numberWords(met)} of ${countOf(judged, 'day')}.`,
  busyDay: (weekday, sessions) =>
    `One gentle note: on ${words.weekday(weekday)} you stretched ${numberWords(sessions)} times. More isn't better: once or twice a day is enough, even in a flare-up.`,
  painBoth: (before, after) =>
    `Your pain averaged ${words.decimal(before)} out of ten before stretching, and ${words.decimal(after)} after.`,
  painBefore: (before) => `Your pain averaged ${words.decimal(before)} out of ten before stretching.`,
  painAfter: (after) => `Your pain averaged ${words.decimal(after)} out of ten after stretching.`,
  painLower: 'That starting pain is lower than the week before.',
  painHigher: 'That starting pain is higher than the week before. If it keeps rising, check in with a doctor or physical therapist.',
  painSame: 'That starting pain is about the same as the week before.',
  trackPain: 'To track your pain too, say turn on pain check-ins.',
  unavailable: "Sorry, I can't reach your history right now. Please ask me again in a little while.",
  cardTitle: (which) => (which === 'this' ? 'Your week so far' : 'Your last week'),
  cardRows: (f) => {
    const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
    return [
      `${f.weekStart} to ${f.weekEnd} (${f.timeZone})`,
      '',
      `Sessions: ${f.sessions} on ${plural(f.days, 'day')}`,
      `Minutes of stretching: ${f.minutes}`,
      `Stretches done: ${f.stretches}`,
      `Current streak: ${f.streak}${f.streakAtLeast ? '+' : ''} day${f.streak === 1 ? '' : 's'}`,
      ...(f.mostDone ? [`Done most: ${f.mostDone}`] : []),
      `The week before: ${plural(f.previousSessions, 'session')}, ${f.previousMinutes} minutes`,
      ...(f.painBefore !== null || f.painAfter !== null
        ? [`Pain (0 to 10): ${f.painBefore ?? '-'} before, ${f.painAfter ?? '-'} after (${plural(f.checkins, 'check-in')})`]
        : []),
      '',
      aimRow(f.goal),
      'Not a substitute for professional medical advice.',
    ];
  },
};

/** Where they feel it, as said after "for". */
const AREA: Readonly<Record<BodyArea, string>> = {
  buttock: 'your buttock',
  'back-of-thigh': 'the back of your thigh',
  calf: 'your calf',
  'lower-back': 'your lower back',
};

const plan: PlanWords = {
  reasons: {
    'pregnant-gentle': () => "As you're pregnant, I kept to gentle stretches, sitting or lying down.",
    'unsteady-seated-first': ({ first }) => `Nothing here needs balance: you start sitting down, with the ${first}.`,
    'beginner-seated-first': ({ first }) => `You start on a chair with the ${first}, which needs little flexibility.`,
    'flare-gentle-hamstring': () =>
      'In a flare-up, a strong stretch in the back of your thigh can irritate the nerve, so that one stays gentle or is left out.',
    'knees-no-kneeling': () => 'Nothing here kneels, to spare your knees.',
    'no-floor': () => 'None of them needs you to get down to the floor.',
    'felt-most': ({ area }) =>
      area ? `I chose them for ${AREA[area]}, where you feel it most.` : 'I chose them for where you feel it most.',
    'beginner-fewer': ({ count }) => `${capitalize(stretches(count))} ${count === 1 ? 'is' : 'are'} plenty to start with.`,
    'flare-short': ({ count }) => `In a flare-up, ${stretches(count)} ${count === 1 ? 'is' : 'are'} plenty.`,
    'beginner-easier': () => 'Each one starts in its gentler version.',
    'unanswered-gentle': () => 'For the questions you skipped, I chose the gentler option.',
    'no-band': () => 'None of them needs a band.',
  },
  askProfessional: 'Your doctor or a physical therapist can suggest stretches made for pregnancy.',
  balanced: 'They work different areas, in one trip down, so you never have to get back up.',
};

const onboarding: OnboardingWords = {
  offer: "Would you like a plan fitted to you? It's a few quick questions, about a minute.",
  repromptOffer: 'Say yes for a few quick questions, or no to choose a routine.',
  begin: "Great. Just say yes or no, or skip if you'd rather not answer.",
  beginChanging: "Let's go through the questions again. Say skip to keep an answer as it was.",
  questions: {
    phase: "First: is your sciatica flaring up right now? Say no if you're stretching to keep it away.",
    floor: 'Can you get down to the floor and back up again comfortably?',
    steady: 'Are you steady on your feet without holding on to anything?',
    band: 'Do you have a band, a strap, a towel or a belt you could use?',
    beginner: 'Are you new to stretching, or not very flexible?',
    kneesComplain: 'Do your knees complain when you kneel?',
    feltMost: 'Where do you feel it most: your buttock, the back of your thigh, your calf, or your lower back?',
    pregnant: 'Last one: are you pregnant?',
  },
  reprompts: {
    phase: 'Is it flaring up right now? Say yes, no, or skip.',
    floor: 'Can you get down to the floor and up again? Say yes, no, or skip.',
    steady: 'Are you steady on your feet? Say yes, no, or skip.',
    band: 'Do you have a band, strap, towel or belt? Say yes, no, or skip.',
    beginner: 'Are you new to stretching? Say yes, no, or skip.',
    kneesComplain: 'Do your knees hurt when you kneel? Say yes, no, or skip.',
    feltMost: 'Where do you feel it most? Say buttock, thigh, calf, lower back, or skip.',
    pregnant: 'Are you pregnant? Say yes, no, or skip.',
  },
  again: "Sorry, I didn't catch that.",
  noted: "Got it, I've changed that.",
  skipped: "Let's leave that one. I'll choose the gentler option.",
  help: "I'm asking a few questions to fit a plan to you. Answer yes or no, say skip to leave one out, go back for the one before, or stop to finish with what you've told me.",
  ready: (names) => `Here's your plan: ${spokenList(names.map(words.the), 'and')}.`,
  changed: (names) => `I've changed your plan. It's now ${spokenList(names.map(words.the), 'and')}.`,
  kept: (names) =>
    `I've made your plan from what you told me: ${spokenList(names.map(words.the), 'and')}. Say set up my plan any time to finish the questions.`,
  goal: (goal) =>
    goal.per === 'day'
      ? `While it's flaring up, once or twice a day is plenty.`
      : `To keep it away, aim for ${words.number(goal.low)} to ${words.number(goal.high)} times a week.`,
  offerPlan: (count, first) => `Your plan is ${stretches(count)}, starting with the ${first}.`,
  startNow: 'Shall we start it now?',
  startPlan: 'Shall we do your plan?',
  repromptStartPlan: 'Say yes to start your plan, or name a routine, like quick relief.',
  planName: 'personal plan',
  planIntro: (count) => `Here's your plan: ${stretches(count)}.`,
  noPlanYet: "You don't have a plan of your own yet. I can make one with a few quick questions.",
  hint: 'For a plan fitted to you, say set up my plan any time.',
  unclearFact: "I didn't quite catch that. To change your plan, say change my plan.",
  later: "Let's finish this routine first. Then say, set up my plan.",
};

/** A time of day as said: "7 PM", "7:30 AM", "noon", "midnight". */
function clock(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if (minutes === 0 && hours === 12) return 'noon';
  if (minutes === 0 && hours === 0) return 'midnight';
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** Days as said: "every day", "on weekdays", "at weekends", "every Monday and Thursday". */
function daysSaid(days: readonly Weekday[]): string {
  const set = new Set(days);
  if (set.size === 7) return 'every day';
  if (set.size === 5 && !set.has('SA') && !set.has('SU')) return 'on weekdays';
  if (set.size === 2 && set.has('SA') && set.has('SU')) return 'at weekends';
  return `every ${spokenList(
    WEEK.flatMap((day, i) => (set.has(day) ? [WEEKDAYS[i] ?? day] : [])),
    'and',
  )}`;
}

const reminders: ReminderWords = {
  when: (schedule) => `${daysSaid(schedule.days)} at ${clock(schedule.time)}`,
  askTime: 'Sure. What time of day would you like the reminder?',
  promptTime: 'Say a time, like 7 PM.',
  promptTimeAgain: "Sorry, I didn't catch the time. What time would you like the reminder?",
  repromptTime: 'What time should I remind you? Say a time, like 7 PM, or no if you would rather not.',
  confirm: (when) => `I'll remind you ${when} to do your stretches.`,
  promptConfirm: 'Shall I set it?',
  repromptConfirm: (when) => `Shall I set a reminder ${when}? Say yes or no.`,
  set: (when) => `Done. I'll remind you ${when}. You can say, cancel my reminder, at any time.`,
  notSet: "Okay, I won't set a reminder.",
  permissionNeeded: [
    'To set reminders, I need your permission.',
    "In the Alexa app, open Sciatica Stretches in your skills, and allow reminders. I've sent a card there to help.",
  ],
  unsupported: "This device can't set reminders, I'm afraid. You could set one from an Echo speaker or the Alexa app instead.",
  failed: "I couldn't reach the reminders service just now, so nothing has changed. Please try again in a little while.",
  listed: (whens) =>
    whens.length === 0
      ? "You don't have any stretching reminders from me."
      : `You have ${countOf(whens.length, 'stretching reminder', 'stretching reminders')}: ${spokenList(whens, 'and')}.`,
  cancelled: (count) =>
    count === 0
      ? "You don't have any stretching reminders from me, so there's nothing to cancel."
      : `Done. I've cancelled your ${count === 1 ? 'stretching reminder' : 'stretching reminders'}.`,
  deletedToo: (count) =>
    count === null
      ? "I couldn't cancel your stretching reminders just now: you can remove them in the Alexa app, under Reminders."
      : `Your ${count === 1 ? 'stretching reminder is' : 'stretching reminders are'} cancelled too.`,
  text: 'Time for your sciatica stretches. Say, Alexa, open sciatica stretches.',
};

/** The words on an Echo Show screen. */
const screen: ScreenWords = {
  skillName: 'Sciatica Stretches',
  side: (side) => (side === 'right' ? 'Right side' : 'Left side'),
  progress: (number, total) => `Stretch ${number} of ${total}`,
  seconds: 'seconds',
  buttons: { repeat: 'Repeat', pause: 'Pause', resume: 'Resume', next: 'Next', hurts: 'It hurts' },
  voiceHint: 'Say "Alexa, next", "repeat", "pause" or "it hurts".',
  titles: {
    help: 'What you can say',
    paused: 'Paused',
    finished: 'Well done',
    hurts: 'Stop and rest',
    emergency: 'Get help now',
    plan: 'Your plan',
    reminders: 'Reminders',
    routines: 'Routines',
    getReady: 'Get ready',
  },
};

/** Every sentence the skill says in English that is not part of a stretch. */
export const EN: Catalogue = {
  words,
  summary,
  plan,
  onboarding,
  reminders,
  screen,

  welcome: 'Welcome to Sciatica Stretches.',
  enoughToday: (sessions) => [
    `You've already stretched ${words.times(sessions)} today.`,
    "More isn't better: resting, or a gentle walk, is good for you too.",
    'And strengthening matters as much as stretching.',
    "If you'd still like to stretch, that's fine.",
  ],
  disclaimer: [
    "A quick note before we start: I'm a stretching guide, not a substitute for professional medical advice.",
    'If your sciatica came with pregnancy, or you have a known disc problem, ask your doctor or physical therapist which stretches suit you.',
    'Stretch only to a mild pull, never into sharp or spreading pain.',
    "While I'm talking or counting, say Alexa first: Alexa, it hurts, stops the stretch, and Alexa, pause, gives you a break.",
  ],
  sharpWarning: 'If anything feels sharp, come out of the stretch straight away.',
  lostTrack: "Sorry, I lost track of where we were, so let's start fresh.",

  chooseRoutine: (suggested, others) => `Shall we do the ${suggested}? Or say ${spokenList(others, 'or')}.`,
  chooseRoutineAgain: (names) => `Which routine would you like: ${spokenList(names, 'or')}?`,
  whichWouldYouLike: 'Which would you like?',
  routineList: (entries) =>
    `There are ${numberWords(entries.length)} routines: ${spokenList(
      entries.map((e) => `${e.name}, with ${stretches(e.count)}`),
      'and',
    )}.`,
  singleStretchHint: (names) => `You can also name a single stretch, like ${spokenList(names.map(words.the), 'or')}.`,
  equipment: (items) => {
    const standIns = items
      .filter((i) => i.substitutes.length > 0)
      .map((i) => `${spokenList(i.substitutes.slice(0, 2).map(withArticle), 'or')} for the ${i.item}`);
    return [
      `You'll need ${spokenList(
        items.map((i) => withArticle(i.item)),
        'and',
      )}.`,
      ...(standIns.length > 0 ? [`If you don't have one, use ${spokenList(standIns, 'and')}.`] : []),
    ];
  },
  routineLength: (ms) => `It takes about ${words.minutes(ms)}.`,
  warmUp: 'If you can, walk around gently for a few minutes first.',

  takeYourTime: "Take your time getting there. I'll wait.",
  whileYouMove: ["There's no rush. If you're there sooner, say Alexa, next.", 'Take all the time you need.', 'Move slowly and carefully.'],
  promptInPosition: (to) => `When you're ${THERE[to]}, say next.`,
  repromptInPosition: (to) => `Say next when you're ${THERE[to]}. If you need more time, say pause.`,

  stretchOf: (number, total, name) =>
    number === total && total > 1 ? `Last one: the ${name}.` : `Stretch ${numberWords(number)} of ${numberWords(total)}: the ${name}.`,
  singleStretch: (name) => `Let's do the ${name}.`,
  stretchName: (name) => `The ${name}.`,
  sideFirst: (side) => `We'll start with your ${side} side.`,
  sideSecond: (side) => `Now your ${side} side.`,
  sideDone: (side) => `That's your ${side} side done.`,
  again: (side) => (side ? `Once more, your ${side} side.` : 'Once more.'),
  easeBack: 'Ease back into the stretch, slowly.',
  secondsLeft: (seconds) => (seconds === 10 ? 'Ten more seconds.' : `${capitalize(numberWords(seconds))} seconds to go.`),
  lastBreath: 'Last one.',
  breathsHalfway: (done, left) => `That's ${numberWords(done)}. ${capitalize(numberWords(left))} more.`,

  finishedRoutine: (name, done) => `That's the end of the ${name}. Well done: you did ${stretches(done)}.`,
  finishedSingle: (name) => `That's the ${name} done. Well done.`,
  finishedNothing: "That's the end for now. Come back whenever you're ready. Take care.",
  finishedAdvice: [
    'In a flare-up, once or twice a day is enough, and to keep it away, three to five times a week.',
    "More isn't better, and strengthening matters as much as stretching.",
    "If your pain gets worse, or doesn't get better, check in with a doctor or physical therapist. Take care.",
  ],

  paused: 'Okay, paused. Take your time.',
  resuming: (name, side) => `Let's pick up where you left off: the ${name}${side ? `, ${side} side` : ''}.`,
  alreadyFirst: 'This is the first one, so here it is again.',
  backTo: (name) => `Back to the ${name}.`,
  skipping: (name) => `Okay, skipping the ${name}.`,
  startingOver: 'Starting over from the top.',
  easierOn: (variant) => `Here's an easier way: ${variant}.`,
  alreadyEasiest: 'This is already the gentlest version. If it still hurts, stop, and say skip to move on, or stop to finish.',
  detailThen: 'Say repeat to do this side again with these tips.',
  onStretch: (number, total) => `You're on stretch ${numberWords(number)} of ${numberWords(total)}.`,
  leftNone: 'This is the last one.',
  leftSome: (names) => `${capitalize(countOf(names.length, 'more', 'more'))} after this: ${spokenList(names.map(words.the), 'and')}.`,
  whereAt: (name, side, number, total) =>
    `You're on the ${name}${side ? `, ${side} side` : ''}${total > 1 ? `: stretch ${numberWords(number)} of ${numberWords(total)}` : ''}.`,
  whereMoving: (name) => `You're getting into position for the ${name}.`,
  standIn: (item, substitutes) =>
    `If you have no ${item}, ${spokenList(substitutes.slice(0, 2).map(withArticle), 'or')} works just as well.`,
  orSkip: 'Or say skip to move on to the next stretch.',
  notNeeded: (item, name) => (item ? `You don't need ${withArticle(item)} for the ${name}.` : `The ${name} needs nothing but you.`),
  routinesWithout: (item, names) =>
    item && names.length > 0
      ? `That's fine: the ${spokenList(names, 'and')} ${names.length === 1 ? 'routine needs' : 'routines need'} no ${item}.`
      : "That's fine. When a stretch needs something you don't have, I'll say what can stand in for it, or you can skip it.",
  tooEasy: [
    "If it feels easy, that's fine: a mild stretch is all you need.",
    'You can stay a little longer in that comfortable stretch, breathing slowly, but never push into pain.',
    'If what you feel is numbness or tingling, stop, and tell me my leg is numb.',
  ],
  stillNotUnderstood: "Sorry, I still didn't catch that. Here's what you can say.",

  hurtsPain: [
    'Okay. Stop the stretch now, and slowly ease out of the position.',
    'A stretch should feel like a mild pull, never sharp, burning, or spreading pain.',
    'If the pain is severe, or it keeps coming back, please see a doctor or physical therapist.',
  ],
  hurtsNumb: [
    'Okay. Stop now, and gently come out of the stretch.',
    "Numbness or tingling can mean the nerve is irritated, so don't stretch through it.",
    "If it doesn't settle within a few minutes, or it keeps coming back, please see a doctor or physical therapist.",
  ],
  hurtsIdle: [
    "I'm sorry you're hurting.",
    'Please rest in whatever position is most comfortable, and take it easy.',
    'If the pain is severe, or it keeps coming back, please see a doctor or physical therapist.',
  ],
  redFlags:
    "If you ever notice numbness in your groin or inner thighs, trouble with your bladder or bowels, or leg weakness that's quickly getting worse, that's an emergency: go to an emergency department, or call emergency services.",
  emergency: [
    'Please stop stretching now.',
    "Numbness in your groin or inner thighs, losing control of your bladder or bowels, numbness in both legs, or leg weakness that's quickly getting worse needs emergency care.",
    'Go to an emergency department now, or call emergency services.',
    "I'll stop here.",
  ],
  urgent: [
    'Please stop stretching for today.',
    "Back pain with a fever, after a fall or an injury, or with weight loss you can't explain needs a doctor's check today.",
    'Please contact your doctor or an urgent care service today.',
    "If you also notice numbness in your groin, trouble with your bladder or bowels, or leg weakness that's quickly getting worse, go to an emergency department now.",
    "I'll stop here.",
  ],

  unknownRoutine: (heard) => `Sorry, I don't have a routine called ${heard}.`,
  unknownStretch: (heard) => (heard ? `Sorry, I don't know a stretch called ${heard}.` : 'Which stretch would you like?'),
  stretchExamples: (names) => `You could try ${spokenList(names.map(words.the), 'or')}.`,
  notUnderstood: "Sorry, I didn't catch that.",
  tryAgain: 'You can say next to carry on, or stop to finish.',
  nothingActive: "We're not in a routine right now.",
  helpIdle: "I'll guide you through short stretch routines for sciatica, one stretch and one side at a time, with timed holds.",
  helpRoutine:
    'During a routine, you can say next, repeat, go back, skip, pause, make it easier, more detail, how many are left, or what is this for.',
  helpDefault: 'You can also ask how you did this week, turn on pain check-ins, say make bedtime my default, or delete my history.',
  helpWakeWord: "While I'm talking or counting, say Alexa first: Alexa, it hurts, Alexa, pause, or Alexa, stop.",
  helpAdvice:
    'If your sciatica came with pregnancy, or you have a known disc problem, ask your doctor or physical therapist which stretches suit you.',
  goodbyeDone: (done) => `Good work today: you did ${stretches(done)}.`,
  goodbye: 'Goodbye, and take it easy.',

  promptNextSide: (side) => `Say next when you're ready for your ${side} side.`,
  repromptNextSide: (side) => `When you're ready for your ${side} side, say next. Or say stop to finish.`,
  promptNextStretch: (name) => `Next up: the ${name}. Say next when you're ready.`,
  repromptNextStretch: (name) => `Say next to start the ${name}, or stop to finish.`,
  promptResume: "Say resume when you're ready.",
  repromptResume: 'Say resume to carry on, or stop to finish.',
  promptTryEasier: 'Would you like to try a gentler version of this stretch?',
  repromptTryEasier: 'Say yes to try the gentler version, or no to stop for today.',
  promptAfterHurt: 'You can say skip to move on to the next stretch, or stop to finish for today.',
  repromptAfterHurt: 'Say skip to move on, or stop to finish.',
  promptFinishRoutine: 'That was the last stretch. Say next to finish.',
  promptFinishSingle: 'Say next to finish.',
  repromptFinish: 'Say next to finish, or repeat to do that side again.',

  resumeOffer: (name, side, routine) => `You were on the ${name}${side ? `, ${side} side` : ''}${routine ? `, in the ${routine}` : ''}.`,
  promptResumeOffer: 'Would you like to continue?',
  repromptResumeOffer: 'Say yes to carry on where you left off, or no to choose a routine.',
  defaultSet: (routine) => `Done. From now on, I'll offer the ${routine} first.`,
  whichDefault: 'Which routine should be your default? You can say, for example, make bedtime my default.',
  confirmDelete: "This deletes your stretching history and your settings, and it can't be undone.",
  promptConfirmDelete: 'Are you sure you want to delete everything?',
  repromptConfirmDelete: 'Say yes to delete your history, or no to keep it.',
  deleted: 'Done. Your history and settings are deleted. Goodbye.',
  notDeleted: "Okay, I've kept everything.",
  deleteFailed: "Sorry, I couldn't delete your history just now. Please try again in a little while.",
  storageLoadNote: "I can't reach your saved progress right now, so we'll start fresh today.",
  storageSaveNote: "I couldn't save your progress just now. I'll keep trying as we go.",

  promptPainBefore: 'Before we start: on a scale of zero to ten, how is your pain right now? Or say skip.',
  promptPainAfter: 'Before you go: on a scale of zero to ten, how is your pain now? Or say skip.',
  repromptPain: 'How is your pain, from zero to ten? You can also say skip.',
  painNoted: (score) => `Thanks. ${capitalize(numberWords(score))} it is.`,
  painSkipped: "Okay, no score this time. Let's carry on.",
  painSkippedAtEnd: 'Okay, no score this time.',
  painUnclear: 'Sorry, I need a whole number from zero to ten.',
  painOutOfTurnOn: 'I note pain scores at the start and the end of a routine, so I will ask you then.',
  painOutOfTurnOff: 'I only note pain scores before and after a routine. To have me ask, say turn on pain check-ins.',
  checkinsOn: "Okay. I'll ask about your pain before and after each routine. Say turn off pain check-ins to stop.",
  checkinsOff: "Okay. I won't ask about your pain any more.",
  errorSorry: "Sorry, something went wrong on my side. Let's try that again: say next to carry on, or stop to finish.",
};
