import { createVirtualAlexa } from './virtual-alexa';

/** A request as the tests read it: its type, and for an intent its name and slots. */
interface Recorded {
  request: {
    type: string;
    reason?: string;
    intent?: {
      name: string;
      slots?: Record<string, { value?: string; resolutions?: { resolutionsPerAuthority?: { values?: { value: { id: string } }[] }[] } }>;
    };
  };
}

/** What an utterance reached: the request type, the intent, and each slot's resolved id (or, for a number, its digits). */
export interface Heard {
  readonly type: string | undefined;
  /** Why a SessionEndedRequest was sent ("exit" is Alexa's own stop). */
  readonly reason: string | undefined;
  readonly intent: string | undefined;
  readonly slots: Record<string, string>;
}

const OK_RESPONSE = {
  version: '1.0',
  response: { outputSpeech: { type: 'SSML', ssml: '<speak>ok</speak>' }, shouldEndSession: false },
};

/**
 * A virtual Alexa over the committed model whose skill only records what it
 * was sent, for tests of what utterances reach. `hear` throws "Unable to match
 * utterance" when no sample covers one.
 */
export function recordingAlexa(locale = 'en-US'): {
  va: ReturnType<typeof createVirtualAlexa>;
  hear: (utterance: string) => Promise<Heard>;
} {
  const requests: Recorded[] = [];
  const va = createVirtualAlexa(async (event) => {
    requests.push(event as Recorded);
    return OK_RESPONSE;
  }, locale);
  const hear = async (utterance: string): Promise<Heard> => {
    await va.utter(utterance);
    const request = requests.at(-1)?.request;
    const slots = Object.fromEntries(
      Object.entries(request?.intent?.slots ?? {}).flatMap(([name, slot]) => {
        const id = slot.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id ?? slot.value;
        return id === undefined ? [] : [[name, id]];
      }),
    );
    return { type: request?.type, reason: request?.reason, intent: request?.intent?.name, slots };
  };
  return { va, hear };
}
