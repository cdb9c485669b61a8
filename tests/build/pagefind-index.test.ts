/**
 * Pagefind runs as a child process of the build. When a step fails, the integration must fail
 * with Pagefind's reason and close that process, so a failed index can neither hang the build
 * nor leave Pagefind running. Each case runs the integration's indexing step in a fresh Node
 * process, as `astro build` would, and then looks for child processes still alive.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, TMP } from '../support/paths';

const work = resolve(TMP, 'pagefind-index');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs indexSite(folder) in a child Node process; prints its outcome and the live children it leaves. */
function runIndexing(folder: string) {
  const script = `
    import { spawn, spawnSync } from 'node:child_process';
    import { indexSite } from ${JSON.stringify(resolve(ROOT, 'src/integrations/pagefind-index.ts'))};
    const lines = [];
    const logger = { info: (m) => lines.push('info ' + m), warn: (m) => lines.push('warn ' + m), error: (m) => lines.push('error ' + m), fork: () => logger };
    // Live (not zombie) processes whose parent is this one, from ps, which Linux and macOS share;
    // the ps process itself is one of them and is left out.
    const children = () => {
      const ps = spawnSync('ps', ['-A', '-o', 'pid=,ppid=,stat=,comm='], { encoding: 'utf8' });
      if (ps.status !== 0) throw new Error('ps failed: ' + ps.stderr);
      return ps.stdout.split('\\n').flatMap((line) => {
        const [pid, ppid, state, ...comm] = line.trim().split(/\\s+/);
        return state && Number(ppid) === process.pid && Number(pid) !== ps.pid && !state.startsWith('Z') ? [comm.join(' ')] : [];
      });
    };
    // The detector must see a child it knows is there, or an empty list would prove nothing.
    const probe = spawn('sleep', ['30']);
    const probeSeen = children().includes('sleep');
    probe.kill();
    await new Promise((r) => probe.on('exit', r));
    let outcome = 'indexed';
    try { await indexSite(${JSON.stringify(folder)}, logger); } catch (error) { outcome = 'failed: ' + error.message; }
    for (let i = 0; i < 20 && children().length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    console.log(JSON.stringify({ probeSeen, outcome, lines, children: children() }));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.error, 'the indexing step did not finish within 60 s').toBeUndefined();
  expect(result.status, result.stderr).toBe(0);
  const report = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {
    probeSeen: boolean;
    outcome: string;
    lines: string[];
    children: string[];
  };
  expect(report.probeSeen, 'the child-process detector did not see a sleep it started').toBe(true);
  return report;
}

describe('the Pagefind integration', () => {
  it('indexes a built folder and closes Pagefind', () => {
    const site = join(work, 'site');
    mkdirSync(site, { recursive: true });
    writeFileSync(
      join(site, 'index.html'),
      '<!doctype html><html lang="en"><head><title>A page</title></head><body><main data-pagefind-body><h1>A page</h1><p>Words to find.</p></main></body></html>',
    );
    const { outcome, lines, children } = runIndexing(site);
    expect(outcome).toBe('indexed');
    expect(lines).toContain('info indexed 1 pages into pagefind/');
    expect(children).toEqual([]);
  });

  it('fails with the reason when a step fails, and leaves no Pagefind process running', () => {
    const empty = join(work, 'empty');
    mkdirSync(empty, { recursive: true });
    const { outcome, children } = runIndexing(empty);
    expect(outcome).toBe(`failed: Pagefind failed, so the site has no search index: found no HTML pages in ${empty}`);
    expect(children).toEqual([]);
  });
});
