import fc from 'fast-check';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { BUILTIN_INTENTS, CUSTOM_INTENTS, SLOTS } from '../../lambda/alexa/intents';
import { symptomValues } from '../../lambda/alexa/symptom-vocabulary';
import { WEEK_VALUES } from '../../lambda/alexa/vocabulary';
import { NEW_PROFILE } from '../../lambda/domain/progress';
import type { ProgressRepository } from '../../lambda/storage/progress-repository';
import { content } from '../support/content';
import { TOUCH_ACTIONS } from '../../lambda/screen/touch-actions';
import { ECHO_SHOW_8, intent, launch, sessionEnded, userEvent, type EnvelopeOptions } from '../support/envelopes';

/** One thing a user (or Alexa) sends, before session attributes and the user id are filled in. */
export type Move = (options: EnvelopeOptions) => RequestEnvelope;

const names = [...content.routines.flatMap((r) => [r.id, ...r.aliases]), ...content.stretches.flatMap((s) => [s.id, ...s.aliases])];
const spoken = fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 40 }), fc.constant(''));

const slotsFor: Record<string, fc.Arbitrary<Record<string, string>>> = {
  [CUSTOM_INTENTS.startRoutine]: fc
    .option(spoken, { nil: undefined })
    .map((v): Record<string, string> => (v === undefined ? {} : { [SLOTS.routine]: v })),
  [CUSTOM_INTENTS.setDefault]: fc
    .option(spoken, { nil: undefined })
    .map((v): Record<string, string> => (v === undefined ? {} : { [SLOTS.routine]: v })),
  [CUSTOM_INTENTS.startStretch]: fc
    .option(spoken, { nil: undefined })
    .map((v): Record<string, string> => (v === undefined ? {} : { [SLOTS.stretch]: v })),
  [CUSTOM_INTENTS.itHurts]: fc
    .option(fc.oneof(fc.constantFrom(...Object.values(symptomValues()).flat()), fc.string({ maxLength: 20 })), { nil: undefined })
    .map((v): Record<string, string> => (v === undefined ? {} : { [SLOTS.symptom]: v })),
  [CUSTOM_INTENTS.weeklySummary]: fc
    .option(fc.oneof(fc.constantFrom(...Object.values(WEEK_VALUES).flat()), fc.string({ maxLength: 20 })), { nil: undefined })
    .map((v): Record<string, string> => (v === undefined ? {} : { [SLOTS.week]: v })),
  [CUSTOM_INTENTS.painScore]: fc
    .oneof(fc.integer({ min: -5, max: 30 }).map(String), fc.constantFrom('four', 'eleven', '?', ''), fc.string({ maxLength: 6 }))
    .map((v) => ({ [SLOTS.score]: v })),
};

const intentNames = [...Object.values(CUSTOM_INTENTS), ...Object.values(BUILTIN_INTENTS), 'SomeRetiredIntent'];

/** Any request a session may see: launch, any intent with plausible or junk slot values, or the session ending. */
export const moveArb: fc.Arbitrary<Move> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Move>((o) => launch(o)) },
  {
    weight: 12,
    arbitrary: fc.constantFrom(...intentNames).chain((name) =>
      (slotsFor[name] ?? fc.constant({})).map(
        (slots): Move =>
          (o) =>
            intent(name, slots, o),
      ),
    ),
  },
  { weight: 1, arbitrary: fc.constant<Move>((o) => sessionEnded(o)) },
  {
    weight: 2,
    arbitrary: fc.oneof(fc.constantFrom<unknown>(...TOUCH_ACTIONS), fc.anything()).map(
      (argument): Move =>
        (o) =>
          userEvent([argument], o),
    ),
  },
);

/** A device the session runs on: none with a screen, an Echo Show, or a screen reported in any shape at all. */
export const screenArb: fc.Arbitrary<EnvelopeOptions['screen']> = fc.oneof(
  fc.constant(undefined),
  fc.constant(ECHO_SHOW_8),
  fc.record({
    shape: fc.constantFrom('ROUND' as const, 'RECTANGLE' as const),
    pixelWidth: fc.integer({ min: 1, max: 4000 }),
    pixelHeight: fc.integer({ min: 1, max: 4000 }),
    dpi: fc.integer({ min: 80, max: 480 }),
    mode: fc.constantFrom('HUB', 'TV', 'MOBILE'),
    touch: fc.constantFrom([], ['SINGLE']),
  }),
  // A device that lists APL but reports a viewport no device would: it must get no document, and no crash.
  fc.constant({ shape: 'HEXAGON', pixelWidth: -1, dpi: 0 } as unknown as EnvelopeOptions['screen']),
);

/**
 * A repository that injects faults: each call succeeds or throws as the
 * given pattern says. It stores nothing (the persistence tests use DynamoDB
 * Local); it lets the fuzzer reach the storage-failure paths at random.
 */
export function flakyRepository(failures: readonly boolean[]): ProgressRepository {
  let call = 0;
  const attempt = async <T>(value: T): Promise<T> => {
    const fails = failures[call % Math.max(1, failures.length)] ?? false;
    call += 1;
    if (fails) throw Object.assign(new Error('Rate exceeded'), { name: 'ProvisionedThroughputExceededException' });
    return value;
  };
  return {
    load: () => attempt({ profile: NEW_PROFILE, active: null, pointer: null }),
    saveRun: (_user, _save, expected) => attempt((expected ?? 0) + 1),
    updateProfile: () => attempt(undefined),
    records: () => attempt([]),
    deleteUser: () => attempt(undefined),
  };
}

/** What makes a response envelope well-formed, whatever the request was. */
export function envelopeProblems(envelope: ResponseEnvelope): string[] {
  const problems: string[] = [];
  if (envelope.version !== '1.0') problems.push('version is not 1.0');
  if (typeof envelope.response !== 'object' || envelope.response === null) problems.push('no response object');
  const speech = envelope.response?.outputSpeech;
  if (speech && !(speech.type === 'SSML' && /^<speak>[\s\S]*<\/speak>$/.test(speech.ssml))) problems.push('outputSpeech is not SSML');
  const end = envelope.response?.shouldEndSession;
  if (end !== undefined && typeof end !== 'boolean') problems.push('shouldEndSession is not a boolean');
  return problems;
}
