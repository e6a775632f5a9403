import { describe, expect, it } from 'vitest';
import esRoutines from '../../content/es/routines.json';
import esStretches from '../../content/es/stretches.json';
import { loadContent } from '../../lambda/domain/content-validation';
import type { ReminderSchedule } from '../../lambda/domain/reminder-schedule';
import { createRoutineEngine } from '../../lambda/domain/routine-engine';
import type { RoutineEvent } from '../../lambda/domain/routine-events';
import { IDLE, type RoutineState } from '../../lambda/domain/routine-state';
import type { SummaryCardFields } from '../../lambda/speech/catalogue';
import { ES } from '../../lambda/speech/catalogues/es';
import { createComposer, fillSide } from '../../lambda/speech/compose';
import { spanishNumber } from '../../lambda/speech/spoken-numbers-es';
import { preposition, spanishList } from '../../lambda/speech/spoken-words-es';
import { durationMs, plainText } from '../../lambda/speech/timeline';
import { engineContext } from '../support/engine-context';

/** Common English words that must never be left in a Spanish sentence. */
const ENGLISH = ['the', 'and', 'your', 'stretch', 'side', 'right', 'left', 'week', 'minute', 'seconds', 'say', 'you'];
/** Words that would say whether the listener is a man or a woman. */
const GENDERED = [
  'listo',
  'lista',
  'sentado',
  'sentada',
  'acostado',
  'acostada',
  'tumbado',
  'tumbada',
  'cansado',
  'cansada',
  'tranquilo',
  'tranquila',
  'sola',
];

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u);

/** What is wrong with one sentence, as readable problems. */
function problemsOf(text: string, blankAllowed = false): string[] {
  const problems: string[] = [];
  if (text.trim() === '' && !blankAllowed) problems.push('is empty');
  const words = wordsOf(text);
  ENGLISH.filter((w) => words.includes(w)).forEach((w) => problems.push(`has the English "${w}"`));
  GENDERED.filter((w) => words.includes(w)).forEach((w) => problems.push(`genders the listener with "${w}"`));
  if (/\{\w*\}/.test(text)) problems.push('has a placeholder');
  if (/\b(undefined|null|NaN)\b|\[object/.test(text)) problems.push('has a leaked value');
  if (/[<>&]/.test(text)) problems.push('has a character SSML would need escaped');
  if (/\s{2,}|\s[,.;:?!]/.test(text)) problems.push('has stray spaces');
  return problems;
}

const NAMES = ['la paloma', 'gato-vaca', 'figura cuatro en la silla', 'isquiotibiales boca arriba, con banda'];
const ROUTINES = ['rutina para dormir', 'plan personal'];
const SIDES = ['right', 'left'];
const POSITIONS = ['standing', 'against-wall', 'sitting-on-chair', 'sitting-on-floor', 'kneeling', 'hands-and-knees', 'lying-on-back'];
const SCHEDULES: ReminderSchedule[] = [
  { time: '19:00', days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] },
  { time: '08:30', days: ['MO', 'TH'] },
  { time: '12:00', days: ['SA', 'SU'] },
  { time: '13:15', days: ['MO', 'TU', 'WE', 'TH', 'FR'] },
  { time: '00:00', days: ['WE'] },
  { time: '21:45', days: ['MO', 'WE', 'FR'] },
  { time: '01:05', days: ['SU'] },
];
const WHEN = 'todos los días a las siete de la tarde';
const card = (overrides: Partial<SummaryCardFields>): SummaryCardFields => ({
  weekStart: '2026-03-02',
  weekEnd: '2026-03-08',
  timeZone: 'America/Mexico_City',
  sessions: 3,
  days: 2,
  minutes: 12,
  stretches: 9,
  streak: 2,
  streakAtLeast: false,
  mostDone: 'La paloma',
  previousSessions: 1,
  previousMinutes: 4,
  painBefore: 4.5,
  painAfter: 2,
  checkins: 3,
  goal: { per: 'week', low: 3, high: 5, standing: 'within', short: 0 },
  ...overrides,
});
const FACTS = [
  { first: 'figura cuatro en la silla', count: 1, area: null },
  { first: 'gato-vaca', count: 3, area: 'buttock' },
  { first: 'la paloma', count: 4, area: 'back-of-thigh' },
  { first: 'figura cuatro en la silla', count: 2, area: 'calf' },
  { first: 'figura cuatro en la silla', count: 3, area: 'lower-back' },
];
const each = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);
const withNames = (...rest: unknown[]): unknown[][] => NAMES.map((name) => [name, ...rest]);

/**
 * Representative arguments for every function of the catalogue, edge cases
 * included (0, 1, 2 and 21, no side, no routine, empty lists where the code
 * can pass one). A function with no entry here fails the test, so a new one
 * cannot go unchecked.
 */
const CALLS: Readonly<Record<string, readonly unknown[][]>> = {
  'words.number': each([0, 1, 16, 21, 100, 999]),
  'words.count': [
    [0, 'estiramiento', 'estiramientos'],
    [1, 'sesión', 'sesiones'],
    [2, 'día', 'días'],
    [21, 'vez', 'veces'],
  ],
  'words.list': [
    [['uno'], 'and'],
    [['siete', 'ocho'], 'or'],
    [['hombro', 'rodilla', 'hilo'], 'and'],
  ],
  'words.the': each([...NAMES, ...ROUTINES]),
  'words.times': each([0, 1, 2, 21]),
  'words.minutes': each([0, 20_000, 60_000, 90_000, 450_000, 1_500_000]),
  'words.decimal': each([0, 4.5, 10]),
  'words.weekday': each([0, 3, 6]),
  'words.capitalize': each(['¿cómo me fue?', 'hola']),
  'words.side': each(SIDES),

  'summary.headline': [
    ['this', 0, 0, 0, 0],
    ['this', 1, 1, 1, 1],
    ['last', 3, 2, 12, 9],
    ['this', 21, 7, 101, 21],
  ],
  'summary.streak': [
    [1, false],
    [2, false],
    [21, true],
  ],
  'summary.mostDone': each(NAMES),
  'summary.comparedWith': [
    ['this', 0, 2],
    ['last', 3, 0],
    ['this', 2, 1],
    ['last', 5, -3],
  ],
  'summary.weekAbove': [
    [3, 5],
    [3, 3],
  ],
  'summary.weekWithin': [
    [3, 5],
    [1, 1],
  ],
  'summary.weekBelow': [
    ['this', 3, 5, 1],
    ['this', 3, 5, 2],
    ['last', 3, 5, 2],
  ],
  'summary.dayWithin': [
    ['this', 1, 2],
    ['last', 1, 1],
  ],
  'summary.dayBelow': [
    ['this', 1, 2, 0, 3],
    ['this', 1, 2, 1, 1],
    ['last', 1, 2, 2, 5],
    ['last', 1, 2, 0, 1],
  ],
  'summary.busyDay': [
    [0, 3],
    [6, 21],
  ],
  'summary.painBoth': [[4.5, 2]],
  'summary.painBefore': each([0, 7.25]),
  'summary.painAfter': each([10]),
  'summary.cardTitle': each(['this', 'last']),
  'summary.cardRows': [
    [card({})],
    [
      card({
        mostDone: null,
        painBefore: null,
        painAfter: null,
        streak: 1,
        days: 1,
        goal: { per: 'day', low: 1, high: 2, standing: 'below', daysMet: 2, daysJudged: 5, overDay: null },
      }),
    ],
  ],

  ...Object.fromEntries(Object.keys(ES.plan.reasons).map((reason) => [`plan.reasons.${reason}`, each(FACTS)])),

  'onboarding.ready': [[[NAMES[0]]], [NAMES]],
  'onboarding.changed': [[[NAMES[1]]], [NAMES]],
  'onboarding.kept': [[[NAMES[2]]], [NAMES]],
  'onboarding.goal': each([
    { per: 'day', low: 1, high: 2 },
    { per: 'week', low: 3, high: 5 },
    { per: 'day', low: 7, high: 8 },
  ]),
  'onboarding.offerPlan': [
    [1, 'gato-vaca'],
    [3, 'la paloma'],
  ],
  'onboarding.planIntro': each([1, 3]),

  'reminders.when': each(SCHEDULES),
  'reminders.confirm': [[WHEN]],
  'reminders.repromptConfirm': [[WHEN]],
  'reminders.set': [[WHEN]],
  'reminders.listed': each([[], [WHEN], [WHEN, 'los lunes y jueves a las ocho y media de la mañana']]),
  'reminders.cancelled': each([0, 1, 2]),
  'reminders.deletedToo': each([null, 0, 1, 2]),

  'screen.side': each(SIDES),
  'screen.progress': [
    [1, 1],
    [2, 3],
  ],

  enoughToday: each([1, 2, 21]),
  chooseRoutine: [
    ['rutina para dormir', ['alivio rápido', 'suelo', 'las nueve']],
    ['plan personal', ['en la silla']],
  ],
  chooseRoutineAgain: [[['alivio rápido', 'para dormir']], [['alivio rápido', 'para dormir', 'en la silla', 'suelo', 'las nueve']]],
  routineList: [
    [[{ name: 'alivio rápido', count: 1 }]],
    [
      [
        { name: 'alivio rápido', count: 3 },
        { name: 'para dormir', count: 3 },
        { name: 'las nueve', count: 9 },
      ],
    ],
  ],
  singleStretchHint: [[[NAMES[0]]], [NAMES.slice(0, 2)]],
  equipment: [
    [[{ item: 'chair', substitutes: [] }]],
    [[{ item: 'mat', substitutes: ['una alfombra', 'una manta doblada', 'una toalla grande'] }]],
    [
      [
        { item: 'mat', substitutes: ['una alfombra'] },
        { item: 'band', substitutes: ['una toalla', 'un cinturón'] },
        { item: 'chair', substitutes: ['un banco'] },
        { item: 'cushion', substitutes: ['una toalla doblada'] },
        { item: 'tennis ball', substitutes: ['una pelota de masaje'] },
      ],
    ],
  ],
  routineLength: each([10_000, 90_000, 420_000, 1_200_000]),
  promptInPosition: each(POSITIONS),
  repromptInPosition: each(POSITIONS),
  stretchOf: [...NAMES.map((name) => [1, 1, name]), ...NAMES.map((name) => [1, 3, name]), [3, 3, 'la paloma'], [21, 22, 'gato-vaca']],
  singleStretch: each(NAMES),
  stretchName: each(NAMES),
  sideFirst: each(SIDES),
  sideSecond: each(SIDES),
  sideDone: each(SIDES),
  again: each([...SIDES, null]),
  secondsLeft: each([1, 10, 20, 30, 60]),
  breathsHalfway: [
    [5, 5],
    [1, 1],
    [2, 1],
    [21, 21],
  ],
  finishedRoutine: [
    ['rutina para dormir', 0],
    ['rutina para dormir', 1],
    ['plan personal', 3],
  ],
  finishedSingle: each(NAMES),
  resuming: [...withNames('left'), ...withNames(null)],
  backTo: each(NAMES),
  skipping: each(NAMES),
  easierOn: each(['gato-vaca pequeño', 'figura cuatro boca arriba, en lugar de la paloma', 'media sentadilla, con apoyo']),
  onStretch: [
    [1, 3],
    [3, 3],
  ],
  leftSome: [[['la paloma']], [NAMES]],
  whereAt: [...withNames('right', 2, 3), ...withNames(null, 1, 1)],
  whereMoving: each(NAMES),
  standIn: [
    ['mat', ['una alfombra']],
    ['band', ['una toalla', 'un cinturón', 'una correa']],
    ['tennis ball', ['una pelota de masaje']],
  ],
  notNeeded: [...NAMES.map((name) => ['band', name]), ['una toalla', 'gato-vaca'], [null, 'la paloma'], ['cushion', 'gato-vaca']],
  routinesWithout: [
    ['mat', ['para dormir']],
    ['band', ['para dormir', 'en la silla']],
    ['una toalla', ['alivio rápido']],
    [null, []],
    ['mat', []],
  ],
  unknownRoutine: each(['yoga']),
  unknownStretch: each(['el pino', '']),
  stretchExamples: [[NAMES.slice(0, 3)]],
  goodbyeDone: each([1, 3]),
  promptNextSide: each(SIDES),
  repromptNextSide: each(SIDES),
  promptNextStretch: each(NAMES),
  repromptNextStretch: each(NAMES),
  resumeOffer: [
    ['gato-vaca', 'right', 'rutina para dormir'],
    ['la paloma', null, null],
    ['isquiotibiales boca arriba, con banda', 'left', 'plan personal'],
  ],
  defaultSet: each(ROUTINES),
  painNoted: each([0, 1, 10]),
};

/** Rows of the app card may be blank: they space it out. */
const BLANK_ALLOWED = new Set(['summary.cardRows']);

/** Every sentence of the catalogue, each function called with its samples, with where it came from; and the functions with no samples. */
function everything(): { said: { where: string; text: string }[]; unsampled: string[] } {
  const said: { where: string; text: string }[] = [];
  const unsampled: string[] = [];
  const collect = (where: string, value: unknown): void => {
    if (typeof value === 'string') said.push({ where, text: value });
    else if (Array.isArray(value)) value.forEach((item, i) => collect(`${where}[${i}]`, item));
    else if (typeof value === 'function') {
      const calls = CALLS[where];
      if (!calls) unsampled.push(where);
      (calls ?? []).forEach((args) => collect(`${where}(${JSON.stringify(args)})`, (value as (...a: unknown[]) => unknown)(...args)));
    } else if (value !== null && typeof value === 'object') {
      Object.entries(value).forEach(([key, inner]) => collect(where ? `${where}.${key}` : key, inner));
    } else said.push({ where, text: String(value) });
  };
  collect('', ES);
  return { said, unsampled };
}

describe('Spanish numbers', () => {
  it.each([
    [0, 'cero'],
    [1, 'uno'],
    [15, 'quince'],
    [16, 'dieciséis'],
    [21, 'veintiuno'],
    [22, 'veintidós'],
    [30, 'treinta'],
    [31, 'treinta y uno'],
    [100, 'cien'],
    [101, 'ciento uno'],
    [115, 'ciento quince'],
    [200, 'doscientos'],
    [500, 'quinientos'],
    [999, 'novecientos noventa y nueve'],
  ])('%i is "%s"', (n, words) => {
    expect(spanishNumber(n)).toBe(words);
  });

  it('agrees with the noun: "un", "veintiún" and "ciento un" before a masculine noun, "una" and "-ientas" before a feminine one', () => {
    expect([1, 21, 31, 101, 11].map((n) => spanishNumber(n, 'masculine'))).toEqual(['un', 'veintiún', 'treinta y un', 'ciento un', 'once']);
    expect([1, 21, 31, 200, 501].map((n) => spanishNumber(n, 'feminine'))).toEqual([
      'una',
      'veintiuna',
      'treinta y una',
      'doscientas',
      'quinientas una',
    ]);
  });

  it('gives digits outside 0 to 999 rather than a wrong word', () => {
    expect(spanishNumber(1000)).toBe('1000');
    expect(spanishNumber(-1)).toBe('-1');
  });
});

describe('Spanish lists', () => {
  it('joins with "y" and "o", with no comma before the last item', () => {
    expect(spanishList(['a', 'b', 'c'], 'and')).toBe('a, b y c');
    expect(spanishList(['a', 'b', 'c'], 'or')).toBe('a, b o c');
    expect(spanishList(['a'], 'and')).toBe('a');
    expect(spanishList([], 'or')).toBe('');
  });

  it('says "e" before an /i/ sound, but "y" where the i glides into a vowel', () => {
    expect(spanishList(['padre', 'hijo'], 'and')).toBe('padre e hijo');
    expect(spanishList(['Ana', 'Isabel'], 'and')).toBe('Ana e Isabel');
    expect(spanishList(['muslo', 'ingle'], 'and')).toBe('muslo e ingle');
    expect(spanishList(['agua', 'hielo'], 'and')).toBe('agua y hielo');
    expect(spanishList(['rodilla', 'pie'], 'and')).toBe('rodilla y pie');
  });

  it('says "u" before an /o/ sound', () => {
    expect(spanishList(['siete', 'ocho'], 'or')).toBe('siete u ocho');
    expect(spanishList(['mujer', 'hombre'], 'or')).toBe('mujer u hombre');
    expect(spanishList(['uno', 'otro'], 'or')).toBe('uno u otro');
    expect(spanishList(['una', 'dos'], 'or')).toBe('una o dos');
  });

  it('applies the rules inside sentences too', () => {
    expect(ES.summary.dayWithin('this', 7, 8)).toContain('siete u ocho veces al día');
    expect(ES.tooEasy.join(' ')).toContain('entumecimiento u hormigueo');
  });
});

describe('Spanish words', () => {
  it('counts with the noun and says how often', () => {
    expect(ES.words.count(1, 'estiramiento', 'estiramientos')).toBe('un estiramiento');
    expect(ES.words.count(3, 'estiramiento', 'estiramientos')).toBe('tres estiramientos');
    expect(ES.words.count(21, 'día', 'días')).toBe('veintiún días');
    expect(ES.words.count(21, 'sesión', 'sesiones')).toBe('veintiuna sesiones');
    expect([1, 2, 21].map(ES.words.times)).toEqual(['una vez', 'dos veces', 'veintiuna veces']);
  });

  it('says lengths of time by the half minute below ten minutes', () => {
    expect([20_000, 60_000, 90_000, 150_000, 450_000, 600_000, 1_290_000].map(ES.words.minutes)).toEqual([
      'medio minuto',
      'un minuto',
      'un minuto y medio',
      'dos minutos y medio',
      'siete minutos y medio',
      'diez minutos',
      'veintidós minutos',
    ]);
  });

  it('says decimals with "coma", weekdays from Monday, and capitalizes past "¿"', () => {
    expect([4.5, 4, 7.96].map(ES.words.decimal)).toEqual(['cuatro coma cinco', 'cuatro', 'ocho']);
    expect([0, 1, 2, 3, 4, 5, 6].map(ES.words.weekday)).toEqual(['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']);
    expect(ES.words.capitalize('¿cómo me fue?')).toBe('¿Cómo me fue?');
  });

  it('fills a cue\'s {side} and {other} with the feminine "derecha" and "izquierda"', () => {
    expect(fillSide('Cruce la pierna {side} sobre la rodilla {other}.', 'right', ES.words.side)).toBe(
      'Cruce la pierna derecha sobre la rodilla izquierda.',
    );
    expect(fillSide('Gire hacia la {side}.', 'left', ES.words.side)).toBe('Gire hacia la izquierda.');
  });

  it('names the catalogue\'s own sides as "lado derecho" and "lado izquierdo"', () => {
    expect(ES.sideFirst('right')).toBe('Empezamos por el lado derecho.');
    expect(ES.promptNextSide('left')).toBe('Diga siguiente cuando quiera pasar al lado izquierdo.');
    expect(ES.screen.side('left')).toBe('Lado izquierdo');
  });
});

describe('names with their article', () => {
  /** Every stretch, easier version and routine name of content/es, as compose.ts lower-cases it, with its article. */
  const EXPECTED: Readonly<Record<string, string>> = {
    'gato-vaca': 'el gato-vaca',
    'gato-vaca pequeño': 'el gato-vaca pequeño',
    'flexor de cadera de pie': 'el flexor de cadera de pie',
    'flexor de cadera de pie, con un paso corto': 'el flexor de cadera de pie, con un paso corto',
    'figura cuatro boca arriba': 'la figura cuatro boca arriba',
    'figura cuatro boca arriba, con la otra pierna estirada': 'la figura cuatro boca arriba, con la otra pierna estirada',
    'figura cuatro en la silla': 'la figura cuatro en la silla',
    'figura cuatro en la silla, con la espalda recta': 'la figura cuatro en la silla, con la espalda recta',
    'flexor de cadera de rodillas, con el brazo arriba': 'el flexor de cadera de rodillas, con el brazo arriba',
    'flexor de cadera de rodillas, sin subir el brazo': 'el flexor de cadera de rodillas, sin subir el brazo',
    'isquiotibiales boca arriba, con banda': 'los isquiotibiales boca arriba, con banda',
    'isquiotibiales boca arriba, con la otra rodilla doblada': 'los isquiotibiales boca arriba, con la otra rodilla doblada',
    'pantorrilla con banda': 'la pantorrilla con banda',
    'pantorrilla con la banda floja': 'la pantorrilla con la banda floja',
    'la paloma': 'la paloma',
    'figura cuatro boca arriba, en lugar de la paloma': 'la figura cuatro boca arriba, en lugar de la paloma',
    'estiramiento lateral de pie': 'el estiramiento lateral de pie',
    'estiramiento lateral de pie, con los pies juntos': 'el estiramiento lateral de pie, con los pies juntos',
    'giro con las piernas cruzadas': 'el giro con las piernas cruzadas',
    'giro suave en el suelo': 'el giro suave en el suelo',
    'sentadilla de descanso, con apoyo': 'la sentadilla de descanso, con apoyo',
    'media sentadilla, con apoyo': 'la media sentadilla, con apoyo',
    'zancada baja con la rodilla hacia fuera': 'la zancada baja con la rodilla hacia fuera',
    'zancada baja con la rodilla arriba': 'la zancada baja con la rodilla arriba',
    'pelota de tenis contra la pared': 'la pelota de tenis contra la pared',
    'pelota de tenis con menos presión': 'la pelota de tenis con menos presión',
    'gato-vaca en la silla': 'el gato-vaca en la silla',
    'gato-vaca pequeño en la silla': 'el gato-vaca pequeño en la silla',
    'giro en la silla': 'el giro en la silla',
    'giro pequeño en la silla': 'el giro pequeño en la silla',
    'pantorrilla con banda, en la silla': 'la pantorrilla con banda, en la silla',
    'pantorrilla en la silla, sin banda': 'la pantorrilla en la silla, sin banda',
    'rutina de alivio rápido': 'la rutina de alivio rápido',
    'rutina para dormir': 'la rutina para dormir',
    'rutina en la silla': 'la rutina en la silla',
    'rutina en el suelo': 'la rutina en el suelo',
    'rutina completa': 'la rutina completa',
    'plan personal': 'el plan personal',
  };

  it('gives every name in the Spanish content the right definite article', () => {
    const names = [
      ...esStretches.stretches.flatMap((s) => [s.name, s.easier.name]),
      ...esRoutines.routines.map((r) => r.name),
      ES.onboarding.planName,
    ].map((name) => name.toLowerCase());
    expect(Object.fromEntries(names.map((name) => [name, ES.words.the(name)]))).toEqual(
      Object.fromEntries(names.map((name) => [name, EXPECTED[name] ?? 'a name this test does not know yet: check its article'])),
    );
  });

  it('contracts "a el" and "de el"', () => {
    expect(ES.backTo('gato-vaca')).toBe('Volvemos al gato-vaca.');
    expect(ES.backTo('la paloma')).toBe('Volvemos a la paloma.');
    expect(preposition('de', ES.words.the('cojín'))).toBe('del cojín');
    expect(preposition('de', ES.words.the('figura cuatro en la silla'))).toBe('de la figura cuatro en la silla');
  });
});

describe('every sentence of the Spanish catalogue', () => {
  const { said, unsampled } = everything();

  it('has sample arguments for every function', () => {
    expect(unsampled).toEqual([]);
  });

  it('is Spanish, non-empty, free of placeholders and SSML-safe, and never genders the listener', () => {
    const problems = said.flatMap(({ where, text }) =>
      problemsOf(
        text,
        [...BLANK_ALLOWED].some((path) => where.startsWith(path)),
      ).map((p) => `${where}: "${text}" ${p}`),
    );
    expect(problems).toEqual([]);
    expect(said.length).toBeGreaterThan(400);
  });
});

describe('safety', () => {
  it('sends emergencies to an emergency department or emergency services, with no country-specific number', () => {
    for (const line of [ES.redFlags, ES.emergency.join(' '), ES.urgent.join(' ')]) expect(line).toMatch(/urgencias|emergencias/);
    expect(ES.emergency).toContain('Vaya a urgencias ahora mismo o llame a emergencias.');
    expect([ES.redFlags, ...ES.emergency, ...ES.urgent].join(' ')).not.toMatch(/\d/);
  });

  it('sends the urgent symptoms to a doctor today', () => {
    expect(ES.urgent.join(' ')).toMatch(/médico hoy/);
  });

  it('says it is a stretching guide, not a substitute for professional medical advice', () => {
    expect(ES.disclaimer[0]).toMatch(/guía de estiramientos.*no sustituyo el consejo médico profesional/);
    expect(ES.summary.cardRows(card({})).join('\n')).toContain('No sustituye el consejo médico profesional.');
  });

  it('asks for a mild pull, never sharp or spreading pain, and a professional for pregnancy or a disc problem', () => {
    const disclaimer = ES.disclaimer.join(' ');
    expect(disclaimer).toMatch(/tensión suave, nunca .*dolor agudo o que se extiende/);
    expect(disclaimer).toMatch(/embarazo.*disco.*médico/);
    expect(ES.helpAdvice).toMatch(/embarazo.*disco.*médico/);
  });

  it('teaches the wake word: "Alexa, me duele" stops the stretch and "Alexa, pausa" gives a break', () => {
    expect(ES.disclaimer.join(' ')).toMatch(/Alexa, me duele, detiene el estiramiento\. Y Alexa, pausa, le da un descanso\./);
    expect(ES.helpWakeWord).toContain('Alexa, me duele');
    expect(ES.helpWakeWord).toContain('Alexa, pausa');
  });

  it('helps with the Spanish commands', () => {
    for (const command of ['siguiente', 'repite', 'atrás', 'pausa', 'continúa', 'más fácil', 'cuántos quedan']) {
      expect(ES.helpRoutine).toContain(command);
    }
    expect(ES.helpDefault).toContain('¿cómo me fue esta semana?');
    expect(ES.screen.buttons).toEqual({ repeat: 'Repite', pause: 'Pausa', resume: 'Continúa', next: 'Siguiente', hurts: 'Me duele' });
  });
});

describe('equipment and reminders', () => {
  it("names every item the content needs in Spanish, with its article, and keeps the substitutes' own", () => {
    const ids = [...new Set(esStretches.stretches.flatMap((s) => s.equipment.map((e) => e.item)))];
    const [needed] = ES.equipment(ids.map((item) => ({ item, substitutes: [] })));
    expect(needed).toBe('Necesitará una esterilla, una silla, un cojín, una banda elástica y una pelota de tenis.');
    expect(ES.equipment([{ item: 'band', substitutes: ['una toalla', 'un cinturón'] }])).toEqual([
      'Necesitará una banda elástica.',
      'Si no tiene banda elástica, puede usar una toalla o un cinturón.',
    ]);
    expect(ES.standIn('mat', ['una alfombra'])).toBe('Si no tiene esterilla, puede usar una alfombra.');
  });

  it('says reminder times the Spanish way', () => {
    expect(SCHEDULES.map(ES.reminders.when)).toEqual([
      'todos los días a las siete de la tarde',
      'los lunes y jueves a las ocho y media de la mañana',
      'los fines de semana al mediodía',
      'de lunes a viernes a la una y cuarto de la tarde',
      'los miércoles a medianoche',
      'los lunes, miércoles y viernes a las nueve y cuarenta y cinco de la noche',
      'los domingos a la una y cinco de la madrugada',
    ]);
    expect(ES.reminders.text).toBe('Es hora de sus estiramientos para la ciática. Diga: Alexa, abre estiramientos para la ciática.');
  });
});

describe('the Spanish catalogue with the Spanish content', () => {
  /** The Spanish aliases carry accents the English alias rule refuses (see content/es/README.md); speech never reads them. */
  const fold = <T>(raw: T): T =>
    JSON.parse(JSON.stringify(raw), (key, value: unknown) =>
      key === 'aliases' ? (value as string[]).map((alias) => alias.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) : value,
    ) as T;
  const content = loadContent(fold(esStretches), fold(esRoutines));
  const engine = createRoutineEngine(content);
  const compose = createComposer(content, ES);

  /** Every response of a run: start, then the given events, then "next" until nothing more is asked. */
  function run(start: RoutineEvent, events: readonly RoutineEvent[] = []): { text: string; ms: number }[] {
    const context = engineContext({ firstUse: true });
    const out: { text: string; ms: number }[] = [];
    let state: RoutineState = IDLE;
    const play = (event: RoutineEvent): boolean => {
      const turn = engine.apply(state, event, context);
      state = turn.state;
      const { speech, reprompt } = compose(turn);
      out.push({ text: plainText(speech), ms: durationMs(speech) });
      if (reprompt) out.push({ text: plainText(reprompt), ms: durationMs(reprompt) });
      return turn.prompt !== null && turn.state.plan !== null;
    };
    play(start);
    events.forEach(play);
    for (let i = 0; i < 100 && play({ type: 'next' }); i += 1);
    return out;
  }

  it("plays every routine end to end in Spanish, within Alexa's limits", () => {
    const responses = content.routines.flatMap((r) => run({ type: 'start-routine', routine: { kind: 'match', id: r.id } }));
    expect(responses.flatMap(({ text }) => problemsOf(text).map((p) => `"${text.slice(0, 80)}…" ${p}`))).toEqual([]);
    expect(Math.max(...responses.map((r) => r.ms))).toBeLessThanOrEqual(240_000);
    expect(Math.max(...responses.map((r) => r.text.length))).toBeLessThan(8000);
  });

  it('answers the questions asked during a stretch in Spanish', () => {
    const asked: RoutineEvent[] = [
      { type: 'next' },
      { type: 'where-am-i' },
      { type: 'how-many-left' },
      { type: 'what-is-this-for' },
      { type: 'no-equipment', item: null },
      { type: 'no-equipment', item: 'band' },
      { type: 'more-detail' },
      { type: 'too-easy' },
      { type: 'easier' },
      { type: 'pause' },
      { type: 'resume' },
      { type: 'help' },
      { type: 'hurts', symptom: 'numbness' },
    ];
    const responses = content.stretches.flatMap((s) => run({ type: 'start-stretch', stretch: { kind: 'match', id: s.id } }, asked));
    expect(responses.flatMap(({ text }) => problemsOf(text).map((p) => `"${text.slice(0, 80)}…" ${p}`))).toEqual([]);
  });
});
