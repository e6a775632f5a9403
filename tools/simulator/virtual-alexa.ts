import { numberWords } from '../../lambda/speech/spoken-numbers';
import { timeAsAlexaSendsIt } from './spoken-time';
import { languageOf, type Language } from '../../lambda/domain/language';
import { launchPatterns } from './launch-phrases';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { VirtualAlexa } from 'virtual-alexa';

/** A Lambda-style handler, as `lambda/index.ts` exports it. */
export type SkillHandler = (event: unknown, context: unknown) => Promise<unknown>;

/**
 * Path of the committed interaction model for a locale. Tests read the
 * committed file rather than a freshly built model, so they also prove that
 * the file the ASK CLI deploys is one that works.
 */
export function modelFileFor(locale: string): string {
  return resolve(import.meta.dirname, '../../interaction-model/interactionModels/custom', `${locale}.json`);
}

let library: typeof import('virtual-alexa') | undefined;

function virtualAlexa(): typeof import('virtual-alexa') {
  // virtual-alexa pulls in aws-sdk v2 for its DynamoDB mock, which prints an
  // end-of-support notice on load; the variable must be set before that
  // require, which is why the library is loaded lazily rather than imported.
  process.env['AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE'] ??= '1';
  if (!library) {
    const require = createRequire(import.meta.url);
    library = require('virtual-alexa') as typeof import('virtual-alexa');
    const requireInside = createRequire(require.resolve('virtual-alexa'));
    speedUpMatching(requireInside('virtual-core') as VirtualCore);
    launchOnlyByName(library.VirtualAlexa.prototype as unknown as LaunchParser);
    const requests = requireInside('./core/SkillRequest') as SkillRequestModule;
    numbersAsAlexaSendsThem(requireInside('./model/BuiltinSlotTypes') as BuiltinSlotTypes, requests);
    touchesInSession(requests);
  }
  return library;
}

/** The part of virtual-core (virtual-alexa's matcher) that {@link speedUpMatching} reaches: it does not export SamplePhrase itself. */
interface VirtualCore {
  SampleUtterances: new () => { addSample(intent: string, sample: string): void; samplesForIntent(intent: string): object[] };
  SlotType: { prototype: SlotTypePrototype };
  SlotMatch: new (matches: boolean, value: string, enumeratedValue: SlotValue, synonym?: string) => object;
}

interface SlotValue {
  name: { value: string; synonyms?: string[] };
}

interface SlotTypePrototype {
  values: SlotValue[];
  matchAll: (this: SlotTypePrototype, value: string) => object[];
}

/** Where {@link speedUpMatching} keeps a sample's regex and prefix: on the sample itself, the quickest place to look. */
const CACHE = Symbol('matching cache');

interface SamplePhrasePrototype {
  phrase: string;
  [CACHE]?: { regex?: RegExp; prefix: string | null };
  // Function-typed properties, not methods: the originals are kept and called with each sample as `this`.
  regex: (this: SamplePhrasePrototype) => RegExp;
  matchesUtterance: (this: SamplePhrasePrototype, utterance: string) => { matches(): boolean };
}

/** What virtual-core strips from an utterance before matching it (SamplePhraseTest's constructor). */
const STRIPPED = /[!"¿?|#$%/()=+\-_<>*{}·¡[\].,;:]/g;

/** A sample's words before its first slot, as its regex begins, or null when they are not plain words. */
function literalPrefix(phrase: string): string | null {
  const brace = phrase.indexOf('{');
  const prefix = (brace === -1 ? phrase : phrase.slice(0, brace)).trim().toLowerCase();
  return /^[a-z0-9áéíóúüñ' ]*$/.test(prefix) ? prefix : null;
}

/**
 * Makes virtual-alexa's matching fast enough for a model of thousands of
 * samples and slot synonyms without changing what it matches. For every
 * utterance it tries every sample, building that sample's regex anew each
 * time, and compares a slot's words with every value and synonym of its
 * type. Here each regex is built once; a sample whose regex must begin with
 * plain words the utterance does not begin with is ruled out before its regex
 * runs (the regex is anchored and case-insensitive, so it could not match);
 * and each slot type's values are looked up in an index built once, which
 * gives the same matches in the same order.
 */
function speedUpMatching(core: VirtualCore): void {
  const slotType = core.SlotType.prototype;
  const indexes = new WeakMap<object, Map<string, { value: SlotValue; synonym?: string }[]>>();
  slotType.matchAll = function (heard) {
    let index = indexes.get(this);
    if (!index) {
      index = new Map();
      const add = (key: string, entry: { value: SlotValue; synonym?: string }) => index?.set(key, [...(index.get(key) ?? []), entry]);
      for (const value of this.values) {
        // As SlotType.matchAll does: a value whose name matches is matched by its name alone.
        const name = value.name.value.toLowerCase();
        add(name, { value });
        for (const synonym of value.name.synonyms ?? []) if (synonym.toLowerCase() !== name) add(synonym.toLowerCase(), { value, synonym });
      }
      indexes.set(this, index);
    }
    const trimmed = heard.trim();
    return (index.get(trimmed.toLowerCase()) ?? []).map(({ value, synonym }) => new core.SlotMatch(true, trimmed, value, synonym));
  };

  const samples = new core.SampleUtterances();
  samples.addSample('Probe', 'probe');
  const proto = Object.getPrototypeOf(samples.samplesForIntent('Probe')[0]) as SamplePhrasePrototype;
  const { regex, matchesUtterance } = proto;
  const of = (sample: SamplePhrasePrototype) => (sample[CACHE] ??= { prefix: literalPrefix(sample.phrase) });
  const noMatch = { matches: () => false };
  let lastUtterance = '';
  let lastCleaned = '';
  proto.regex = function () {
    const entry = of(this);
    return (entry.regex ??= regex.call(this));
  };
  proto.matchesUtterance = function (utterance) {
    if (utterance !== lastUtterance) {
      lastUtterance = utterance;
      lastCleaned = utterance.replace(STRIPPED, '').toLowerCase();
    }
    const { prefix } = of(this);
    if (prefix !== null && !lastCleaned.startsWith(prefix)) return noMatch;
    return matchesUtterance.call(this, utterance);
  };
}

/** Where {@link createVirtualAlexa} keeps the model's language on each instance, for {@link launchOnlyByName}. */
const LANGUAGE = Symbol('language');

interface LaunchParser {
  [LANGUAGE]?: Language;
  parseLaunchRequest: (this: LaunchParser, utterance: string) => string | true | undefined;
}

/**
 * Makes an utterance a launch only the way Alexa makes it one: a launch word
 * followed by the invocation name ("open sciatica stretches", "ask sciatica
 * stretches to start my bedtime routine"). virtual-alexa takes any utterance
 * with "ask", "open", "launch", "tell" or "talk to" anywhere in it (even inside
 * "task") for a launch, so in-session phrases such as "tell me more" could not
 * be tested, though Alexa sends them to the skill as intents.
 */
function launchOnlyByName(proto: LaunchParser): void {
  proto.parseLaunchRequest = function (utterance) {
    const words = utterance.trim().toLowerCase().replace(/\s+/g, ' ');
    const { launch, oneShot } = launchPatterns(this[LANGUAGE] ?? 'en');
    if (launch.test(words)) return true;
    return oneShot.exec(words)?.[1];
  };
}

/** Numbers Alexa's AMAZON.NUMBER hears as words and sends as digits; virtual-alexa knows one to twenty and sends the word. */
const NUMBER_WORDS: readonly string[] = Array.from({ length: 21 }, (_, n) => numberWords(n));

interface BuiltinSlotTypes {
  NumberSlotType: { LONG_FORM_VALUES: Record<string, string[]> };
}

interface SkillRequestModule {
  SkillRequest: {
    prototype: {
      context: {
        interactionModel(): { intentSchema: { intent(name: string): { slotForName(name: string): { type: string } | undefined } } };
      };
      json(): { request: { type: string; intent: { name: string } } };
      slot: (this: SkillRequestModule['SkillRequest']['prototype'], name: string, value: string, status?: string) => unknown;
      requiresSession: (this: SkillRequestModule['SkillRequest']['prototype']) => boolean;
    };
  };
}

/**
 * Sends AMAZON.NUMBER slots as Alexa does, in digits ("six" arrives as "6"),
 * and hears "zero" as a number; AMAZON.TIME slots as Alexa sends them too
 * ("seven pm" arrives as "19:00"), so the skill is tested with the values a
 * device sends.
 */
function numbersAsAlexaSendsThem(builtins: BuiltinSlotTypes, requests: SkillRequestModule): void {
  builtins.NumberSlotType.LONG_FORM_VALUES['0'] = ['zero'];
  const proto = requests.SkillRequest.prototype;
  const { slot } = proto;
  proto.slot = function (name, value, status) {
    const type = this.context.interactionModel().intentSchema.intent(this.json().request.intent.name).slotForName(name)?.type;
    const word = typeof value === 'string' ? NUMBER_WORDS.indexOf(value.trim().toLowerCase()) : -1;
    if (type === 'AMAZON.TIME' && typeof value === 'string') return slot.call(this, name, timeAsAlexaSendsIt(value), status);
    return slot.call(this, name, type === 'AMAZON.NUMBER' && word >= 0 ? String(word) : value, status);
  };
}

/**
 * A virtual-alexa instance that turns typed utterances into real request
 * envelopes (with entity resolution) and sends them to `handler` in-process.
 *
 * virtual-alexa calls a function handler as `handler(event, context, callback)`
 * and resolves with whatever the returned promise resolves to, so an async
 * Lambda handler works as is.
 *
 * Things to know when writing conversation tests:
 * - As on a device, a launch word followed by the invocation name is a launch;
 *   "ask sciatica stretches to X" sends X as an IntentRequest in the current
 *   session (new on the first request). "tell me more" is an intent.
 * - AMAZON.NUMBER slots arrive in digits, and AMAZON.TIME slots in 24-hour HH:MM, as Alexa sends them.
 * - "exit" ends the session (SessionEndedRequest, USER_INITIATED), as on a device.
 * - An utterance that matches no sample throws "Unable to match utterance".
 * - No device id is sent unless `va.context().device().setID(id)` is called.
 * - Only AudioPlayer is in `supportedInterfaces`; add others by mutating
 *   `va.context().device().supportedInterfaces()`.
 * - Loading it activates nock 9 process-wide; unmatched hosts still pass through.
 *
 * @param handler - the skill's Lambda handler
 * @param locale - selects both the model file and `request.locale`
 */
export function createVirtualAlexa(handler: SkillHandler, locale = 'en-US'): VirtualAlexa {
  const file = modelFileFor(locale);
  // virtual-alexa awaits a handler that returns a promise, as its ModuleInvoker shows; its typings only know callbacks.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  const va = virtualAlexa().VirtualAlexa.Builder().handler(handler).interactionModelFile(file).locale(locale).create();
  (va as unknown as LaunchParser)[LANGUAGE] = languageOf(locale);
  return va;
}

/**
 * Sends an APL UserEvent (a button touched on an Echo Show) inside the open session, with its attributes, as a
 * device does; virtual-alexa sends only launches, intents and session ends in a session.
 */
function touchesInSession(requests: SkillRequestModule): void {
  const proto = requests.SkillRequest.prototype;
  const { requiresSession } = proto;
  proto.requiresSession = function () {
    return this.json().request.type === 'Alexa.Presentation.APL.UserEvent' || requiresSession.call(this);
  };
}
