import { CUSTOM_INTENTS, SLOTS } from '../../../lambda/alexa/intents';
import { act, action, BARE, REQUEST, SHORT, wrap } from './carriers';

/**
 * Daily reminders through the Alexa Reminders API, in Spanish: setting one
 * (with a time and days, or without, when the time is asked for), hearing
 * them, and cancelling them. Days always come before the time: AMAZON.TIME
 * takes everything after "a las" in virtual-alexa, as it might on a device.
 */

const time = `{-|${SLOTS.time}}`;
const days = `{-|${SLOTS.days}}`;

/** Asking to be reminded, tú and usted, and what for: "recuérdame estirar", "avíseme para estirar". */
const REMIND_ME = [
  '{recuérdame|recuérdeme} {estirar|hacer mis estiramientos|hacer los estiramientos|que estire|}',
  '{avísame|avíseme} {para estirar|para hacer mis estiramientos|}',
];

/** Setting a reminder, tú and usted. */
const SET_ONE = ['pon', 'ponga', 'ponme', 'póngame', 'crea', 'cree', 'programa', 'programe', 'configura', 'configure'];

/** The time said after "a": "a {las} siete", "a {la} una". */
const AT = 'a {las|la}';

/** Set a reminder: with a time and days, a time alone, days alone, or neither. */
const SET_REMINDER: readonly string[] = [
  ...act(REQUEST, [action('{recuérdame|recuérdeme} estirar', 'recordarme estirar')]),
  ...wrap(SHORT, ['{SET_ONE} un recordatorio {diario|}', '{recuérdame|recuérdeme} hacer mis estiramientos', 'un recordatorio'], {
    SET_ONE,
  }),
  ...wrap(
    BARE,
    [
      `{REMIND_ME} ${days} ${AT} ${time}`,
      `{REMIND_ME} ${AT} ${time} {todos los días|cada día|a diario|}`,
      `{REMIND_ME} ${days}`,
      `{REMIND_ME} ${time}`,
      `{SET_ONE} un recordatorio {diario|} {para las|a las|para la|a la} ${time}`,
      `{SET_ONE} un recordatorio ${days} ${AT} ${time}`,
      `{SET_ONE} un recordatorio {para|} ${days}`,
      '{puedes|podrías|puede|podría} recordarme {que estire|que haga mis estiramientos}',
      '{puedes|podrías|puede|podría} avisarme para estirar',
      '{quiero|quisiera|me gustaría|necesito} un recordatorio {diario|} {para estirar|para mis estiramientos|}',
      'quiero que me {recuerdes|recuerde} {estirar|hacer mis estiramientos}',
      `{a las|a la|sobre las|hacia las|como a las|para las} ${time} {por favor|}`,
      `{ponlo|póngalo|que sea|mejor} ${AT} ${time}`,
      `${days} ${AT} ${time}`,
      `{digamos|pongamos} ${AT} ${time}`,
      `qué tal ${AT} ${time}`,
    ],
    { REMIND_ME, SET_ONE },
  ),
];

/** What reminders are set. */
const LIST_REMINDERS: readonly string[] = [
  ...wrap(SHORT, ['qué recordatorios tengo', 'tengo algún recordatorio', 'cuándo es mi recordatorio', 'a qué hora es mi recordatorio']),
  ...wrap(BARE, [
    'qué recordatorios {hay|tengo puestos|he puesto}',
    'cuáles son mis recordatorios',
    '{dime|dígame|lee|lea|léeme|léame} mis recordatorios',
    'mis recordatorios',
    'hay algún recordatorio {puesto|}',
    'hay recordatorios {puestos|}',
    'tengo recordatorios',
    'cuándo me {vas a recordar|va a recordar|recuerdas|recuerda} estirar',
    'a qué hora me {lo recuerdas|lo recuerda|avisas|avisa}',
    '{tengo un recordatorio puesto|puse un recordatorio}',
  ]),
];

/** Cancel every reminder of the skill. */
const CANCEL_REMINDERS: readonly string[] = [
  ...act(REQUEST, [action('{cancela|cancele} mi recordatorio', 'cancelar mi recordatorio')]),
  ...wrap(SHORT, [
    '{cancela|cancele|borra|borre|elimina|quita|desactiva|apaga} {mis recordatorios|el recordatorio|los recordatorios|el recordatorio diario}',
  ]),
  ...wrap(BARE, [
    '{deja|deje} de {recordarme|recordármelo|avisarme}',
    'no me lo {recuerdes|recuerde} más',
    'no me {recuerdes|recuerde} más',
    'ya no me lo {recuerdes|recuerde}',
    '{no quiero|ya no quiero} {más recordatorios|el recordatorio|recordatorios}',
    'no más recordatorios',
    'sin recordatorios',
  ]),
];

/** The reminder intents and their samples. */
export const REMINDER_SAMPLES_ES = {
  [CUSTOM_INTENTS.setReminder]: SET_REMINDER,
  [CUSTOM_INTENTS.listReminders]: LIST_REMINDERS,
  [CUSTOM_INTENTS.cancelReminders]: CANCEL_REMINDERS,
} as const;
