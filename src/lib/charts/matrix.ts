/**
 * The responsibility matrix (/matrix/): departments × indicators, each cell the number of the
 * department's items in that indicator, lead (filled) and responsible (outlined) told apart.
 *
 * Rows can be ordered by name (pinyin), by total, or by similarity of their indicator profiles;
 * every order is computed here and carried as ranks so a small script can switch between them.
 * A plan 100× larger keeps a bounded page: at most `maxRows` departments (the busiest; the rest
 * summed in one row linking to the department index) and at most `maxCols` indicators (the rest
 * summed in one column linking to the indicator index).
 *
 * The SVG comes in three pieces (column heads, row labels, body) so the page can keep the labels
 * sticky while the body scrolls. Pure.
 */
import type { Model } from '../../schemas/model.ts';
import { countRoles, type Count } from '../counts.ts';
import { planPaths, withBase } from '../paths.ts';
import { similarityOrder } from './cluster.ts';
import { byName } from './roles.ts';
import { el, text, translate } from './svg.ts';

export type MatrixOrder = 'name' | 'total' | 'similar';
export const MATRIX_ORDERS: MatrixOrder[] = ['name', 'total', 'similar'];

export interface MatrixOptions {
  base: string;
  /** Most department rows shown; the rest are summed into one row. */
  maxRows?: number;
  /** Most indicator columns shown; the rest are summed into one column. */
  maxCols?: number;
}

export interface MatrixCol {
  key: string;
  /** Indicator number, or null for the "other indicators" column. */
  number: number | null;
  title: string;
  href: string;
  /** The anchor on a department page: "indicator-<slug>", or null. */
  anchor: string | null;
}

export interface MatrixRow {
  name: string;
  href: string;
  /** Null for the summed "other departments" row. */
  slug: string | null;
  cells: Count[];
  total: Count;
  /** Items naming the department at all (an item counts once per row). */
  items: number;
  /** Position of the row in each order (0-based). */
  rank: Record<MatrixOrder, number>;
}

export interface MatrixView {
  cols: MatrixCol[];
  /** Rows in name (pinyin) order; the summed row, if any, last. */
  rows: MatrixRow[];
  hiddenRows: number;
  hiddenCols: number;
  svg: { head: string; labels: string; body: string };
  size: { labelWidth: number; headHeight: number; bodyWidth: number; bodyHeight: number };
}

export const CELL_W = 40;
export const CELL_H = 26;
const LABEL_CHARS = 11;
const FONT = 12;

/** Ranks of `n` rows for each order, given the rows' totals and profiles (rows in name order). */
export function rowRanks(totals: number[], profiles: number[][]): Record<MatrixOrder, number[]> {
  const n = totals.length;
  const byTotal = [...Array(n).keys()].sort((a, b) => totals[b]! - totals[a]! || a - b);
  const similar = similarityOrder(profiles);
  const rank = (order: number[]) => {
    const r = new Array<number>(n);
    order.forEach((row, pos) => (r[row] = pos));
    return r;
  };
  return { name: [...Array(n).keys()], total: rank(byTotal), similar: rank(similar) };
}

export function buildMatrix(model: Model, options: MatrixOptions): MatrixView {
  const { base, maxRows = 120, maxCols = 30 } = options;
  const counts = countRoles(model.items);
  const itemCount = new Map<number, number>();
  for (const i of model.items) itemCount.set(i.indicator, (itemCount.get(i.indicator) ?? 0) + 1);

  // Columns: every indicator, or the busiest maxCols − 1 (in plan order) and one summed column.
  let shown = model.indicators;
  let hiddenCols = 0;
  if (model.indicators.length > maxCols) {
    const keep = new Set(
      [...model.indicators]
        .sort(
          (a, b) =>
            (itemCount.get(b.number) ?? 0) - (itemCount.get(a.number) ?? 0) || a.number - b.number,
        )
        .slice(0, maxCols - 1)
        .map((i) => i.number),
    );
    shown = model.indicators.filter((i) => keep.has(i.number));
    hiddenCols = model.indicators.length - shown.length;
  }
  const colIndex = new Map(shown.map((ind, i) => [ind.number, i]));
  const cols: MatrixCol[] = shown.map((ind) => ({
    key: String(ind.number),
    number: ind.number,
    title: ind.title,
    href: withBase(base, planPaths(model.plan).indicator(ind.slug)),
    anchor: `indicator-${ind.slug}`,
  }));
  if (hiddenCols > 0) {
    cols.push({
      key: 'other',
      number: null,
      title: `其他${hiddenCols}个指标`,
      href: withBase(base, planPaths(model.plan).indicators()),
      anchor: null,
    });
  }
  const otherCol = hiddenCols > 0 ? cols.length - 1 : -1;

  // Rows: departments named by at least one item.
  const bySlug = new Map(model.departments.map((d) => [d.name, d]));
  type Raw = { name: string; slug: string | null; cells: Count[]; total: Count; items: number };
  const raw: Raw[] = [];
  for (const [name, row] of counts) {
    const cells = cols.map(() => ({ lead: 0, responsible: 0 }));
    const total = { lead: 0, responsible: 0 };
    for (const [ind, c] of row) {
      const ci = colIndex.get(ind) ?? otherCol;
      if (ci < 0) continue;
      cells[ci]!.lead += c.lead;
      cells[ci]!.responsible += c.responsible;
      total.lead += c.lead;
      total.responsible += c.responsible;
    }
    raw.push({
      name,
      slug: bySlug.get(name)?.slug ?? null,
      cells,
      total,
      items: total.lead + total.responsible,
    });
  }
  raw.sort((a, b) => byName(a.name, b.name));
  let rowsRaw = raw;
  let hiddenRows = 0;
  let other: Raw | null = null;
  if (raw.length > maxRows) {
    const keep = new Set(
      [...raw]
        .sort((a, b) => b.items - a.items || byName(a.name, b.name))
        .slice(0, maxRows)
        .map((r) => r.name),
    );
    rowsRaw = raw.filter((r) => keep.has(r.name));
    const rest = raw.filter((r) => !keep.has(r.name));
    hiddenRows = rest.length;
    other = {
      name: `其余${hiddenRows}个部门`,
      slug: null,
      cells: cols.map((_, ci) => ({
        lead: rest.reduce((s, r) => s + r.cells[ci]!.lead, 0),
        responsible: rest.reduce((s, r) => s + r.cells[ci]!.responsible, 0),
      })),
      total: {
        lead: rest.reduce((s, r) => s + r.total.lead, 0),
        responsible: rest.reduce((s, r) => s + r.total.responsible, 0),
      },
      items: rest.reduce((s, r) => s + r.items, 0),
    };
  }
  const ranks = rowRanks(
    rowsRaw.map((r) => r.items),
    rowsRaw.map((r) => r.cells.map((c) => c.lead + c.responsible)),
  );
  const rows: MatrixRow[] = rowsRaw.map((r, i) => ({
    ...r,
    href: r.slug
      ? withBase(base, planPaths(model.plan).department(r.slug))
      : withBase(base, planPaths(model.plan).departments()),
    rank: { name: ranks.name[i]!, total: ranks.total[i]!, similar: ranks.similar[i]! },
  }));
  if (other) {
    const last = rows.length;
    rows.push({
      ...other,
      href: withBase(base, planPaths(model.plan).departments()),
      rank: { name: last, total: last, similar: last },
    });
  }
  return { cols, rows, hiddenRows, hiddenCols, ...draw(cols, rows) };
}

/** Cuts a name to `LABEL_CHARS` characters, with "…" when cut. */
export function shortName(name: string, max = LABEL_CHARS): string {
  const chars = [...name];
  return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`;
}

function countLabel(c: Count): string {
  const parts = [];
  if (c.lead) parts.push(`牵头 ${c.lead} 项`);
  if (c.responsible) parts.push(`责任 ${c.responsible} 项`);
  return parts.join('，') || '无';
}

/**
 * One cell's marks: a filled box for lead, an outlined box for responsible, numbers inside
 * (centred by the body's inherited text-anchor="middle").
 */
export function cellMarks(c: Count, x: number, w = CELL_W, h = CELL_H): string {
  const pad = 3;
  const boxH = h - 2 * pad;
  const parts: string[] = [];
  const both = c.lead > 0 && c.responsible > 0;
  const half = (w - 2 * pad) / 2;
  if (c.lead > 0) {
    const bw = both ? half - 1 : w - 2 * pad;
    parts.push(el('rect', { class: 'ld', x: x + pad, y: pad, width: bw, height: boxH, rx: 3 }));
    parts.push(el('text', { class: 'lt', x: x + pad + bw / 2, y: h / 2 + 4 }, text(c.lead)));
  }
  if (c.responsible > 0) {
    const bx = both ? x + pad + half + 1 : x + pad;
    const bw = both ? half - 1 : w - 2 * pad;
    parts.push(
      el('rect', {
        class: 'rs',
        x: bx + 0.75,
        y: pad + 0.75,
        width: bw - 1.5,
        height: boxH - 1.5,
        rx: 3,
      }),
    );
    parts.push(el('text', { x: bx + bw / 2, y: h / 2 + 4 }, text(c.responsible)));
  }
  return parts.join('');
}

function draw(cols: MatrixCol[], rows: MatrixRow[]): Pick<MatrixView, 'svg' | 'size'> {
  const longest = Math.max(4, ...rows.map((r) => [...shortName(r.name)].length));
  const labelWidth = longest * FONT + 16;
  const titleChars = Math.max(2, ...cols.map((c) => [...c.title].length));
  const headHeight = 24 + titleChars * (FONT + 1) + 8;
  const bodyWidth = (cols.length + 1) * CELL_W;
  const bodyHeight = rows.length * CELL_H;

  const rowAttrs = (r: MatrixRow) => ({
    class: 'r',
    'data-o': `${r.rank.name} ${r.rank.total} ${r.rank.similar}`,
    transform: translate(0, r.rank.name * CELL_H),
  });

  // Column heads: number, then the title written vertically.
  const head = cols.map((c, i) =>
    el(
      'a',
      { href: c.href },
      el('title', {}, text(c.number ? `${c.number}. ${c.title}` : c.title)),
      el('rect', {
        class: 'hit',
        x: i * CELL_W + 2,
        y: 2,
        width: CELL_W - 4,
        height: headHeight - 4,
        rx: 3,
      }),
      el(
        'text',
        { x: i * CELL_W + CELL_W / 2, y: 18, 'text-anchor': 'middle', 'font-weight': 'bold' },
        text(c.number ?? '…'),
      ),
      el(
        'text',
        { x: i * CELL_W + CELL_W / 2, y: 26, 'writing-mode': 'vertical-rl', class: 'vt' },
        text(c.number ? c.title : '其他'),
      ),
    ),
  );
  head.push(
    el(
      'text',
      {
        x: cols.length * CELL_W + CELL_W / 2,
        y: 18,
        'text-anchor': 'middle',
        'font-weight': 'bold',
      },
      '∑',
    ),
    el(
      'text',
      { x: cols.length * CELL_W + CELL_W / 2, y: 26, 'writing-mode': 'vertical-rl', class: 'vt' },
      '合计',
    ),
  );

  const labels = rows.map((r) =>
    el(
      'g',
      rowAttrs(r),
      el(
        'a',
        { href: r.href },
        el('title', {}, text(r.name)),
        el('rect', { class: 'hit', x: 1, y: 1, width: labelWidth - 2, height: CELL_H - 2, rx: 3 }),
        el(
          'text',
          { x: labelWidth - 8, y: CELL_H / 2 + 4, 'text-anchor': 'end' },
          text(shortName(r.name)),
        ),
      ),
    ),
  );

  const grid =
    rows.map((_, i) => `M0,${(i + 1) * CELL_H}H${bodyWidth}`).join('') +
    cols.map((_, i) => `M${(i + 1) * CELL_W},0V${bodyHeight}`).join('');
  const body = rows.map((r) => {
    const cells = r.cells.map((c, ci) => {
      if (c.lead + c.responsible === 0) return '';
      const col = cols[ci]!;
      const href = r.slug && col.anchor ? `${r.href}#${col.anchor}` : r.slug ? r.href : col.href;
      return el(
        'a',
        { href },
        el('title', {}, text(`${r.name} · ${col.title}：${countLabel(c)}`)),
        cellMarks(c, ci * CELL_W),
      );
    });
    const totalX = cols.length * CELL_W + CELL_W / 2;
    return el(
      'g',
      rowAttrs(r),
      ...cells,
      el(
        'text',
        { x: totalX, y: CELL_H / 2 + 4, 'font-weight': 'bold' },
        el('title', {}, text(`${r.name}合计：${countLabel(r.total)}`)),
        text(r.items),
      ),
    );
  });

  const svgRoot = (
    id: string,
    w: number,
    h: number,
    title: string,
    desc: string | null,
    inner: string[],
  ) =>
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: `0 0 ${w} ${h}`,
        width: w,
        height: h,
        role: 'group',
        'aria-labelledby': `${id}-title`,
        'aria-describedby': desc ? `${id}-desc` : null,
        'font-size': FONT,
        // The body's numbers are all centred in their boxes: said once here, inherited.
        'text-anchor': id === 'mx-body' ? 'middle' : null,
      },
      el('title', { id: `${id}-title` }, text(title)),
      desc ? el('desc', { id: `${id}-desc` }, text(desc)) : '',
      ...inner,
    );

  return {
    svg: {
      head: svgRoot('mx-head', bodyWidth, headHeight, '责任矩阵的指标（列）', null, head),
      labels: svgRoot('mx-labels', labelWidth, bodyHeight, '责任矩阵的部门（行）', null, labels),
      body: svgRoot(
        'mx-body',
        bodyWidth,
        bodyHeight,
        '责任矩阵：各部门在各指标下的事项数',
        `${rows.length} 行部门 × ${cols.length} 列指标。实心框内的数字为牵头的事项数，` +
          `空心框内的数字为责任（配合）的事项数；最后一列为合计。`,
        [el('path', { class: 'gl', d: grid }), ...body],
      ),
    },
    size: { labelWidth, headHeight, bodyWidth, bodyHeight },
  };
}
