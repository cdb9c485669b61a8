/**
 * `npm start`, the README's first command: it builds, then serves the site and prints the address
 * to open. The build half is what `npm test` has just run; this starts the serving half on a free
 * port, as `npm start` would after it, and asks the printed address for the home page.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { astroEnv } from '../support/astro-build';
import { ROOT } from '../support/paths';

const scripts = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')).scripts as Record<string, string>;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

describe('npm start', () => {
  it('builds, then serves: the build and preview scripts, in that order', () => {
    expect(scripts.start!.split('&&').map((s) => s.trim())).toEqual(['npm run build', 'npm run preview']);
    expect(scripts.build).toBe('astro build');
    expect(scripts.preview).toBe('astro preview');
  });

  it('serves the built site at the address it prints', async () => {
    const port = await freePort();
    const child = spawn('npm', ['run', 'preview', '--', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      detached: true,
      env: astroEnv(),
    });
    try {
      let output = '';
      const address = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address printed within 30 s:\n${output}`)), 30_000);
        for (const stream of [child.stdout, child.stderr]) {
          stream.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            const printed = /Local\s+(http:\/\/\S+)/.exec(output)?.[1];
            if (printed) {
              clearTimeout(timer);
              resolve(printed);
            }
          });
        }
        child.on('exit', (code) => reject(new Error(`npm run preview exited with ${code}:\n${output}`)));
      });
      expect(address).toBe(`http://127.0.0.1:${port}/`);
      const response = await fetch(address);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<html lang="en"');
    } finally {
      // npm, its shell and the server share the process group started here.
      process.kill(-child.pid!, 'SIGTERM');
    }
  });
});
