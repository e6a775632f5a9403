/**
 * How a runner child hands its result to the parent: one stdout line, a fixed
 * prefix and the JSON. Both sides import it so the prefix cannot drift; it
 * imports nothing, because the runner bundle should carry no more than it needs.
 */
const PREFIX = 'BENCH ';

/** The stdout line, newline included, that carries `result` from the runner to the parent. */
export function resultLine(result: unknown): string {
  return `${PREFIX}${JSON.stringify(result)}\n`;
}

/**
 * The result in a child's stdout: the first line with the prefix, parsed.
 * Wrapped in an object so a result that is itself falsy is still found; null when there is no such line.
 */
export function parseResultLine<T>(stdout: string): { readonly result: T } | null {
  const line = stdout.split('\n').find((l) => l.startsWith(PREFIX));
  return line === undefined ? null : { result: JSON.parse(line.slice(PREFIX.length)) as T };
}
