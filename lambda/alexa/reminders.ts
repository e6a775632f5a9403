import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, services } from 'ask-sdk-model';
import { withDeadline } from '../conversation/deadline';
import type { ReminderResult } from '../conversation/reminder-calls';
import type { ReminderFailure } from '../domain/routine-events';
import {
  EVERY_DAY,
  firstTrigger,
  recurrenceRules,
  reminderScheduleSchema,
  scheduleFromRules,
  type ReminderSchedule,
} from '../domain/reminder-schedule';
import { errorName, type Log } from '../log';
import * as z from '../zod';

type ReminderClient = services.reminderManagement.ReminderManagementServiceClient;

/** A reminder of this skill, as the API lists it. */
export interface SkillReminder {
  readonly alertToken: string;
  /** `ON` or `COMPLETED`, as the API says. */
  readonly status: string;
  /** HH:MM and days, when the trigger is one this skill writes; else null */
  readonly schedule: ReminderSchedule | null;
}

/** The Reminders API for one request, through the ASK SDK's client. */
export interface RemindersClient {
  /** Creates a recurring reminder that says `text` in `locale`; the API allows this only in session. */
  create(
    schedule: ReminderSchedule,
    timeZone: string,
    nowIso: string,
    text: string,
    locale: string,
  ): Promise<ReminderResult<{ readonly alertToken: string }>>;
  /** Every reminder this skill has set for the user. */
  list(): Promise<ReminderResult<readonly SkillReminder[]>>;
  /** Deletes one reminder; one that is already gone is 'failed'. */
  remove(alertToken: string): Promise<ReminderResult<null>>;
}

/** The scope to ask for. */
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/** Each call gets this long by default: a turn makes at most two calls and must answer well inside Alexa's 8 s. */
const DEFAULT_BUDGET_MS = 2000;

const createdSchema = z.object({ alertToken: z.string().check(z.minLength(1)) });

const alertSchema = z.object({
  alertToken: z.string().check(z.minLength(1)),
  status: z.string(),
  trigger: z.nullish(
    z.object({
      scheduledTime: z.nullish(z.string()),
      recurrence: z.nullish(
        z.object({
          freq: z.nullish(z.string()),
          byDay: z.nullish(z.array(z.string())),
          recurrenceRules: z.nullish(z.array(z.string())),
        }),
      ),
    }),
  ),
});

/** The list; a user with no reminders may get no `alerts` at all, which is an empty list, not a broken one. */
const listSchema = z.object({ alerts: z.nullish(z.array(alertSchema)) });

/** What the SDK throws for an answer that is not 2xx: `ServiceError` with the status and the parsed body. */
const serviceErrorSchema = z.object({ statusCode: z.number(), response: z.optional(z.unknown()) });

const errorBodySchema = z.object({ code: z.string() });

/**
 * The schedule of a listed reminder. A reminder created with recurrence
 * rules has been seen listed back in the older form instead (`freq`,
 * `byDay`, the time in `scheduledTime`), so both are read.
 */
function scheduleOf(trigger: z.infer<typeof alertSchema>['trigger']): ReminderSchedule | null {
  const recurrence = trigger?.recurrence;
  if (!recurrence) return null;
  if (recurrence.recurrenceRules?.length) return scheduleFromRules(recurrence.recurrenceRules);
  const days = recurrence.freq === 'DAILY' ? EVERY_DAY : recurrence.freq === 'WEEKLY' ? recurrence.byDay : undefined;
  const schedule = reminderScheduleSchema.safeParse({ time: trigger.scheduledTime?.slice(11, 16), days });
  return schedule.success ? schedule.data : null;
}

/** A failed call's failure, and the name to log: the HTTP status for an API answer, else the error's class. */
function failureOf(error: unknown): { readonly failure: ReminderFailure; readonly name: string } {
  const answer = serviceErrorSchema.safeParse(error);
  if (!answer.success) return { failure: 'failed', name: errorName(error) };
  const { statusCode, response } = answer.data;
  const name = String(statusCode);
  if (statusCode === 401 || statusCode === 403) return { failure: 'permission', name };
  const code = errorBodySchema.safeParse(response);
  const unsupported = (statusCode === 400 || statusCode === 404) && code.success && code.data.code === 'DEVICE_NOT_SUPPORTED';
  return { failure: unsupported ? 'unsupported' : 'failed', name };
}

/**
 * The Reminders API for this request (null when the envelope has no API
 * access token or no service client factory). Each call gets `budgetMs`
 * (default 2000) via withDeadline; a timeout or network error is 'failed';
 * 401/403 'permission'; 400/404 whose body names an unsupported device
 * (DEVICE_NOT_SUPPORTED) 'unsupported'; anything else 'failed'. Logs
 * `{event: 'reminders-failed', name: <error class or status>}` only. Every
 * API response is validated with zod (the list's alerts, the created
 * alertToken); malformed → 'failed'.
 */
export function remindersFor(input: HandlerInput, log: Log, budgetMs: number = DEFAULT_BUDGET_MS): RemindersClient | null {
  const factory = input.serviceClientFactory;
  if (!factory || !input.requestEnvelope.context?.System?.apiAccessToken) return null;

  /** One API call: `work` runs inside the deadline, `read` validates the answer (null when it is malformed). */
  const call = async <T>(
    work: (client: ReminderClient) => Promise<unknown>,
    read: (body: unknown) => { readonly value: T } | null,
  ): Promise<ReminderResult<T>> => {
    let failed: { readonly failure: ReminderFailure; readonly name: string };
    try {
      const answer = read(await withDeadline(work(factory.getReminderManagementServiceClient()), budgetMs));
      if (answer) return { ok: true, value: answer.value };
      failed = { failure: 'failed', name: 'MalformedResponse' };
    } catch (error) {
      failed = failureOf(error);
    }
    log({ event: 'reminders-failed', name: failed.name });
    return { ok: false, failure: failed.failure };
  };

  return {
    create: (schedule, timeZone, nowIso, text, locale) =>
      call(
        (client) => {
          const first = firstTrigger(schedule, nowIso, timeZone);
          // With recurrence rules the API ignores scheduledTime and starts from startDateTime; both carry the first trigger.
          const request: services.reminderManagement.ReminderRequest = {
            requestTime: nowIso,
            trigger: {
              type: 'SCHEDULED_ABSOLUTE',
              scheduledTime: first,
              timeZoneId: timeZone,
              recurrence: { startDateTime: first, recurrenceRules: recurrenceRules(schedule) },
            },
            alertInfo: { spokenInfo: { content: [{ locale, text }] } },
            pushNotification: { status: 'ENABLED' },
          };
          return client.createReminder(request);
        },
        (body) => {
          const created = createdSchema.safeParse(body);
          return created.success ? { value: { alertToken: created.data.alertToken } } : null;
        },
      ),
    list: () =>
      call(
        (client) => client.getReminders(),
        (body) => {
          const listed = listSchema.safeParse(body);
          if (!listed.success) return null;
          const alerts = listed.data.alerts ?? [];
          return {
            value: alerts.map((alert) => ({ alertToken: alert.alertToken, status: alert.status, schedule: scheduleOf(alert.trigger) })),
          };
        },
      ),
    remove: (alertToken) =>
      call(
        (client) => client.deleteReminder(alertToken),
        () => ({ value: null }),
      ),
  };
}

/** True when the envelope says the user granted the scope (context.System.user.permissions.scopes[REMINDERS_SCOPE].status === 'GRANTED'). */
export function remindersGranted(envelope: RequestEnvelope): boolean {
  return envelope.context?.System?.user?.permissions?.scopes?.[REMINDERS_SCOPE]?.status === 'GRANTED';
}
