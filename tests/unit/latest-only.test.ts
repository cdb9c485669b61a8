import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../src/lib/latest-only';

/** A task whose runs end only when the test says so; `started` records what each run read. */
function controlledTask(read: () => string) {
  const started: string[] = [];
  const finishers: (() => void)[] = [];
  const task = () =>
    new Promise<void>((resolve) => {
      started.push(read());
      finishers.push(resolve);
    });
  const finishNext = async () => {
    finishers.shift()!();
    // Lets the task's `finally` and the next start run.
    await new Promise((r) => setTimeout(r, 0));
  };
  return { task, started, finishNext };
}

describe('latestOnly', () => {
  it('runs at once when idle, without waiting', () => {
    let value = 'a';
    const { task, started } = controlledTask(() => value);
    const run = latestOnly(task);
    run();
    expect(started).toEqual(['a']);
    value = 'b';
    expect(started).toEqual(['a']);
  });

  it('collapses calls made during a run into one run that reads the newest input', async () => {
    let value = 'B';
    const { task, started, finishNext } = controlledTask(() => value);
    const run = latestOnly(task);
    run();
    for (const v of ['By', 'BYD', 'BYD ']) {
      value = v;
      run();
    }
    expect(started).toEqual(['B']);
    await finishNext();
    expect(started).toEqual(['B', 'BYD ']);
    await finishNext();
    expect(started).toEqual(['B', 'BYD ']);
    run();
    expect(started).toEqual(['B', 'BYD ', 'BYD ']);
  });

  it('goes on after a run that fails, leaving the failure visible', async () => {
    let calls = 0;
    const run = latestOnly(async () => {
      calls++;
      if (calls === 1) throw new Error('network');
    });
    const failures: unknown[] = [];
    const onRejection = (reason: unknown) => failures.push(reason);
    process.on('unhandledRejection', onRejection);
    run();
    run();
    await new Promise((r) => setTimeout(r, 0));
    process.off('unhandledRejection', onRejection);
    expect(calls).toBe(2);
    expect(failures).toEqual([new Error('network')]);
  });
});
