import { themeKey } from '../inline/storage-keys';

/**
 * The theme toggle: switches between the light and dark theme (from the system's when the reader has
 * not chosen) and remembers the choice; the head script applies it on every page before first paint.
 */
export function toggleTheme(): void {
  const html = document.documentElement;
  const current = html.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const next = current === 'dark' ? 'light' : 'dark';
  html.dataset.theme = next;
  try {
    localStorage.setItem(themeKey, next);
  } catch {
    // Storage blocked (private modes, strict settings): the choice lasts for this page only.
  }
}
