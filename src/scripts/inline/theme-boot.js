(() => {
  // Lets CSS hide no-JavaScript fallbacks before first paint (no layout shift).
  document.documentElement.classList.add('js');
  try {
    const theme = localStorage.getItem('theme');
    if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
  } catch {}
})();
