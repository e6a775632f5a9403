import { CUSTOM_INTENTS, SLOTS } from '../../../lambda/alexa/intents';
import { expand } from '../grammar/expand';
import { act, action, BARE, COMMAND, QUESTION, REQUEST, SHORT, wrap } from './carriers';

/**
 * Progress and settings in Spanish: deleting history, the weekly summary,
 * pain scores, and pain check-ins on and off.
 */

const week = `{-|${SLOTS.week}}`;
const score = `{-|${SLOTS.score}}`;

/** What the skill keeps about someone, with "mi" or "mis" as each word takes it. */
const MY_RECORDS = [
  'mi historial',
  'mis datos',
  'mi progreso',
  'mis registros',
  'mi información',
  'mis estadísticas',
  'mi racha',
  'todos mis datos',
];

/** Delete history: delete, erase, clear or forget what is stored. */
const DELETE_HISTORY: readonly string[] = [
  ...act(COMMAND, [
    action('{borra|borre} mi historial', 'borrar mi historial'),
    action('{borra|borre} mis datos', 'borrar mis datos'),
    action('{elimina|elimine} mis datos', 'eliminar mis datos'),
    action('{borra|borre} mi progreso', 'borrar mi progreso'),
  ]),
  ...act(
    ['{CORE}', '{puedes|quiero} {INF}'],
    [action('{borra|borre|elimina|elimine|resetea|reinicia} {MY_RECORD}', '{borrar|eliminar|resetear} {MY_RECORD}')],
    { MY_RECORD: MY_RECORDS },
  ),
  ...wrap(BARE, [
    '{olvida|olvide} {todo lo que sabes de mí|todo lo que sabe de mí|todo sobre mí|mis datos}',
    '{olvídate|olvídese} de mí',
    '{borra|borre|elimina|elimine} todo lo que {sabes|sabe|tienes|tiene|has guardado|ha guardado} {de mí|sobre mí}',
    '{borra|borre|elimina|elimine} todo',
    'borrar todo',
    'quiero que {borres|borre|elimines|elimine} mis datos',
    'no quiero que guardes mis datos',
  ]),
];

/** Where a week goes in a summary question: "cómo me fue {la semana pasada}", "en la semana pasada". */
const WEEK_REFS = [week, `{en|durante} ${week}`];

/** Weekly summary: how did I do, my progress, my streak, how many times. */
const WEEKLY_SUMMARY: readonly string[] = [
  ...wrap(QUESTION, [
    'cómo me fue',
    'cómo voy',
    'cómo lo estoy haciendo',
    'cómo lo hice',
    'qué tal voy',
    'qué tal me fue',
    'cuál es mi racha',
    `cómo me fue ${week}`,
    `qué tal ${week}`,
    `cómo voy ${week}`,
  ]),
  ...wrap(SHORT, [
    'mi progreso',
    'resumen semanal',
    'mi resumen semanal',
    'el resumen semanal',
    'mi resumen',
    'mi racha',
    `mi progreso ${week}`,
  ]),
  ...wrap(
    BARE,
    [
      '{cómo me fue|cómo lo hice|qué tal lo hice|qué tal me fue|cómo voy|cómo ha ido|cómo fue} {WEEK}',
      '{cómo|qué tal} {va|ha ido|fue|estuvo} {mi semana|la semana|mi progreso}',
      'qué tal {WEEK}',
      'y {WEEK}',
      'cuántas veces {estiré|he estirado|hice mis estiramientos|he hecho mis estiramientos} {WEEK|}',
      'cuántos días {estiré|he estirado} {WEEK|}',
      'cuántas {sesiones|rutinas} {hice|he hecho} {WEEK|}',
      'cuánto {estiré|he estirado} {WEEK|}',
      '{estiré|he estirado|hice mis estiramientos} {WEEK}',
      '{cómo va|cuál es|cómo está} mi {racha|progreso}',
      'cuántos días seguidos {llevo|he estirado}',
      '{llevo|tengo} una racha',
      '{voy bien|estoy cumpliendo|estoy mejorando}',
      '{dame|deme|dime|dígame|muéstrame|muéstreme|léeme|léame} mi {progreso|resumen|resumen semanal|racha|estadísticas}',
      '{dame|deme|dime|dígame} {el|un} resumen {semanal|de la semana|}',
      `{dame|deme} {el|un} resumen de ${week}`,
      '{revisa|revise} mi progreso',
      `{el|mi} resumen de ${week}`,
      `{el|mi} progreso de ${week}`,
      'mis estadísticas',
      'estadísticas',
      'progreso',
      'el progreso',
      'resumen',
      'el resumen',
      '{cómo|qué tal} voy hasta ahora',
      '{WEEK}',
    ],
    { WEEK: WEEK_REFS },
  ),
];

/** Hedges before a pain score: "{yo diría} un seis". */
const HEDGES = [
  '',
  'como',
  'más o menos',
  'alrededor de',
  'sobre',
  'tal vez',
  'quizás',
  'quizá',
  'creo que',
  'diría que',
  'yo diría',
  'yo diría que',
  'le doy',
  'le pongo',
  'le daría',
  'es',
  'está en',
  'estoy en',
  'mi dolor es',
  'mi dolor está en',
  'el dolor está en',
  'solo',
  'todavía',
  'probablemente',
  'pues',
];

/** How people say the number itself: "seis", "un seis", "seis de diez". */
const SCORES = [score, `un ${score}`, `${score} de diez`, `un ${score} de diez`, `${score} sobre diez`];

/** The few hedges that also combine with a comment: "no muy bien, {más o menos} un siete". */
const SHORT_HEDGES = ['', 'como', 'más o menos', 'diría que', 'yo diría', 'creo que'];

/** The number alone or after "un": what the comment forms combine with. */
const SHORT_SCORES = [score, `un ${score}`];

/** Comments said before a score: "regular, un cinco". */
const COMMENTS_BEFORE = [
  'no muy bien',
  'regular',
  'mal',
  'bastante mal',
  'mejor',
  'peor',
  'igual',
  'más o menos igual',
  'hoy',
  'la verdad',
];

/**
 * Comments said after a score: "cinco hoy". None is a sample of another
 * intent on its own: virtual-alexa lets a number slot match nothing, so
 * "{score} otra vez" would take "otra vez" from Repeat.
 */
const COMMENTS_AFTER = ['hoy', 'ahora mismo', 'en este momento', 'creo', 'diría yo', 'supongo', 'me temo'];

/** How the pain is, said before a score: "{bastante mal}, un siete". */
const VERDICTS_BEFORE = [
  'es {horrible|terrible|soportable|llevadero}',
  '{bastante|muy} {bajo|alto}',
  'mal hoy',
  'como siempre',
  'no tan mal',
];

/** How the pain is, said after a score: "nueve, {es horrible}". */
const VERDICTS_AFTER = ['{es|está} {horrible|terrible|soportable|llevadero}', 'como siempre', 'hoy está mal'];

/** Pain score: the answer to "del cero al diez, ¿cómo está su dolor?", a number with or without words around it. */
const PAIN_SCORE: readonly string[] = expand(
  [
    '{HEDGE} {SCORE}',
    '{BEFORE} {SHORT_HEDGE} {SHORT_SCORE}',
    '{SHORT_HEDGE} {SHORT_SCORE} {AFTER}',
    '{VERDICT_BEFORE} {más o menos|yo diría|} {SHORT_SCORE}',
    '{más o menos|} {SHORT_SCORE} {VERDICT_AFTER}',
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
  'las preguntas {de|sobre el|del} dolor',
  'las preguntas sobre mi dolor',
  'el registro {de|del} dolor',
  'el seguimiento {de|del} dolor',
  'la puntuación del dolor',
  'las puntuaciones de dolor',
];

/** The commonest of them, for the longer phrasings. */
const COMMON_CHECKINS = ['las preguntas de dolor', 'las preguntas sobre el dolor', 'el registro del dolor', 'el seguimiento del dolor'];

/** When pain is asked about: "pregúntame por el dolor {antes y después}". */
const WHEN_CHECKED = ['antes y después', 'cada vez', 'siempre', 'antes de cada rutina', 'antes y después de cada sesión'];

/** Pain check-ins on: turn on, start the pain questions, ask me about my pain before and after. */
const CHECKINS_ON: readonly string[] = [
  ...act(COMMAND, [
    action('{activa|active} las preguntas de dolor', 'activar las preguntas de dolor'),
    action('{lleva|lleve} un registro de mi dolor', 'llevar un registro de mi dolor'),
  ]),
  ...act(REQUEST, [action('{pregúntame|pregúnteme} por mi dolor', 'preguntarme por mi dolor')]),
  ...wrap(
    BARE,
    [
      '{activa|active|enciende|encienda|pon|ponga|vuelve a activar|vuelva a activar} {CHECKIN}',
      '{quiero|me gustaría|puedes|puede} {activar|encender|poner} {COMMON_CHECKIN}',
      '{registra|registre|anota|anote|apunta|apunte|controla|controle|mide|mida} mi dolor',
      '{quiero|me gustaría} {registrar|anotar|apuntar|controlar|medir} mi dolor',
      '{haz|haga} {seguimiento|un seguimiento} de mi dolor',
      '{pregúntame|pregúnteme} {por|sobre} {mi dolor|el dolor} {WHEN|}',
      '{vuelve|vuelva} a preguntarme por {mi dolor|el dolor}',
      'quiero que me {preguntes|pregunte} por {mi dolor|el dolor} {WHEN|}',
      'quiero {las preguntas de dolor|el registro del dolor}',
    ],
    { CHECKIN: CHECKINS, COMMON_CHECKIN: COMMON_CHECKINS, WHEN: WHEN_CHECKED },
  ),
];

/** Pain check-ins off: turn off, stop the pain questions, stop asking about my pain. */
const CHECKINS_OFF: readonly string[] = [
  ...act(COMMAND, [action('{desactiva|desactive} las preguntas de dolor', 'desactivar las preguntas de dolor')]),
  ...act(REQUEST, [action('{deja|deje} de preguntarme por el dolor', 'dejar de preguntarme por el dolor')]),
  ...wrap(
    BARE,
    [
      '{desactiva|desactive|apaga|apague|quita|quite|cancela|cancele|elimina|elimine} {CHECKIN}',
      '{quiero|me gustaría|puedes|puede} {desactivar|apagar|quitar} {COMMON_CHECKIN}',
      '{deja|deje} de {preguntarme por|preguntar por|preguntarme sobre|registrar|anotar|controlar} {mi dolor|el dolor}',
      '{no me preguntes|no me pregunte} {más|} {por|sobre} {mi dolor|el dolor}',
      'ya no {quiero|necesito} {las preguntas de dolor|registrar mi dolor}',
      'ya no quiero que me {preguntes|pregunte} por el dolor',
      'no quiero que me {preguntes|pregunte} por {mi dolor|el dolor}',
      'sin preguntas de dolor',
      '{basta de|no más} {preguntas de dolor|preguntas sobre el dolor|preguntas sobre mi dolor}',
    ],
    { CHECKIN: CHECKINS, COMMON_CHECKIN: COMMON_CHECKINS },
  ),
];

/** Samples of the custom intents about progress and settings. */
export const PROGRESS_SAMPLES_ES = {
  [CUSTOM_INTENTS.deleteHistory]: DELETE_HISTORY,
  [CUSTOM_INTENTS.weeklySummary]: WEEKLY_SUMMARY,
  [CUSTOM_INTENTS.painScore]: PAIN_SCORE,
  [CUSTOM_INTENTS.painCheckinsOn]: CHECKINS_ON,
  [CUSTOM_INTENTS.painCheckinsOff]: CHECKINS_OFF,
} as const;
