import { startDynamoDbLocal, type LocalDynamo } from '../../tests/support/dynamodb-local';
import { watchMemory } from './memory';
import { parseLoadOptions } from './options';
import { buildResults, loadAverageNow, summaryLines, writeResults } from './report';
import { newProgress, runLoad } from './run';

/**
 * `npm run load`: DynamoDB Local in memory, the simulated users arriving one
 * after another through the real skill handler, one storage outage, then
 * every session and stored record checked. Prints a summary, writes the
 * results file, and exits non-zero on any error response, lost record,
 * session that did not end properly, problem or timeout.
 */
async function main(): Promise<number> {
  const options = parseLoadOptions(process.argv.slice(2));
  const progress = newProgress();
  let local: LocalDynamo | null = null;
  const cleanUp = async (): Promise<void> => {
    progress.outage?.abandon();
    await local?.stop().catch(() => undefined);
  };
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

  // The SDK warns on the console for each request past its requestTimeout; count those instead.
  let sdkWarnings = 0;
  const warn = console.warn.bind(console);
  console.warn = (...args: unknown[]): void => {
    if (String(args[0]).includes('@smithy/node-http-handler')) sdkWarnings += 1;
    else warn(...args);
  };

  const started = performance.now();
  const loadAverageBefore = loadAverageNow();
  const memory = watchMemory(() => local?.pid() ?? null);
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  try {
    console.info('load: starting DynamoDB Local');
    local = await startDynamoDbLocal();
    console.info(
      `load: ${options.users} users, ${options.arrivalPerSecond} arriving a second (${options.handlers} handlers); storage unreachable ${options.outageAfterSeconds} s in, for ${options.outageSeconds} s`,
    );
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.timeoutSeconds * 1000);
    });
    if ((await Promise.race([runLoad(local, options, progress), deadline])) === 'timeout') {
      timedOut = true;
      progress.stopped = true;
      progress.problems.push(`hard timeout: stopped after ${options.timeoutSeconds} s`);
    }
  } catch (error) {
    progress.problems.push(`the run failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  } finally {
    clearTimeout(timer);
  }

  const results = buildResults({
    options,
    runs: progress.runs,
    usersMs: progress.usersMs,
    outage: progress.outage?.window() ?? null,
    check: progress.check,
    sessions: progress.sessions,
    logEvents: progress.logEvents,
    requestsPerSecond: progress.requestsPerSecond,
    waitedForStorage: progress.waitedForStorage,
    handlersBuilt: progress.handlersBuilt,
    sdkWarnings,
    memory: memory.stop(),
    loadAverageBefore,
    wallMs: performance.now() - started,
    timedOut,
    problems: progress.problems,
  });
  summaryLines(results).forEach((line) => console.info(line));
  writeResults(options.out, results);
  console.info(`load: results written to ${options.out}`);
  await cleanUp();
  return results.passed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
