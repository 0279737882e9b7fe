/**
 * The root page's redirect (inlined by src/pages/index.astro, minified at build): a language the
 * reader chose earlier with the switcher wins, then the browser's languages (pickLang). The deploy
 * base comes from data-base on the <script>.
 */
import { isLang, pickLang } from '../../lib/locales';
import { homeUrl } from '../../lib/urls';
import { langKey } from './storage-keys';

let chosen: string | null = null;
try {
  chosen = localStorage.getItem(langKey);
} catch {
  // Storage can be blocked: go by the browser's languages.
}
const lang = isLang(chosen) ? chosen : pickLang(navigator.languages ?? []);
location.replace(homeUrl(lang, document.currentScript?.dataset.base ?? '/'));
