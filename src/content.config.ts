/**
 * Every content collection and its schema. `src/lib/data.ts` is the only module that queries them.
 *
 * content/plans/<place>/<plan>/ (items/*.mdx, indicators/*.mdx, departments.json, plan.json) is
 * written by `npm run ingest` (never by hand); content/annotations/<place>/<plan>/<n>.md are
 * editors' notes. Entry ids start with "<place>/<plan>/".
 */
import { defineCollection } from 'astro:content';
import { annotation, indicator, item, model } from './schemas/model.ts';
import { annotationLoader } from './loaders/annotations.ts';
import { generatedMdxLoader } from './loaders/generated-mdx.ts';
import { plansLoader } from './loaders/plans.ts';

/**
 * The generated MDX files are read by our own loader, not glob(): glob() makes each entry a module
 * for Vite to bundle, which at 100 times the plan took the build to 4 GB (src/lib/generated-mdx.ts).
 * Ids: "<place>/<plan>/<nnn>" and "<place>/<plan>/<slug>".
 */
const items = defineCollection({
  loader: generatedMdxLoader('content/plans', 'items', item, 'an item file'),
  schema: item,
});

const indicators = defineCollection({
  loader: generatedMdxLoader('content/plans', 'indicators', indicator, 'an indicator file'),
  schema: indicator,
});

/**
 * One entry per plan, id "<place>/<plan>": plan.json (everything of the model but its items and
 * indicators) with the plan's departments.json as `departments`.
 */
const plans = defineCollection({
  loader: plansLoader('content/plans'),
  schema: model.omit({ items: true, indicators: true }),
});

/** Read by our own loader: it names the file, line and field of a bad note (see src/loaders/). */
const annotations = defineCollection({
  loader: annotationLoader('content/annotations'),
  schema: annotation,
});

export const collections = { items, indicators, plans, annotations };
