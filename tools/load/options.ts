/** The routines the simulated users choose among, round-robin by user index. */
export const LOAD_ROUTINES = ['quick-relief', 'bedtime', 'seated', 'floor'] as const;
/** One of {@link LOAD_ROUTINES}. */
export type LoadRoutine = (typeof LOAD_ROUTINES)[number];

/** What `npm run load` is asked to do. */
export interface LoadOptions {
  /** Users running their routine at the same time. */
  readonly users: number;
  /** How long DynamoDB Local stays stopped; 0 runs without an outage. */
  readonly outageSeconds: number;
  /** How long after the first request the outage begins. */
  readonly outageAfterSeconds: number;
  /** Each user waits a random 0 to this many milliseconds between turns, so turns interleave. */
  readonly thinkMs: number;
  /**
   * A user's cadence, like a short hold: a turn starts at least 0.75 to 1.25 times this many
   * milliseconds after the user's previous turn started. It keeps a user's pace the same whether
   * storage answers or fails fast, so every routine goes on well past the outage. 0 for none.
   */
  readonly paceMs: number;
  /** After this long the run is abandoned, reported, and fails. */
  readonly timeoutSeconds: number;
  /**
   * `per-user`: each user gets its own handler, repository and SDK client, as each concurrent
   * Lambda invocation runs in its own execution environment. `shared`: one handler serves every
   * user at once, as a long-running server would.
   */
  readonly handlers: 'per-user' | 'shared';
  /** Where the JSON results go. */
  readonly out: string;
}

/** The defaults, matching the issue's `--users=200 --outage-seconds=4`. */
export const DEFAULT_OPTIONS: LoadOptions = {
  users: 200,
  outageSeconds: 4,
  outageAfterSeconds: 2,
  thinkMs: 50,
  paceMs: 3000,
  timeoutSeconds: 180,
  handlers: 'per-user',
  out: 'bench/load-results.json',
};

/** How to call it. */
export const USAGE =
  'usage: npm run load -- [--users=200] [--outage-seconds=4] [--outage-after=2] [--think-ms=50] [--pace-ms=3000] [--timeout-seconds=180] [--handlers=per-user|shared] [--out=bench/load-results.json]';

const NUMERIC: Readonly<Record<string, { key: keyof LoadOptions; min: number; max: number }>> = {
  users: { key: 'users', min: 1, max: 5000 },
  'outage-seconds': { key: 'outageSeconds', min: 0, max: 60 },
  'outage-after': { key: 'outageAfterSeconds', min: 0, max: 60 },
  'think-ms': { key: 'thinkMs', min: 0, max: 5000 },
  'pace-ms': { key: 'paceMs', min: 0, max: 20000 },
  'timeout-seconds': { key: 'timeoutSeconds', min: 5, max: 600 },
};

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
      if (value !== 'per-user' && value !== 'shared') throw new Error(`--handlers must be per-user or shared\n${USAGE}`);
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
