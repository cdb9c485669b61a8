/**
 * Astro keeps parsed entries between builds and re-parses a file only when the file or
 * content.config.ts changes. Our schemas live in src/lib/, so a schema edit would leave entries
 * parsed by the old schema in the cache (a new field missing, a new rule unchecked). This wrapper
 * stores a digest of the schema sources in the collection's meta store and clears the
 * collection when it changes, so every entry is parsed again by the schema in force.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';

/** The files the content schemas are made of (src/lib/schemas.ts and the enums it imports). */
const SCHEMA_SOURCES = ['schemas', 'ratings', 'topics', 'i18n'].map(
  (name) => new URL(`../lib/${name}.ts`, import.meta.url),
);

export function schemaDigest(): string {
  const hash = createHash('sha256');
  for (const file of SCHEMA_SOURCES) hash.update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export function reparseOnSchemaChange(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      const digest = schemaDigest();
      if (context.meta.get('schema-digest') !== digest) {
        context.store.clear();
        context.meta.set('schema-digest', digest);
      }
      return loader.load(context);
    },
  };
}
