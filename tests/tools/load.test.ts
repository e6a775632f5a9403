import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOAD_ROUTINES } from '../../tools/load/options';
import type { LoadResults } from '../../tools/load/report';

describe('the load test (npm run load)', () => {
  it('runs 20 users through whole routines and a storage outage with nothing lost, and reports requests per routine', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'load-')), 'results.json');
    // Short paces and a 1 s outage so the whole run, with DynamoDB Local's start, takes seconds.
    const args = ['--users=20', '--arrival-per-second=20', '--outage-after=1', '--outage-seconds=1', '--pace-ms=300', `--out=${out}`];
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'tools/load/main.ts', ...args], { encoding: 'utf8', timeout: 90_000 });
    const printed = result.stdout + result.stderr;
    expect(result.status, printed).toBe(0);
    expect(printed).toContain('requests per routine');
    expect(printed).toMatch(/^PASS$/m);

    const results = JSON.parse(readFileSync(out, 'utf8')) as LoadResults;
    expect(results.passed).toBe(true);
    expect(results.users.endedProperly).toBe(20);
    expect(results.errors.count).toBe(0);
    expect(results.lostRecords.count).toBe(0);
    expect(results.records?.checked).toBe(20);
    expect(results.users.hitByOutage).toBeGreaterThan(0);
    for (const routine of LOAD_ROUTINES) {
      const { notHit, hit } = results.requests.byRoutine[routine];
      expect(notHit.users + hit.users, routine).toBe(5);
      expect(Math.min(notHit.min ?? Infinity, hit.min ?? Infinity), routine).toBeGreaterThan(0);
    }
    expect(results.latencyByKindMs.side.overall.p99).not.toBeNull();
  }, 120_000);
});
