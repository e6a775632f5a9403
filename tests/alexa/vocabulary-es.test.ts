import type { IntentRequest, Slot } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../lambda/bundled-content';
import { CUSTOM_INTENTS } from '../../lambda/alexa/intents';
import { planFactOf, PLAN_ANSWER_VALUES } from '../../lambda/alexa/plan-answer-vocabulary';
import { REMINDER_DAY_VALUES } from '../../lambda/alexa/reminder-vocabulary';
import { createIntentMapper } from '../../lambda/alexa/request-event';
import { daysFromSpanish } from '../../lambda/alexa/reminder-vocabulary-es';
import { symptomValuesEs } from '../../lambda/alexa/symptom-vocabulary-es';
import { spokenNamesEs, SPANISH_VOCABULARY } from '../../lambda/alexa/vocabulary-es';
import { daysFromSlot } from '../../lambda/domain/reminder-schedule';
import type { Symptom } from '../../lambda/domain/routine-events';

const toEvent = createIntentMapper(bundledContent('es'), SPANISH_VOCABULARY);

/** An es-US IntentRequest whose slots carry only what was heard, as when Alexa resolved nothing. */
function heard(name: string, slots: Record<string, string> = {}): IntentRequest {
  const built: Record<string, Slot> = Object.fromEntries(
    Object.entries(slots).map(([slot, value]) => [slot, { name: slot, value, confirmationStatus: 'NONE' as const }]),
  );
  return {
    type: 'IntentRequest',
    requestId: 'r',
    timestamp: '',
    locale: 'es-US',
    dialogState: 'COMPLETED',
    intent: { name, confirmationStatus: 'NONE', slots: built },
  };
}

describe('Spanish symptoms', () => {
  it('resolves every phrase to its seriousness through the intent mapper, as a slot Alexa did not resolve', () => {
    const wrong: string[] = [];
    for (const [symptom, phrases] of Object.entries(symptomValuesEs()) as [Symptom, readonly string[]][]) {
      for (const phrase of phrases) {
        const event = toEvent(heard(CUSTOM_INTENTS.itHurts, { symptom: phrase }));
        if (event.type !== 'hurts' || event.symptom !== symptom) wrong.push(`${phrase} -> ${JSON.stringify(event)}, not ${symptom}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps a phrase only in its most serious list, so no red flag is heard as plain pain', () => {
    const lists = symptomValuesEs();
    const all = Object.values(lists).flat();
    expect(all.length).toBe(new Set(all).size);
    expect(lists.emergency).toEqual(
      expect.arrayContaining(['me duelen las dos piernas', 'tengo las piernas dormidas', 'no siento las piernas']),
    );
    expect(lists.pain).toEqual(expect.arrayContaining(['me duelen las piernas', 'me duele la pierna derecha', 'dolor de espalda']));
    expect(lists.numbness).toEqual(
      expect.arrayContaining(['se me duerme la pierna', 'no siento el pie', 'hormigueo en los dedos del pie']),
    );
  });

  it.each<[string, Symptom]>([
    ['entumecimiento en la ingle', 'emergency'],
    ['no siento la zona íntima', 'emergency'],
    ['adormecimiento entre las piernas', 'emergency'],
    ['no controlo la orina', 'emergency'],
    ['se me escapa la orina', 'emergency'],
    ['no puedo orinar', 'emergency'],
    ['no controlo el intestino', 'emergency'],
    ['he perdido el control del intestino', 'emergency'],
    ['se me debilita la pierna', 'emergency'],
    ['la pierna no me responde', 'emergency'],
    ['se me duermen las dos piernas', 'emergency'],
    ['hormigueo en ambos pies', 'emergency'],
    ['fiebre', 'urgent'],
    ['me caí por las escaleras', 'urgent'],
    ['tuve un accidente de coche', 'urgent'],
    ['me hice daño en la espalda en una caída', 'urgent'],
    ['estoy perdiendo peso sin razón', 'urgent'],
    ['se me duerme el pie', 'numbness'],
    ['tengo la pierna dormida', 'numbness'],
    ['me duele la cadera', 'pain'],
    ['me hice daño en la espalda', 'pain'],
    ['un dolor que baja por la pierna', 'pain'],
  ])('"%s" is %s', (phrase, symptom) => {
    expect(toEvent(heard(CUSTOM_INTENTS.itHurts, { symptom: phrase }))).toEqual({ type: 'hurts', symptom });
  });
});

describe('Spanish days for a reminder', () => {
  it.each<[string, string[]]>([
    ['lunes y jueves', ['MO', 'TH']],
    ['de lunes a viernes', ['MO', 'TU', 'WE', 'TH', 'FR']],
    ['lunes a viernes', ['MO', 'TU', 'WE', 'TH', 'FR']],
    ['de viernes a lunes', ['MO', 'FR', 'SA', 'SU']],
    ['desde el martes hasta el jueves', ['TU', 'WE', 'TH']],
    ['todos los días', ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']],
    ['cada día', ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']],
    ['a diario', ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']],
    ['entre semana', ['MO', 'TU', 'WE', 'TH', 'FR']],
    ['los fines de semana', ['SA', 'SU']],
    ['los sábados y domingos', ['SA', 'SU']],
    ['sabados y domingos', ['SA', 'SU']],
    ['Lunes, Miércoles y Viernes', ['MO', 'WE', 'FR']],
    ['solo los martes', ['TU']],
    ['todos los lunes y los jueves', ['MO', 'TH']],
    ['entre semana y el domingo', ['MO', 'TU', 'WE', 'TH', 'FR', 'SU']],
  ])('"%s" is %j', (said, days) => {
    expect(daysFromSpanish(said)).toEqual(days);
  });

  it.each([undefined, '', 'y', 'mañana', 'lunes y mañana', 'cada dos semanas', 'monday'])('%j is not understood', (said) => {
    expect(daysFromSpanish(said)).toBeNull();
  });

  it('reads days Alexa did not resolve word by word, and resolved ones by their id', () => {
    expect(toEvent(heard(CUSTOM_INTENTS.setReminder, { days: 'lunes y jueves', time: '19:00' }))).toEqual({
      type: 'set-reminder',
      time: '19:00',
      days: ['MO', 'TH'],
    });
    expect(toEvent(heard(CUSTOM_INTENTS.setReminder, { days: 'los fines de semana', time: '08:30' }))).toEqual({
      type: 'set-reminder',
      time: '08:30',
      days: ['SA', 'SU'],
    });
  });

  it('has exactly the English ids, each one a day or days daysFromSlot reads', () => {
    expect(Object.keys(SPANISH_VOCABULARY.reminderDays)).toEqual(Object.keys(REMINDER_DAY_VALUES));
    for (const [id, phrases] of Object.entries(SPANISH_VOCABULARY.reminderDays)) {
      expect(daysFromSlot(id), id).not.toBeNull();
      // Every phrase means what its id means, read word by word as well.
      for (const phrase of phrases) expect(daysFromSpanish(phrase), phrase).toEqual(daysFromSlot(id));
    }
  });
});

describe('Spanish plan answers', () => {
  it('has exactly the English answer ids, each a fact the onboarding understands', () => {
    expect(Object.keys(SPANISH_VOCABULARY.planAnswers).sort()).toEqual(Object.keys(PLAN_ANSWER_VALUES).sort());
    for (const id of Object.keys(SPANISH_VOCABULARY.planAnswers)) expect(planFactOf(id), id).not.toBeNull();
  });

  it('never gives one phrase two answers, and leaves words of pain to the symptoms', () => {
    const phrases = Object.values(SPANISH_VOCABULARY.planAnswers).flat();
    expect(phrases.filter((p, i) => phrases.indexOf(p) !== i)).toEqual([]);
    expect(phrases.filter((p) => /duel|dolor/.test(p))).toEqual([]);
  });

  it.each([
    ['estoy embarazada', { question: 'pregnant', value: true }],
    ['no puedo bajar al suelo', { question: 'floor', value: false }],
    ['uso bastón', { question: 'steady', value: false }],
    ['en la zona lumbar', { question: 'feltMost', value: 'lower-back' }],
    ['para prevenir', { question: 'phase', value: 'prevention' }],
  ])('"%s" answers %o', (said, fact) => {
    expect(toEvent(heard(CUSTOM_INTENTS.planAnswer, { answer: said }))).toEqual({ type: 'plan-answer', fact });
  });
});

describe('Spanish names, weeks and equipment', () => {
  it('says a content name without its article, without punctuation, and with its item said any way', () => {
    expect(spokenNamesEs(['la paloma'])).toEqual(['la paloma', 'paloma']);
    expect(spokenNamesEs(['gato-vaca'])).toEqual(['gato vaca']);
    expect(spokenNamesEs(['isquiotibiales boca arriba, con banda'])).toEqual([
      'isquiotibiales boca arriba con banda',
      'isquiotibiales boca arriba con la banda',
      'isquiotibiales boca arriba con una banda',
    ]);
    expect(spokenNamesEs(['rodilla con cojín'])).toEqual(['rodilla con cojín', 'rodilla con el cojín', 'rodilla con un cojín']);
  });

  it.each([
    [CUSTOM_INTENTS.startRoutine, { routine: 'Alivio rápido' }, { type: 'start-routine', routine: { kind: 'match', id: 'quick-relief' } }],
    [
      CUSTOM_INTENTS.startStretch,
      { stretch: 'isquiotibiales con una banda' },
      { type: 'start-stretch', stretch: { kind: 'match', id: 'lying-hamstring-band' } },
    ],
    [CUSTOM_INTENTS.startStretch, { stretch: 'gato vaca' }, { type: 'start-stretch', stretch: { kind: 'match', id: 'cat-cow' } }],
    [CUSTOM_INTENTS.weeklySummary, { week: 'la semana pasada' }, { type: 'summary-request', week: 'last' }],
    [CUSTOM_INTENTS.noEquipment, { equipment: 'esterilla' }, { type: 'no-equipment', item: 'mat' }],
    [CUSTOM_INTENTS.noEquipment, { equipment: 'pelota de tenis' }, { type: 'no-equipment', item: 'tennis ball' }],
  ])('%s with %o heard is %o', (name, slots, event) => {
    expect(toEvent(heard(name, slots))).toEqual(event);
  });

  it('names every equipment item the Spanish content uses, its Spanish name first', () => {
    const items = new Set(bundledContent('es').stretches.flatMap((s) => s.equipment.map((e) => e.item)));
    expect(Object.keys(SPANISH_VOCABULARY.equipment).sort()).toEqual([...items].sort());
    expect(SPANISH_VOCABULARY.equipment['band']?.[0]).toBe('banda');
    const phrases = Object.values(SPANISH_VOCABULARY.equipment).flat();
    expect(phrases.filter((p, i) => phrases.indexOf(p) !== i)).toEqual([]);
  });
});
