/**
 * Sorting on the plan's targets page. The table is complete and grouped by indicator in the HTML;
 * this only turns the 衡量内容 and 单位 headers into buttons that sort every row (pinyin order;
 * by unit, then by value), and a 按指标 button that puts the rows back in their groups.
 */
export type SortKey = 'measure' | 'unit';

export interface RowKey {
  order: number;
  measure: string;
  unit: string;
  value: number;
}

const collator = new Intl.Collator('zh-CN');

/** The rows' `order`s sorted by `key`, ascending (1) or descending (-1); ties keep plan order. */
export function sortOrder(rows: readonly RowKey[], key: SortKey, dir: 1 | -1 = 1): number[] {
  return [...rows]
    .sort((a, b) => {
      const primary =
        key === 'unit'
          ? collator.compare(a.unit, b.unit) || a.value - b.value
          : collator.compare(a.measure, b.measure);
      return dir * primary || a.order - b.order;
    })
    .map((r) => r.order);
}

const LABELS: Record<SortKey, string> = { measure: '衡量内容', unit: '单位' };

export function setupTargetsSort(): void {
  const table = document.querySelector<HTMLTableElement>('[data-targets-table]');
  const bar = document.querySelector<HTMLElement>('[data-targets-sort]');
  const reset = bar?.querySelector<HTMLButtonElement>('[data-sort-reset]');
  const status = bar?.querySelector<HTMLElement>('[data-sort-status]');
  if (!table || !bar || !reset || !status) return;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-order]')];
  const home = new Map(rows.map((r) => [r, r.parentElement as HTMLTableSectionElement]));
  const keys: RowKey[] = rows.map((r) => ({
    order: Number(r.dataset.order),
    measure: r.dataset.measure ?? '',
    unit: r.dataset.unit ?? '',
    value: Number(r.dataset.value),
  }));
  const byOrder = new Map(rows.map((r) => [Number(r.dataset.order), r]));
  const sorted = document.createElement('tbody');
  sorted.hidden = true;
  table.append(sorted);
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
  let current: { key: SortKey; dir: 1 | -1 } | null = null;

  const show = () => {
    for (const th of headers) {
      const key = th.dataset.sortKey as SortKey;
      if (current?.key === key)
        th.setAttribute('aria-sort', current.dir === 1 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    reset.setAttribute('aria-pressed', String(current === null));
    table.classList.toggle('sorted', current !== null);
    for (const body of home.values()) body.hidden = current !== null;
    sorted.hidden = current === null;
    status.textContent = current
      ? `已按${LABELS[current.key]}${current.dir === 1 ? '升序' : '降序'}排列全部 ${rows.length} 个目标`
      : '';
  };

  for (const th of headers) {
    const key = th.dataset.sortKey as SortKey;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent?.trim() ?? LABELS[key];
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      current = { key, dir: current?.key === key ? (current.dir === 1 ? -1 : 1) : 1 };
      for (const order of sortOrder(keys, key, current.dir)) sorted.append(byOrder.get(order)!);
      show();
    });
  }
  reset.addEventListener('click', () => {
    current = null;
    for (const r of rows) home.get(r)!.append(r);
    show();
  });
  bar.hidden = false;
  show();
}
