/**
 * Every content collection and its schema. `src/lib/data.ts` is the only module that queries them.
 *
 * content/items/*.mdx, content/indicators/*.mdx, content/departments.json and content/plan.json are
 * written by `npm run ingest` (never by hand); content/annotations/*.md are editors' notes.
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  annotation,
  correction,
  department,
  document,
  indicator,
  item,
  normalizationRule,
  section,
  warning,
} from './schemas/model.ts';
import { annotationLoader } from './loaders/annotations.ts';
import { generatedMdxLoader } from './loaders/generated-mdx.ts';

/**
 * The generated MDX files are read by our own loader, not glob(): glob() makes each entry a module
 * for Vite to bundle, which at 100 times the plan took the build to 4 GB (src/lib/generated-mdx.ts).
 */
const items = defineCollection({
  loader: generatedMdxLoader('content/items', item, 'an item file'),
  schema: item,
});

const indicators = defineCollection({
  loader: generatedMdxLoader('content/indicators', indicator, 'an indicator file'),
  schema: indicator,
});

/** content/departments.json: an object keyed by department slug. */
const departments = defineCollection({
  loader: file('./content/departments.json'),
  schema: department,
});

/** content/plan.json: one entry per notice (keyed by seed name): document, notice, corrections. */
const plan = defineCollection({
  loader: file('./content/plan.json'),
  schema: z.object({
    sourceFile: z.string(),
    document,
    notice: z.object({ sections: z.array(section) }),
    corrections: z.array(correction),
    normalization: z.array(normalizationRule),
    warnings: z.array(warning),
  }),
});

/** Read by our own loader: it names the file, line and field of a bad note (see src/loaders/). */
const annotations = defineCollection({
  loader: annotationLoader('content/annotations'),
  schema: annotation,
});

export const collections = { items, indicators, departments, plan, annotations };
