/**
 * Matrix interaction (progressive: without it the rows stay in pinyin order):
 * row order by name, total or similarity, kept in the URL (?order=total).
 */
import { getParam, setParams } from './client-util.ts';

const ORDERS = ['name', 'total', 'similar'];
const root = document.querySelector<HTMLElement>('[data-matrix]');
if (root) init(root);

function init(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('.mx-order');
  const cellH = Number(root.dataset.cellH) || 26;
  const svgRows = [...root.querySelectorAll<SVGGElement>('g.r[data-o]')];
  const tbody = root.querySelector<HTMLTableSectionElement>('tbody[data-rows]');
  const status = root.querySelector<HTMLElement>('[data-status]');

  const apply = (order: string) => {
    const k = Math.max(0, ORDERS.indexOf(order));
    const rank = (el: Element) => Number((el.getAttribute('data-o') ?? '').split(' ')[k]);
    for (const g of svgRows) g.setAttribute('transform', `translate(0,${rank(g) * cellH})`);
    if (tbody) {
      const trs = [...tbody.querySelectorAll<HTMLTableRowElement>('tr[data-o]')];
      trs.sort((a, b) => rank(a) - rank(b));
      tbody.append(...trs);
    }
    const label = form?.querySelector(`input[value="${ORDERS[k]}"]`)?.closest('label');
    if (status && label) status.textContent = `行${label.textContent?.trim()}排列`;
  };

  if (!form) return;
  const initial = ORDERS.includes(getParam('order') ?? '') ? getParam('order')! : 'name';
  const radio = form.querySelector<HTMLInputElement>(`input[value="${initial}"]`);
  if (radio) radio.checked = true;
  // The rows are built in name order; only a shared URL's other order has rows to move on load.
  if (initial !== 'name') apply(initial);
  form.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    setParams({ order: input.value === 'name' ? null : input.value });
    apply(input.value);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
}
