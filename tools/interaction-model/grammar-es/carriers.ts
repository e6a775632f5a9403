import { expand, type Lexicon } from '../grammar/expand';

/**
 * The Spanish words people wrap around what they mean, shared by every
 * intent: leads ("eh", "bueno", "a ver"), requests ("puedes", "quiero",
 * "vamos a") and tails ("por favor", "gracias"). An intent supplies its
 * cores, and a wrapping says which of these combine with them; see
 * {@link wrap} and {@link act}.
 *
 * Spanish asks for things in two shapes where English has one: a command
 * ("repite eso", "repita eso") and an infinitive after a request or a
 * proposal ("¿puedes repetir eso?", "quiero repetir eso"). An action
 * therefore carries both. Commands come in tú and usted: the skill speaks
 * usted, but most people talk to Alexa with tú, and some answer a polite
 * voice politely.
 */

/** Sounds and small words people start with, in Latin America and in Spain. */
export const LEADS: readonly string[] = ['eh', 'a ver', 'bueno', 'pues', 'vale', 'ok', 'oye', 'entonces'];

/** The leads of the less common phrasings, kept few so the model stays small. */
export const SHORT_LEADS: readonly string[] = ['eh', 'bueno', 'vale', 'ok'];

/** Words people end a request with. */
export const TAILS: readonly string[] = ['por favor', 'gracias', 'ya', 'ahora'];

/** Two leads in a row, as people hesitate: "eh bueno {siguiente}". */
export const DOUBLE_LEADS: readonly string[] = ['eh bueno', 'bueno pues', 'bueno a ver', 'vale pues', 'ok entonces', 'pues bueno'];

/** Words of agreement people start a statement with: "{sí} ya estoy". */
export const AFFIRMS: readonly string[] = ['sí', 'vale', 'ok', 'okey', 'bueno', 'claro'];

/** Ways of asking Alexa to do something, before an infinitive: "{puedes} repetir eso". */
export const ASKS: readonly string[] = ['puedes', 'podrías', 'puede', 'podría'];

/** Ways of saying the user wants to do something, alone or together, before an infinitive: "{quiero} saltar este". */
export const PROPOSALS: readonly string[] = ['quiero', 'quisiera', 'me gustaría', 'vamos a', 'podemos', 'necesito', 'déjame', 'voy a'];

/** What people add after saying how things are: "ya estoy {ya}", "listo {gracias}". */
export const STATEMENT_TAILS: readonly string[] = ['ya', 'ahora', 'gracias', 'alexa'];

/** What people add after a question: "cuántos quedan {entonces}". */
export const QUESTION_TAILS: readonly string[] = ['entonces', 'ahora', 'por favor', 'alexa'];

/** Leads for a question, which may follow something misheard or forgotten: "perdona, ¿cuántos quedan?". */
export const QUESTION_LEADS: readonly string[] = ['eh', 'a ver', 'bueno', 'oye', 'perdón', 'perdona', 'disculpa', 'disculpe'];

/**
 * Ways of asking a question through another: "{dime} cuántos quedan". Spanish keeps a question's order when
 * it is embedded, so the question follows as it is; a yes-or-no question takes "si" ("dime si es el último").
 */
export const TELLS: readonly string[] = ['dime', 'dígame', 'me dices', 'me puedes decir', 'sabes'];

/**
 * Something to be done, as it is said: the command, in tú and usted ("{repite|repita} eso"), and the
 * infinitive that follows "puedes", "quiero" or "vamos a" ("repetir eso"). Either may carry `{a|b}`
 * alternatives, `{NAME}` lists and `{-|slot}` references.
 */
export interface Action {
  readonly command: string;
  readonly infinitive: string;
}

/** An {@link Action}. */
export const action = (command: string, infinitive: string): Action => ({ command, infinitive });

/**
 * The lexicon every wrapping draws on: the carrier lists above under upper-case names, the cores as CORE, and
 * the infinitives of actions as INF (none for cores that are not actions, so templates with INF give nothing).
 */
function lexiconFor(cores: readonly string[], infinitives: readonly string[]): Lexicon {
  return {
    LEAD: LEADS,
    SHORT_LEAD: SHORT_LEADS,
    DOUBLE_LEAD: DOUBLE_LEADS,
    TAIL: TAILS,
    ASK: ASKS,
    PROPOSAL: PROPOSALS,
    STATEMENT_TAIL: STATEMENT_TAILS,
    QUESTION_TAIL: QUESTION_TAILS,
    QUESTION_LEAD: QUESTION_LEADS,
    AFFIRM: AFFIRMS,
    TELL: TELLS,
    CORE: cores,
    INF: infinitives,
  };
}

/** How a kind of core is worded around: templates over the carrier lists, CORE and INF. */
export type Wrapping = readonly string[];

/**
 * Something the user wants done that only Alexa can do: "repite eso". Bare, after a lead, before a tail,
 * after "por favor", and asked for with the infinitive ("¿puedes repetir eso?").
 */
export const REQUEST: Wrapping = ['{CORE}', '{LEAD} {CORE}', '{CORE} {TAIL}', 'por favor {CORE}', '{ASK} {INF}', '{ASK} {INF} por favor'];

/** Something the user wants to do, or do together: "salta este". As a {@link REQUEST}, and proposed ("quiero", "vamos a"). */
export const COMMAND: Wrapping = [...REQUEST, '{PROPOSAL} {INF}'];

/** How things are: "ya estoy", "es muy difícil". Bare, after a lead, or with a tail. */
export const STATEMENT: Wrapping = ['{CORE}', '{LEAD} {CORE}', '{CORE} {STATEMENT_TAIL}'];

/** The extra combinations of an intent's one or two headline phrasings: two leads, or a lead and a tail. */
export const HEADLINE: Wrapping = ['{DOUBLE_LEAD} {CORE}', '{LEAD} {CORE} {TAIL}'];

/** A question with a question word: "cuántos quedan". Bare, after a lead or an apology, with a tail, or asked through another. */
export const QUESTION: Wrapping = ['{CORE}', '{QUESTION_LEAD} {CORE}', '{CORE} {QUESTION_TAIL}', '{TELL} {CORE}'];

/** A yes-or-no question: "es el último". As a {@link QUESTION}, but asked through another with "si". */
export const YES_NO_QUESTION: Wrapping = ['{CORE}', '{QUESTION_LEAD} {CORE}', '{CORE} {QUESTION_TAIL}', '{TELL} si {CORE}'];

/** The less common phrasings: bare, after a few leads, or with "por favor". */
export const SHORT: Wrapping = ['{CORE}', '{SHORT_LEAD} {CORE}', '{CORE} por favor'];

/** A command's cheaper wrapping, for the many actions built from a verb and an object: as {@link SHORT}, or asked for. */
export const LIGHT_COMMAND: Wrapping = ['{CORE}', '{SHORT_LEAD} {CORE}', '{CORE} por favor', '{puedes|puede|podemos|vamos a} {INF}'];

/** Only the cores themselves: the long tail of an intent's phrasings. */
export const BARE: Wrapping = ['{CORE}'];

/** Samples for plain cores (statements, questions, nouns) worded every way `wrapping` allows. */
export function wrap(wrapping: Wrapping, cores: readonly string[], lexicon: Lexicon = {}): string[] {
  return expand(wrapping, lexiconFor(expand(cores, lexicon), []));
}

/** Samples for actions worded every way `wrapping` allows: commands where it says CORE, infinitives where it says INF. */
export function act(wrapping: Wrapping, actions: readonly Action[], lexicon: Lexicon = {}): string[] {
  const commands = expand(
    actions.map((a) => a.command),
    lexicon,
  );
  const infinitives = expand(
    actions.map((a) => a.infinitive),
    lexicon,
  );
  return expand(wrapping, lexiconFor(commands, infinitives));
}
