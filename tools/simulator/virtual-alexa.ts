import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { VirtualAlexa } from 'virtual-alexa';

/** A Lambda-style handler, as `lambda/index.ts` exports it. */
export type SkillHandler = (event: unknown, context: unknown) => Promise<unknown>;

/**
 * Path of the committed interaction model for a locale. Tests read the
 * committed file rather than a freshly built model, so they also prove that
 * the file the ASK CLI deploys is one that works.
 */
export function modelFileFor(locale: string): string {
  return resolve(import.meta.dirname, '../../interaction-model/interactionModels/custom', `${locale}.json`);
}

let library: typeof import('virtual-alexa') | undefined;

function virtualAlexa(): typeof import('virtual-alexa') {
  // virtual-alexa pulls in aws-sdk v2 for its DynamoDB mock, which prints an
  // end-of-support notice on load; the variable must be set before that
  // require, which is why the library is loaded lazily rather than imported.
  process.env['AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE'] ??= '1';
  library ??= createRequire(import.meta.url)('virtual-alexa') as typeof import('virtual-alexa');
  return library;
}

/**
 * A virtual-alexa instance that turns typed utterances into real request
 * envelopes (with entity resolution) and sends them to `handler` in-process.
 *
 * virtual-alexa calls a function handler as `handler(event, context, callback)`
 * and resolves with whatever the returned promise resolves to, so an async
 * Lambda handler works as is.
 *
 * Things to know when writing conversation tests:
 * - An utterance containing "ask", "open", "launch", "tell" or "talk to", even
 *   inside a word ("task"), is a launch. "ask sciatica stretches to X" sends X
 *   as an IntentRequest in the current session (new on the first request).
 * - An utterance that matches no sample throws "Unable to match utterance".
 * - No device id is sent unless `va.context().device().setID(id)` is called.
 * - Only AudioPlayer is in `supportedInterfaces`; add others by mutating
 *   `va.context().device().supportedInterfaces()`.
 * - Loading it activates nock 9 process-wide; unmatched hosts still pass through.
 *
 * @param handler - the skill's Lambda handler
 * @param locale - selects both the model file and `request.locale`
 */
export function createVirtualAlexa(handler: SkillHandler, locale = 'en-US'): VirtualAlexa {
  // virtual-alexa awaits a handler that returns a promise, as its ModuleInvoker shows; its typings only know callbacks.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  return virtualAlexa().VirtualAlexa.Builder().handler(handler).interactionModelFile(modelFileFor(locale)).locale(locale).create();
}
