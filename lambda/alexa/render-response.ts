import type { ResponseBuilder } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { SpeechRenderer } from '../config';
import { APL_DIRECTIVE, APL_TOKEN, aplPayload } from '../screen/apl-document';
import type { AvgGraphic } from '../screen/avg';
import { layoutFor, type ScreenViewport } from '../screen/screen-layout';
import type { ScreenView } from '../screen/screen-view';
import { APLA_DIRECTIVE, toApla } from '../speech/apla';
import type { Speech } from '../speech/compose';
import { ssmlBody } from '../speech/ssml';
import { hasLongSilence } from '../speech/timeline';
import { REMINDERS_SCOPE } from './reminders';

/** Token of the APL-A document; nothing listens for its events, it only names the document in logs. */
const APLA_TOKEN = 'guided-stretch';

/** What a response shows besides speech: the screen for the turn, and where it can be drawn. */
export interface ScreenOutput {
  readonly view: ScreenView;
  /** The device's screen; null for a device without APL, which is sent no document. */
  readonly viewport: ScreenViewport | null;
  readonly figures: Readonly<Record<string, AvgGraphic>>;
  /** Where the card PNGs are hosted (`<base>/figures/<name>-small.png`); null sends text-only cards. */
  readonly imageBaseUrl: string | null;
}

/** A guided stretch's card: with its picture when pictures are hosted, else its words alone. */
function addGuideCard(builder: ResponseBuilder, screen: ScreenOutput): void {
  const card = screen.view.card;
  if (!card) return;
  if (screen.imageBaseUrl === null) {
    builder.withSimpleCard(card.title, card.text);
    return;
  }
  const image = (size: 'small' | 'large'): string => `${screen.imageBaseUrl}/figures/${encodeURIComponent(card.image)}-${size}.png`;
  builder.withStandardCard(card.title, card.text, image('small'), image('large'));
}

/**
 * Puts a turn's output on the response. With the `apla` renderer, a response
 * that guides a timed hold plays as an APL for Audio document, where every
 * silence is a `Silence` component of exact length with no 10 s cap (a
 * response that waits while the user moves into position plays the same way); every
 * other response (and every reprompt) is plain SSML. A device with a screen gets
 * the screen's APL document; the Alexa app gets the speech's card, or a guided
 * stretch's card.
 */
export function renderResponse(
  builder: ResponseBuilder,
  speech: Speech,
  renderer: SpeechRenderer,
  screen: ScreenOutput | null = null,
): Response {
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
  if (screen?.viewport) {
    builder.addDirective({ type: APL_DIRECTIVE, token: APL_TOKEN, ...aplPayload(screen.view, layoutFor(screen.viewport), screen.figures) });
  }
  if (speech.card) builder.withSimpleCard(speech.card.title, speech.card.text);
  else if (screen) addGuideCard(builder, screen);
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
