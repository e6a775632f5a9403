import type { IntentRequest } from 'ask-sdk-model';
import type { ConversationRequest } from '../conversation/turn';
import type { Content } from '../domain/content';
import type { RoutineEvent, Symptom } from '../domain/routine-events';
import { BUILTIN_INTENTS, CUSTOM_INTENTS, SLOTS } from './intents';
import { daysFromSlot, timeFromSlot } from '../domain/reminder-schedule';
import { planFactOf } from './plan-answer-vocabulary';
import { spokenAliases, type SlotVocabulary } from './slot-vocabulary';
import { lazyNameIndex, nameIndex, parseSpokenNumber, resolveSlot } from './slots';

/** Maps an intent request to what the turn layer is asked to do. */
export type IntentMapper = (request: IntentRequest) => ConversationRequest;

const SYMPTOMS: readonly Symptom[] = ['pain', 'numbness', 'emergency', 'urgent'];

/**
 * Maps each intent the skill knows to a routine event. Anything else
 * (an intent from a newer model, a typo in a test) is `not-understood`.
 */
export function createIntentMapper(content: Content, vocabulary: SlotVocabulary): IntentMapper {
  const spokenRoutines = spokenAliases(content.routines, vocabulary);
  const spokenStretches = spokenAliases(content.stretches, vocabulary);
  const routines = nameIndex(content.routines.map((r) => ({ ...r, aliases: spokenRoutines.get(r.id) ?? r.aliases })));
  const stretches = nameIndex(content.stretches.map((s) => ({ ...s, aliases: spokenStretches.get(s.id) ?? s.aliases })));
  const symptoms = lazyNameIndex(SYMPTOMS, () => SYMPTOMS.map((id) => ({ id, name: id, aliases: vocabulary.symptoms()[id] })));
  const weeks = nameIndex((['this', 'last'] as const).map((id) => ({ id, name: id, aliases: vocabulary.weeks[id] })));
  const items = [...new Set(content.stretches.flatMap((s) => s.equipment.map((e) => e.item)))];
  const equipment = nameIndex(items.map((item) => ({ id: item, name: item, aliases: vocabulary.equipment[item] ?? [] })));
  const answers = nameIndex(Object.entries(vocabulary.planAnswers).map(([id, phrases]) => ({ id, name: id, aliases: phrases })));
  const dayWords = nameIndex(Object.entries(vocabulary.reminderDays).map(([id, phrases]) => ({ id, name: id, aliases: phrases })));
  const simple: Readonly<Record<string, RoutineEvent>> = {
    [CUSTOM_INTENTS.listRoutines]: { type: 'list-routines' },
    [CUSTOM_INTENTS.howManyLeft]: { type: 'how-many-left' },
    [CUSTOM_INTENTS.whatIsThisFor]: { type: 'what-is-this-for' },
    [CUSTOM_INTENTS.easier]: { type: 'easier' },
    [CUSTOM_INTENTS.moreDetail]: { type: 'more-detail' },
    [CUSTOM_INTENTS.skip]: { type: 'skip' },
    [CUSTOM_INTENTS.deleteHistory]: { type: 'delete-history' },
    [CUSTOM_INTENTS.painCheckinsOn]: { type: 'pain-checkins', on: true },
    [CUSTOM_INTENTS.painCheckinsOff]: { type: 'pain-checkins', on: false },
    [CUSTOM_INTENTS.whereAmI]: { type: 'where-am-i' },
    [CUSTOM_INTENTS.tooEasy]: { type: 'too-easy' },
    [CUSTOM_INTENTS.setUpPlan]: { type: 'set-up-plan' },
    [CUSTOM_INTENTS.startPlan]: { type: 'start-plan' },
    [CUSTOM_INTENTS.whyPlan]: { type: 'why-plan' },
    [CUSTOM_INTENTS.listReminders]: { type: 'list-reminders' },
    [CUSTOM_INTENTS.cancelReminders]: { type: 'cancel-reminders' },
    [BUILTIN_INTENTS.next]: { type: 'next' },
    [BUILTIN_INTENTS.repeat]: { type: 'repeat' },
    [BUILTIN_INTENTS.previous]: { type: 'previous' },
    [BUILTIN_INTENTS.pause]: { type: 'pause' },
    [BUILTIN_INTENTS.resume]: { type: 'resume' },
    [BUILTIN_INTENTS.startOver]: { type: 'start-over' },
    [BUILTIN_INTENTS.yes]: { type: 'yes' },
    [BUILTIN_INTENTS.no]: { type: 'no' },
    [BUILTIN_INTENTS.help]: { type: 'help' },
    [BUILTIN_INTENTS.stop]: { type: 'stop' },
    [BUILTIN_INTENTS.cancel]: { type: 'stop' },
    [BUILTIN_INTENTS.navigateHome]: { type: 'stop' },
    [BUILTIN_INTENTS.fallback]: { type: 'not-understood' },
  };
  return (request) => {
    const name = request.intent?.name;
    const slots = request.intent?.slots ?? {};
    switch (name) {
      case CUSTOM_INTENTS.startRoutine:
        return { type: 'start-routine', routine: resolveSlot(slots[SLOTS.routine], routines) };
      case CUSTOM_INTENTS.weeklySummary: {
        const week = resolveSlot(slots[SLOTS.week], weeks);
        return { type: 'summary-request', week: week.kind === 'match' && week.id === 'last' ? 'last' : 'this' };
      }
      case CUSTOM_INTENTS.painScore:
        return { type: 'pain-score', score: parseSpokenNumber(slots[SLOTS.score]?.value) };
      case CUSTOM_INTENTS.setDefault:
        return { type: 'set-default', routine: resolveSlot(slots[SLOTS.routine], routines) };
      case CUSTOM_INTENTS.startStretch:
        return { type: 'start-stretch', stretch: resolveSlot(slots[SLOTS.stretch], stretches) };
      case CUSTOM_INTENTS.noEquipment: {
        const item = resolveSlot(slots[SLOTS.equipment], equipment);
        return { type: 'no-equipment', item: item.kind === 'match' ? item.id : null };
      }
      case CUSTOM_INTENTS.setReminder: {
        const heard = slots[SLOTS.days]?.value;
        const said = resolveSlot(slots[SLOTS.days], dayWords);
        // A value Alexa resolved arrives as its id; anything else ("monday and thursday") is read word by word.
        const days = said.kind === 'match' ? daysFromSlot(said.id) : heard ? vocabulary.daysFromWords(heard) : null;
        return { type: 'set-reminder', time: timeFromSlot(slots[SLOTS.time]?.value), days };
      }
      case CUSTOM_INTENTS.planAnswer: {
        const match = resolveSlot(slots[SLOTS.answer], answers);
        return { type: 'plan-answer', fact: match.kind === 'match' ? planFactOf(match.id) : null };
      }
      case CUSTOM_INTENTS.itHurts: {
        const match = resolveSlot(slots[SLOTS.symptom], symptoms);
        return { type: 'hurts', symptom: match.kind === 'match' ? (match.id as Symptom) : 'pain' };
      }
      default:
        return (name && simple[name]) || { type: 'not-understood' };
    }
  };
}
