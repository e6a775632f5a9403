import { setTimeout as sleep } from 'node:timers/promises';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { SkillHandler } from '../../lambda/alexa/skill';
import { EN } from '../../lambda/speech/catalogues/en';
import { intent, launch, type EnvelopeOptions } from '../../tests/support/envelopes';
import { MOVING } from '../../tests/support/positions';
import type { LoadRoutine } from './options';
import type { RequestTally } from './request-tally';

/** What a user says to start each routine after the launch offer; quick relief is the one offered, so "yes". */
const START: Readonly<Record<LoadRoutine, { intent: string; slots: Record<string, string> }>> = {
  'quick-relief': { intent: 'AMAZON.YesIntent', slots: {} },
  bedtime: { intent: 'StartRoutineIntent', slots: { routine: 'bedtime' } },
  seated: { intent: 'StartRoutineIntent', slots: { routine: 'seated' } },
  floor: { intent: 'StartRoutineIntent', slots: { routine: 'floor' } },
};

/** Speech that means the skill failed the user, whatever else it said. */
export const ERROR_SPEECH = ['Sorry, something went wrong', "didn't catch that", EN.lostTrack] as const;

/**
 * What a turn was, from its answer: the launch, the start of the routine, a
 * "next" answered by a new stretch and where to get into position for it, a
 * "next" answered by a side to hold, and the "next" answered by the closing
 * words.
 */
export const TURN_KINDS = ['launch', 'start', 'position', 'side', 'finish'] as const;
/** One of {@link TURN_KINDS}. */
export type TurnKind = (typeof TURN_KINDS)[number];

/** A user never needs more turns than this for any routine; the loop stops there. */
const MAX_TURNS = 40;

/** One request and its answer, timed in ms since the run began. */
export interface TurnSample {
  readonly request: string;
  readonly kind: TurnKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly open: boolean;
  /** Why this answer counts as an error, or null. */
  readonly error: string | null;
}

/** Everything one simulated user did. */
export interface UserRun {
  readonly index: number;
  readonly userId: string;
  readonly routine: LoadRoutine;
  /** When the user arrived, in ms since the run began. */
  readonly arrival: number;
  readonly turns: TurnSample[];
  /** The DynamoDB requests the user's turns sent, filled in by whoever sends them. */
  readonly requests: RequestTally;
  /** The skill closed the session without an error (as opposed to the turn limit or the deadline stopping the user). */
  ended: boolean;
}

/** A user who has not said anything yet; {@link runUser} fills it in as the turns happen. */
export function newUserRun(index: number, userId: string, routine: LoadRoutine, arrival = 0): UserRun {
  return { index, userId, routine, arrival, turns: [], requests: {}, ended: false };
}

/** How a user is driven: the handler, the run's clock, think time, and a hook around the turn that closes the session. */
export interface UserDriver {
  readonly handler: SkillHandler;
  readonly since: () => number;
  readonly thinkMs: number;
  readonly paceMs: number;
  readonly stopped: () => boolean;
  /** Sends the "next" that finishes the routine (`send`), so that a session never ends while storage is down. */
  readonly closingTurn: (send: () => Promise<TurnSample>) => Promise<TurnSample>;
}

/** The words a response speaks: outputSpeech and APL-A Speech components, markup removed. */
export function spokenText(envelope: ResponseEnvelope): string {
  const parts: string[] = [];
  const output = envelope.response?.outputSpeech;
  if (output?.type === 'SSML') parts.push(output.ssml);
  if (output?.type === 'PlainText') parts.push(output.text);
  for (const directive of envelope.response?.directives ?? []) {
    const items = (directive as { document?: { mainTemplate?: { item?: { items?: { type: string; content?: string }[] } } } }).document
      ?.mainTemplate?.item?.items;
    for (const item of items ?? []) if (item.type === 'Speech' && item.content) parts.push(item.content);
  }
  return parts
    .join(' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The kind of a "next" turn, from its answer, or (when there was none) from the answer before it. */
function kindOfNext(answer: { text: string; open: boolean } | null, previousText: string): TurnKind {
  if (!answer) return previousText.includes(EN.promptFinishRoutine) ? 'finish' : 'side';
  if (!answer.open) return 'finish';
  return MOVING.test(answer.text) ? 'position' : 'side';
}

/**
 * One user doing one complete routine with real request envelopes, on a
 * device and in a session of its own: launch, the start of the routine, then
 * "next" until the skill ends the session. Session attributes are carried
 * from each answer to the next request, as Alexa does. The user keeps a
 * cadence (`paceMs`, jittered) and thinks for a random moment on top, so
 * turns of different users interleave.
 */
export async function runUser(run: UserRun, driver: UserDriver): Promise<void> {
  const { userId, routine, turns } = run;
  const device = { userId, deviceId: `amzn1.ask.device.LOAD-${run.index}`, sessionId: `amzn1.echo-api.session.LOAD-${run.index}` };
  let attributes: Record<string, unknown> | undefined;

  const send = async (
    label: string,
    kindOf: (answer: { text: string; open: boolean } | null) => TurnKind,
    build: (options: EnvelopeOptions) => RequestEnvelope,
  ): Promise<TurnSample> => {
    const envelope = build({ ...device, ...(attributes ? { attributes } : {}) });
    const start = driver.since();
    let sample: TurnSample;
    try {
      const answer = (await driver.handler(envelope)) as ResponseEnvelope | undefined;
      const end = driver.since();
      if (!answer?.response) {
        sample = { request: label, kind: kindOf(null), start, end, text: '', open: false, error: 'missing response' };
      } else {
        const text = spokenText(answer);
        const open = answer.response.shouldEndSession === false;
        const bad = ERROR_SPEECH.find((phrase) => text.includes(phrase));
        sample = { request: label, kind: kindOf({ text, open }), start, end, text, open, error: bad ? `said "${bad}"` : null };
        attributes = open ? answer.sessionAttributes : undefined;
      }
    } catch (error) {
      const end = driver.since();
      const thrown = `handler threw ${error instanceof Error ? error.name : 'a non-error'}`;
      sample = { request: label, kind: kindOf(null), start, end, text: '', open: false, error: thrown };
    }
    turns.push(sample);
    return sample;
  };

  let last = await send(
    'LaunchRequest',
    () => 'launch',
    (options) => launch(options),
  );
  const start = START[routine];
  for (let i = 0; i <= MAX_TURNS && last.open && !driver.stopped(); i += 1) {
    const paced = last.start + driver.paceMs * (0.75 + Math.random() / 2) - driver.since();
    await sleep(Math.max(0, paced) + Math.random() * driver.thinkMs);
    if (driver.stopped()) break;
    const previous = last.text;
    const next = (): Promise<TurnSample> =>
      send(
        'AMAZON.NextIntent',
        (answer) => kindOfNext(answer, previous),
        (options) => intent('AMAZON.NextIntent', {}, options),
      );
    if (i === 0) {
      last = await send(
        start.intent,
        () => 'start',
        (options) => intent(start.intent, start.slots, options),
      );
    } else {
      last = previous.includes(EN.promptFinishRoutine) ? await driver.closingTurn(next) : await next();
    }
  }
  run.ended = !last.open && last.error === null;
}
