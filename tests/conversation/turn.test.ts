import { describe, expect, it } from 'vitest';
import { endSession, runTurn, type ConversationRequest, type ConversationServices } from '../../lambda/conversation/turn';
import { mergeRecords } from '../../lambda/domain/progress';
import { createRoutineEngine } from '../../lambda/domain/routine-engine';
import type { LogEvent } from '../../lambda/log';
import { EN } from '../../lambda/speech/catalogues/en';
import { createPresenter } from '../../lambda/screen/screen-view';
import { createComposer } from '../../lambda/speech/compose';
import { plainText } from '../../lambda/speech/timeline';
import { createMemoryProgressRepository } from '../../lambda/storage/memory-progress-repository';
import type { ProgressRepository } from '../../lambda/storage/progress-repository';
import { userKeyOf } from '../../lambda/storage/user-key';
import { content } from '../support/content';

const NOW = new Date('2026-11-30T09:00:00.000Z');
const user = userKeyOf('amzn1.ask.account.turn-test');
const next: ConversationRequest = { type: 'next' };
const bedtime: ConversationRequest = { type: 'start-routine', routine: { kind: 'match', id: 'bedtime' } };

/** The turn layer over an in-memory repository (or `repository`), counting every call made to it. */
function services(
  repository: ProgressRepository = createMemoryProgressRepository({ now: () => NOW, merge: (a, b) => mergeRecords(a, b, content) }),
) {
  const calls: string[] = [];
  const logged: LogEvent[] = [];
  const counted = Object.fromEntries(
    Object.entries(repository).map(([name, method]) => [
      name,
      (...args: unknown[]) => {
        calls.push(name);
        return (method as (...a: unknown[]) => Promise<unknown>)(...args);
      },
    ]),
  ) as unknown as ProgressRepository;
  let ids = 0;
  const built: ConversationServices = {
    content,
    engine: createRoutineEngine(content),
    compose: createComposer(content, EN),
    present: createPresenter(content, EN),
    repository: counted,
    clock: () => NOW,
    newId: () => `id-${(ids += 1)}`,
    log: (event) => logged.push(event),
  };
  return { built, calls, logged, repository };
}

/** Plays requests through the turn layer as one session, carrying attributes; returns what was said each turn. */
async function session(built: ConversationServices, requests: readonly ConversationRequest[], attributes: unknown = {}) {
  let carried = attributes;
  const said: string[] = [];
  for (const request of requests) {
    const output = await runTurn({ attributes: carried, user, request, deviceTimeZone: null }, built);
    said.push(plainText(output.speech.speech));
    carried = output.attributes;
  }
  return { said, attributes: carried };
}

describe('the turn layer, with plain inputs and no Alexa', () => {
  it('reads once at the start of a session, writes nothing while the user moves into position, and saves the first side', async () => {
    const { built, calls, repository } = services();
    await session(built, [{ type: 'launch' }, bedtime]);
    expect(calls).toEqual(['load']);
    calls.length = 0;
    const { said } = await session(built, [bedtime, next]);
    expect(calls.filter((c) => c === 'load')).toHaveLength(1);
    expect(said[1]).toMatch(/^We'll start with your right side\./);
    expect((await repository.load(user)).active?.point.done).toEqual(['seated-calf-band:right']);
  });

  it('tampered attributes restart with a clear sentence and act on nothing they held', async () => {
    const { built } = services();
    const { said } = await session(built, [next], { v: 3, routine: { plan: { routineId: 'bedtime', stretchIds: ['nope'] } } });
    expect(said[0]).toMatch(new RegExp(`^${EN.lostTrack}`));
  });

  it('storage out of reach: one note in the session, after the greeting, and the routine goes on', async () => {
    const failing = services().repository;
    const down = Object.fromEntries(
      Object.keys(failing).map((name) => [name, () => Promise.reject(Object.assign(new Error('no'), { name: 'TimeoutError' }))]),
    ) as unknown as ProgressRepository;
    const { built, logged } = services(down);
    const { said } = await session(built, [{ type: 'launch' }, bedtime, next, next]);
    expect(said[0]?.startsWith(`${EN.welcome} ${EN.storageLoadNote}`)).toBe(true);
    expect(said.slice(1).join(' ')).not.toContain(EN.storageSaveNote);
    expect(said[2]).toMatch(/^We'll start with your right side\./);
    expect(logged).toContainEqual({ event: 'storage-load-failed', name: 'TimeoutError' });
    expect(JSON.stringify(logged)).not.toMatch(/"no"/);
  });

  it('a delete that fails says so instead of "deleted", and ends the session', async () => {
    const memory = services().repository;
    const { built } = services({ ...memory, deleteUser: () => Promise.reject(new Error('down')) });
    const { said } = await session(built, [{ type: 'launch' }, { type: 'delete-history' }, { type: 'yes' }]);
    expect(said[2]).toBe(EN.deleteFailed);
  });

  it('a summary uses the device time zone it is given, and keeps a new zone in the profile', async () => {
    const { built, repository } = services();
    const output = await runTurn(
      { attributes: {}, user, request: { type: 'summary-request', week: 'this' }, deviceTimeZone: 'Pacific/Auckland' },
      built,
    );
    expect(output.speech.card?.text).toMatch(/\(Pacific\/Auckland\)/);
    expect((await repository.load(user)).profile.timeZone).toBe('Pacific/Auckland');
  });

  it('a session Alexa closes keeps the place, counts the stretches done, and closes the run record', async () => {
    const { built, repository } = services();
    const { attributes } = await session(built, [bedtime, next, next]);
    await endSession(attributes, user, built);
    const loaded = await repository.load(user);
    expect(loaded.active?.point.done).toEqual(['seated-calf-band:right', 'seated-calf-band:left']);
    expect(loaded.profile.timesDone).toEqual({ 'seated-calf-band': 1 });
    const [record] = await repository.records(user, '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z');
    expect(record).toMatchObject({ endedAt: NOW.toISOString(), completed: false });
  });

  it('two sessions in one Alexa session: opening the skill again hears the gentle note before the offer, and so does the next session', async () => {
    const { built, calls, repository } = services();
    const quickRelief: ConversationRequest = { type: 'start-routine', routine: { kind: 'match', id: 'quick-relief' } };
    // Each routine's first stretch finished on both sides: two sessions, neither finished.
    const { attributes } = await session(built, [{ type: 'launch' }, quickRelief, next, next, bedtime, next, next]);
    const note = "Welcome to Sciatica Stretches. You've already stretched twice today. More isn't better:";
    calls.length = 0;
    const again = await session(built, [{ type: 'launch' }], attributes);
    expect(again.said[0]?.startsWith(note)).toBe(true);
    expect(again.said[0]?.endsWith('Shall we do the quick relief routine? Or say bedtime, seated, floor, or all nine.')).toBe(true);
    expect(calls).not.toContain('load');

    await endSession(again.attributes, user, built);
    expect((await repository.load(user)).profile.recentSessions).toHaveLength(2);
    calls.length = 0;
    const { said } = await session(built, [{ type: 'launch' }]);
    expect(said[0]?.startsWith(note)).toBe(true);
    expect(calls).toEqual(['load']);
  });
});
