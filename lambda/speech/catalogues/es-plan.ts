import type { BodyArea } from '../../domain/body-areas';
import type { OnboardingWords, PlanWords } from '../catalogue';
import { countOf, spanishList } from '../spoken-words-es';
import { perDay, perWeek, words } from './es-words';

/** Where they feel it, as said after "para". */
const AREA: Readonly<Record<BodyArea, string>> = {
  buttock: 'el glúteo',
  'back-of-thigh': 'la parte de atrás del muslo',
  calf: 'la pantorrilla',
  'lower-back': 'la zona lumbar',
};

const stretches = (n: number): string => countOf(n, 'estiramiento', 'estiramientos');
const named = (names: readonly string[]): string => spanishList(names.map(words.the), 'and');

/**
 * "Why these stretches?" in Spanish. The reasons are in the present ("empieza
 * con", "están pensados para"): the past of "I chose" is "elegí" in Latin
 * America and "he elegido" in Spain, and the present sounds right in both.
 */
export const plan: PlanWords = {
  reasons: {
    'pregnant-gentle': () => 'Por el embarazo, todos son suaves, y ninguno se hace de pie ni de rodillas.',
    'unsteady-seated-first': ({ first }) => `Ninguno pide equilibrio: empieza con ${words.the(first)}, sin ponerse de pie.`,
    'beginner-seated-first': ({ first }) => `Empieza con ${words.the(first)}, que pide poca flexibilidad.`,
    'flare-gentle-hamstring': () =>
      'En una crisis de dolor, estirar fuerte la parte de atrás del muslo puede irritar el nervio; por eso ese estiramiento va suave, o se queda fuera.',
    'knees-no-kneeling': () => 'Ninguno se hace de rodillas, para proteger sus rodillas.',
    'no-floor': () => 'Ninguno le pide bajar al suelo.',
    'felt-most': ({ area }) => (area ? `Están pensados para ${AREA[area]}, donde más lo nota.` : 'Están pensados para donde más lo nota.'),
    'beginner-fewer': ({ count }) => `Para empezar, con ${stretches(count)} basta.`,
    'flare-short': ({ count }) => `En una crisis de dolor, con ${stretches(count)} basta.`,
    'beginner-easier': () => 'Cada uno empieza en su versión más suave.',
    'unanswered-gentle': () => 'En las preguntas sin respuesta, tomo la opción más suave.',
    'no-band': () => 'Ninguno necesita banda elástica.',
  },
  askProfessional: 'Su médico o un fisioterapeuta pueden recomendarle estiramientos pensados para el embarazo.',
  balanced: 'Trabajan zonas distintas y van de arriba abajo: una vez en el suelo, no tendrá que volver a levantarse.',
};

/**
 * The onboarding questions in Spanish. To skip a question the listener says
 * "paso", the everyday Spanish for passing on a question; nothing asks them
 * to describe themselves with a gendered word ("¿Empieza ahora con los
 * estiramientos?", not "¿Es nuevo?").
 */
export const onboarding: OnboardingWords = {
  offer: '¿Quiere un plan hecho a su medida? Son unas preguntas rápidas, más o menos un minuto.',
  repromptOffer: 'Diga sí para unas preguntas rápidas, o no para elegir una rutina.',
  begin: 'Muy bien. Responda sí o no, o diga paso si prefiere no contestar.',
  beginChanging: 'Repasemos las preguntas. Diga paso para dejar una respuesta como estaba.',
  questions: {
    phase: 'Primero: ¿tiene ahora una crisis de ciática? Diga no si estira para prevenirla.',
    floor: '¿Puede bajar al suelo y volver a levantarse con comodidad?',
    steady: '¿Se mantiene firme de pie sin agarrarse a nada?',
    band: '¿Tiene una banda elástica, una correa, una toalla o un cinturón que pueda usar?',
    beginner: '¿Empieza ahora con los estiramientos, o tiene poca flexibilidad?',
    kneesComplain: '¿Le molestan las rodillas al arrodillarse?',
    feltMost: '¿Dónde lo nota más: en el glúteo, en la parte de atrás del muslo, en la pantorrilla o en la zona lumbar?',
    pregnant: 'La última: ¿está embarazada?',
  },
  reprompts: {
    phase: '¿Tiene ahora una crisis de ciática? Diga sí, no o paso.',
    floor: '¿Puede bajar al suelo y volver a levantarse? Diga sí, no o paso.',
    steady: '¿Se mantiene firme de pie? Diga sí, no o paso.',
    band: '¿Tiene una banda, una correa, una toalla o un cinturón? Diga sí, no o paso.',
    beginner: '¿Empieza ahora con los estiramientos? Diga sí, no o paso.',
    kneesComplain: '¿Le duelen las rodillas al arrodillarse? Diga sí, no o paso.',
    feltMost: '¿Dónde lo nota más? Diga glúteo, muslo, pantorrilla, zona lumbar o paso.',
    pregnant: '¿Está embarazada? Diga sí, no o paso.',
  },
  again: 'Perdone, no entendí bien.',
  noted: 'Entendido: queda cambiado.',
  skipped: 'Dejamos esa. Tomo la opción más suave.',
  help:
    'Le hago unas preguntas para preparar un plan a su medida. Responda sí o no. ' +
    'Diga paso para saltar una, o atrás para volver a la anterior. Diga basta para terminar con las respuestas que ya tengo.',
  ready: (names) => `Este es su plan: ${named(names)}.`,
  changed: (names) => `Hecho: su plan ahora es ${named(names)}.`,
  kept: (names) => `Con sus respuestas, su plan queda así: ${named(names)}. Para terminar las preguntas, diga crea mi plan cuando quiera.`,
  goal: (goal) =>
    goal.per === 'day'
      ? `Mientras dure la crisis, basta con ${perDay(goal.low, goal.high)}.`
      : `Para prevenir nuevas crisis, procure estirar ${perWeek(goal.low, goal.high)}.`,
  offerPlan: (count, first) => `Su plan tiene ${stretches(count)} y empieza con ${words.the(first)}.`,
  startNow: '¿Empezamos ahora?',
  startPlan: '¿Hacemos su plan?',
  repromptStartPlan: 'Diga sí para empezar su plan, o diga el nombre de una rutina, como alivio rápido.',
  planName: 'plan personal',
  planIntro: (count) => `Este es su plan: ${stretches(count)}.`,
  noPlanYet: 'Todavía no tiene un plan propio. Puedo prepararle uno con unas preguntas rápidas.',
  hint: 'Si quiere un plan a su medida, diga crea mi plan cuando quiera.',
  unclearFact: 'Perdone, no entendí bien. Para cambiar su plan, diga cambia mi plan.',
  later: 'Terminemos primero esta rutina. Después, diga crea mi plan.',
};
