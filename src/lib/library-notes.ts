/**
 * The editors' notes of every plan of the library, keyed "<place>/<plan>" (src/lib/exports/library.ts
 * `NotesByPlan`), for the library-wide downloads.
 */
import { getAnnotations } from './data.ts';
import { type NotesByPlan, planKey } from './exports/library.ts';
import type { LibraryPlan } from './views/library-common.ts';

export async function notesByPlan(plans: readonly LibraryPlan[]): Promise<NotesByPlan> {
  return new Map(
    await Promise.all(
      plans.map(
        async (p) => [planKey(p), await getAnnotations(p.plan.place.slug, p.plan.id)] as const,
      ),
    ),
  );
}
