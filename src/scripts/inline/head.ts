/**
 * The only script that runs before the reader interacts (inlined in every page's <head> by
 * HeadScript.astro, minified at build). It applies a saved theme before first paint, marks the
 * page as scripted, remembers a language switch, and loads the UI module (data-ui on its <script>)
 * on the first interaction that needs it (the theme toggle too: ui/theme.ts).
 */
import { langKey, themeKey } from './storage-keys';

declare global {
  interface Window {
    paUi?: (event: Event) => void;
  }
}

const doc = document;
const html = doc.documentElement;
const uiModule = doc.currentScript!.dataset.ui!;
// Unset when storage is blocked; using it then throws inside the try that guards each use.
let storage: Storage | undefined;
try {
  storage = localStorage;
  const saved = storage.getItem(themeKey);
  if (saved === 'dark' || saved === 'light') html.dataset.theme = saved;
} catch {
  // Storage can be blocked (private modes, strict settings): the theme then follows the system.
}
html.classList.add('js');

/**
 * Opening search focuses a bare input (#pa-q) at once, so no key typed before the search module is
 * ready is lost: search.ts takes the input over, with what was typed and whether Enter was pressed.
 */
const focusSearchInput = () => {
  let input = doc.getElementById('pa-q') as HTMLInputElement | null;
  if (!input) {
    const bare = doc.createElement('input');
    bare.id = 'pa-q';
    // Named like the header's search button (in the page's language), until search.ts takes over.
    bare.setAttribute('aria-label', doc.querySelector('[data-pa=search] .hdr-text')?.textContent ?? '');
    bare.style.cssText = 'position:fixed;top:0;opacity:0';
    bare.onkeydown = (event) => {
      if (event.key === 'Enter') bare.dataset.enter = '1';
    };
    doc.body.append(bare);
    input = bare;
  }
  input.focus();
};

const loadUi = (event: Event) => import(uiModule).then(() => window.paUi?.(event));
// Events can target the document itself, which has no closest().
const actionOf = (event: Event) => (event.target as Element).closest?.<HTMLElement>('[data-pa]');

doc.addEventListener('click', (event) => {
  const target = actionOf(event);
  if (!target) return;
  const action = target.dataset.pa;
  if (action === 'lang') {
    // Keep the page's state (query, section) and remember the choice for the root page.
    const link = target as HTMLAnchorElement;
    link.search = location.search;
    link.hash = location.hash;
    try {
      storage!.setItem(langKey, link.hreflang);
    } catch {
      // Not saved: the root page then goes by the browser's languages.
    }
  } else {
    if (action === 'search') focusSearchInput();
    void loadUi(event);
  }
});

for (const type of ['change', 'input']) {
  doc.addEventListener(type, (event) => {
    if (actionOf(event)) void loadUi(event);
  });
}

// A lesson's contents list marks the section being read (ui/classroom.ts): start it on the first scroll.
doc.addEventListener('scroll', (event) => doc.querySelector('[data-pa="toc"]') && void loadUi(event), { once: true, passive: true });

// "/" and Ctrl/Cmd+K open search, except while typing in a field.
doc.addEventListener('keydown', (event) => {
  const target = event.target;
  const typing = (target as Element).closest?.('input,textarea,select,[contenteditable]');
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing;
  const ctrlK = event.key === 'k' && (event.ctrlKey || event.metaKey);
  if (slash || ctrlK) {
    event.preventDefault();
    focusSearchInput();
    void loadUi(event);
  }
});
