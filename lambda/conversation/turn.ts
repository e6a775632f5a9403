import type { Content } from '../domain/content';
import { sessionsToday } from '../domain/daily-sessions';
import { familiarStretches, suggestedRoutine } from '../domain/progress';
import type { RoutineEngine } from '../domain/routine-engine';
import { afterOpeners, type Effect, type EngineContext, type RoutineEvent, type Turn } from '../domain/routine-events';
import { restorePlan } from '../domain/stored-plan';
import type { ResumePoint } from '../domain/routine-state';
import type { WeekChoice } from '../domain/weekly-summary';
import type { Log } from '../log';
import type { Speech } from '../speech/compose';
import type { Presenter, ScreenView } from '../screen/screen-view';
import { durationMs } from '../speech/timeline';
import type { ProgressRepository } from '../storage/progress-repository';
import type { UserKey } from '../storage/user-key';
import { goalOf } from './goal';
import { isEmpty, planSaves, type SavePlan } from './save-plan';
import { readSession, writeSession, type Answered, type SyncState } from './session-codec';
import { budgetLeft, emptySync, executePlan, startSession, type SaveOutcome } from './storage-sync';
import { withReminderCall, type ReminderPort } from './reminder-calls';
import { prepareSummary } from './weekly-report';

/** A weekly summary asked for: the history is read before the engine runs. */
export interface SummaryRequest {
  readonly type: 'summary-request';
  readonly week: WeekChoice;
}

/** What one turn is asked to do: an engine event, or a summary to prepare first. */
export type ConversationRequest = RoutineEvent | SummaryRequest;

/** Everything a turn needs, built once per cold start by the composition root. */
export interface ConversationServices {
  readonly content: Content;
  readonly engine: RoutineEngine;
  readonly compose: (turn: Turn) => Speech;
  /** What a screen shows for the turn, built from the same turn and speech. */
  readonly present: Presenter;
  readonly repository: ProgressRepository;
  readonly clock: () => Date;
  readonly newId: () => string;
  readonly log: Log;
}

/** One turn's plain inputs: no SDK types, so the whole pipeline runs and tests without Alexa. */
export interface TurnInput {
  /** The session attributes as the request brought them: untrusted. */
  readonly attributes: unknown;
  /** The hashed storage key of the user, or null when the envelope names none. */
  readonly user: UserKey | null;
  readonly request: ConversationRequest;
  /** The device's time zone, fetched by the adapter for a summary; null otherwise or when unknown. */
  readonly deviceTimeZone: string | null;
  /** The Reminders API for this request; null when the request carries no API access. */
  readonly reminders?: ReminderPort | null;
}

/** What a turn answers: the speech to render, what a screen shows, and the session attributes for the next turn. */
export interface TurnOutput {
  readonly speech: Speech;
  readonly screen: ScreenView;
  readonly attributes: Record<string, unknown>;
}

/** A request that comes this much before the last response's audio would end was said over it: audio timing is approximate. */
const OVERLAP_MARGIN_MS = 1000;

/** True when the request came while the last response was still playing. */
function interrupted(answered: Answered | null, now: string): boolean {
  if (!answered) return false;
  return new Date(now).getTime() - new Date(answered.at).getTime() < answered.audioMs - OVERLAP_MARGIN_MS;
}

function engineContext(
  sync: SyncState,
  content: Content,
  resumable: ResumePoint | null,
  now: string,
  runId: string,
  cut: boolean,
): EngineContext {
  return {
    personalPlan: restorePlan(sync.profile.plan, content)?.plan ?? null,
    hasReminders: sync.profile.reminderTokens.length > 0,
    interrupted: cut,
    firstUse: !sync.profile.disclaimerHeard,
    suggestedRoutine: suggestedRoutine(sync.profile, content),
    familiar: familiarStretches(sync.profile),
    resumable,
    now,
    newRunId: runId,
    painCheckins: sync.profile.painCheckins,
    sessionsToday: sessionsToday(sync.profile.recentSessions, now, sync.profile.timeZone),
  };
}

/** A stored plan that today's rules or content build differently is saved as rebuilt, once; the turn's own changes come after it. */
function staleOf(sync: SyncState, content: Content): Effect[] {
  const restored = restorePlan(sync.profile.plan, content);
  return restored?.rebuilt ? [{ type: 'plan-set', plan: restored.plan }] : [];
}

/**
 * What the user hears about storage: a delete that failed replaces the
 * turn's words; otherwise one short note a session, after any greeting.
 */
function withStorageTrouble(turn: Turn, plan: SavePlan, outcome: SaveOutcome, note: 'load' | 'save' | null): Turn {
  if (plan.deleteAll && !outcome.deleted) return { ...turn, beats: [{ type: 'delete-failed' }], prompt: null };
  if (!note || plan.deleteAll) return turn;
  return { ...turn, beats: afterOpeners(turn.beats, { type: 'storage-note', trouble: note }) };
}

/**
 * One conversational turn: session attributes in; the start-of-session read
 * when the session is new; the summary's history when one is asked for; the
 * engine; the writes its effects call for; speech and attributes out.
 * Tampered or stale attributes restart with a clear sentence instead of
 * acting on state the skill did not write; storage trouble costs at most one
 * short spoken note a session, and nothing unsaved is dropped.
 */
export async function runTurn(input: TurnInput, services: ConversationServices): Promise<TurnOutput> {
  const { content, repository, log } = services;
  const startedMs = Date.now();
  const read = readSession(input.attributes, content);
  let sync: SyncState = read.sync ?? emptySync(false, services.newId());
  let resumable: ResumePoint | null = null;
  let loadFailed = false;
  if (!read.sync && input.user) {
    ({
      sync,
      resumable,
      failed: loadFailed,
    } = await startSession(repository, input.user, log, sync.sessionToken, budgetLeft(startedMs, Date.now())));
  }

  const now = services.clock().toISOString();
  const { request } = input;
  const event: RoutineEvent = read.tampered
    ? { type: 'lost-track' }
    : request.type === 'summary-request'
      ? await prepareSummary(request.week, {
          repository,
          user: input.user,
          deviceTimeZone: input.deviceTimeZone,
          cachedTimeZone: sync.profile.timeZone,
          goal: goalOf(sync.profile, content),
          nowIso: now,
          budgetMs: budgetLeft(startedMs, Date.now()),
          log,
        })
      : request;
  const context = engineContext(sync, content, resumable, now, services.newId(), interrupted(read.answered, now));
  const turn = await withReminderCall(services.engine.apply(read.state, event, context), input.reminders ?? null, now, (next, from) =>
    services.engine.apply(from, next, context),
  );
  const plan = planSaves([...staleOf(sync, content), ...turn.effects], sync, now, content);
  const outcome: SaveOutcome =
    input.user && !isEmpty(plan)
      ? await executePlan(repository, input.user, plan, sync, log, budgetLeft(startedMs, Date.now()))
      : { sync: plan.after, failed: false, deleted: false };

  const trouble = loadFailed ? 'load' : outcome.failed ? 'save' : null;
  const note = sync.noted ? null : trouble;
  const said = withStorageTrouble(turn, plan, outcome, note);
  const speech = services.compose(said);
  const answered: Answered = { at: services.clock().toISOString(), audioMs: Math.round(durationMs(speech.speech)) };
  return {
    speech,
    screen: services.present(said, speech),
    attributes: writeSession(turn.state, { ...outcome.sync, noted: sync.noted || note !== null }, answered),
  };
}

/**
 * The session ended without the skill ending it (a timeout, "exit", an
 * error): nothing can be said, but the place is kept, the run's record
 * closed, the stretches done counted, and whatever earlier turns could not
 * save is saved.
 */
export async function endSession(attributes: unknown, user: UserKey | null, services: ConversationServices): Promise<void> {
  const read = readSession(attributes, services.content);
  if (!read.sync || read.tampered || !user) return;
  const now = services.clock().toISOString();
  const turn = services.engine.apply(
    read.state,
    { type: 'session-ended' },
    engineContext(read.sync, services.content, null, now, services.newId(), false),
  );
  const plan = planSaves(turn.effects, read.sync, now, services.content);
  if (!isEmpty(plan)) await executePlan(services.repository, user, plan, read.sync, services.log);
}
