import { z } from '../zod';
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Catalogue } from '../speech/catalogue';

/**
 * The least a request must hold for the SDK to dispatch it safely. Anything
 * less is answered with a spoken apology rather than a thrown error, which
 * Alexa would turn into "There was a problem with the requested skill's response".
 */
const envelopeSchema = z.object({
  version: z.string(),
  session: z
    .object({
      new: z.boolean().optional(),
      attributes: z.record(z.string(), z.unknown()).optional().nullable(),
      application: z.object({ applicationId: z.string() }).optional(),
    })
    .optional(),
  context: z
    .object({ System: z.object({ application: z.object({ applicationId: z.string() }).optional() }).loose() })
    .loose()
    .optional(),
  request: z
    .object({
      type: z.string().min(1),
      requestId: z.string().optional(),
      intent: z
        .object({ name: z.string().min(1), slots: z.record(z.string(), z.unknown()).optional().nullable() })
        .loose()
        .optional(),
    })
    .loose()
    .refine((request) => request.type !== 'IntentRequest' || request.intent !== undefined, 'an IntentRequest needs an intent'),
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
