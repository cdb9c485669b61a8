/**
 * Loads a folder of YAML records with the `yaml` package (YAML 1.2) instead of Astro's default
 * parser. The default (js-yaml, YAML 1.1) reads an unquoted 2026-02-30 as a timestamp and rolls
 * it over to 2 March, so an impossible date would pass silently; YAML 1.2 keeps it as text and
 * the schema rejects it. Duplicate keys are an error here too, rather than last-one-wins.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

export function yamlFolder(folder: string): Loader {
  return {
    name: 'yaml-folder',
    async load({ store, parseData, generateDigest, config }) {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, folder);
      const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
      store.clear();
      for (const file of files) {
        const filePath = relative(root, resolve(dir, file));
        const raw = readFileSync(resolve(dir, file), 'utf8');
        let data: unknown;
        try {
          data = parse(raw, { uniqueKeys: true, prettyErrors: true });
        } catch (error) {
          throw new Error(`${filePath}: not valid YAML: ${(error as Error).message}`);
        }
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
          throw new Error(`${filePath}: (file): must hold one record (a YAML mapping)`);
        }
        const id = file.replace(/\.ya?ml$/, '');
        const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath });
        store.set({ id, data: parsed, filePath, digest: generateDigest(raw) });
      }
    },
  };
}
