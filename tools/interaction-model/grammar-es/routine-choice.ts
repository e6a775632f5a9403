import { CUSTOM_INTENTS, SLOTS } from '../../../lambda/alexa/intents';
import { expand } from '../grammar/expand';
import { act, action, BARE, COMMAND, PROPOSALS, QUESTION, REQUEST, SHORT, SHORT_LEADS, STATEMENT, wrap, type Wrapping } from './carriers';

/**
 * Choosing what to do, in Spanish: start a routine (by name or alias, or
 * whichever is offered), one stretch, the list of routines, and the default
 * routine.
 */

const routine = `{-|${SLOTS.routine}}`;
const stretch = `{-|${SLOTS.stretch}}`;

/**
 * The routine references that verbs and proposals combine with, kept few so the model stays small. The slot's
 * values hold the routine's display name ("rutina para dormir") and its aliases ("para dormir", "suelo"), so
 * "la rutina para dormir" is heard either way.
 */
const COMMON_ROUTINE_TEMPLATES = [
  routine,
  `la ${routine}`,
  `la rutina {de|} ${routine}`,
  `mi rutina de ${routine}`,
  `mis estiramientos de ${routine}`,
  `la de ${routine}`,
];
const COMMON_ROUTINE_REFS = expand(COMMON_ROUTINE_TEMPLATES);

/** A routine named by its slot, in every way it is said alone: "la del suelo", "mis ejercicios de suelo". */
const ROUTINE_REFS = expand([
  ...COMMON_ROUTINE_TEMPLATES,
  `mi ${routine}`,
  `mi rutina ${routine}`,
  `una rutina {de|} ${routine}`,
  `los estiramientos {de|} ${routine}`,
  `mis ejercicios de ${routine}`,
  `la rutina del ${routine}`,
  `la del ${routine}`,
]);

/** Commands that start a routine, tú and usted. */
const START_COMMANDS = ['empieza', 'empiece', 'comienza', 'haz', 'haga', 'pon', 'ponme', 'inicia'];

/** Start routine, named: "empieza la rutina de alivio rápido", "quiero hacer la rutina para dormir", "la del suelo". */
const START_NAMED: readonly string[] = expand(
  [
    '{REF}',
    '{REF} por favor',
    '{START} {COMMON_REF}',
    '{inicie|dame|vamos con|prueba} {COMMON_REF}',
    '{SHORT_LEAD} {empieza|haz} {COMMON_REF}',
    '{PROPOSAL} {hacer|empezar} {COMMON_REF}',
    '{puedes|puede} {empezar|poner} {COMMON_REF}',
    '{me apetece|prefiero|mejor|qué tal|hoy toca|toca} {COMMON_REF}',
    '{COMMON_REF} {hoy|esta noche|gracias}',
    '{guíame|guíeme} con {COMMON_REF}',
  ],
  { REF: ROUTINE_REFS, COMMON_REF: COMMON_ROUTINE_REFS, START: START_COMMANDS, SHORT_LEAD: SHORT_LEADS, PROPOSAL: PROPOSALS },
);

/** A routine as it is named after a reason or before a place: "la de {para dormir}". */
const CONTEXT_REFS = expand([`la ${routine}`, `la rutina {de|} ${routine}`]);

/** How people are, or where, before they ask for a routine: "{estoy en la oficina}, vamos a hacer la de la silla". */
const CONTEXTS_BEFORE = [
  'estoy en {la cama|la oficina|el trabajo|mi escritorio|el suelo}',
  'ya estoy en la cama',
  'me voy a dormir',
  'es hora de dormir',
  'ya es tarde',
  'tengo poco tiempo',
  'tengo la espalda cargada',
];

/** Where or when, said after asking for a routine: "haz la de la silla {en el escritorio}". */
const CONTEXTS_AFTER = ['en la cama', 'en la silla', 'en el escritorio', 'en el suelo', 'antes de dormir', 'esta noche', 'ahora'];

/** Start routine, named with a reason or a place around the request. */
const START_IN_CONTEXT: readonly string[] = expand(
  ['{BEFORE} {vamos a hacer|hagamos|pon} {REF}', '{haz|haga|vamos a hacer} {REF} {AFTER}'],
  { BEFORE: CONTEXTS_BEFORE, AFTER: CONTEXTS_AFTER, REF: CONTEXT_REFS },
);

/** Start routine, unnamed: whichever routine is offered or suggested ("vamos a estirar"). */
const START_UNNAMED: readonly string[] = [
  ...act(COMMAND, [
    action('{empieza|empiece} mis estiramientos', 'empezar mis estiramientos'),
    action('{haz|haga} mis estiramientos', 'hacer mis estiramientos'),
    action('{empieza|empiece} a estirar', 'empezar a estirar'),
    action('{empieza|empiece} la rutina', 'empezar la rutina'),
  ]),
  ...wrap(STATEMENT, ['vamos a estirar', 'a estirar', 'vamos a empezar', 'empecemos', 'empezamos', 'estiremos']),
  ...wrap(BARE, [
    '{empieza|empiece|comienza|comience|haz|haga|inicia|inicie} {mis|los|unos} {estiramientos|ejercicios}',
    '{empieza|empiece|comienza|comience|inicia|inicie|haz|haga} una rutina',
    'estirar',
    'empieza',
    'empiece',
    'comienza',
    'comience',
    'empezar',
    'comenzar',
    'a empezar',
    '{quiero|quisiera|me gustaría|vamos a|podemos} {estirar|hacer mis estiramientos|hacer ejercicio|hacer estiramientos|empezar una rutina}',
    '{es|ya es} hora de {estirar|mis estiramientos|hacer mis estiramientos}',
    'hora de estirar',
    '{estira|estire} conmigo',
    'estiremos juntos',
    'estoy {listo|lista} para estirar',
    'hagamos {los|unos|} estiramientos',
  ]),
];

/** A stretch named by its slot, with or without an article or "el estiramiento de". */
const STRETCH_REFS = [stretch, `{el|la} ${stretch}`, `el estiramiento de ${stretch}`, `la postura de ${stretch}`];

/** Commands that start a stretch, tú and usted. */
const STRETCH_COMMANDS = [
  'haz',
  'haga',
  'empieza',
  'empiece',
  'prueba',
  'pruebe',
  'ponme',
  'póngame',
  'enséñame',
  'enséñeme',
  'muéstrame',
  'muéstreme',
  'pasa a',
  'pase a',
  'salta a',
  've a',
  'vaya a',
  'dame',
  'deme',
  'vamos con',
];

/** Start stretch: one named stretch, both sides. */
const START_STRETCH: readonly string[] = expand(
  [
    '{REF}',
    '{SHORT_LEAD} {REF}',
    '{REF} {por favor|ahora|entonces|hoy}',
    '{COMMAND} {REF}',
    '{SHORT_LEAD} {haz|haga} {REF}',
    '{haz|haga} {REF} por favor',
    '{solo|sólo} {REF}',
    '{solo|sólo} {haz|haga} {REF}',
    '{cómo se hace|cómo hago|qué tal|me apetece|quiero|prefiero} {REF}',
    '{guíame|guíeme} {por|con|en} {REF}',
    '{puedes|podrías|puede|podría} {hacer|empezar|enseñarme|mostrarme} {REF}',
    '{PROPOSAL} {hacer|probar} {REF}',
    '{PROPOSAL} hacer solo {REF}',
  ],
  { REF: STRETCH_REFS, COMMAND: STRETCH_COMMANDS, SHORT_LEAD: SHORT_LEADS, PROPOSAL: PROPOSALS },
);

/** List routines: what routines or options there are. */
const LIST_ROUTINES: readonly string[] = [
  ...wrap(QUESTION, [
    'qué rutinas hay',
    'qué rutinas tienes',
    'qué rutinas tiene',
    'cuáles son las rutinas',
    'cuáles son mis opciones',
    'qué opciones hay',
    'qué opciones tengo',
    'qué opciones tienes',
  ]),
  ...act(REQUEST, [
    action('{dime|dígame} las rutinas', 'decirme las rutinas'),
    action('{lee|lea} las rutinas', 'leer las rutinas'),
    action('{dime|dígame} las opciones', 'decirme las opciones'),
  ]),
  ...wrap(SHORT, ['{léeme|léame} las {rutinas|opciones}']),
  ...wrap(BARE, [
    'qué {rutinas|opciones|estiramientos|sesiones|tipos de rutina} {hay|tienes|tiene|tenemos|puedo hacer|puedo elegir|hay disponibles|me ofreces|me ofrece}',
    '{qué|cuáles} son las {rutinas|opciones}',
    'qué puedo elegir',
    'entre qué puedo elegir',
    'qué rutina {me recomiendas|me recomienda|debería hacer|hago}',
    'cuál {debería hacer|hago|me recomiendas|me recomienda|elijo}',
    'qué otras rutinas {hay|tienes|tiene}',
    'hay {otras|más} rutinas',
    '{tienes|tiene} otras rutinas',
    '{la|} lista de rutinas',
    'las rutinas',
    'rutinas',
    'opciones',
    'las opciones',
    'la lista',
    'todas las rutinas',
    '{dame|deme} {las opciones|la lista|las rutinas}',
    'qué tienes',
    'qué ofreces',
  ]),
];

/** A routine named for a default: "la de para dormir", "la rutina del suelo". */
const DEFAULT_REFS = expand([routine, `la ${routine}`, `la rutina de ${routine}`, `la de ${routine}`]);

/** What a default is called, with "mi": "mi rutina favorita". */
const MY_DEFAULTS = ['mi rutina favorita', 'mi favorita', 'mi rutina predeterminada', 'mi rutina por defecto', 'mi rutina habitual'];

/** The commonest of them, for the longer phrasings. */
const COMMON_DEFAULTS = ['mi rutina favorita', 'mi favorita', 'mi rutina por defecto'];

/** Making a routine the default, the way it is asked for: "¿puedes poner la del suelo como mi favorita?". */
const MAKE_DEFAULT: Wrapping = ['{CORE}', '{CORE} por favor', '{puedes|puede} {INF}'];

/** Set default routine: make a routine the one launch offers first. */
const SET_DEFAULT: readonly string[] = [
  ...act(
    MAKE_DEFAULT,
    [
      action('{pon|ponga} {REF} como {MY_DEFAULT}', 'poner {REF} como {MY_DEFAULT}'),
      action('{guarda|guarde} {REF} como {COMMON_DEFAULT}', 'guardar {REF} como {COMMON_DEFAULT}'),
      action('{marca|marque} {REF} como favorita', 'marcar {REF} como favorita'),
    ],
    { REF: DEFAULT_REFS, MY_DEFAULT: MY_DEFAULTS, COMMON_DEFAULT: COMMON_DEFAULTS },
  ),
  ...expand(
    [
      '{quiero|me gustaría} que {REF} sea {COMMON_DEFAULT}',
      '{haz|haga} que {REF} sea {COMMON_DEFAULT}',
      '{cambia|cambie} {MY_DEFAULT} {a|por} {REF}',
      '{MY_DEFAULT} es {REF}',
      '{usa|use|ofréceme|ofrézcame|empieza con|empiece con} {REF} {por defecto|siempre|de ahora en adelante}',
      '{establece|establezca} {REF} como {COMMON_DEFAULT}',
      'siempre {quiero|elijo} {REF}',
    ],
    { REF: DEFAULT_REFS, MY_DEFAULT: MY_DEFAULTS, COMMON_DEFAULT: COMMON_DEFAULTS },
  ),
  ...wrap(BARE, [
    '{cambia|cambie|elige|elija} {mi rutina favorita|mi rutina por defecto|mi rutina predeterminada|mi rutina habitual}',
    '{quiero|me gustaría} {cambiar|elegir} {mi rutina favorita|mi rutina por defecto|mi rutina predeterminada}',
    '{ponla|póngala|guárdala|guárdela} como {favorita|predeterminada|mi favorita|mi rutina favorita}',
    '{que sea|esta es|esa es} mi {favorita|rutina favorita}',
    'esta como favorita',
  ]),
];

/** Samples of the custom intents that choose what to do. */
export const ROUTINE_CHOICE_SAMPLES_ES = {
  [CUSTOM_INTENTS.startRoutine]: [...START_NAMED, ...START_IN_CONTEXT, ...START_UNNAMED],
  [CUSTOM_INTENTS.startStretch]: START_STRETCH,
  [CUSTOM_INTENTS.listRoutines]: LIST_ROUTINES,
  [CUSTOM_INTENTS.setDefault]: SET_DEFAULT,
} as const;
