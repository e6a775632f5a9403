import type { ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { responseProblems } from '../support/response-checks';

const envelope = (ssml: string, open = true, reprompt = true): ResponseEnvelope => ({
  version: '1.0',
  response: {
    outputSpeech: { type: 'SSML', ssml },
    ...(reprompt ? { reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Say next.</speak>' } } } : {}),
    shouldEndSession: !open,
  },
});

describe('the response checker used on every response', () => {
  it('passes a good response', async () => {
    expect(await responseProblems(envelope('<speak>Hold. <break time="10000ms"/> Release.</speak>'))).toEqual([]);
  });

  it('catches broken SSML, long breaks, long audio, missing reprompts and too much text', async () => {
    expect((await responseProblems(envelope('<speak>Knees & hips</speak>'))).join()).toContain('invalid SSML');
    expect(await responseProblems(envelope('<speak><break time="12000ms"/>Hi.</speak>'))).toContain('break of 12000 ms');
    const long = `<speak>${'Hold. <break time="10000ms"/>'.repeat(25)}</speak>`;
    expect((await responseProblems(envelope(long))).join()).toMatch(/about 2\d\d s of audio/);
    expect(await responseProblems(envelope('<speak>Hi.</speak>', true, false))).toContain('the session stays open with no reprompt');
    expect((await responseProblems(envelope(`<speak>${'word '.repeat(1700)}</speak>`))).join()).toMatch(/\d+ characters of speech/);
  });
});
