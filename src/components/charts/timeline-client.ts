/**
 * Timeline interaction (progressive: the page is complete without it):
 * - filters by department and indicator, kept in the URL (?department=<slug>&indicator=<slug>);
 * - hover or keyboard focus on a mark shows the item's title and units (read from the table);
 * - arrow keys move between the visible marks, Escape hides the tip.
 */
import { getParam, selectValue, setParams } from './client-util.ts';

const root = document.querySelector<HTMLElement>('[data-timeline]');
if (root) init(root);

function init(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('.tl-filters');
  const dept = root.querySelector<HTMLSelectElement>('select[name="department"]');
  const ind = root.querySelector<HTMLSelectElement>('select[name="indicator"]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const tip = root.querySelector<HTMLElement>('.tl-tip');
  const marks = [...root.querySelectorAll<SVGAElement>('a.mk')];
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-n]')];
  const rowOf = new Map(rows.map((r) => [r.dataset.n, r]));

  // The SVG <title> is the no-script tooltip; with script the richer tip replaces it.
  for (const m of marks) {
    const t = m.querySelector('title');
    if (t) {
      m.setAttribute('aria-label', t.textContent ?? '');
      t.remove();
    }
    m.setAttribute('aria-describedby', 'tl-tip');
  }

  const apply = () => {
    if (!dept || !ind) return;
    const d = dept.selectedIndex - 1;
    const i = ind.selectedOptions[0]?.dataset.i ?? '';
    let shown = 0;
    for (const m of marks) {
      const ok =
        (i === '' || m.dataset.i === i) &&
        (d < 0 || (m.dataset.d ?? '').split(' ').includes(String(d)));
      m.classList.toggle('dim', !ok);
      if (ok) {
        m.removeAttribute('tabindex');
        m.removeAttribute('aria-hidden');
        shown++;
      } else {
        m.setAttribute('tabindex', '-1');
        m.setAttribute('aria-hidden', 'true');
      }
      const row = rowOf.get(m.dataset.n);
      if (row) row.hidden = !ok;
    }
    for (const body of root.querySelectorAll<HTMLElement>('tbody[data-group]')) {
      body.hidden = body.querySelector('tr[data-n]:not([hidden])') === null;
    }
    if (status) {
      status.textContent =
        d < 0 && i === '' ? `共 ${marks.length} 项` : `显示 ${shown} / ${marks.length} 项`;
    }
  };

  if (form && dept && ind) {
    selectValue(dept, getParam('department'));
    selectValue(ind, getParam('indicator'));
    // Everything is shown as built; only a shared URL's filter has marks to dim on load.
    if (dept.value || ind.value) apply();
    form.addEventListener('change', () => {
      setParams({ department: dept.value || null, indicator: ind.value || null });
      apply();
    });
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('reset', () => {
      setTimeout(() => {
        setParams({ department: null, indicator: null });
        apply();
      });
    });
  }

  const show = (m: SVGAElement) => {
    if (!tip) return;
    const row = rowOf.get(m.dataset.n);
    if (!row) return;
    const cell = (k: string) => row.querySelector(`[data-c="${k}"]`)?.textContent?.trim() ?? '';
    tip.replaceChildren();
    const head = document.createElement('strong');
    head.textContent = `第${m.dataset.n}项 ${cell('title')}`;
    tip.append(head);
    for (const [k, label] of [
      ['deadline', '完成时限'],
      ['lead', '牵头单位'],
      ['responsible', '责任单位'],
    ] as const) {
      const v = cell(k);
      if (!v) continue;
      const p = document.createElement('p');
      p.textContent = `${label}：${v}`;
      tip.append(p);
    }
    tip.hidden = false;
    const box = (tip.offsetParent ?? root).getBoundingClientRect();
    const r = m.getBoundingClientRect();
    const left = Math.min(r.left - box.left, box.width - tip.offsetWidth - 4);
    tip.style.left = `${Math.max(0, left)}px`;
    tip.style.top = `${r.bottom - box.top + 6}px`;
  };
  const hide = () => {
    if (tip) tip.hidden = true;
  };

  for (const m of marks) {
    m.addEventListener('pointerenter', () => show(m));
    m.addEventListener('pointerleave', hide);
    m.addEventListener('focus', () => show(m));
    m.addEventListener('blur', hide);
  }

  root.addEventListener('keydown', (e) => {
    const current = e.target instanceof Element ? e.target.closest('a.mk') : null;
    if (!(current instanceof SVGAElement)) return;
    if (e.key === 'Escape') {
      hide();
      return;
    }
    const visible = marks.filter((m) => !m.classList.contains('dim'));
    const at = visible.indexOf(current);
    let next: SVGAElement | undefined;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = visible[at + 1];
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = visible[at - 1];
    else if (e.key === 'Home') next = visible[0];
    else if (e.key === 'End') next = visible[visible.length - 1];
    else return;
    e.preventDefault();
    next?.focus();
  });
}
