import { capitalize, countOf, numberWords, spokenList } from './spoken-numbers';

/**
 * Every sentence the skill says that is not part of a stretch, in one place.
 * Stretch cues live in `content/`; this file holds the glue around them.
 */
export const PROMPTS = {
  welcome: 'Welcome to Sciatica Stretches.',
  disclaimer: [
    "A quick note before we start: I'm a stretching guide, not a substitute for professional medical advice.",
    'Stretch only to a mild pull, never into sharp or spreading pain. Say "it hurts" at any time and we will stop.',
  ],
  lostTrack: "Sorry, I lost track of where we were, so let's start fresh.",
  chooseRoutine: (suggested: string, others: readonly string[]) => `Shall we do the ${suggested}? Or say ${spokenList(others, 'or')}.`,
  chooseRoutineAgain: (names: readonly string[]) => `Which routine would you like: ${spokenList(names, 'or')}?`,
  routineList: (entries: readonly { name: string; count: number }[]) =>
    `There are ${numberWords(entries.length)} routines: ${spokenList(entries.map((e) => `${e.name}, with ${countOf(e.count, 'stretch', 'stretches')}`))}.`,
  singleStretchHint: (examples: readonly string[]) => `You can also name a single stretch, like ${spokenList(examples, 'or')}.`,
  equipment: (items: readonly string[]) => `You'll need ${spokenList(items)}.`,
  stretchOf: (number: number, total: number, name: string) =>
    number === total && total > 1 ? `Last one: the ${name}.` : `Stretch ${numberWords(number)} of ${numberWords(total)}: the ${name}.`,
  singleStretch: (name: string) => `Let's do the ${name}.`,
  sideFirst: (side: string) => `We'll start with your ${side} side.`,
  sideSecond: (side: string) => `Now your ${side} side.`,
  again: (side: string | null) => (side ? `Once more, your ${side} side.` : 'Once more.'),
  sideDone: (side: string) => `That's your ${side} side done.`,
  finishedRoutine: (name: string, stretches: number) =>
    `That's the end of the ${name}. Well done: you did ${countOf(stretches, 'stretch', 'stretches')}.`,
  finishedSingle: (name: string) => `That's the ${name} done. Well done.`,
  finishedNothing: "That's the end for now. Come back whenever you're ready. Take care.",
  finishedAdvice:
    "Once a day is plenty for most people. If your pain gets worse, or doesn't get better, check in with a doctor or physical therapist. Take care.",
  paused: 'Okay, paused. Take your time.',
  resuming: "Let's pick up where you left off.",
  alreadyFirst: 'This is the first one, so here it is again.',
  backTo: (name: string) => `Back to the ${name}.`,
  skipping: (name: string) => `Okay, skipping the ${name}.`,
  startingOver: 'Starting over from the top.',
  easierOn: (variant: string) => `Here's an easier way: ${variant}.`,
  alreadyEasiest: 'This is already the gentlest version. If it still hurts, stop, and say skip to move on, or stop to finish.',
  detailThen: 'Say repeat to do this side again with these tips.',
  onStretch: (number: number, total: number) => `You're on stretch ${numberWords(number)} of ${numberWords(total)}.`,
  leftNone: 'This is the last one.',
  leftSome: (names: readonly string[]) =>
    `${capitalize(countOf(names.length, 'more', 'more'))} after this: ${spokenList(names.map((n) => `the ${n}`))}.`,
  hurtsPain: [
    'Okay. Stop the stretch now, and slowly ease out of the position.',
    'A stretch should feel like a mild pull, never sharp, burning, or spreading pain.',
    'If the pain is severe, or it keeps coming back, please see a doctor or physical therapist.',
  ],
  hurtsNumb: [
    'Okay. Stop now, and gently come out of the stretch.',
    "Numbness or tingling means the nerve is irritated, so don't stretch through it.",
    "If it doesn't settle within a few minutes, or it keeps coming back, please see a doctor or physical therapist.",
  ],
  redFlags:
    'Get medical help promptly if you notice numbness in your groin or inner thighs, trouble controlling your bladder or bowels, or leg weakness that is getting worse.',
  redFlagUrgent: [
    'Please stop stretching now.',
    'Numbness in the groin, trouble controlling your bladder or bowels, or leg weakness that is getting worse need a doctor promptly.',
    "Contact your doctor or an urgent care service today, or call emergency services if it's severe. I'll stop here.",
  ],
  unknownRoutine: (heard: string) => `Sorry, I don't have a routine called ${heard}.`,
  unknownStretch: (heard: string) => (heard ? `Sorry, I don't know a stretch called ${heard}.` : 'Which stretch would you like?'),
  stretchExamples: (names: readonly string[]) =>
    `You could try ${spokenList(
      names.map((n) => `the ${n}`),
      'or',
    )}.`,
  notUnderstood: "Sorry, I didn't catch that.",
  tryAgain: 'You can say next to carry on, or stop to finish.',
  nothingActive: "We're not in a routine right now.",
  helpIdle: "I'll guide you through short stretch routines for sciatica, one stretch and one side at a time, with timed holds.",
  helpRoutine:
    'During a routine, you can say next, repeat, go back, skip, pause, make it easier, more detail, how many are left, or what is this for. If anything hurts, say it hurts and we will stop.',
  goodbyeDone: (stretches: number) => `Good work today: you did ${countOf(stretches, 'stretch', 'stretches')}.`,
  goodbye: 'Goodbye, and take it easy.',
  promptNextSide: (side: string) => `Say next when you're ready for your ${side} side.`,
  repromptNextSide: (side: string) => `When you're ready for your ${side} side, say next. Or say stop to finish.`,
  promptNextStretch: (name: string) => `Next up: the ${name}. Say next when you're ready.`,
  repromptNextStretch: (name: string) => `Say next to start the ${name}, or stop to finish.`,
  promptResume: "Say resume when you're ready.",
  repromptResume: 'Say resume to carry on, or stop to finish.',
  promptTryEasier: 'Would you like to try a gentler version of this stretch?',
  repromptTryEasier: 'Say yes to try the gentler version, or no to stop for today.',
  promptAfterHurt: 'You can say skip to move on to the next stretch, or stop to finish for today.',
  repromptAfterHurt: 'Say skip to move on, or stop to finish.',
  promptFinishRoutine: 'That was the last stretch. Say next to finish.',
  promptFinishSingle: 'Say next to finish.',
  repromptFinish: 'Say next to finish, or repeat to do that side again.',
  hurtsIdle: ["I'm sorry you're hurting.", 'Please rest in whatever position is most comfortable, and take it easy.'],
  resumeOffer: (name: string, side: string | null, routine: string | null) =>
    `You were on the ${name}${side ? `, ${side} side` : ''}${routine ? `, in the ${routine}` : ''}.`,
  promptResumeOffer: 'Would you like to continue?',
  repromptResumeOffer: 'Say yes to carry on where you left off, or no to choose a routine.',
  defaultSet: (routine: string) => `Done. From now on, I'll offer the ${routine} first.`,
  whichDefault: 'Which routine should be your default? You can say, for example, make bedtime my default.',
  confirmDelete: "This deletes your stretching history and your settings, and it can't be undone.",
  promptConfirmDelete: 'Are you sure you want to delete everything?',
  repromptConfirmDelete: 'Say yes to delete your history, or no to keep it.',
  deleted: 'Done. Your history and settings are deleted. Goodbye.',
  notDeleted: "Okay, I've kept everything.",
  helpDefault: 'You can also say make bedtime my default, or delete my history.',
  storageLoadNote: "I can't reach your saved progress right now, so we'll start fresh today.",
  storageSaveNote: "I couldn't save your progress just now. I'll keep trying as we go.",
  deleteFailed: "Sorry, I couldn't delete your history just now. Please try again in a little while.",
  errorSorry: "Sorry, something went wrong on my side. Let's try that again: say next to carry on, or stop to finish.",
} as const;
