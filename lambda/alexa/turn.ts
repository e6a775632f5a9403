import type { HandlerInput } from 'ask-sdk-core';
import type { RequestEnvelope, Response } from 'ask-sdk-model';
import type { SpeechRenderer } from '../config';
import type { Content } from '../domain/content';
import { familiarStretches, suggestedRoutine } from '../domain/progress';
import type { RoutineEngine } from '../domain/routine-engine';
import type { EngineContext, RoutineEvent, Turn } from '../domain/routine-events';
import type { ResumePoint } from '../domain/routine-state';
import type { Speech } from '../speech/compose';
import { PROMPTS } from '../speech/prompts';
import { say } from '../speech/timeline';
import type { ProgressRepository } from '../storage/progress-repository';
import { userKeyOf, type UserKey } from '../storage/user-key';
import { renderResponse } from './render-response';
import { isEmpty, planSaves, type SyncState } from './save-plan';
import type { SkillRequest } from './request-event';
import { readSession, writeSession } from './session';
import { prepareSummary } from './weekly-report';
import type { Log } from '../log';
import { budgetLeft, emptySync, executePlan, startSession } from './storage-sync';

/** Everything a handler needs to answer a turn, built once per cold start. */
export interface SkillServices {
  readonly content: Content;
  readonly engine: RoutineEngine;
  readonly compose: (turn: Turn) => Speech;
  readonly renderer: SpeechRenderer;
  readonly repository: ProgressRepository;
  readonly clock: () => Date;
  readonly newId: () => string;
  readonly log: Log;
}

/** The hashed storage key of the user a request comes from, or null when the envelope names none. */
export function userOf(envelope: RequestEnvelope): UserKey | null {
  const id = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  return typeof id === 'string' && id.length > 0 ? userKeyOf(id) : null;
}

/** The one spoken note about storage trouble, placed after the greeting when there is one. */
function withNote(speech: Speech, note: string): Speech {
  const first = speech.speech[0];
  const at = first?.kind === 'say' && first.text === PROMPTS.welcome ? 1 : 0;
  return { ...speech, speech: [...speech.speech.slice(0, at), say(note), ...speech.speech.slice(at)] };
}

/**
 * The engine event for a request. A weekly summary is read and computed
 * first; a time zone newly learnt from the Settings API joins the profile
 * changes to save.
 */
async function eventFor(
  input: HandlerInput,
  request: SkillRequest,
  context: Parameters<typeof prepareSummary>[2],
): Promise<{ event: RoutineEvent; sync: SyncState }> {
  const { sync } = context;
  if (request.type !== 'summary-request') return { event: request, sync };
  const prepared = await prepareSummary(input, request.week, context);
  const timeZone = prepared.newTimeZone;
  if (!timeZone) return { event: prepared.event, sync };
  return {
    event: prepared.event,
    sync: { ...sync, profile: { ...sync.profile, timeZone }, unsavedProfile: { ...sync.unsavedProfile, timeZone } },
  };
}

/**
 * One conversational turn: session attributes in, the start-of-session read
 * if this is a new session, the engine, the writes that the turn's progress
 * calls for, speech, and session attributes out. Tampered or stale
 * attributes restart with a clear sentence instead of acting on state the
 * skill did not write; storage trouble costs at most one short spoken note.
 */
export async function answer(input: HandlerInput, request: SkillRequest, services: SkillServices): Promise<Response> {
  const { content, repository, log } = services;
  const startedMs = Date.now();
  const read = readSession(input.attributesManager.getSessionAttributes(), content);
  const user = userOf(input.requestEnvelope);
  let sync: SyncState = read.sync ?? emptySync(false, services.newId());
  let resumable: ResumePoint | null = null;
  let loadFailed = false;
  if (!read.sync && user) {
    const start = await startSession(repository, user, log, sync.sessionToken, budgetLeft(startedMs, Date.now()));
    ({ sync, resumable } = start);
    loadFailed = start.failed;
  }

  const now = services.clock().toISOString();
  let event: RoutineEvent;
  ({ event, sync } = await eventFor(input, request, {
    repository,
    user,
    sync,
    nowIso: now,
    budgetMs: budgetLeft(startedMs, Date.now()),
    log,
  }));
  const context: EngineContext = {
    firstUse: !sync.profile.disclaimerHeard,
    suggestedRoutine: suggestedRoutine(sync.profile, content),
    familiar: familiarStretches(sync.profile),
    resumable,
    now,
    newRunId: services.newId(),
    painCheckins: sync.profile.painCheckins,
  };
  const turn = services.engine.apply(read.state, read.tampered ? { type: 'lost-track' } : event, context);
  const plan = planSaves(read.state, turn, sync, turn.prompt === null, now, content);
  const outcome =
    user && !isEmpty(plan)
      ? await executePlan(repository, user, plan, sync, log, budgetLeft(startedMs, Date.now()))
      : { sync: plan.after, failed: false, deleted: false };

  let speech = services.compose(turn);
  if (plan.deleteAll && !outcome.deleted) speech = { speech: [say(PROMPTS.deleteFailed)], reprompt: null, endSession: true };
  const note = !sync.noted && (loadFailed || outcome.failed);
  if (note && !plan.deleteAll) speech = withNote(speech, loadFailed ? PROMPTS.storageLoadNote : PROMPTS.storageSaveNote);

  const response = renderResponse(input.responseBuilder, speech, services.renderer);
  input.attributesManager.setSessionAttributes(writeSession(turn.state, { ...outcome.sync, noted: sync.noted || note }));
  return response;
}

/**
 * The session ended without the skill ending it (a timeout, "exit", an
 * error): save whatever the last turns could not, and the final position.
 */
export async function saveAtSessionEnd(input: HandlerInput, services: SkillServices): Promise<void> {
  const read = readSession(input.attributesManager.getSessionAttributes(), services.content);
  const user = userOf(input.requestEnvelope);
  if (!read.sync || read.tampered || !user) return;
  const turn: Turn = { state: read.state, beats: [], prompt: null, effects: [] };
  const plan = planSaves(read.state, turn, read.sync, true, services.clock().toISOString(), services.content);
  if (!isEmpty(plan)) await executePlan(services.repository, user, plan, read.sync, services.log);
}
