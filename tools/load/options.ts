/** The routines the simulated users choose among, round-robin by user index. */
export const LOAD_ROUTINES = ['quick-relief', 'bedtime', 'seated', 'floor'] as const;
/** One of {@link LOAD_ROUTINES}. */
export type LoadRoutine = (typeof LOAD_ROUTINES)[number];

/** How simulated users are mapped to skill handlers (each with its own repository and SDK client). */
export const HANDLER_MODES = ['pool', 'per-user', 'shared'] as const;
/** One of {@link HANDLER_MODES}. */
export type HandlerMode = (typeof HANDLER_MODES)[number];

/** What `npm run load` is asked to do. */
export interface LoadOptions {
  /** Users in all, each running one whole routine on its own device. */
  readonly users: number;
  /** Users arrive one every 1000 / this many ms, so the run is sustained traffic rather than one burst. */
  readonly arrivalPerSecond: number;
  /** How long the skill is cut off from DynamoDB Local; 0 runs without an outage. */
  readonly outageSeconds: number;
  /** How long after the first arrival the outage begins. */
  readonly outageAfterSeconds: number;
  /** Each user waits a random 0 to this many milliseconds between turns, so turns interleave. */
  readonly thinkMs: number;
  /**
   * A user's cadence, a much shortened hold: a turn starts at least 0.75 to 1.25 times this many
   * milliseconds after the user's previous turn started. It keeps a user's pace the same whether
   * storage answers or fails fast, so routines caught by the outage go on well past it. 0 for none.
   */
  readonly paceMs: number;
  /** After this long the run is abandoned, reported, and fails. */
  readonly timeoutSeconds: number;
  /**
   * `pool`: each turn runs on an idle handler, and one more is built (a cold start) only when all
   * are busy, as Lambda runs each concurrent invocation in an execution environment of its own and
   * reuses warm ones. `per-user`: each user gets a handler of its own, built on arrival and dropped
   * at the end of the routine. `shared`: one handler serves every user at once, as a long-running
   * server would.
   */
  readonly handlers: HandlerMode;
  /** Where the JSON results go. */
  readonly out: string;
}

/** The defaults: 1,000 users arriving over 80 s, a 4 s outage while about 250 of them are mid-routine. */
export const DEFAULT_OPTIONS: LoadOptions = {
  users: 1000,
  arrivalPerSecond: 12.5,
  outageSeconds: 4,
  outageAfterSeconds: 40,
  thinkMs: 50,
  paceMs: 2000,
  timeoutSeconds: 300,
  handlers: 'pool',
  out: 'bench/load-results.json',
};

/** How to call it. */
export const USAGE =
  'usage: npm run load -- [--users=1000] [--arrival-per-second=12.5] [--outage-seconds=4] [--outage-after=40] [--think-ms=50] [--pace-ms=2000] [--timeout-seconds=300] [--handlers=pool|per-user|shared] [--out=bench/load-results.json]';

const NUMERIC: Readonly<Record<string, { key: keyof LoadOptions; min: number; max: number }>> = {
  users: { key: 'users', min: 1, max: 5000 },
  'arrival-per-second': { key: 'arrivalPerSecond', min: 0.1, max: 1000 },
  'outage-seconds': { key: 'outageSeconds', min: 0, max: 60 },
  'outage-after': { key: 'outageAfterSeconds', min: 0, max: 600 },
  'think-ms': { key: 'thinkMs', min: 0, max: 5000 },
  'pace-ms': { key: 'paceMs', min: 0, max: 20000 },
  'timeout-seconds': { key: 'timeoutSeconds', min: 5, max: 1800 },
};

const isHandlerMode = (value: string): value is HandlerMode => (HANDLER_MODES as readonly string[]).includes(value);

/**
 * Parses `--name=value` arguments over {@link DEFAULT_OPTIONS}.
 * @throws Error naming the bad argument, with the usage line
 */
export function parseLoadOptions(argv: readonly string[]): LoadOptions {
  const options: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (const arg of argv) {
    const match = /^--([a-z-]+)=(.+)$/.exec(arg);
    if (!match) throw new Error(`Unknown argument ${arg}\n${USAGE}`);
    const [, name = '', value = ''] = match;
    if (name === 'out') {
      options.out = value;
      continue;
    }
    if (name === 'handlers') {
      if (!isHandlerMode(value)) throw new Error(`--handlers must be one of ${HANDLER_MODES.join(', ')}\n${USAGE}`);
      options.handlers = value;
      continue;
    }
    const spec = NUMERIC[name];
    const number = Number(value);
    if (!spec) throw new Error(`Unknown option --${name}\n${USAGE}`);
    if (!Number.isFinite(number) || number < spec.min || number > spec.max) {
      throw new Error(`--${name} must be a number from ${spec.min} to ${spec.max}\n${USAGE}`);
    }
    options[spec.key] = name === 'users' ? Math.floor(number) : number;
  }
  return options as unknown as LoadOptions;
}
