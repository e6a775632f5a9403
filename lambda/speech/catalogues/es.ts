import type { StartPosition } from '../../domain/content-schema';
import type { Catalogue, ScreenWords } from '../catalogue';
import { spanishNumber } from '../spoken-numbers-es';
import { capitalizeSpanish as capitalize, countOf, preposition, spanishList, withA } from '../spoken-words-es';
import { equipment, itemName, standIn } from './es-equipment';
import { onboarding, plan } from './es-plan';
import { reminders } from './es-reminders';
import { summary } from './es-summary';
import { sideName, words } from './es-words';

/**
 * Where the user is, as said after "Cuando": "esté" with a place or a way of
 * being there, since "sentado" or "acostado" would assume the listener is a man.
 * Sitting on the floor may be sitting up in bed, so it names no place.
 */
const THERE: Readonly<Record<StartPosition, string>> = {
  standing: 'esté de pie, con un apoyo al lado',
  'against-wall': 'esté de pie, de espaldas a la pared',
  'sitting-on-chair': 'esté en la silla',
  'sitting-on-floor': 'esté en posición',
  kneeling: 'esté de rodillas',
  'hands-and-knees': 'tenga las manos y las rodillas en el suelo',
  'lying-on-back': 'esté boca arriba',
};

const the = words.the;
const stretches = (n: number): string => countOf(n, 'estiramiento', 'estiramientos');
/** ", lado derecho" after a name, or nothing. */
const onSide = (side: string | null): string => (side ? `, ${sideName(side)}` : '');

/** The words on an Echo Show screen. */
const screen: ScreenWords = {
  skillName: 'Estiramientos para la ciática',
  side: (side) => capitalize(sideName(side)),
  progress: (number, total) => `Estiramiento ${number} de ${total}`,
  seconds: 'segundos',
  buttons: { repeat: 'Repite', pause: 'Pausa', resume: 'Continúa', next: 'Siguiente', hurts: 'Me duele' },
  voiceHint: 'Diga "Alexa, siguiente", "repite", "pausa" o "me duele".',
  titles: {
    help: 'Qué puede decir',
    paused: 'En pausa',
    finished: 'Buen trabajo',
    hurts: 'Pare y descanse',
    emergency: 'Busque ayuda ya',
    plan: 'Su plan',
    reminders: 'Recordatorios',
    routines: 'Rutinas',
    getReady: 'Prepárese',
  },
};

/** Said in the disclaimer and in help: pregnancy and a known disc problem need a professional's choice of stretches. */
const ASK_FIRST =
  'Si su ciática empezó con el embarazo, o tiene un problema de disco diagnosticado, pregunte a su médico o a su fisioterapeuta qué estiramientos le convienen.';

/**
 * Every sentence the skill says in Spanish that is not part of a stretch:
 * usted throughout (see content/es/README.md), neutral between Spain and Latin
 * America. The listener answers Alexa with the commands Spanish speakers give
 * her, in tú: "siguiente", "repite", "atrás", "sáltalo", "pausa", "continúa",
 * "más fácil", "más detalles", "cuántos quedan", "para qué sirve", "me duele",
 * "basta" (to stop: "para" would read as the preposition in "diga para, para
 * terminar"), and "paso" to pass on a question. Where a past tense would split
 * the regions ("elegí" against "he elegido"), a sentence uses the present.
 */
export const ES: Catalogue = {
  words,
  summary,
  plan,
  onboarding,
  reminders,
  screen,

  welcome: 'Le doy la bienvenida a Estiramientos para la ciática.',
  enoughToday: (sessions) => [
    `Hoy ya lleva ${countOf(sessions, 'sesión', 'sesiones')} de estiramientos.`,
    'Más no es mejor: descansar, o dar un paseo suave, también le hace bien.',
    'Y fortalecer los músculos importa tanto como estirar.',
    'Si aun así quiere estirar, puede hacerlo.',
  ],
  disclaimer: [
    'Una nota antes de empezar: soy una guía de estiramientos, y no sustituyo el consejo médico profesional.',
    ASK_FIRST,
    'Estire solo hasta notar una tensión suave, nunca hasta sentir un dolor agudo o que se extiende.',
    'Mientras hablo o cuento, diga primero Alexa. Alexa, me duele, detiene el estiramiento. Y Alexa, pausa, le da un descanso.',
  ],
  sharpWarning: 'Si siente un dolor agudo, salga del estiramiento enseguida.',
  lostTrack: 'Perdone, no sé por dónde íbamos, así que empezamos de nuevo.',

  chooseRoutine: (suggested, others) => `¿Hacemos ${the(suggested)}? O diga otra: ${spanishList(others, 'or')}.`,
  chooseRoutineAgain: (names) => `¿Qué rutina prefiere: ${spanishList(names, 'or')}?`,
  whichWouldYouLike: '¿Cuál prefiere?',
  // One sentence a routine: a name said inside a comma list would run into its stretch count.
  routineList: (entries) =>
    [
      `Hay ${countOf(entries.length, 'rutina', 'rutinas')}.`,
      ...entries.map((e) => `${capitalize(e.name)}, con ${stretches(e.count)}.`),
    ].join(' '),
  singleStretchHint: (names) => `También puede pedir un solo estiramiento, como ${spanishList(names.map(the), 'or')}.`,
  equipment,
  routineLength: (ms) => `Dura alrededor de ${words.minutes(ms)}.`,
  warmUp: 'Si puede, camine con calma unos minutos antes de empezar.',

  takeYourTime: 'Vaya con calma. Yo le espero.',
  whileYouMove: [
    'Sin prisa. Si ya está en posición, diga Alexa, siguiente.',
    'Tómese todo el tiempo que necesite.',
    'Muévase despacio y con cuidado.',
  ],
  promptInPosition: (to) => `Cuando ${THERE[to]}, diga siguiente.`,
  repromptInPosition: (to) => `Diga siguiente cuando ${THERE[to]}. Si necesita más tiempo, diga pausa.`,

  stretchOf: (number, total, name) =>
    number === total && total > 1
      ? `Y el último: ${the(name)}.`
      : `Estiramiento ${spanishNumber(number)} de ${spanishNumber(total)}: ${the(name)}.`,
  singleStretch: (name) => `Vamos con ${the(name)}.`,
  stretchName: (name) => `${capitalize(the(name))}.`,
  sideFirst: (side) => `Empezamos por el ${sideName(side)}.`,
  sideSecond: (side) => `Ahora, el ${sideName(side)}.`,
  sideDone: (side) => `Eso es todo con el ${sideName(side)}.`,
  again: (side) => (side ? `Una vez más, con el ${sideName(side)}.` : 'Una vez más.'),
  easeBack: 'Vuelva al estiramiento, despacio.',
  secondsLeft: (seconds) =>
    seconds === 10 ? 'Diez segundos más.' : `${seconds === 1 ? 'Queda' : 'Quedan'} ${countOf(seconds, 'segundo', 'segundos')}.`,
  lastBreath: 'Y la última.',
  // Breaths are "respiraciones": the numbers are feminine.
  breathsHalfway: (done, left) =>
    `${done === 1 ? 'Va' : 'Van'} ${spanishNumber(done, 'feminine')}. ${left === 1 ? 'Queda' : 'Quedan'} ${spanishNumber(left, 'feminine')}.`,

  finishedRoutine: (name, done) =>
    `Aquí termina ${the(name)}. Buen trabajo: ${stretches(done)} ${done === 1 ? 'completado' : 'completados'}.`,
  finishedSingle: (name) => `Eso es todo con ${the(name)}. Buen trabajo.`,
  finishedNothing: 'Por ahora, esto es todo. Vuelva cuando quiera. Cuídese.',
  finishedAdvice: [
    'En una crisis de dolor, basta con una o dos veces al día; para prevenir, de tres a cinco veces por semana.',
    'Más no es mejor, y fortalecer los músculos importa tanto como estirar.',
    'Si el dolor empeora, o no mejora, consulte a su médico o a un fisioterapeuta. Cuídese.',
  ],

  paused: 'De acuerdo, en pausa. Tómese su tiempo.',
  resuming: (name, side) => `Seguimos donde lo dejó: ${the(name)}${onSide(side)}.`,
  alreadyFirst: 'Este es el primero, así que lo repetimos.',
  backTo: (name) => `Volvemos ${preposition('a', the(name))}.`,
  skipping: (name) => `De acuerdo, nos saltamos ${the(name)}.`,
  startingOver: 'Empezamos otra vez desde el principio.',
  easierOn: (variant) => `Aquí tiene una forma más fácil: ${the(variant)}.`,
  alreadyEasiest: 'Esta ya es la versión más suave. Si aún le duele, pare. Diga sáltalo para pasar al siguiente, o basta para terminar.',
  detailThen: 'Diga repite para hacer este lado otra vez con estos consejos.',
  onStretch: (number, total) => `Va por el estiramiento ${spanishNumber(number)} de ${spanishNumber(total)}.`,
  leftNone: 'Este es el último.',
  leftSome: (names) =>
    `Después de este, ${names.length === 1 ? 'queda' : 'quedan'} ${spanishNumber(names.length)}: ${spanishList(names.map(the), 'and')}.`,
  whereAt: (name, side, number, total) =>
    `Está haciendo ${the(name)}${onSide(side)}${total > 1 ? `: el estiramiento ${spanishNumber(number)} de ${spanishNumber(total)}` : ''}.`,
  whereMoving: (name) => `Se está poniendo en posición para ${the(name)}.`,
  standIn,
  orSkip: 'O diga sáltalo para pasar al siguiente estiramiento.',
  notNeeded: (item, name) =>
    item ? `Para ${the(name)} no necesita ${withA(itemName(item))}.` : `Para ${the(name)} solo le hace falta usted.`,
  routinesWithout: (item, names) =>
    item && names.length > 0
      ? `No pasa nada. Sin ${itemName(item)} puede hacer ${names.length === 1 ? 'esta rutina' : 'estas rutinas'}: ${spanishList(names, 'and')}.`
      : 'No pasa nada. Si un estiramiento necesita algo que no tiene, le diré qué puede usar en su lugar, o puede saltarlo.',
  tooEasy: [
    'Si le resulta fácil, está bien: basta con una tensión suave.',
    'Puede quedarse un poco más en esa tensión cómoda, respirando despacio, pero nunca llegue al dolor.',
    'Si lo que nota es entumecimiento u hormigueo, pare y dígame: se me duerme la pierna.',
  ],
  stillNotUnderstood: 'Perdone, sigo sin entenderle. Esto es lo que puede decir.',

  hurtsPain: [
    'De acuerdo. Pare el estiramiento ahora y salga de la posición despacio.',
    'Un estiramiento debe sentirse como una tensión suave, nunca como un dolor agudo, que quema o que se extiende.',
    'Si el dolor es fuerte, o vuelve una y otra vez, consulte a un médico o a un fisioterapeuta.',
  ],
  hurtsNumb: [
    'De acuerdo. Pare ahora y salga del estiramiento con suavidad.',
    'El entumecimiento o el hormigueo pueden indicar que el nervio está irritado, así que no siga estirando.',
    'Si no se le pasa en unos minutos, o vuelve una y otra vez, consulte a un médico o a un fisioterapeuta.',
  ],
  hurtsIdle: [
    'Siento que le duela.',
    'Descanse en la postura que le resulte más cómoda, y tómeselo con calma.',
    'Si el dolor es fuerte, o vuelve una y otra vez, consulte a un médico o a un fisioterapeuta.',
  ],
  // No phone number: es-US and es-ES call different ones, and the device cannot tell which country it is in.
  redFlags:
    'Si alguna vez nota entumecimiento en la ingle o en la cara interna de los muslos, pérdida del control de la orina o de las heces, ' +
    'o una debilidad en la pierna que empeora rápido, es una urgencia: vaya a urgencias o llame a emergencias.',
  emergency: [
    'Por favor, deje de estirar ahora.',
    'Estos síntomas necesitan atención urgente: entumecimiento en la ingle, en la cara interna de los muslos o en las dos piernas; ' +
      'pérdida del control de la orina o de las heces; o una debilidad en la pierna que empeora rápido.',
    'Vaya a urgencias ahora mismo o llame a emergencias.',
    'Aquí lo dejo.',
  ],
  urgent: [
    'Por favor, deje de estirar por hoy.',
    'Si el dolor de espalda llega con fiebre, después de una caída o un golpe, o con una pérdida de peso sin explicación, debe verlo un médico hoy.',
    'Llame hoy mismo a su médico, o a un servicio de atención médica urgente.',
    'Si además nota entumecimiento en la ingle, pérdida del control de la orina o de las heces, o una debilidad en la pierna que empeora rápido, vaya a urgencias ahora mismo.',
    'Aquí lo dejo.',
  ],

  unknownRoutine: (heard) => `Perdone, no tengo ninguna rutina llamada ${heard}.`,
  unknownStretch: (heard) => (heard ? `Perdone, no conozco ningún estiramiento llamado ${heard}.` : '¿Qué estiramiento quiere hacer?'),
  stretchExamples: (names) => `Puede probar con ${spanishList(names.map(the), 'or')}.`,
  notUnderstood: 'Perdone, no entendí bien.',
  tryAgain: 'Puede decir siguiente para seguir, o basta para terminar.',
  nothingActive: 'Ahora mismo no estamos en ninguna rutina.',
  helpIdle:
    'Le guío en rutinas cortas de estiramientos para la ciática, un estiramiento y un lado cada vez. Yo cuento el tiempo de cada postura.',
  helpRoutine:
    'Durante una rutina, puede decir: siguiente, repite, atrás, sáltalo, pausa, continúa, más fácil, más detalles, cuántos quedan, o para qué sirve.',
  helpDefault:
    'También puede preguntar: ¿cómo me fue esta semana? O decir: activa el registro de dolor, pon la rutina para dormir por defecto, o borra mi historial.',
  helpWakeWord: 'Mientras hablo o cuento, diga primero Alexa: Alexa, me duele. Alexa, pausa. O Alexa, basta.',
  helpAdvice: ASK_FIRST,
  goodbyeDone: (done) => `Buen trabajo hoy: ${stretches(done)} ${done === 1 ? 'completado' : 'completados'}.`,
  goodbye: 'Hasta pronto, y cuídese.',

  promptNextSide: (side) => `Diga siguiente cuando quiera pasar al ${sideName(side)}.`,
  repromptNextSide: (side) => `Cuando quiera pasar al ${sideName(side)}, diga siguiente. O diga basta para terminar.`,
  // No verb before the name: "viene" would have to agree with a plural one ("los isquiotibiales").
  promptNextStretch: (name) => `A continuación: ${the(name)}. Diga siguiente cuando quiera.`,
  repromptNextStretch: (name) => `Diga siguiente para empezar con ${the(name)}, o basta para terminar.`,
  promptResume: 'Diga continúa cuando quiera seguir.',
  repromptResume: 'Diga continúa para seguir, o basta para terminar.',
  promptTryEasier: '¿Quiere probar una versión más suave de este estiramiento?',
  repromptTryEasier: 'Diga sí para probar la versión más suave, o no para parar por hoy.',
  promptAfterHurt: 'Puede decir sáltalo para pasar al siguiente estiramiento, o basta para terminar por hoy.',
  repromptAfterHurt: 'Diga sáltalo para seguir con el siguiente, o basta para terminar.',
  promptFinishRoutine: 'Ese era el último estiramiento. Diga siguiente para terminar.',
  promptFinishSingle: 'Diga siguiente para terminar.',
  repromptFinish: 'Diga siguiente para terminar, o repite para hacer ese lado otra vez.',

  resumeOffer: (name, side, routine) => `La última vez se quedó en ${the(name)}${onSide(side)}${routine ? `, en ${the(routine)}` : ''}.`,
  promptResumeOffer: '¿Quiere continuar?',
  repromptResumeOffer: 'Diga sí para seguir donde lo dejó, o no para elegir una rutina.',
  defaultSet: (routine) => `Hecho. A partir de ahora, le ofreceré primero ${the(routine)}.`,
  whichDefault: '¿Qué rutina quiere por defecto? Puede decir, por ejemplo: pon la rutina para dormir por defecto.',
  confirmDelete: 'Esto borra su historial de estiramientos y sus ajustes, y no se puede deshacer.',
  promptConfirmDelete: '¿De verdad quiere borrarlo todo?',
  repromptConfirmDelete: 'Diga sí para borrar su historial, o no para conservarlo.',
  deleted: 'Hecho. Su historial y sus ajustes están borrados. Hasta pronto.',
  notDeleted: 'De acuerdo, lo conservo todo.',
  deleteFailed: 'Perdone, ahora mismo no puedo borrar su historial. Inténtelo otra vez dentro de un rato.',
  storageLoadNote: 'Ahora mismo no puedo recuperar su progreso guardado, así que hoy empezamos de cero.',
  storageSaveNote: 'Ahora mismo no puedo guardar su progreso. Lo seguiré intentando mientras avanzamos.',

  promptPainBefore: 'Antes de empezar: en una escala de cero a diez, ¿cuánto le duele ahora? O diga paso.',
  promptPainAfter: 'Antes de irse: en una escala de cero a diez, ¿cuánto le duele ahora? O diga paso.',
  repromptPain: '¿Cuánto le duele, de cero a diez? También puede decir paso.',
  painNoted: (score) => `Gracias. Anoto un ${spanishNumber(score)}.`,
  painSkipped: 'De acuerdo, esta vez sin puntuación. Sigamos.',
  painSkippedAtEnd: 'De acuerdo, esta vez sin puntuación.',
  painUnclear: 'Perdone, necesito un número entero del cero al diez.',
  painOutOfTurnOn: 'Anoto el dolor al principio y al final de cada rutina, así que se lo preguntaré entonces.',
  painOutOfTurnOff: 'Solo anoto el dolor antes y después de una rutina. Si quiere que se lo pregunte, diga activa el registro de dolor.',
  checkinsOn:
    'De acuerdo. Le preguntaré por su dolor antes y después de cada rutina. Para dejar de hacerlo, diga desactiva el registro de dolor.',
  checkinsOff: 'De acuerdo. Ya no le preguntaré por su dolor.',
  errorSorry: 'Perdone, tengo un problema técnico. Intentémoslo otra vez: diga siguiente para seguir, o basta para terminar.',
};
