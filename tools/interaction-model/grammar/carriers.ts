import { expand, type Lexicon } from './expand';

/**
 * The words people wrap around what they mean, shared by every intent:
 * leads ("um", "okay"), requests ("could you", "let's"), and tails
 * ("please", "thanks"). An intent supplies its cores, and a wrapping says
 * which of these combine with them; see {@link wrap}.
 */

/** Sounds and small words people start with before the part that matters. */
export const LEADS: readonly string[] = ['um', 'uh', 'okay', 'ok', 'right', 'alright', 'so', 'oh', 'well'];

/** The leads of the less common phrasings, kept few so the model stays small. */
export const SHORT_LEADS: readonly string[] = ['um', 'okay', 'ok', 'so'];

/** Words people end a request with, in British and American use. */
export const TAILS: readonly string[] = ['please', 'thanks', 'thank you', 'cheers', 'now', 'then'];

/** Two leads in a row, as people hesitate: "um okay {next}". */
export const DOUBLE_LEADS: readonly string[] = [
  'um okay',
  'um ok',
  'okay so',
  'ok so',
  'right so',
  'oh okay',
  'okay um',
  'right okay',
  'alright so',
  'so um',
];

/** Words of agreement people start an answer or a statement with: "{yeah} ready for the other side". */
export const AFFIRMS: readonly string[] = ['yes', 'yeah', 'yep', 'ok', 'okay'];

/** Ways of asking Alexa to do something: "could you {repeat that}". */
export const ASKS: readonly string[] = ['please', 'can you', 'could you', 'would you', 'can you please', 'could you please', 'just'];

/** Ways of saying the user wants to do something, alone or together: "let's {skip this one}". */
export const PROPOSALS: readonly string[] = [
  "let's",
  'let us',
  'can we',
  'could we',
  'shall we',
  'i want to',
  'i wanna',
  "i'd like to",
  'i would like to',
  'i need to',
  'can i',
  "i'm gonna",
];

/** What people add after saying how things are: "i'm ready now", "done thanks". */
export const STATEMENT_TAILS: readonly string[] = ['now', 'then', 'thanks', 'thank you', 'cheers', 'alexa'];

/** What people add after a question: "which side is this again". */
export const QUESTION_TAILS: readonly string[] = ['then', 'now', 'again', 'please', 'alexa'];

/** Leads for a question, which may follow something misheard or forgotten: "sorry, how many are left". */
export const QUESTION_LEADS: readonly string[] = [...LEADS, 'sorry', 'excuse me', 'hey'];

/**
 * The "-ing" form of the verbs commands start with, for "would you mind
 * {skipping this one}"; a command whose verb is not here gets no such form.
 */
const GERUNDS: Readonly<Record<string, string>> = {
  begin: 'beginning',
  carry: 'carrying',
  change: 'changing',
  clear: 'clearing',
  delete: 'deleting',
  do: 'doing',
  erase: 'erasing',
  explain: 'explaining',
  give: 'giving',
  go: 'going',
  list: 'listing',
  make: 'making',
  move: 'moving',
  pause: 'pausing',
  read: 'reading',
  repeat: 'repeating',
  run: 'running',
  say: 'saying',
  set: 'setting',
  skip: 'skipping',
  start: 'starting',
  stop: 'stopping',
  switch: 'switching',
  take: 'taking',
  turn: 'turning',
  try: 'trying',
  walk: 'walking',
  wipe: 'wiping',
};

/** "skip this one" as "skipping this one", or nothing when the first word has no known "-ing" form. */
function gerund(command: string): string[] {
  const [verb = '', ...rest] = command.split(' ');
  const ing = GERUNDS[verb];
  return ing ? [[ing, ...rest].join(' ')] : [];
}

/** Ways of asking Alexa a question through another: "{could you tell me} how many are left". */
export const TELLS: readonly string[] = ['tell me', 'can you tell me', 'could you tell me', 'do you know'];

const QUESTION_WORDS = '(?:what|which|where|how|why|when|who)';
/** Who or what a question is about, longest first so "this one" is not read as "this". */
const QUESTION_SUBJECTS = [
  'this stretch',
  'this one',
  'that one',
  'my options',
  'the options',
  'my streak',
  'my progress',
  'i',
  'we',
  'you',
  'it',
  'this',
  'that',
  'there',
];
const SUBJECT = `(${QUESTION_SUBJECTS.join('|')})`;
/** A question word, any words that belong with it ("which side"), an auxiliary, its subject and the rest: "which side am i on". */
const INVERTED = new RegExp(`^(${QUESTION_WORDS}(?: [a-z]+)*?) (is|are|am|was|can|should|will|could) ${SUBJECT}( .+)?$`);
/** The same with "do", "does" or "did", whose verb then takes their tense: "what does this do". */
const DO_SUPPORTED = new RegExp(`^(${QUESTION_WORDS}(?: [a-z]+)*?) (do|does|did) ${SUBJECT} ([a-z]+)( .+)?$`);
/** A yes/no question: "is this the last one". */
const YES_NO = new RegExp(`^(is|are|am|can|should|will) ${SUBJECT}( .+)?$`);
/** A question whose question word is its subject, or that has no verb: "how many are left", "how much longer". */
const AS_IT_IS = /^(?:how many|how much|how long|what comes|what happens|what's left|what is left|which one)\b/;
/** Verbs after "does" and "did", as they are then said. */
const THIRD_PERSON: Readonly<Record<string, string>> = {
  do: 'does',
  help: 'helps',
  target: 'targets',
  work: 'works',
  stretch: 'stretches',
};
const PAST: Readonly<Record<string, string>> = { do: 'did', get: 'got', go: 'went' };
/** Contractions said inside an embedded question ("which side i'm on"), though never at its end ("where i am"). */
const RECONTRACTED: Readonly<Record<string, string>> = {
  'i am': "i'm",
  'we are': "we're",
  'it is': "it's",
  'that is': "that's",
  'there is': "there's",
  'this one is': "this one's",
  'that one is': "that one's",
};
const RECONTRACTION = new RegExp(`\\b(${Object.keys(RECONTRACTED).join('|')})(?= [a-z])`, 'g');

/**
 * A question as it is asked inside another ("can you tell me ..."): "what
 * is this for" as "what this is for", "which side am i on" as "which side
 * i'm on", "how do i do this" as "how to do this", "is this the last one" as
 * "if this is the last one". None when the question has no such form here.
 */
export function embeddedQuestions(question: string): string[] {
  const full = withFullForms([question]).at(-1) ?? question;
  const forms: string[] = [];
  const inverted = INVERTED.exec(full);
  const supported = DO_SUPPORTED.exec(full);
  const yesNo = YES_NO.exec(full);
  if (inverted) {
    const [, asked = '', aux = '', subject = '', rest = ''] = inverted;
    forms.push(`${asked} ${subject} ${aux}${rest}`);
  } else if (supported) {
    const [, asked = '', aux = '', subject = '', verb = '', rest = ''] = supported;
    const tensed = aux === 'do' ? verb : aux === 'does' ? THIRD_PERSON[verb] : PAST[verb];
    if (tensed) forms.push(`${asked} ${subject} ${tensed}${rest}`);
    if (aux === 'do' && subject === 'i') forms.push(`${asked} to ${verb}${rest}`);
  } else if (yesNo) {
    const [, aux = '', subject = '', rest = ''] = yesNo;
    forms.push(`if ${subject} ${aux}${rest}`);
  } else if (AS_IT_IS.test(full)) {
    forms.push(question);
  }
  const contracted = forms.map((form) => form.replace(RECONTRACTION, (words) => RECONTRACTED[words] ?? words));
  return [...new Set([...contracted, ...forms])];
}

/**
 * The lexicon every wrapping draws on: the carrier lists above under upper-case
 * names, plus the intent's own cores as CORE, their "-ing" forms as CORE_ING
 * and, for questions, their embedded forms as CORE_EMBEDDED.
 */
function lexiconFor(cores: readonly string[]): Lexicon {
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
    CORE_ING: cores.flatMap(gerund),
    CORE_EMBEDDED: [...new Set(cores.flatMap(embeddedQuestions))],
  };
}

/** How a kind of core is worded around: templates over the carrier lists, CORE and CORE_ING. */
export type Wrapping = readonly string[];

/**
 * Something the user wants done that only Alexa can do: "repeat that".
 * Bare, after a lead, before a tail, asked for, or asked for politely.
 * For an intent's few commonest phrasings: each core becomes about thirty samples.
 */
export const REQUEST: Wrapping = [
  '{CORE}',
  '{LEAD} {CORE}',
  '{CORE} {TAIL}',
  '{ASK} {CORE}',
  '{can you|could you} {CORE} please',
  'would you mind {CORE_ING}',
];

/**
 * Something the user wants to do, or do together: "skip this one". As a
 * {@link REQUEST}, and proposed ("let's", "can we", "i'd like to").
 */
export const COMMAND: Wrapping = [
  ...REQUEST,
  '{PROPOSAL} {CORE}',
  "{let's|can we} {CORE} please",
  'do you mind if we {CORE}',
  'how about {CORE_ING}',
];

/** How things are: "i'm ready", "this is too hard". Bare, after a lead, with a tail, or both with "now". */
export const STATEMENT: Wrapping = ['{CORE}', '{LEAD} {CORE}', '{CORE} {STATEMENT_TAIL}', '{LEAD} {CORE} now'];

/**
 * The extra combinations an intent's one or two headline phrasings take on
 * top of their usual wrapping: two leads ("um okay next"), or a lead and a
 * tail ("okay next please").
 */
export const HEADLINE: Wrapping = ['{DOUBLE_LEAD} {CORE}', '{LEAD} {CORE} {TAIL}'];

/**
 * A question: "how many are left". Bare, after a lead or an apology, with a
 * tail, or asked through another question ("can you tell me how many are left").
 */
export const QUESTION: Wrapping = ['{CORE}', '{QUESTION_LEAD} {CORE}', '{CORE} {QUESTION_TAIL}', '{TELL} {CORE_EMBEDDED}'];

/** The less common phrasings: bare, after a few leads, or with "please". */
export const SHORT: Wrapping = ['{CORE}', '{SHORT_LEAD} {CORE}', '{CORE} please'];

/**
 * A command's cheaper wrapping, for the many cores built from a verb and an
 * object ("go back a step"): bare, after a few leads, with "please", both,
 * or asked for ("can we", "let's").
 */
export const LIGHT_COMMAND: Wrapping = [
  '{CORE}',
  '{SHORT_LEAD} {CORE}',
  '{CORE} please',
  '{SHORT_LEAD} {CORE} please',
  "{can you|could you|can we|could we|let's} {CORE}",
];

/** A statement's cheaper wrapping: bare, after a lead, or with a short tail. */
export const LIGHT_STATEMENT: Wrapping = ['{CORE}', '{LEAD} {CORE}', '{CORE} {thanks|now|then}'];

/** Only the cores themselves (with their full forms): the long tail of an intent's phrasings. */
export const BARE: Wrapping = ['{CORE}'];

/**
 * Samples for `cores` worded every way `wrapping` allows. Cores may carry
 * their own `{a|b}` alternatives, `{NAME}` lists from `lexicon` and `{-|slot}`
 * references; they are expanded first, with their contractions also written
 * out in full unless `fullForms` is false (for idioms nobody says in full:
 * "that one's done", "that's me finished").
 */
export function wrap(wrapping: Wrapping, cores: readonly string[], lexicon: Lexicon = {}, { fullForms = true } = {}): string[] {
  const expanded = expand(cores, lexicon);
  const samples = expand(wrapping, lexiconFor(expanded));
  if (!fullForms) return samples;
  const said = new Set(expanded);
  const full = withFullForms(expanded).filter((phrase) => !said.has(phrase));
  return [...samples, ...expand(wrapping.length > 1 ? FULL_FORM_WRAPPING : ['{CORE}'], lexiconFor(full))];
}

/**
 * How a core's full form ("i am ready" for "i'm ready") is worded when its
 * contractions take more than the bare core: bare or after a few leads.
 * People who speak in full forms speak plainly, and wrapping them every way
 * their contractions are wrapped would double the model.
 */
const FULL_FORM_WRAPPING: Wrapping = ['{CORE}', '{SHORT_LEAD} {CORE}'];

/** Contractions and the words they stand for; the full forms are how some people, often older, speak. */
const FULL_FORMS: Readonly<Record<string, string>> = {
  "i'm": 'i am',
  "that's": 'that is',
  "let's": 'let us',
  "it's": 'it is',
  "what's": 'what is',
  "i've": 'i have',
  "i'd": 'i would',
  "don't": 'do not',
  "can't": 'cannot',
  "isn't": 'is not',
  "haven't": 'have not',
  "i'll": 'i will',
  "there's": 'there is',
  "won't": 'will not',
  "didn't": 'did not',
  "doesn't": 'does not',
  "where's": 'where is',
  "how's": 'how is',
  "we're": 'we are',
  "you're": 'you are',
};

const CONTRACTION = new RegExp(`(?<![a-z'])(${Object.keys(FULL_FORMS).join('|')})(?![a-z'])`, 'g');

/**
 * Each phrase, followed by the same phrase with its contractions written out
 * ("i'm ready", "i am ready") when it has any. Only the all-full form is
 * added, not every mixture, to keep the model small.
 */
export function withFullForms(phrases: readonly string[]): string[] {
  return [...new Set(phrases.flatMap((phrase) => [phrase, phrase.replace(CONTRACTION, (c) => FULL_FORMS[c] ?? c)]))];
}
