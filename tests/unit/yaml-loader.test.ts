/**
 * The YAML record loader (src/data/yaml-loader.ts): what it refuses, and how it follows edits in
 * `astro dev`. The loader runs against a real folder; its Astro context (store, parseData, the
 * dev server's file watcher) is stood in for by the few calls the loader makes.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYamlRecord, yamlFolder } from '../../src/data/yaml-loader';
import { TMP } from '../support/paths';

describe('parseYamlRecord', () => {
  it('refuses a duplicate key, naming the file and the key, instead of keeping the last value', () => {
    expect(() => parseYamlRecord('rating: accurate\nrating: misleading\n', 'content/claims/x.yaml')).toThrow(
      /^content\/claims\/x\.yaml: not valid YAML: .*Map keys must be unique[\s\S]*rating/,
    );
  });

  it.each([
    ['a list', '- one\n- two\n'],
    ['a single value', 'just text\n'],
    ['an empty file', ''],
    ['a comment alone', '# nothing here\n'],
  ])('refuses %s: a file holds one record (a mapping)', (_, raw) => {
    expect(() => parseYamlRecord(raw, 'content/people/x.yaml')).toThrow(
      'content/people/x.yaml: (file): must hold one record (a YAML mapping)',
    );
  });

  it('keeps a date as the text written, so the schema can reject an impossible one', () => {
    expect(parseYamlRecord('reviewed: 2026-02-30\n', 'x.yaml')).toEqual({ reviewed: '2026-02-30' });
  });
});

describe('yamlFolder in astro dev', () => {
  const root = resolve(TMP, 'yaml-loader');
  const dir = join(root, 'records');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function start() {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.yaml'), 'name: first\n');
    writeFileSync(join(dir, 'b.yml'), 'name: second\n');
    writeFileSync(join(root, 'elsewhere.yaml'), 'name: not in the folder\n');
    const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string }>();
    const logged: string[] = [];
    const watcher = Object.assign(new EventEmitter(), {
      watched: [] as string[],
      add: (path: string) => watcher.watched.push(path),
    });
    const context = {
      store: {
        set: (entry: { id: string; data: Record<string, unknown> }) => (entries.set(entry.id, entry), true),
        delete: (id: string) => entries.delete(id),
        clear: () => entries.clear(),
      },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (raw: string) => String(raw.length),
      config: { root: pathToFileURL(`${root}/`) },
      logger: {
        info: (m: string) => logged.push(`info ${m}`),
        error: (m: string) => logged.push(`error ${m}`),
        warn: (m: string) => logged.push(`warn ${m}`),
      },
      watcher,
    } as unknown as LoaderContext;
    const names = () => Object.fromEntries([...entries].map(([id, e]) => [id, e.data.name]));
    // The watcher's listeners are async; a change is settled once they have run.
    const emit = async (event: string, path: string) => {
      await Promise.all(watcher.listeners(event).map((listener) => listener(path)));
    };
    return { load: () => yamlFolder('records').load(context), names, entries, emit, watcher, logged };
  }

  it('loads every record of the folder and watches the folder', async () => {
    const { load, names, entries, watcher } = start();
    await load();
    expect(names()).toEqual({ a: 'first', b: 'second' });
    expect(entries.get('a')?.filePath).toBe('records/a.yaml');
    expect(watcher.watched).toEqual([dir]);
  });

  it('reloads a saved record, adds a new one and drops a deleted one', async () => {
    const { load, names, emit, logged } = start();
    await load();
    writeFileSync(join(dir, 'a.yaml'), 'name: edited\n');
    await emit('change', join(dir, 'a.yaml'));
    writeFileSync(join(dir, 'c.yaml'), 'name: third\n');
    await emit('add', join(dir, 'c.yaml'));
    unlinkSync(join(dir, 'b.yml'));
    await emit('unlink', join(dir, 'b.yml'));
    expect(names()).toEqual({ a: 'edited', c: 'third' });
    expect(logged).toEqual(['info Reloaded records/a.yaml', 'info Reloaded records/c.yaml']);
  });

  it('reports a bad edit by file and keeps the last good record, so the dev server keeps running', async () => {
    const { load, names, emit, logged } = start();
    await load();
    writeFileSync(join(dir, 'a.yaml'), 'name: one\nname: two\n');
    await emit('change', join(dir, 'a.yaml'));
    expect(names()).toEqual({ a: 'first', b: 'second' });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^error records\/a\.yaml: not valid YAML: .*Map keys must be unique/);
  });

  it('ignores files outside its folder and files that are not YAML', async () => {
    const { load, names, emit, logged } = start();
    await load();
    writeFileSync(join(dir, 'notes.txt'), 'name: not yaml\n');
    await emit('change', join(root, 'elsewhere.yaml'));
    await emit('add', join(dir, 'notes.txt'));
    expect(names()).toEqual({ a: 'first', b: 'second' });
    expect(logged).toEqual([]);
  });
});
