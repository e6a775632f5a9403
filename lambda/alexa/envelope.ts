import * as z from '../zod';
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Catalogue } from '../speech/catalogue';

/**
 * The least a request must hold for the SDK to dispatch it safely. Anything
 * less is answered with a spoken apology rather than a thrown error, which
 * Alexa would turn into "There was a problem with the requested skill's response".
 */
const envelopeSchema = z.object({
  version: z.string(),
  session: z.optional(
    z.object({
      new: z.optional(z.boolean()),
      attributes: z.nullable(z.optional(z.record(z.string(), z.unknown()))),
      application: z.optional(z.object({ applicationId: z.string() })),
    }),
  ),
  context: z.optional(z.looseObject({ System: z.looseObject({ application: z.optional(z.object({ applicationId: z.string() })) }) })),
  request: z
    .looseObject({
      type: z.string().check(z.minLength(1)),
      requestId: z.optional(z.string()),
      intent: z.optional(
        z.looseObject({ name: z.string().check(z.minLength(1)), slots: z.nullable(z.optional(z.record(z.string(), z.unknown()))) }),
      ),
    })
    .check(z.refine((request) => request.type !== 'IntentRequest' || request.intent !== undefined, 'an IntentRequest needs an intent')),
});

/** True when the envelope is complete enough to hand to the SDK. */
export function isDispatchable(event: unknown): boolean {
  return envelopeSchema.safeParse(event).success;
}

/** The skill id a request was sent to, wherever the envelope carries it. */
export function applicationIdOf(event: unknown): string | undefined {
  const e = event as {
    context?: { System?: { application?: { applicationId?: unknown } } };
    session?: { application?: { applicationId?: unknown } };
  } | null;
  const id = e?.context?.System?.application?.applicationId ?? e?.session?.application?.applicationId;
  return typeof id === 'string' ? id : undefined;
}

/** The locale a request names, wherever it is readable, for answering even an unreadable request in its language. */
export function localeOf(event: unknown): string | undefined {
  const locale = (event as { request?: { locale?: unknown } } | null)?.request?.locale;
  return typeof locale === 'string' ? locale : undefined;
}

/** A spoken answer to a request that could not be read; the session stays open so the user can try again. */
export function unreadableRequestResponse(catalogue: Catalogue): ResponseEnvelope {
  return {
    version: '1.0',
    response: {
      outputSpeech: { type: 'SSML', ssml: `<speak>${catalogue.notUnderstood} ${catalogue.tryAgain}</speak>` },
      reprompt: { outputSpeech: { type: 'SSML', ssml: `<speak>${catalogue.tryAgain}</speak>` } },
      shouldEndSession: false,
    },
  };
}
