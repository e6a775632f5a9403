import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, Response } from 'ask-sdk-model';
import type { SpeechRenderer } from '../config';
import { runTurn, type ConversationRequest, type ConversationServices } from '../conversation/turn';
import { userKeyOf, type UserKey } from '../storage/user-key';
import { deviceTimeZone } from './device-settings';
import { reminderPortFor } from './reminder-port';
import { renderResponse } from './render-response';
import { packFor, type LanguagePacks } from './language-pack';
import { screenViewportOf } from './screen-device';
import type { AvgGraphic } from '../screen/avg';

/** What the handlers need: a pack for each language, storage, time and ids, how to render speech and screens. */
export interface SkillServices extends Omit<ConversationServices, 'content' | 'engine' | 'compose' | 'present'> {
  readonly packs: LanguagePacks;
  readonly renderer: SpeechRenderer;
  /** The stretch figures, by key, for screens. */
  readonly figures: Readonly<Record<string, AvgGraphic>>;
  /** Where card pictures are hosted; null when they are not. */
  readonly imageBaseUrl: string | null;
}

/** The turn layer's services in the request's language. */
export function conversationServices(services: SkillServices, envelope: RequestEnvelope): ConversationServices {
  const pack = packFor(services.packs, envelope);
  return { ...services, content: pack.content, engine: pack.engine, compose: pack.compose, present: pack.present };
}

/** The hashed storage key of the user a request comes from, or null when the envelope names none. */
export function userOf(envelope: RequestEnvelope): UserKey | null {
  const id = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  return typeof id === 'string' && id.length > 0 ? userKeyOf(id) : null;
}

/**
 * Answers one request through the turn layer: plain inputs out of the
 * envelope (the device's time zone only when a summary needs it), the
 * turn, then the response and the session attributes back onto the SDK.
 */
export async function respond(
  input: HandlerInput,
  request: ConversationRequest,
  services: SkillServices,
  { remindersGranted = false }: { readonly remindersGranted?: boolean } = {},
): Promise<Response> {
  const zone = request.type === 'summary-request' ? await deviceTimeZone(input, services.log) : null;
  const catalogue = packFor(services.packs, input.requestEnvelope).catalogue;
  const output = await runTurn(
    {
      // A request out of session (Alexa's answer to the permission question may come as one) has no attributes to read or write.
      attributes: input.requestEnvelope.session ? input.attributesManager.getSessionAttributes() : undefined,
      user: userOf(input.requestEnvelope),
      request,
      deviceTimeZone: zone,
      reminders: reminderPortFor(input, services.log, catalogue, remindersGranted),
    },
    conversationServices(services, input.requestEnvelope),
  );
  const response = renderResponse(input.responseBuilder, output.speech, services.renderer, {
    view: output.screen,
    viewport: screenViewportOf(input.requestEnvelope),
    figures: services.figures,
    imageBaseUrl: services.imageBaseUrl,
  });
  if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes(output.attributes);
  return response;
}
