/**
 * Behaviour loaded on the reader's first interaction (see HeadScript.astro). It is built as a
 * standalone ES module, so it exposes its entry point as `window.paUi` instead of an export.
 */
import { handleCopy } from './ui/copy';
import { handleQuiz } from './ui/quiz';
import { applyFilter, sortBy } from './ui/table';
import { openSearch } from './ui/search';
import { copySectionLink, share, watchContents } from './ui/classroom';
import { toggleTheme } from './ui/theme';

declare global {
  interface Window {
    paUi?: (event: Event) => void;
  }
}

function dispatch(event: Event): void {
  // The head script forwards the first scroll of a page with a contents list.
  if (event.type === 'scroll') return watchContents();
  // The head script forwards '/' and Ctrl/Cmd+K only: both open search.
  if (event.type === 'keydown') return openSearch();
  // The search page sends its ?q= query.
  if (event instanceof CustomEvent && event.type === 'pa-search') return openSearch(String(event.detail));
  const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-pa]') : null;
  const action = target?.dataset.pa;
  if (!target || !action) return;
  if (action === 'search' && event.type === 'click') openSearch();
  else if (action === 'theme' && event.type === 'click') toggleTheme();
  else if (action === 'copy' && event.type === 'click') void handleCopy(target);
  else if (action === 'copy-link' && event.type === 'click') void copySectionLink(target);
  else if (action === 'share' && event.type === 'click') void share(target);
  else if (action === 'toc') watchContents();
  else if (action === 'quiz') handleQuiz(target, event);
  else if (action === 'sort' && event.type === 'click') sortBy(target);
  else if (action === 'table' && (event.type === 'input' || event.type === 'change'))
    applyFilter(target.closest<HTMLElement>('[data-table]') ?? target);
}

window.paUi = dispatch;

// A printed lesson carries the date it was printed (public/styles/print.css shows it), written
// just before printing only: the first toLocaleDateString loads the locale's date data, 37 ms of
// main thread here (150 ms under 4x CPU throttling), which, run when this module loads, made the
// reader's first scroll or click on every lesson a long task.
window.addEventListener('beforeprint', () => {
  for (const el of document.querySelectorAll('[data-print-date]'))
    el.textContent = new Date().toLocaleDateString(document.documentElement.lang);
});
