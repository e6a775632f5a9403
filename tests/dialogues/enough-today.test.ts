import { describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../lambda/domain/local-time';
import { EN } from '../../lambda/speech/catalogues/en';
import { newUserId } from '../support/envelopes';
import { createTestHandler } from '../support/skill';
import { Device, storedFor, WELCOME, type Answer } from '../persistence/harness';
import { cacheTimeZone, zonedIso } from '../summary/summary-harness';

const OFFER = 'Shall we do the quick relief routine? Or say bedtime, seated, floor, or all nine.';
const NOTE = EN.enoughToday(2).join(' ');
const AKL = 'Pacific/Auckland';

/** Today's date in UTC, so every instant below is recent: DynamoDB Local really expires items by their TTL. */
const TODAY = localDate(new Date().toISOString(), 'UTC');

/** A user on the real handler over DynamoDB Local, whose clock reads whatever `at` was last set to. */
function userWithClock(): { device: Device; at: (iso: string) => void } {
  let now = new Date(`${TODAY}T08:00:00.000Z`);
  const device = new Device(createTestHandler({}, { clock: () => now }), newUserId());
  return { device, at: (iso) => (now = new Date(iso)) };
}

/** Opens the skill and plays the quick relief routine to its closing words; returns what the launch said. */
async function quickRelief(device: Device): Promise<Answer> {
  const launched = await device.launch();
  let answer = await device.say('StartRoutineIntent', { routine: 'quick relief' });
  for (let i = 0; i < 20 && answer.open; i += 1) answer = await device.next();
  expect(answer.text).toContain("That's the end of the quick relief routine.");
  expect(answer.open).toBe(false);
  return launched;
}

describe("two sessions today: a gentle note at launch, and the choice stays the user's", () => {
  it('after two quick relief routines today, the next launch says the note before the offer, and "yes" still starts', async () => {
    const { device, at } = userWithClock();
    at(`${TODAY}T07:00:00.000Z`);
    await quickRelief(device);
    at(`${TODAY}T12:00:00.000Z`);
    // One session today is no reason for a note.
    expect((await quickRelief(device)).text).toBe(`${WELCOME} ${OFFER}`);
    expect((await storedFor(device.userId)).profile.recentSessions).toHaveLength(2);

    at(`${TODAY}T18:00:00.000Z`);
    const launched = await device.launch();
    expect(launched.text).toBe(
      `${WELCOME} You've already stretched twice today. More isn't better: resting, or a gentle walk, is good for you too. ` +
        `And strengthening matters as much as stretching. If you'd still like to stretch, that's fine. ${OFFER}`,
    );
    expect(launched.open).toBe(true);
    const yes = await device.say('AMAZON.YesIntent');
    expect(yes.text).toContain('Stretch one of three: the seated figure four.');
    expect(yes.open).toBe(true);
  });

  it('a session yesterday does not count towards today', async () => {
    const { device, at } = userWithClock();
    at(`${addDays(TODAY, -1)}T20:00:00.000Z`);
    await quickRelief(device);
    at(`${TODAY}T07:00:00.000Z`);
    await quickRelief(device);
    at(`${TODAY}T12:00:00.000Z`);
    expect((await device.launch()).text).toBe(`${WELCOME} ${OFFER}`);
  });

  it("today is the user's own date: two mornings in Auckland are today there, though yesterday in UTC", async () => {
    const { device, at } = userWithClock();
    const local = addDays(TODAY, -1);
    at(zonedIso(local, 7, AKL));
    await quickRelief(device);
    at(zonedIso(local, 10, AKL));
    await quickRelief(device);
    at(zonedIso(local, 19, AKL));
    expect(localDate(zonedIso(local, 7, AKL), 'UTC')).not.toBe(localDate(zonedIso(local, 19, AKL), 'UTC'));
    expect((await device.launch()).text).toBe(`${WELCOME} ${OFFER}`);

    await cacheTimeZone(device.userId, AKL);
    expect((await device.launch()).text).toBe(`${WELCOME} ${NOTE} ${OFFER}`);
  });
});
