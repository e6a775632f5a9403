import type { ResponseBuilder } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { SpeechRenderer } from '../config';
import { APLA_DIRECTIVE, toApla } from '../speech/apla';
import type { Speech } from '../speech/compose';
import { ssmlBody } from '../speech/ssml';
import { hasLongSilence } from '../speech/timeline';
import { REMINDERS_SCOPE } from './reminders';

/** Token of the APL-A document; nothing listens for its events, it only names the document in logs. */
const APLA_TOKEN = 'guided-stretch';

/**
 * Puts composed speech on the response. With the `apla` renderer, a response
 * that guides a timed hold plays as an APL for Audio document, where every
 * silence is a `Silence` component of exact length with no 10 s cap (a
 * response that waits while the user moves into position plays the same way); every
 * other response (and every reprompt) is plain SSML.
 */
export function renderResponse(builder: ResponseBuilder, speech: Speech, renderer: SpeechRenderer): Response {
  if (renderer === 'apla' && hasLongSilence(speech.speech)) {
    builder.addDirective({
      type: APLA_DIRECTIVE,
      token: APLA_TOKEN,
      document: toApla(speech.speech, 'A guided stretch'),
      datasources: {},
    });
  } else {
    builder.speak(ssmlBody(speech.speech));
  }
  if (speech.reprompt) builder.reprompt(ssmlBody(speech.reprompt));
  if (speech.card) builder.withSimpleCard(speech.card.title, speech.card.text);
  if (speech.consent?.kind === 'card') builder.withAskForPermissionsConsentCard([REMINDERS_SCOPE]);
  if (speech.consent?.kind === 'ask') {
    // Alexa asks for the permission in its own words and answers with a Connections.Response: the session is handed over, not ended.
    builder.addDirective({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: REMINDERS_SCOPE },
      token: speech.consent.token,
    });
    return builder.getResponse();
  }
  builder.withShouldEndSession(speech.endSession);
  return builder.getResponse();
}
