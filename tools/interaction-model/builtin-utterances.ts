import { BUILTIN_INTENTS } from '../../lambda/alexa/intents';
import type { BuiltinIntentName } from './utterances';

/**
 * Extra samples for the built-in intents. Alexa already knows the core
 * phrases ("next", "pause"); these add what people say while holding a pose.
 * "keep going" sits on NextIntent, not ResumeIntent: mid-routine it means
 * "move on".
 */
export const BUILTIN_UTTERANCES: Readonly<Record<BuiltinIntentName, readonly string[]>> = {
  [BUILTIN_INTENTS.next]: [
    'next',
    'next one',
    'next please',
    "what's next",
    "i'm ready",
    'ready',
    'ready now',
    'done',
    'finished',
    'keep going',
    'go on',
    'move on',
    "let's move on",
    'okay next',
    "let's go",
  ],
  [BUILTIN_INTENTS.previous]: [
    'go back',
    'back',
    'go back one',
    'previous one',
    'previous stretch',
    'the last one again',
    'the one before',
    'back to the last stretch',
  ],
  [BUILTIN_INTENTS.repeat]: [
    'repeat that',
    'say that again',
    'again',
    'one more time',
    'what did you say',
    'can you repeat that',
    'pardon',
    'sorry i missed that',
    'come again',
  ],
  [BUILTIN_INTENTS.pause]: ['hold on', 'wait', 'give me a minute', 'give me a second', 'hang on', 'one moment', 'pause the routine'],
  [BUILTIN_INTENTS.resume]: ['continue', 'carry on', "let's continue", 'resume the routine', "i'm back", 'pick up where i left off'],
  [BUILTIN_INTENTS.startOver]: [
    'start again from the beginning',
    'start from the beginning',
    'from the top',
    'restart the routine',
    'begin again',
  ],
  [BUILTIN_INTENTS.yes]: ['yeah', 'yep', 'yes please', 'sure', 'okay', 'go ahead'],
  [BUILTIN_INTENTS.no]: ['nope', 'no thanks', 'no thank you', 'not now', 'not today'],
  [BUILTIN_INTENTS.help]: ['what do i say', 'how does this work', 'i need help'],
  [BUILTIN_INTENTS.stop]: ['i want to stop', 'stop the routine', "that's enough for today", "i've had enough"],
  [BUILTIN_INTENTS.cancel]: ['cancel that', 'forget it'],
  [BUILTIN_INTENTS.fallback]: [],
  [BUILTIN_INTENTS.navigateHome]: [],
};
