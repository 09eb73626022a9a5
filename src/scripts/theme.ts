/**
 * The theme toggle. The page follows the system until the reader picks a theme; picking the one the
 * system would show anyway forgets the choice, so the page follows the system again.
 * The saved choice is applied before first paint by the inline script in Base.astro.
 */
const root = document.documentElement;
const media = window.matchMedia('(prefers-color-scheme: dark)');

function current(): 'dark' | 'light' {
  const set = root.dataset.theme;
  if (set === 'dark' || set === 'light') return set;
  return media.matches ? 'dark' : 'light';
}

/** The label (深色 or 浅色) follows the theme through the stylesheet; the tooltip says it in full. */
function sync(button: HTMLButtonElement): void {
  button.title = current() === 'dark' ? '切换到浅色主题' : '切换到深色主题';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  sync(button);
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    const system = media.matches ? 'dark' : 'light';
    try {
      if (next === system) localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
    } catch {
      /* storage may be blocked; the choice then lasts for this page only */
    }
    if (next === system) delete root.dataset.theme;
    else root.dataset.theme = next;
    sync(button);
  });
  media.addEventListener('change', () => sync(button));
}
