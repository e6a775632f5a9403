/**
 * What the skill logs. Events are names and error classes only, never a
 * message, a slot, a user id or anything the user said: a message can hold
 * user text, and this is health data.
 */
export type LogEvent =
  | { readonly event: 'storage-load-failed'; readonly name: string }
  | { readonly event: 'storage-save-failed'; readonly name: string }
  | { readonly event: 'storage-delete-failed'; readonly name: string }
  | { readonly event: 'summary-read-failed'; readonly name: string }
  | { readonly event: 'time-zone-failed'; readonly name: string }
  | { readonly event: 'reminders-failed'; readonly name: string }
  | { readonly event: 'handler-error'; readonly name: string }
  | { readonly event: 'unhandled-error'; readonly name: string }
  | { readonly event: 'unreadable-request' }
  | { readonly event: 'user-data-deleted' };

/** Where log events go: the console in Lambda (one JSON line each), a list in tests. */
export type Log = (event: LogEvent) => void;

/** An error's class name, and nothing else about it. Anything that is not an Error with a plain name is `unknown`. */
export function errorName(error: unknown): string {
  return error instanceof Error && /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(error.name) ? error.name : 'unknown';
}

/** The production log: one JSON line per event on stderr, which Lambda sends to CloudWatch. */
export const consoleLog: Log = (event) => console.error(JSON.stringify(event));
