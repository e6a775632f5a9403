import type { VirtualAlexa } from 'virtual-alexa';
import { describe, expect, it } from 'vitest';
import { EN } from '../../lambda/speech/catalogues/en';
import { say, sayAll, startConversation } from '../support/conversation';

const DISCLAIMER = EN.disclaimer.join(' ');
const BEDTIME_INTRO = 'This bedtime routine is three gentle stretches you can do in bed, to wind down before sleep.';

/** What the skill was sent: the request type, intent, whether the session is new, and the locale. */
interface Sent {
  type: string;
  intent: string | undefined;
  isNew: boolean;
  locale: string;
}

/** Records every request the virtual Alexa sends to the skill. */
function recordRequests(va: VirtualAlexa): Sent[] {
  const sent: Sent[] = [];
  va.filter((request: { request: { type: string; locale: string; intent?: { name: string } }; session?: { new: boolean } }) => {
    sent.push({
      type: request.request.type,
      intent: request.request.intent?.name,
      isNew: request.session?.new ?? false,
      locale: request.request.locale,
    });
  });
  return sent;
}

describe('one-shot requests start straight away', () => {
  it.each(['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-CA'])(
    '(%s) "ask sciatica stretches to start my bedtime routine": disclaimer, intro, stretch one, where to be; then its right side',
    async (locale) => {
      const va = startConversation({ locale });
      const sent = recordRequests(va);
      const first = await say(va, 'ask sciatica stretches to start my bedtime routine');
      expect(sent).toEqual([{ type: 'IntentRequest', intent: 'StartRoutineIntent', isNew: true, locale }]);
      expect(first.text).toMatch(/^A quick note before we start/);
      const order = [
        DISCLAIMER,
        BEDTIME_INTRO,
        'Stretch one of three: the seated calf stretch with a band.',
        'Sit on the floor, or sit up in bed against a pillow, with your legs out in front of you.',
        "When you're sitting down, say next.",
      ].map((line) => first.text.indexOf(line));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(first.text).not.toContain('Welcome to Sciatica Stretches.');
      expect(first.text).not.toContain('seconds to go');
      expect(first.open).toBe(true);
      expect(first.reprompt).toBe("Say next when you're sitting down. If you need more time, say pause.");
      const side = await say(va, 'next');
      expect(side.text).toMatch(/^We'll start with your right side\. Keep your right leg long in front of you\./);
      expect(side.reprompt).toBe("When you're ready for your left side, say next. Or say stop to finish.");
    },
  );

  it('the disclaimer is said once: the next side does not repeat it', async () => {
    const va = startConversation();
    await say(va, 'ask sciatica stretches to start my bedtime routine');
    const next = await say(va, 'next');
    expect(next.text).toMatch(/^We'll start with your right side\./);
    expect(next.text).not.toContain(EN.disclaimer[0]);
  });

  it('"ask sciatica stretches to do the pigeon" does the pigeon, right side, then the left side, then the closing words', async () => {
    const va = startConversation();
    const move = await say(va, 'ask sciatica stretches to do the pigeon');
    expect(move.text.startsWith(`${DISCLAIMER} `)).toBe(true);
    expect(move.text).toContain(
      "Let's do the pigeon. This stretches the outside of your hip and the deep muscles of your buttock. You'll need a mat. " +
        "If you don't have one, use a rug for the mat. Start on your hands and knees on a mat, with your hands under your shoulders.",
    );
    expect(move.text.endsWith("When you're on your hands and knees, say next.")).toBe(true);
    const right = await say(va, 'next');
    expect(right.text).toMatch(/^We'll start with your right side\. Bring your right knee forward, behind your right wrist\./);
    expect(right.text.endsWith("That's your right side done. Say next when you're ready for your left side.")).toBe(true);
    expect(right.open).toBe(true);

    const left = await say(va, 'next');
    expect(left.text).toMatch(/^Now your left side\. Lay your left shin down on the mat, with your left knee forward\./);
    expect(left.text.endsWith("That's your left side done. Say next to finish.")).toBe(true);
    expect(left.open).toBe(true);
    const closing = await say(va, 'next');
    expect(closing.text).toMatch(/^That's the pigeon done\. Well done\. .*Take care\.$/);
    expect(closing.open).toBe(false);
    expect(closing.reprompt).toBeNull();
  });

  it('after the pigeon ends, opening the skill again is a fresh session with a welcome and the routine offer', async () => {
    const va = startConversation();
    await sayAll(va, ['ask sciatica stretches to do the pigeon', 'next', 'next', 'next']);
    const after = await say(va, 'open sciatica stretches');
    expect(after.text).toMatch(/^Welcome to Sciatica Stretches\./);
    expect(after.text).not.toContain('pigeon');
    expect(after.text.endsWith('Shall we do the quick relief routine? Or say bedtime, seated, floor, or all nine.')).toBe(true);
  });
});
