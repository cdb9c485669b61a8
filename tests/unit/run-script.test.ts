/**
 * tests/run.sh, the script behind `npm test`, run with a stand-in `npm` that records each step and
 * fails the ones it is told to: a failure in any step must fail the whole run, and a failed build
 * must still leave the type check and the fixture builds to report.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

const STEPS = ['lint', 'test:source', 'build', 'build:sub-path', 'check', 'test:site', 'test:fixture-builds'];
const bin = mkdtempSync(join(tmpdir(), 'fake-npm-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));
writeFileSync(
  join(bin, 'npm'),
  '#!/bin/sh\n# npm run <step> [args]: record the step, fail it if it is in $FAIL.\necho "$2" >> "$LOG"\ncase " $FAIL " in *" $2 "*) exit 1;; esac\n',
);
chmodSync(join(bin, 'npm'), 0o755);

function run(fail: string) {
  const log = join(bin, `log-${fail || 'none'}`);
  writeFileSync(log, '');
  const result = spawnSync('sh', ['tests/run.sh'], {
    cwd: ROOT,
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, FAIL: fail, LOG: log },
  });
  return { status: result.status, steps: readFileSync(log, 'utf8').trim().split('\n').sort() };
}

describe('tests/run.sh', () => {
  it('runs every step and passes when every step passes', () => {
    expect(run('')).toEqual({ status: 0, steps: [...STEPS].sort() });
  });

  it.each(STEPS)('fails when %s fails', (step) => {
    expect(run(step).status).toBe(1);
  });

  it('still type-checks and runs the fixture builds when the build fails, and skips the site tests', () => {
    expect(run('build').steps).toEqual(['build', 'check', 'lint', 'test:fixture-builds', 'test:source']);
  });
});
