import type { HandlerInput } from 'ask-sdk-core';
import { withDeadline } from '../conversation/deadline';
import { isTimeZone } from '../domain/local-time';
import { errorName, type Log } from '../log';

/** The Settings API gets this long; after that the cached zone is used. */
const TIME_ZONE_BUDGET_MS = 1000;

/**
 * The device's time zone from the Alexa Settings API, or null when there is
 * no device id, no API access, or the call fails or is slow.
 */
export async function deviceTimeZone(input: HandlerInput, log: Log): Promise<string | null> {
  const deviceId = input.requestEnvelope.context?.System?.device?.deviceId;
  const factory = input.serviceClientFactory;
  if (!deviceId || !factory || !input.requestEnvelope.context?.System?.apiAccessToken) return null;
  try {
    const zone = await withDeadline(factory.getUpsServiceClient().getSystemTimeZone(deviceId), TIME_ZONE_BUDGET_MS);
    return typeof zone === 'string' && isTimeZone(zone) ? zone : null;
  } catch (error) {
    log({ event: 'time-zone-failed', name: errorName(error) });
    return null;
  }
}
