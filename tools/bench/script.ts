import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { handler as floorHello } from '../../bench/floor-hello/index';
import type { handler as floorStock } from '../../bench/floor-stock/index';
import type { handler as skillStub } from '../../bench/skill-stub/index';
import { intent, launch } from '../../tests/support/envelopes';

/** The kinds of turn the bench sends. */
export type TurnKind = 'launch' | 'yes' | 'repeat' | 'next' | 'summary';

/** A Lambda-shaped skill handler, as every bench bundle exports it. */
export type BenchHandler = (event: unknown) => Promise<ResponseEnvelope>;

/** The handlers of the bench's own entries under bench/; importing their types makes `tsc` check bench/ along with tools/. */
export type BenchEntryHandlers = [typeof floorHello, typeof floorStock, typeof skillStub] extends BenchHandler[] ? true : never;

/** The intent each non-launch turn sends; the summary has no slot, so it is about this week. */
const INTENTS: Readonly<Record<Exclude<TurnKind, 'launch'>, string>> = {
  yes: 'AMAZON.YesIntent',
  repeat: 'AMAZON.RepeatIntent',
  next: 'AMAZON.NextIntent',
  summary: 'WeeklySummaryIntent',
};

/**
 * One complete quick relief routine: launch, "yes" to the offered routine
 * (which says where to be for the first stretch), then "next": into the
 * chair, its two sides, down to hands and knees, cat cow, lying down, its two
 * sides, and the last "next" hearing the closing words.
 */
export const WHOLE_ROUTINE: readonly TurnKind[] = ['launch', 'yes', ...Array.from({ length: 8 }, (): TurnKind => 'next')];

/** The warm loop: the whole routine with a "repeat" on the first side and a weekly summary mid-routine. */
export const WARM_LOOP: readonly TurnKind[] = [
  'launch',
  'yes',
  'next',
  'repeat',
  'next',
  'next',
  'summary',
  ...Array.from({ length: 5 }, (): TurnKind => 'next'),
];

/** A one-shot "ask sciatica stretches how did I do this week": a summary that opens a new session. */
export const ONE_SHOT_SUMMARY: readonly TurnKind[] = ['summary'];

/** How a conversation is driven. */
export interface ConverseOptions {
  /**
   * Checks the skill's session flow: every turn but the last keeps the
   * session open, and the last ends it exactly when `endsSession` is true.
   */
  readonly check?: { readonly endsSession: boolean };
  /** Called after each turn with its kind, its index, the handler's time in ms, and the CPU time (user + system) it used in ms. */
  readonly onTurn?: (kind: TurnKind, index: number, ms: number, cpuMs: number) => void;
}

/** The request envelope for a turn; the first turn opens a new session, later ones carry the attributes back. */
export function requestFor(kind: TurnKind, userId: string, attributes: Record<string, unknown> | null): RequestEnvelope {
  if (kind === 'launch') return launch({ userId });
  return attributes === null ? intent(INTENTS[kind], {}, { userId, isNew: true }) : intent(INTENTS[kind], {}, { userId, attributes });
}

/**
 * Plays `kinds` as one session of `userId` against `handler`, carrying the
 * session attributes from each response to the next request as Alexa does,
 * and timing each handler call alone (envelope building is outside the timing).
 */
export async function converse(
  handler: BenchHandler,
  userId: string,
  kinds: readonly TurnKind[],
  options: ConverseOptions = {},
): Promise<ResponseEnvelope[]> {
  const responses: ResponseEnvelope[] = [];
  let attributes: Record<string, unknown> | null = null;
  for (const [index, kind] of kinds.entries()) {
    const request = requestFor(kind, userId, attributes);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const response = await handler(request);
    const used = process.cpuUsage(cpu);
    options.onTurn?.(kind, index, performance.now() - started, (used.user + used.system) / 1000);
    responses.push(response);
    attributes = response.sessionAttributes ?? {};
    if (options.check) {
      const ended = response.response.shouldEndSession !== false;
      const shouldEnd = index === kinds.length - 1 && options.check.endsSession;
      if (ended !== shouldEnd) throw new Error(`turn ${index + 1} (${kind}) ${ended ? 'ended the session' : 'left the session open'}`);
    }
  }
  return responses;
}
