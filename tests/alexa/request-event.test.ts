import type { IntentRequest, Slot } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { BUILTIN_INTENTS, CUSTOM_INTENTS } from '../../lambda/alexa/intents';
import { planFactOf, PLAN_ANSWER_VALUES } from '../../lambda/alexa/plan-answer-vocabulary';
import { ENGLISH_VOCABULARY } from '../../lambda/alexa/slot-vocabulary';
import { createIntentMapper } from '../../lambda/alexa/request-event';
import { content } from '../support/content';

const toEvent = createIntentMapper(content, ENGLISH_VOCABULARY);

/** An IntentRequest as Alexa sends it; a slot given as [value, resolved id] carries entity resolution. */
function request(name: string, slots: Record<string, string | [string, string]> = {}): IntentRequest {
  const built: Record<string, Slot> = Object.fromEntries(
    Object.entries(slots).map(([slot, given]) => {
      const [value, id] = Array.isArray(given) ? given : [given, undefined];
      const resolutions = id
        ? {
            resolutionsPerAuthority: [
              { authority: 'a', status: { code: 'ER_SUCCESS_MATCH' as const }, values: [{ value: { name: value, id } }] },
            ],
          }
        : undefined;
      return [slot, { name: slot, value, confirmationStatus: 'NONE' as const, ...(resolutions ? { resolutions } : {}) }];
    }),
  );
  return {
    type: 'IntentRequest',
    requestId: 'r',
    timestamp: '',
    locale: 'en-US',
    dialogState: 'COMPLETED',
    intent: { name, confirmationStatus: 'NONE', slots: built },
  };
}

describe('intents become engine events', () => {
  it('navigation built-ins map one to one, and cancel and navigate home stop', () => {
    expect(toEvent(request(BUILTIN_INTENTS.next))).toEqual({ type: 'next' });
    expect(toEvent(request(BUILTIN_INTENTS.previous))).toEqual({ type: 'previous' });
    expect(toEvent(request(BUILTIN_INTENTS.cancel))).toEqual({ type: 'stop' });
    expect(toEvent(request(BUILTIN_INTENTS.navigateHome))).toEqual({ type: 'stop' });
    expect(toEvent(request(BUILTIN_INTENTS.fallback))).toEqual({ type: 'not-understood' });
  });

  it('a routine resolved by Alexa, or only heard, or unknown, or missing', () => {
    expect(toEvent(request(CUSTOM_INTENTS.startRoutine, { routine: ['the bedtime ones', 'bedtime'] }))).toEqual({
      type: 'start-routine',
      routine: { kind: 'match', id: 'bedtime' },
    });
    expect(toEvent(request(CUSTOM_INTENTS.startRoutine, { routine: 'Bedtime' }))).toEqual({
      type: 'start-routine',
      routine: { kind: 'match', id: 'bedtime' },
    });
    expect(toEvent(request(CUSTOM_INTENTS.startRoutine, { routine: 'hot yoga!' }))).toEqual({
      type: 'start-routine',
      routine: { kind: 'no-match', heard: 'hot yoga' },
    });
    expect(toEvent(request(CUSTOM_INTENTS.startRoutine))).toEqual({ type: 'start-routine', routine: { kind: 'none' } });
  });

  it('a stretch only heard is found by the names the model gives it: "with the band" as well as "with a band"', () => {
    expect(toEvent(request(CUSTOM_INTENTS.startStretch, { stretch: 'hamstring stretch with the band' }))).toEqual({
      type: 'start-stretch',
      stretch: { kind: 'match', id: 'lying-hamstring-band' },
    });
    expect(toEvent(request(CUSTOM_INTENTS.startStretch, { stretch: 'kneeling hip flexor with the reach' }))).toEqual({
      type: 'start-stretch',
      stretch: { kind: 'match', id: 'half-kneeling-hip-flexor' },
    });
  });

  it('an id Alexa resolves that the content no longer has counts as unmatched', () => {
    expect(toEvent(request(CUSTOM_INTENTS.startStretch, { stretch: ['old one', 'retired-stretch'] }))).toEqual({
      type: 'start-stretch',
      stretch: { kind: 'no-match', heard: 'old one' },
    });
  });

  it('symptoms by seriousness, and "it hurts" with no symptom is pain', () => {
    expect(toEvent(request(CUSTOM_INTENTS.itHurts, { symptom: "can't pee" }))).toEqual({ type: 'hurts', symptom: 'emergency' });
    expect(toEvent(request(CUSTOM_INTENTS.itHurts, { symptom: 'a fever' }))).toEqual({ type: 'hurts', symptom: 'urgent' });
    expect(toEvent(request(CUSTOM_INTENTS.itHurts, { symptom: 'pins and needles' }))).toEqual({ type: 'hurts', symptom: 'numbness' });
    expect(toEvent(request(CUSTOM_INTENTS.itHurts))).toEqual({ type: 'hurts', symptom: 'pain' });
  });

  it('a weekly summary of last week, or this week by default; a pain score as a number or null', () => {
    expect(toEvent(request(CUSTOM_INTENTS.weeklySummary, { week: 'the week before' }))).toEqual({ type: 'summary-request', week: 'last' });
    expect(toEvent(request(CUSTOM_INTENTS.weeklySummary))).toEqual({ type: 'summary-request', week: 'this' });
    expect(toEvent(request(CUSTOM_INTENTS.painScore, { score: '7' }))).toEqual({ type: 'pain-score', score: 7 });
    expect(toEvent(request(CUSTOM_INTENTS.painScore, { score: '?' }))).toEqual({ type: 'pain-score', score: null });
  });

  it('an intent the skill does not know is not understood', () => {
    expect(toEvent(request('SomeNewIntent'))).toEqual({ type: 'not-understood' });
  });
});

describe('what people say about themselves becomes a plan answer', () => {
  it.each(Object.entries(PLAN_ANSWER_VALUES))('every phrase of %s, resolved or heard, is one answer', (id, phrases) => {
    const fact = planFactOf(id);
    expect(fact).not.toBeNull();
    expect(toEvent(request(CUSTOM_INTENTS.planAnswer, { answer: [phrases[0] ?? '', id] }))).toEqual({ type: 'plan-answer', fact });
    for (const phrase of phrases)
      expect(toEvent(request(CUSTOM_INTENTS.planAnswer, { answer: phrase }))).toEqual({ type: 'plan-answer', fact });
  });

  it('an answer not understood, or an id Alexa resolves that names none, is no answer', () => {
    expect(toEvent(request(CUSTOM_INTENTS.planAnswer, { answer: 'purple' }))).toEqual({ type: 'plan-answer', fact: null });
    expect(toEvent(request(CUSTOM_INTENTS.planAnswer))).toEqual({ type: 'plan-answer', fact: null });
    expect(planFactOf('floor:maybe')).toBeNull();
  });

  it('set up, start and why map to their events', () => {
    expect(toEvent(request(CUSTOM_INTENTS.setUpPlan))).toEqual({ type: 'set-up-plan' });
    expect(toEvent(request(CUSTOM_INTENTS.startPlan))).toEqual({ type: 'start-plan' });
    expect(toEvent(request(CUSTOM_INTENTS.whyPlan))).toEqual({ type: 'why-plan' });
  });
});

describe('reminders become engine events', () => {
  it('a time as Alexa sends it and days by name; a missing time or unreadable days are null', () => {
    expect(toEvent(request(CUSTOM_INTENTS.setReminder, { time: '19:00', days: ['weekdays', 'weekday'] }))).toEqual({
      type: 'set-reminder',
      time: '19:00',
      days: ['MO', 'TU', 'WE', 'TH', 'FR'],
    });
    expect(toEvent(request(CUSTOM_INTENTS.setReminder, { time: 'EV', days: 'monday and thursday' }))).toEqual({
      type: 'set-reminder',
      time: '19:00',
      days: ['MO', 'TH'],
    });
    expect(toEvent(request(CUSTOM_INTENTS.setReminder, { days: 'someday' }))).toEqual({ type: 'set-reminder', time: null, days: null });
    expect(toEvent(request(CUSTOM_INTENTS.listReminders))).toEqual({ type: 'list-reminders' });
    expect(toEvent(request(CUSTOM_INTENTS.cancelReminders))).toEqual({ type: 'cancel-reminders' });
  });
});
