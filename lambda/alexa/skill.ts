import { DefaultApiClient, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import type { Config } from '../config';
import { languageOf, type Language } from '../domain/language';
import { languagePacks, packFor, type LanguageSource } from './language-pack';
import type { AvgGraphic } from '../screen/avg';
import type { ProgressRepository } from '../storage/progress-repository';
import { applicationIdOf, isDispatchable, localeOf, unreadableRequestResponse } from './envelope';
import { errorName, type Log } from '../log';
import { errorHandler } from './handlers/error-handler';
import { intentHandlers } from './handlers/intents';
import { permissionResponseHandler } from './handlers/permission-response';
import { touchEventHandler } from './handlers/touch-event';
import { launchHandler } from './handlers/launch';
import { otherRequestHandler, sessionEndedHandler } from './handlers/session-ended';
import { SKILL_EVENT_PREFIX, skillDisabledHandler } from './handlers/skill-events';
import type { SkillServices } from './respond';

/** The Lambda entry point's shape: async, event in, response envelope out. */
export type SkillHandler = (event: unknown, context?: Context) => Promise<ResponseEnvelope>;

/** Raised for a request addressed to another skill; Lambda reports it as a failed invocation. */
export class SkillIdMismatchError extends Error {
  override name = 'SkillIdMismatchError';
}

/** What the composition root hands in; time, ids and storage are injected so tests control them. */
export interface SkillDependencies {
  readonly config: Config;
  /** Each language's content, sentences and slot vocabulary. */
  readonly languages: Readonly<Record<Language, LanguageSource>>;
  readonly figures: Readonly<Record<string, AvgGraphic>>;
  readonly repository: ProgressRepository;
  readonly log: Log;
  readonly clock: () => Date;
  readonly newId: () => string;
}

const isSkillEvent = (event: unknown): boolean =>
  typeof (event as { request?: { type?: unknown } } | null)?.request?.type === 'string' &&
  (event as { request: { type: string } }).request.type.startsWith(SKILL_EVENT_PREFIX);

/**
 * Builds the skill with `.create()` and wraps it in an async handler that
 * refuses foreign skill ids and answers unreadable envelopes with speech.
 */
export function createSkillHandler({ config, languages, figures, repository, log, clock, newId }: SkillDependencies): SkillHandler {
  const packs = languagePacks(languages);
  const services: SkillServices = {
    packs,
    renderer: config.speechRenderer,
    figures,
    imageBaseUrl: config.imageBaseUrl,
    repository,
    clock,
    newId,
    log,
  };
  const skill = SkillBuilders.custom()
    .addRequestHandlers(
      launchHandler(services),
      ...intentHandlers(services),
      permissionResponseHandler(services),
      touchEventHandler(services),
      sessionEndedHandler(services),
      skillDisabledHandler(services),
      otherRequestHandler(),
    )
    .addErrorHandlers(errorHandler(log, (envelope) => packFor(packs, envelope).catalogue))
    .withApiClient(new DefaultApiClient())
    .create();

  return async (event, context) => {
    if (config.skillId !== null && applicationIdOf(event) !== config.skillId) {
      throw new SkillIdMismatchError('Refused: this request is for another skill');
    }
    try {
      if (!isDispatchable(event)) {
        log({ event: 'unreadable-request' });
        return unreadableRequestResponse(packs(languageOf(localeOf(event))).catalogue);
      }
      return await skill.invoke(event as RequestEnvelope, context);
    } catch (error) {
      if (isSkillEvent(event)) throw error;
      log({ event: 'unhandled-error', name: errorName(error) });
      return unreadableRequestResponse(packs(languageOf(localeOf(event))).catalogue);
    }
  };
}
