import { ResponseFactory } from 'ask-sdk-core';
import { describe, expect, it } from 'vitest';
import { renderResponse } from '../../lambda/alexa/render-response';
import type { Speech } from '../../lambda/speech/compose';
import { holdPause, pause, say, waitPause } from '../../lambda/speech/timeline';

const withHold: Speech = {
  speech: [say('Breathe.'), holdPause(10_000), say('And release.')],
  reprompt: [say('Say next.')],
  endSession: false,
};
const withWait: Speech = {
  speech: [say('Lie down.'), waitPause(15_000), say('Say next.')],
  reprompt: [say('Say next.')],
  endSession: false,
};
const plain: Speech = {
  speech: [say('Hello.'), pause(500), say('Bye.')],
  reprompt: null,
  endSession: true,
  card: { title: 'T', text: 'x' },
};

describe('rendering speech onto a response', () => {
  it('with APL-A, a hold or a wait plays as one APL for Audio document and no outputSpeech; the reprompt stays SSML', () => {
    for (const speech of [withHold, withWait]) {
      const response = renderResponse(ResponseFactory.init(), speech, 'apla');
      expect(response.outputSpeech).toBeUndefined();
      expect(response.directives?.[0]).toMatchObject({ type: 'Alexa.Presentation.APLA.RenderDocument', document: { type: 'APLA' } });
      expect(response.reprompt?.outputSpeech).toMatchObject({ type: 'SSML', ssml: '<speak>Say next.</speak>' });
      expect(response.shouldEndSession).toBe(false);
    }
  });

  it('with SSML, everything is outputSpeech with breaks of at most 10 s', () => {
    const response = renderResponse(ResponseFactory.init(), withWait, 'ssml');
    expect(response.directives).toBeUndefined();
    expect(response.outputSpeech).toEqual({
      type: 'SSML',
      ssml: '<speak>Lie down. <break time="10000ms"/><break time="5000ms"/> Say next.</speak>',
    });
  });

  it('a response with no long silence is plain SSML under either renderer, and carries its card; no reprompt when it ends', () => {
    const response = renderResponse(ResponseFactory.init(), plain, 'apla');
    expect(response.outputSpeech).toEqual({ type: 'SSML', ssml: '<speak>Hello. <break time="500ms"/> Bye.</speak>' });
    expect(response.card).toEqual({ type: 'Simple', title: 'T', content: 'x' });
    expect(response.reprompt).toBeUndefined();
    expect(response.shouldEndSession).toBe(true);
  });
});
