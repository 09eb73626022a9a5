// Applies a saved theme choice before first paint (loaded blocking from <head>; see src/scripts/theme.ts).
try {
  var t = localStorage.getItem('theme');
  if (t === 'dark' || t === 'light') document.documentElement.dataset.theme = t;
} catch (e) {}
