import { spawnSync } from 'node:child_process';

/**
 * Refuses to go on in tests and CI: the deploy scripts talk to AWS and Amazon's developer
 * services with the caller's own credentials, which only a person at a terminal should do.
 * @throws Error when `CI` or `VITEST` is set
 */
export function assertInteractive(what: string): void {
  if (process.env.CI || process.env.VITEST) {
    throw new Error(`${what} deploys to AWS and Alexa with your credentials; it does not run in CI or tests.`);
  }
}

/**
 * Runs a command with the terminal attached (prompts such as cdk's approval stay answerable).
 * @throws Error when it cannot start or exits non-zero, so a failed step stops the next one
 */
export function run(command: string, args: readonly string[], cwd?: string): void {
  console.log(`\n> ${[command, ...args].join(' ')}${cwd ? `   (in ${cwd})` : ''}`);
  // npm and npx are .cmd scripts on Windows, which only start through a shell.
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args[0] ?? ''} failed (exit ${result.status ?? result.signal})`);
}
