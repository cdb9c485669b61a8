/**
 * Loads a folder of YAML records with the `yaml` package (YAML 1.2) instead of Astro's default
 * parser. The default (js-yaml, YAML 1.1) reads an unquoted 2026-02-30 as a timestamp and rolls
 * it over to 2 March, so an impossible date would pass silently; YAML 1.2 keeps it as text and
 * the schema rejects it. Duplicate keys are an error here too, rather than last-one-wins.
 *
 * In `astro dev` it watches the folder, as Astro's own glob() loader does, so a saved, added or
 * deleted record shows on the next page load without a restart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';

const YAML_FILE = /\.ya?ml$/;

/** One record from the text of a YAML file; `filePath` names the file in every error. */
export function parseYamlRecord(raw: string, filePath: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = parse(raw, { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new Error(`${filePath}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${filePath}: (file): must hold one record (a YAML mapping)`);
  }
  return data as Record<string, unknown>;
}

export function yamlFolder(folder: string): Loader {
  return {
    name: 'yaml-folder',
    async load({ store, parseData, generateDigest, config, logger, watcher }: LoaderContext) {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, folder);
      const idOf = (file: string) => basename(file).replace(YAML_FILE, '');
      const sync = async (path: string) => {
        const filePath = relative(root, path);
        const raw = readFileSync(path, 'utf8');
        const id = idOf(path);
        const data = await parseData({ id, data: parseYamlRecord(raw, filePath), filePath });
        store.set({ id, data, filePath, digest: generateDigest(raw) });
      };

      store.clear();
      for (const file of readdirSync(dir)
        .filter((f) => YAML_FILE.test(f))
        .sort())
        await sync(resolve(dir, file));
      if (!watcher) return;

      // Dev only: an editor's save reloads that record. A bad edit is reported and the last good
      // record stays, so the server keeps running while the editor fixes the file.
      watcher.add(dir);
      const inFolder = (path: string) => dirname(path) === dir && YAML_FILE.test(path);
      const reload = async (path: string) => {
        if (!inFolder(path)) return;
        try {
          await sync(path);
          logger.info(`Reloaded ${relative(root, path)}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (path: string) => {
        if (inFolder(path)) store.delete(idOf(path));
      });
    },
  };
}
