import { DefaultApiClient, SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as z from '../../lambda/zod';

/** The stub of the Alexa Settings API: what it answers per device id, and the requests it got. */
export interface SettingsApi {
  /** `http://127.0.0.1:<port>`, for context.System.apiEndpoint. */
  readonly endpoint: string;
  /** Per device id: a zone name (answered with 200 and a JSON string) or an HTTP status to fail with. */
  readonly answers: Map<string, string | number>;
  /** Path and Authorization header of every Settings API request, in order. */
  readonly requests: { path: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

/**
 * How the fake Reminders API fails, until set back to 'none': 401, 403, 400
 * with `{code: 'DEVICE_NOT_SUPPORTED'}`, 500, or never answering at all.
 */
export type ReminderFault = 'none' | 'unauthorized' | 'forbidden' | 'unsupported' | 'error' | 'hang';

/** One request to the fake Reminders API, as it arrived. */
export interface RecordedReminderRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  /** The JSON body, parsed; undefined when there was none. */
  readonly body: unknown;
}

/** A reminder as the fake keeps and lists it: what was posted, plus what the API adds. */
export interface StoredReminder {
  readonly alertToken: string;
  readonly createdTime: string;
  readonly updatedTime: string;
  readonly status: 'ON';
  readonly version: string;
  readonly trigger: unknown;
  readonly alertInfo: unknown;
  readonly pushNotification: unknown;
}

/** The fake Alexa API: the Settings API's time zone, and the Reminders API kept in memory per user. */
export interface AlexaApi extends SettingsApi {
  /** Every Reminders API request, in order. */
  readonly reminderRequests: RecordedReminderRequest[];
  /** The reminders kept for one bearer token (one user), oldest first. */
  reminders(token: string): readonly StoredReminder[];
  /** How every Reminders API request fails from now on; 'none' serves them. */
  fault: ReminderFault;
  /** When set, every Reminders API request is answered with this status and body text as it is: for malformed answers. */
  rawAnswer: { readonly status: number; readonly body: string } | null;
}

const REMINDERS_PATH = /^\/v1\/alerts\/reminders(?:\/([^/?]+))?$/;

const SETTINGS_PATH = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/;

/** What the real API insists on in a new reminder, enough to catch a request the skill gets wrong. */
const newReminderSchema = z.object({
  trigger: z.object({
    type: z.literal('SCHEDULED_ABSOLUTE'),
    // A local date-time: the API refuses one with a zone or an offset.
    scheduledTime: z.optional(z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?$/))),
    timeZoneId: z.string(),
  }),
  alertInfo: z.object({
    spokenInfo: z.object({ content: z.array(z.object({ locale: z.string(), text: z.string() })).check(z.minLength(1)) }),
  }),
});

/** Status and body of each fault but 'hang', as the Reminders API words them. */
const FAULT_ANSWERS: Record<Exclude<ReminderFault, 'none' | 'hang'>, readonly [number, { code: string; message: string }]> = {
  unauthorized: [401, { code: 'UNAUTHORIZED', message: 'Request is not authorized.' }],
  forbidden: [403, { code: 'FORBIDDEN', message: 'The user has not granted the permission.' }],
  unsupported: [400, { code: 'DEVICE_NOT_SUPPORTED', message: 'This device does not support reminders.' }],
  error: [500, { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong.' }],
};

function answer(res: ServerResponse, status: number, body?: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(body === undefined ? '' : JSON.stringify(body));
}

async function bodyOf(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Starts a real HTTP server on loopback that stands in for the Alexa API:
 * `/v2/devices/{deviceId}/settings/System.timeZone` answered from `answers`
 * (unknown devices get 404), and POST, GET and DELETE on
 * `/v1/alerts/reminders[/{alertToken}]`, with reminders kept per bearer
 * token, a request without one refused with 401, every request recorded, and
 * `fault` and `rawAnswer` to make it fail.
 */
export async function startAlexaApi(): Promise<AlexaApi> {
  const answers = new Map<string, string | number>();
  const requests: SettingsApi['requests'] = [];
  const reminderRequests: RecordedReminderRequest[] = [];
  const byToken = new Map<string, Map<string, StoredReminder>>();
  const remindersOf = (token: string): Map<string, StoredReminder> => {
    const kept = byToken.get(token) ?? new Map<string, StoredReminder>();
    byToken.set(token, kept);
    return kept;
  };

  const settings = (req: IncomingMessage, res: ServerResponse, deviceId: string): void => {
    requests.push({ path: req.url ?? '', authorization: req.headers.authorization });
    const zone = answers.get(decodeURIComponent(deviceId));
    if (typeof zone === 'string') answer(res, 200, zone);
    else answer(res, typeof zone === 'number' ? zone : 404, { message: 'failed' });
  };

  const reminders = async (req: IncomingMessage, res: ServerResponse, alertToken: string | undefined): Promise<void> => {
    const method = req.method ?? '';
    const authorization = req.headers.authorization;
    const body = await bodyOf(req);
    reminderRequests.push({ method, path: req.url ?? '', authorization, body });
    if (api.fault === 'hang') return;
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (api.fault !== 'none') return answer(res, ...FAULT_ANSWERS[api.fault]);
    if (!token) return answer(res, ...FAULT_ANSWERS.unauthorized);
    if (api.rawAnswer) {
      res.writeHead(api.rawAnswer.status, { 'content-type': 'application/json' }).end(api.rawAnswer.body);
      return;
    }
    const kept = remindersOf(token);
    const found = alertToken === undefined ? undefined : kept.get(decodeURIComponent(alertToken));
    if (method === 'POST' && alertToken === undefined) {
      if (!newReminderSchema.safeParse(body).success)
        return answer(res, 400, { code: 'INVALID_REQUEST', message: 'The reminder is not valid.' });
      const { trigger, alertInfo, pushNotification } = body as Record<string, unknown>;
      const now = new Date().toISOString();
      const reminder: StoredReminder = {
        alertToken: randomUUID(),
        createdTime: now,
        updatedTime: now,
        status: 'ON',
        version: '1',
        trigger,
        alertInfo,
        pushNotification,
      };
      kept.set(reminder.alertToken, reminder);
      const { alertToken: created, createdTime, updatedTime, status, version } = reminder;
      return answer(res, 200, { alertToken: created, createdTime, updatedTime, status, version, href: `/v1/alerts/reminders/${created}` });
    }
    if (method === 'GET' && alertToken === undefined) {
      return answer(res, 200, { totalCount: String(kept.size), alerts: [...kept.values()], links: null });
    }
    if (!found) return answer(res, 404, { code: 'NOT_FOUND', message: 'No such reminder.' });
    if (method === 'GET') return answer(res, 200, found);
    if (method === 'DELETE') {
      kept.delete(found.alertToken);
      return answer(res, 200);
    }
    answer(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Not allowed.' });
  };

  const server = createServer((req, res) => {
    const path = req.url ?? '';
    const setting = SETTINGS_PATH.exec(path);
    const reminder = REMINDERS_PATH.exec(path);
    if (setting) settings(req, res, setting[1] ?? '');
    else if (reminder) void reminders(req, res, reminder[1]);
    else answer(res, 404, { message: 'failed' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const api: AlexaApi = {
    endpoint: `http://127.0.0.1:${port}`,
    answers,
    requests,
    reminderRequests,
    reminders: (token) => [...(byToken.get(token)?.values() ?? [])],
    fault: 'none',
    rawAnswer: null,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // A 'hang' leaves requests open, and the SDK's agent keeps sockets alive: close them, or close() waits for ever.
        server.closeAllConnections();
      }),
  };
  return api;
}

/**
 * The Settings API alone: the same server, as the summary tests have always
 * used it.
 */
export async function startSettingsApi(): Promise<SettingsApi> {
  return startAlexaApi();
}

/** What a test device grants: the API it may call, with this token, and the permission scopes the user granted. */
export interface ApiAccess {
  readonly endpoint: string;
  readonly token: string;
  readonly grantedScopes?: readonly string[];
}

/** The envelope as Alexa sends it to a device with API access: apiEndpoint, apiAccessToken and the user's granted scopes. */
export function withApiAccess(envelope: RequestEnvelope, access: ApiAccess): RequestEnvelope {
  const system = envelope.context.System;
  const scopes = Object.fromEntries((access.grantedScopes ?? []).map((scope) => [scope, { status: 'GRANTED' as const }]));
  return {
    ...envelope,
    context: {
      ...envelope.context,
      System: {
        ...system,
        apiEndpoint: access.endpoint,
        apiAccessToken: access.token,
        user: { ...system.user, permissions: { scopes } },
      },
    },
  };
}

/**
 * The HandlerInput the ASK SDK builds for `envelope` in a skill with the
 * default API client, as a handler gets it: its service client factory
 * calls `context.System.apiEndpoint` with the envelope's token.
 */
export async function sdkHandlerInput(envelope: RequestEnvelope): Promise<HandlerInput> {
  let seen: HandlerInput | undefined;
  const skill = SkillBuilders.custom()
    .addRequestHandlers({
      canHandle: () => true,
      handle: (input) => {
        seen = input;
        return input.responseBuilder.getResponse();
      },
    })
    .withApiClient(new DefaultApiClient())
    .create();
  await skill.invoke(envelope);
  if (!seen) throw new Error('The skill handled nothing');
  return seen;
}
