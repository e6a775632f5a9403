/**
 * Settles with `work`, or rejects once `ms` have passed, so a slow store or
 * API can never hold a turn past Alexa's 8 s. The work itself is not
 * cancelled; its late result is ignored.
 */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Took too long')), ms);
    work.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error instanceof Error ? error : new Error('Rejected without an error'))),
    );
  });
}
