import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { intent, launch, newUserId, SKILL_ID } from '../support/envelopes';
import { TEST_TABLE } from '../support/skill';

const BUNDLE = 'dist/lambda/index.js';

/** Loads the bundle in a fresh Node process, as Lambda does, and calls its handler with `event`. */
function invokeBundle(event: unknown, env: Record<string, string> = {}): { ok: boolean; value: unknown } {
  const script = `
    const mod = require('./${BUNDLE}');
    const pending = mod.handler(JSON.parse(process.argv[1]), {});
    if (!(pending instanceof Promise)) throw new Error('handler is not async');
    pending.then((value) => console.log(JSON.stringify({ ok: true, value })), (error) => console.log(JSON.stringify({ ok: false, value: error.message })));
  `;
  // The bundle talks to the tests' DynamoDB Local, never to AWS (and never to the credential chain's metadata endpoints).
  const local = { DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), TABLE_NAME: TEST_TABLE };
  const output = execFileSync(process.execPath, ['-e', script, JSON.stringify(event)], {
    env: { PATH: process.env.PATH, ...local, ...env },
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as { ok: boolean; value: unknown };
}

/** Plays a conversation through one fresh process of the bundle, carrying session attributes, and returns every response. */
function playBundle(
  events: ((attributes: Record<string, unknown> | undefined) => unknown)[],
): { sessionAttributes?: Record<string, unknown>; response: { outputSpeech?: { ssml: string }; directives?: unknown[] } }[] {
  const script = `
    const mod = require('./${BUNDLE}');
    const steps = JSON.parse(process.argv[1]);
    (async () => {
      const out = [];
      let attributes;
      for (const step of steps) {
        const event = JSON.parse(JSON.stringify(step).replace('"__ATTRIBUTES__"', JSON.stringify(attributes ?? {})));
        const response = await mod.handler(event, {});
        attributes = response.sessionAttributes;
        out.push(response);
      }
      console.log(JSON.stringify(out));
    })();
  `;
  const local = { DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), TABLE_NAME: TEST_TABLE };
  const steps = events.map((make) => make(undefined));
  const output = execFileSync(process.execPath, ['-e', script, JSON.stringify(steps)], {
    env: { PATH: process.env.PATH, ...local },
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').pop() ?? '[]') as ReturnType<typeof playBundle>;
}

describe('the build contract: dist/lambda/index.js', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['--import', 'tsx', 'tools/build.ts'], { stdio: 'pipe' });
  }, 60_000);

  it('is one CommonJS file with an async handler that answers a LaunchRequest', () => {
    expect(existsSync(BUNDLE)).toBe(true);
    expect(readFileSync(BUNDLE, 'utf8')).not.toMatch(/^\s*(import|export) /m);
    const result = invokeBundle(launch());
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result.value)).toContain('Welcome to Sciatica Stretches.');
  });

  it('plays a whole routine and a weekly summary from the bundle, storing the run', () => {
    const userId = newUserId();
    const carry = { userId, attributes: { __carry: true } };
    const next = () => intent('AMAZON.NextIntent', {}, carry);
    // Into the chair, two sides; down to hands and knees, cat cow; lying down, two sides; the closing words.
    const steps = [
      () => intent('StartRoutineIntent', { routine: 'quick-relief' }, { userId }),
      ...Array.from({ length: 8 }, () => next),
      () => intent('WeeklySummaryIntent', {}, { userId }),
    ];
    const responses = playBundle(
      steps.map((make) => (): unknown => JSON.parse(JSON.stringify(make()).replace('{"__carry":true}', '"__ATTRIBUTES__"'))),
    );
    const said = responses.map((r) => JSON.stringify(r.response));
    expect(said[0]).toContain('Stretch one of three: the seated figure four.');
    expect(said[8]).toContain("That's the end of the quick relief routine. Well done: you did three stretches.");
    expect(said[9]).toContain('This week you stretched once, on one day');
  });

  it('carries the content as the build validated it: no content schema, no content validation in the bundle', () => {
    const bundle = readFileSync(BUNDLE, 'utf8');
    // Words only the content schema and its checks hold: a schema's message, and a cross-check's.
    const shipped = ['has two sentences: one action per cue', 'must be one trip down'].filter((words) => bundle.includes(words));
    expect(shipped).toEqual([]);
    // The content itself is there, spoken words and all.
    expect(bundle).toContain('Lying figure four');
  });

  it('ships zod/mini alone: no classic zod, and of its languages English only', () => {
    // The source map names every module that put code in the bundle; classic zod costs about 65 KiB and 12 ms of module load more.
    const { sources } = JSON.parse(readFileSync(`${BUNDLE}.map`, 'utf8')) as { sources: string[] };
    const zod = sources.filter((source) => source.includes('node_modules/zod/'));
    expect(zod.filter((source) => /zod\/v4\/classic\/|zod\/v4\/locales\/(?!en\.js$)/.test(source))).toEqual([]);
    expect(zod.some((source) => source.includes('zod/v4/mini/'))).toBe(true);
  });

  it('refuses to build broken content, naming the field', () => {
    const broken = mkdtempSync(join(tmpdir(), 'broken-content-'));
    cpSync('.', broken, { recursive: true, filter: (path) => !/node_modules|[\\/]\.git$|[\\/]dist$|coverage/.test(path) });
    symlinkSync(resolve('node_modules'), join(broken, 'node_modules'));
    const stretches = JSON.parse(readFileSync(join(broken, 'content/stretches.json'), 'utf8')) as { stretches: { hold?: unknown }[] };
    delete stretches.stretches[0]?.hold;
    stretches.stretches[0] = { ...stretches.stretches[0], hold: 'hold it forever' };
    writeFileSync(join(broken, 'content/stretches.json'), JSON.stringify(stretches));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'tools/build.ts'], { cwd: broken, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/content\/stretches\.json: stretches\[0\]\.hold/);
    rmSync(broken, { recursive: true, force: true });
  }, 60_000);

  it('refuses another skill id when SKILL_ID is set, and serves its own', () => {
    const foreign = invokeBundle(launch({ skillId: 'amzn1.ask.skill.99999999-9999-9999-9999-999999999999' }), { SKILL_ID });
    expect(foreign).toEqual({ ok: false, value: 'Refused: this request is for another skill' });
    expect(invokeBundle(launch(), { SKILL_ID }).ok).toBe(true);
  });
});
