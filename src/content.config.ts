import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reparseOnSchemaChange } from './data/reparse-on-schema-change';
import { yamlFolder } from './data/yaml-loader';
import { claimSchema, explainerSchema, figureSchema, pageSchema, personSchema, sourceSchema } from './lib/schemas';

/**
 * Content lives in the root `content/` folder. CONTENT_DIR points the build at another folder:
 * the tests build fixture folders with it, and the benchmark builds synthetic content.
 */
const root = (process.env.CONTENT_DIR ?? './content').replace(/\/+$/, '');

/**
 * Ids come from the file path (without extension), never from a `slug` field: Astro's default
 * would give both language editions of an explainer the same id, and one would silently replace
 * the other.
 */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.[^/.]+$/, '');
const files = (folder: string, pattern: string) => glob({ pattern, base: `${root}/${folder}`, generateId: pathId });
const data = (folder: string) => yamlFolder(`${root}/${folder}`);
const editions = (folder: string) => reparseOnSchemaChange(files(folder, '{en,zh}/*.mdx'));

export const collections = {
  people: defineCollection({ loader: data('people'), schema: personSchema }),
  sources: defineCollection({ loader: data('sources'), schema: sourceSchema }),
  claims: defineCollection({ loader: data('claims'), schema: claimSchema }),
  /** Figure data: content/data/<figure-id>.yaml, drawn by src/components/figures/Figure.astro. */
  figures: defineCollection({ loader: data('data'), schema: figureSchema }),
  explainers: defineCollection({
    loader: editions('explainers'),
    schema: explainerSchema,
  }),
  pages: defineCollection({
    loader: editions('pages'),
    schema: pageSchema,
  }),
};
