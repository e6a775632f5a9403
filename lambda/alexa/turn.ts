import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { SpeechRenderer } from '../config';
import type { Content } from '../domain/content';
import type { RoutineEngine } from '../domain/routine-engine';
import type { EngineContext, RoutineEvent, Turn } from '../domain/routine-events';
import type { Speech } from '../speech/compose';
import { renderResponse } from './render-response';
import { readSession, writeSession } from './session';

/** Everything a handler needs to answer a turn, built once per cold start. */
export interface SkillServices {
  readonly content: Content;
  readonly engine: RoutineEngine;
  readonly compose: (turn: Turn) => Speech;
  readonly renderer: SpeechRenderer;
}

/**
 * One conversational turn: session attributes in, engine, speech, session
 * attributes out. Tampered or stale attributes restart with a clear sentence
 * instead of acting on state the skill did not write.
 */
export function answer(input: HandlerInput, event: RoutineEvent, services: SkillServices): Response {
  const { state, tampered } = readSession(input.attributesManager.getSessionAttributes(), services.content);
  const context: EngineContext = { firstUse: true, suggestedRoutine: services.content.routines[0]?.id ?? '' };
  const turn = services.engine.apply(state, tampered ? { type: 'lost-track' } : event, context);
  const response = renderResponse(input.responseBuilder, services.compose(turn), services.renderer);
  input.attributesManager.setSessionAttributes(writeSession(turn.state));
  return response;
}
