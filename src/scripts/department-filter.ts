/**
 * Type-to-filter on /departments/. The full list is in the HTML; this only hides what does not
 * match (name, aliases or pinyin slug) and empty groups, and says how many are left.
 */
export function setupDepartmentFilter(): void {
  const box = document.querySelector<HTMLElement>('[data-dept-filter]');
  const input = box?.querySelector<HTMLInputElement>('input');
  const status = box?.querySelector<HTMLElement>('[data-dept-filter-status]');
  if (!box || !input || !status) return;
  box.hidden = false;
  const groups = [...document.querySelectorAll<HTMLElement>('[data-dept-group]')];
  const apply = () => {
    const q = input.value.trim().toLowerCase().replace(/\s+/g, '');
    let shown = 0;
    for (const group of groups) {
      let inGroup = 0;
      for (const li of group.querySelectorAll<HTMLElement>('li[data-filter-text]')) {
        const match = !q || (li.dataset.filterText ?? '').includes(q);
        li.hidden = !match;
        if (match) inGroup++;
      }
      group.hidden = inGroup === 0;
      shown += inGroup;
    }
    status.textContent = q ? `找到 ${shown} 个单位` : '';
  };
  input.addEventListener('input', apply);
  apply();
}
