import { CUSTOM_INTENTS, SLOTS } from '../../../lambda/alexa/intents';
import { act, action, BARE, COMMAND, QUESTION, SHORT, STATEMENT, wrap } from './carriers';

/**
 * A plan fitted to the person, in Spanish: setting it up or changing it,
 * starting it, asking why it holds what it holds, and the answers people
 * give about themselves, in the questions or at any time ("en realidad
 * puedo bajar al suelo").
 */

const answer = `{-|${SLOTS.answer}}`;

/** The plan said with "mi": what the set-up verbs act on ("configura {mi plan}"). */
const MY_PLAN = ['mi plan', 'mi propio plan', 'mi plan personal', 'mi propia rutina', 'mi plan de estiramientos'];

/**
 * A new plan: what "hazme" and "prepárame" make. "haz mi plan" is left to
 * starting it (StartPlan), which is what it says.
 */
const A_PLAN = ['un plan', 'un plan personal', 'un plan personalizado', 'un plan para mí', 'un plan nuevo', 'mi propio plan'];

/** Set up or change the plan: the onboarding questions. */
const SET_UP_PLAN: readonly string[] = [
  ...act(COMMAND, [action('{configura|configure} mi plan', 'configurar mi plan')]),
  ...wrap(SHORT, ['{cambia|cambie} mi plan']),
  ...wrap(
    BARE,
    [
      '{configura|configure|crea|cree|prepara|prepare|arma|arme|cambia|cambie|actualiza|actualice|rehaz|rehaga|personaliza|personalice|ajusta|ajuste} {MY_PLAN}',
      '{haz|haga|hazme|hágame|prepárame|prepáreme|ármame|ármeme|configúrame|configúreme} {A_PLAN}',
      '{quiero|quisiera|me gustaría|necesito} {un plan|mi propio plan|un plan personal|un plan personalizado|un plan para mí|un plan nuevo}',
      '{adapta|adapte|ajusta|ajuste} {los estiramientos|la rutina|las rutinas} a mí',
      '{hazme|hágame|repíteme|repítame} las preguntas {otra vez|de nuevo|}',
      '{cambia|cambie} {mis respuestas|una respuesta|una de mis respuestas}',
      '{quiero|me gustaría} cambiar {mis respuestas|una respuesta|mi plan}',
      'plan nuevo',
      'un plan nuevo',
      'nuevo plan',
      'configurar {mi|un} plan',
    ],
    { MY_PLAN, A_PLAN },
  ),
];

/** Start the personal plan. */
const START_PLAN: readonly string[] = [
  ...act(COMMAND, [action('{empieza|empiece} mi plan', 'empezar mi plan')]),
  ...wrap(SHORT, ['haz mi plan', 'haga mi plan', 'mi plan']),
  ...wrap(BARE, [
    '{empieza|empiece|comienza|comience|haz|haga|pon|ponga|inicia|inicie|sigue|siga} {mi plan personal|el plan|mi plan personalizado|mi propia rutina}',
    '{quiero|vamos a|podemos|me gustaría} {empezar|hacer|seguir} {mi plan|el plan|mi plan personal}',
    '{mi plan|mi plan personal|el plan} {ahora|entonces}',
    'el plan por favor',
    '{hora de|toca|vamos con|con} mi plan',
  ]),
];

/** Why the plan holds what it holds. */
const WHY_PLAN: readonly string[] = [
  ...wrap(QUESTION, ['por qué estos estiramientos']),
  ...wrap(SHORT, ['por qué elegiste estos']),
  ...wrap(BARE, [
    'por qué {estos|este plan|mi plan|esos estiramientos|esos|estos ejercicios}',
    'por qué {elegiste|escogiste|me diste|pusiste|has elegido|has escogido|me has dado|eligió|escogió|me dio} {estos|esos|estos estiramientos|esos estiramientos|estos ejercicios}',
    'cómo {elegiste|escogiste|eligió|escogió} {mi plan|los estiramientos|estos}',
    '{explícame|explíqueme|descríbeme|descríbame} mi plan',
    '{qué hay en|qué tiene|qué lleva|en qué consiste|en qué se basa} mi plan',
    'cuál es mi plan',
    '{háblame|hábleme} de mi plan',
    'por qué está {esto|este} en mi plan',
    'por qué me tocan estos',
  ]),
];

/** What people say about themselves, bare or correcting an answer: "{en realidad} puedo bajar al suelo". */
const PLAN_ANSWER: readonly string[] = [
  ...wrap(STATEMENT, [answer]),
  ...wrap(BARE, [
    `{en realidad|bueno|pues|la verdad|la verdad es que|creo que|mejor dicho|perdón|perdona|no|sí|a ver|digamos que|más bien|sinceramente|yo diría que} ${answer}`,
    `${answer} {en realidad|creo|la verdad|más bien|sobre todo|últimamente|ahora mismo|estos días}`,
    `{corrige eso|corrija eso|cambia eso|cambie eso|corrección} ${answer}`,
    `{perdón|perdona|disculpa} me equivoqué ${answer}`,
    `{quería decir|quise decir} ${answer}`,
    `lo {noto|siento} {más|sobre todo|más que nada|} ${answer}`,
    `{mi|la} respuesta es ${answer}`,
    `{sobre todo|más que nada} ${answer}`,
  ]),
];

/** The plan's intents and their samples. */
export const PLAN_SAMPLES_ES = {
  [CUSTOM_INTENTS.setUpPlan]: SET_UP_PLAN,
  [CUSTOM_INTENTS.startPlan]: START_PLAN,
  [CUSTOM_INTENTS.whyPlan]: WHY_PLAN,
  [CUSTOM_INTENTS.planAnswer]: PLAN_ANSWER,
} as const;
