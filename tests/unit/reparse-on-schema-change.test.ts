import { describe, expect, it, vi } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { reparseOnSchemaChange, schemaDigest } from '../../src/data/reparse-on-schema-change';

/** The two parts of a loader context the wrapper uses: the entry store and the meta store. */
function context(storedDigest?: string) {
  const meta = new Map<string, string>(storedDigest ? [['schema-digest', storedDigest]] : []);
  const clear = vi.fn();
  return {
    ctx: {
      meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => meta.set(k, v) },
      store: { clear },
    } as unknown as LoaderContext,
    clear,
    meta,
  };
}

describe('reparseOnSchemaChange', () => {
  const inner: Loader = { name: 'inner', load: vi.fn(async () => {}) };

  it('clears cached entries when the schema sources changed since the last load, then loads', async () => {
    const { ctx, clear, meta } = context('an-older-digest');
    await reparseOnSchemaChange(inner).load(ctx);
    expect(clear).toHaveBeenCalledOnce();
    expect(meta.get('schema-digest')).toBe(schemaDigest());
    expect(inner.load).toHaveBeenCalledWith(ctx);
  });

  it('keeps the cache when the schemas are unchanged', async () => {
    const { ctx, clear } = context(schemaDigest());
    await reparseOnSchemaChange(inner).load(ctx);
    expect(clear).not.toHaveBeenCalled();
  });
});
