import { spawn } from 'node:child_process';
import { parseResultLine } from './result-line';
import type { RunnerTask } from './runner';

/** What one runner child gave back. */
export interface ChildRun<T> {
  readonly result: T;
  /** Wall time seen by the parent, from spawn to exit. */
  readonly wallMs: number;
  /** Lines the child wrote on stderr (the skill logs only failures there; the SDK may warn). */
  readonly stderr: string;
}

/** Where the runner is, and the environment every child gets on top of a clean copy of ours. */
export interface RunnerSetup {
  readonly runner: string;
  readonly env?: Readonly<Record<string, string>>;
}

const cleanEnv = (extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ['NODE_OPTIONS', 'DYNAMODB_ENDPOINT', 'TABLE_NAME', 'SKILL_ID', 'SPEECH_RENDERER']) {
    if (!(name in extra)) delete env[name];
  }
  return env;
};

/**
 * Runs the bundled runner in a fresh `node` process with `task` and returns
 * its result line (see result-line.ts). `nodeArgs` go before the script (for `--cpu-prof`).
 * @throws when the child fails or prints no result
 */
export function runChild<T>(setup: RunnerSetup, task: RunnerTask, nodeArgs: readonly string[] = []): Promise<ChildRun<T>> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, setup.runner, JSON.stringify(task)], {
      env: cleanEnv(setup.env ?? {}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = performance.now() - started;
      // A failed child's output is not parsed: its error is what the reader needs.
      const found = code === 0 ? parseResultLine<T>(stdout) : null;
      if (!found) {
        reject(new Error(`runner ${task.mode} ${task.bundle} exited with ${code}:\n${stderr.slice(-2000)}`));
        return;
      }
      resolve({ result: found.result, wallMs, stderr });
    });
  });
}

/** Skill log lines (JSON objects with an `event`) in a child's stderr: any of them means a turn met a failure. */
export function skillLogLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('{') && line.includes('"event"'));
}
