/**
 * The ingest as a pipeline of named steps: decode → corrections → normalise → parse → departments →
 * titles → relations → validate. Pure: bytes in, model out (or an IngestError with located problems).
 */
import { model as modelSchema, type Correction, type Model } from '../../src/schemas/model.ts';
import { applyCorrections, parseCorrections } from './corrections.ts';
import { decode } from './decode.ts';
import { resolveDepartments, slugify, uniqueSlugs } from './departments.ts';
import { IngestError } from './errors.ts';
import { INDICATOR_NAMES, englishSlug } from './data/indicators.ts';
import { normalizeLines } from './normalize.ts';
import { parse } from './parse.ts';
import { indexItems, relatedItems } from './relate.ts';
import { RULES } from './rules.ts';
import { extractTargets } from './targets.ts';
import { itemTitle } from './title.ts';
import { planIdentity, planYear, placeNameOf, type PlanIdentity } from './library.ts';

export interface IngestInput {
  /** Path of the notice as shown in messages and stored in the model (relative to the project). */
  file: string;
  bytes: Uint8Array;
  /** The corrections file beside the notice, when there is one. */
  corrections?: { file: string; json: string } | undefined;
  /**
   * Which plan of the library this is; read from `file` (`seeds/<place>/<plan>.txt`) when not
   * given. The place's name is read from the issuers here; the CLI settles it per place.
   */
  plan?: PlanIdentity | undefined;
}

export function ingest(input: IngestInput): Model {
  const decoded = decode(input.bytes, input.file);

  let corrections: Correction[] = [];
  let lines = decoded.lines;
  if (input.corrections) {
    corrections = parseCorrections(input.corrections.json, input.corrections.file);
    lines = applyCorrections(
      lines,
      corrections,
      input.corrections.file,
      input.corrections.json,
    ).lines;
  }

  const normalized = normalizeLines(lines);
  const parsed = parse(lines, normalized.lines, input.file);

  // Departments: every unit name as written → canonical name, slug, kind, aliases.
  const seen: string[] = [];
  const commitments = parsed.items.flatMap((i) => [i, ...i.subitems]);
  for (const c of commitments) seen.push(...c.leadUnits, ...c.responsibleUnits);
  const { departments, canonical } = resolveDepartments(seen);
  const canon = (names: string[]) => [...new Set(names.map(canonical))];
  const aliasesApplied = seen.filter((n) => canonical(n) !== n).length;

  // Indicators: English slug for known titles, pinyin otherwise.
  const unknown = parsed.indicators.filter((i) => !INDICATOR_NAMES[i.title]).map((i) => i.title);
  const pinyinSlugs = uniqueSlugs(unknown);
  const usedSlugs = new Set<string>();
  const indicators = parsed.indicators.map((ind) => {
    const english = INDICATOR_NAMES[ind.title] ?? null;
    let slug = english ? englishSlug(english) : (pinyinSlugs.get(ind.title) ?? slugify(ind.title));
    if (usedSlugs.has(slug)) {
      let k = 2;
      while (usedSlugs.has(`${slug}-${k}`)) k++;
      slug = `${slug}-${k}`;
    }
    usedSlugs.add(slug);
    return {
      number: ind.number,
      title: ind.title,
      slug,
      englishTitle: english,
      items: ind.items,
      source: ind.source,
    };
  });

  const sortedCorrections = [...corrections].sort(
    (a, b) => a.line - b.line || (a.id < b.id ? -1 : 1),
  );
  const idsIn = (from: number, to: number) =>
    sortedCorrections
      .filter((c) => c.line + c.before.split('\n').length - 1 >= from && c.line <= to)
      .map((c) => c.id);

  const items = parsed.items.map((it) => ({
    number: it.number,
    label: it.label,
    indicator: it.indicator,
    title: itemTitle(it.text),
    text: it.text,
    leadUnits: canon(it.leadUnits),
    responsibleUnits: canon(it.responsibleUnits),
    deadline: it.deadline,
    deadlineText: it.deadlineText,
    deadlineLabel: it.deadlineLabel,
    unitLabels: it.unitLabels,
    subitems: it.subitems.map((s) => ({
      label: s.label,
      text: s.text,
      leadUnits: canon(s.leadUnits),
      responsibleUnits: canon(s.responsibleUnits),
      deadline: s.deadline,
      deadlineText: s.deadlineText,
      deadlineLabel: s.deadlineLabel,
      unitLabels: s.unitLabels,
      source: s.source,
    })),
    targets: [
      ...extractTargets(it.text).map((t) => ({ ...t, subitem: null })),
      ...it.subitems.flatMap((s) =>
        extractTargets(s.text).map((t) => ({ ...t, subitem: s.label })),
      ),
    ],
    source: it.source,
    corrections: idsIn(it.source.line, it.source.endLine),
  }));

  const paragraphTexts = [
    ...parsed.sections,
    ...(parsed.document.attachment?.sections ?? []),
  ].flatMap((s) => s.paragraphs.map((p) => p.text));
  const index = indexItems(
    items.map((i) => ({
      number: i.number,
      text: [i.text, ...i.subitems.map((s) => s.text)].join(''),
    })),
    paragraphTexts,
  );
  const relate = (sections: typeof parsed.sections) =>
    sections.map((s) => ({
      number: s.number,
      title: s.title,
      paragraphs: s.paragraphs.map((p) => ({
        label: p.label,
        text: p.text,
        relatedItems: relatedItems(p.text, index),
        source: p.source,
      })),
    }));
  const sections = relate(parsed.sections);
  const attachment = parsed.document.attachment
    ? { ...parsed.document.attachment, sections: relate(parsed.document.attachment.sections) }
    : null;

  const applied: Record<string, number> = {
    'line-endings': (decoded.bom ? 1 : 0) + decoded.crLineEndings,
    ...Object.fromEntries(normalized.applied),
    'page-breaks': parsed.joins,
    'item-lines': parsed.multiLineTexts,
    'unit-lists': parsed.unitListRules,
    'department-aliases': aliasesApplied,
  };

  const identity = input.plan ?? planIdentity(input.file);
  if (!identity) {
    throw new IngestError([
      {
        file: input.file,
        line: 1,
        message:
          'cannot tell the place and plan from the file name: put it at seeds/<place>/<plan>.txt (lower-case pinyin, digits and "-")',
      },
    ]);
  }
  const planDoc = parsed.document;
  const result = modelSchema.safeParse({
    plan: {
      place: { slug: identity.place, name: placeNameOf(planDoc) ?? identity.place },
      id: identity.id,
      title: planDoc.attachment?.title ?? planDoc.title,
      year: planYear(identity.id, planDoc),
    },
    sourceFile: input.file,
    document: { ...parsed.document, attachment },
    notice: { sections },
    indicators,
    items,
    departments,
    corrections: sortedCorrections,
    normalization: RULES.map((r) => ({ ...r, applied: applied[r.id] ?? 0 })),
    warnings: parsed.warnings,
  });
  if (!result.success) {
    throw new IngestError(
      result.error.issues.map((i) => ({
        file: input.file,
        line: 1,
        message: `the model does not fit the schema at ${i.path.join('.')}: ${i.message}`,
      })),
    );
  }
  return result.data;
}
