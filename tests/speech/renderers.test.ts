import { describe, expect, it } from 'vitest';
import { toApla } from '../../lambda/speech/apla';
import { breaksFor, toSsml } from '../../lambda/speech/ssml';
import { chime, durationMs, longestPauseMs, normalize, pause, say, speechMs } from '../../lambda/speech/timeline';

describe('SSML renderer', () => {
  it('escapes text so a stray symbol cannot break the markup', () => {
    expect(toSsml([say('Knees & hips <gently> "now"')])).toBe('<speak>Knees &amp; hips &lt;gently&gt; "now"</speak>');
  });

  it('splits silences over 10 s into breaks of at most 10 s that add up exactly', () => {
    expect(breaksFor(30_000)).toEqual(['<break time="10000ms"/>', '<break time="10000ms"/>', '<break time="10000ms"/>']);
    expect(breaksFor(25_400)).toEqual(['<break time="10000ms"/>', '<break time="10000ms"/>', '<break time="5400ms"/>']);
    expect(breaksFor(800)).toEqual(['<break time="800ms"/>']);
    expect(breaksFor(0)).toEqual([]);
  });

  it('renders speech, silence and sound in order', () => {
    expect(toSsml([say('Hold.'), pause(12_000), chime(), say('Release.')])).toBe(
      '<speak>Hold. <break time="10000ms"/><break time="2000ms"/> <audio src="soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01"/> Release.</speak>',
    );
  });
});

describe('APL for Audio renderer', () => {
  it('makes a hold one Silence component and merges neighbouring speech', () => {
    const doc = toApla([say('Breathe.'), say('Stay here.'), pause(30_000), say('And release.')], 'test');
    expect(doc.type).toBe('APLA');
    expect(doc.version).toBe('0.91');
    expect(doc.mainTemplate.item).toEqual({
      type: 'Sequencer',
      items: [
        { type: 'Speech', contentType: 'SSML', content: '<speak>Breathe. Stay here.</speak>' },
        { type: 'Silence', duration: 30_000 },
        { type: 'Speech', contentType: 'SSML', content: '<speak>And release.</speak>' },
      ],
    });
  });

  it('escapes speech inside its SSML and keeps sounds as Audio', () => {
    const items = toApla([say('A & B'), chime()], 'test').mainTemplate.item.items;
    expect(items[0]).toEqual({ type: 'Speech', contentType: 'SSML', content: '<speak>A &amp; B</speak>' });
    expect(items[1]).toMatchObject({ type: 'Audio', source: expect.stringMatching(/^soundbank:\/\//) });
  });
});

describe('timeline', () => {
  it('knows its duration: speech estimate plus silences plus sounds', () => {
    const timeline = [say('Hold it there.'), pause(30_000), chime()];
    expect(durationMs(timeline)).toBe(speechMs('Hold it there.') + 30_000 + 1200);
    expect(speechMs('Hold it there.')).toBeGreaterThan(1000);
    expect(speechMs('Hold it there.')).toBeLessThan(2500);
  });

  it('merges neighbouring silences, so a hold is measured as one', () => {
    const merged = normalize([say('a'), pause(4000), pause(6000), pause(0), say('b')]);
    expect(merged).toEqual([say('a'), pause(10_000), say('b')]);
    expect(longestPauseMs(merged)).toBe(10_000);
  });
});
