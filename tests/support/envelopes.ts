import { randomUUID } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';
import { ECHO_SHOW_8, type ReportedScreen } from '../../tools/simulator/screen/echo-show';

/** A test skill id; handlers built in tests refuse any other when SKILL_ID is set. */
export const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** A fresh Alexa user id, so tests never share stored progress by accident. */
export function newUserId(): string {
  return `amzn1.ask.account.TEST-${randomUUID()}`;
}

/** Options for a hand-made request envelope; without `userId` every envelope is a new user. */
export interface EnvelopeOptions {
  readonly attributes?: Record<string, unknown>;
  readonly isNew?: boolean;
  readonly userId?: string;
  readonly skillId?: string;
  /** The device the user speaks to; one shared test device unless given. */
  readonly deviceId?: string;
  /** The Alexa session; one shared test session id unless given. */
  readonly sessionId?: string;
  /** The request's locale; en-US unless given. */
  readonly locale?: string;
  /** A device with a screen: it lists the APL interface and reports this viewport. */
  readonly screen?: TestScreen;
}

/** A screen as a device reports it; the simulator's Echo Show is the one most tests use. */
export type TestScreen = ReportedScreen;
export { ECHO_SHOW_8 };

function envelope(request: Record<string, unknown>, options: EnvelopeOptions = {}): RequestEnvelope {
  const application = { applicationId: options.skillId ?? SKILL_ID };
  const user = { userId: options.userId ?? newUserId() };
  return {
    version: '1.0',
    session: {
      new: options.isNew ?? !options.attributes,
      sessionId: options.sessionId ?? 'amzn1.echo-api.session.test',
      application,
      user,
      attributes: options.attributes ?? {},
    },
    context: {
      System: {
        application,
        user,
        device: {
          deviceId: options.deviceId ?? 'amzn1.ask.device.TEST',
          supportedInterfaces: options.screen ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } } : {},
        },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
      ...(options.screen ? { Viewport: options.screen } : {}),
    },
    request: { requestId: 'amzn1.echo-api.request.test', timestamp: '2026-11-21T10:00:00Z', locale: options.locale ?? 'en-US', ...request },
  } as unknown as RequestEnvelope;
}

/** A LaunchRequest. */
export function launch(options?: EnvelopeOptions): RequestEnvelope {
  return envelope({ type: 'LaunchRequest' }, options);
}

/** An IntentRequest; `slots` maps slot names to heard values (no entity resolution). */
export function intent(name: string, slots: Record<string, string> = {}, options?: EnvelopeOptions): RequestEnvelope {
  const slotObjects = Object.fromEntries(
    Object.entries(slots).map(([slot, value]) => [slot, { name: slot, value, confirmationStatus: 'NONE' }]),
  );
  return envelope(
    { type: 'IntentRequest', dialogState: 'COMPLETED', intent: { name, confirmationStatus: 'NONE', slots: slotObjects } },
    options,
  );
}

/** A SessionEndedRequest. */
export function sessionEnded(options?: EnvelopeOptions): RequestEnvelope {
  return envelope({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' }, options);
}

/** The event an APL `SendEvent` makes when a button on the screen is touched. */
export function userEvent(args: readonly unknown[], options?: EnvelopeOptions): RequestEnvelope {
  return envelope(
    { type: 'Alexa.Presentation.APL.UserEvent', token: 'stretch-screen', arguments: args, source: { type: 'TouchWrapper' } },
    options,
  );
}
