/**
 * Inline loader of an interactive diagram (see src/components/interactives/Upgrade.astro): imports
 * the element's module (data-src of this <script>) once one of its elements (data-tag) comes within
 * 400 px of the viewport or is first focused or touched (with data-when="interaction": only focused,
 * touched or dragged over). One script, one CSP hash, for every diagram.
 */
const script = document.currentScript as HTMLScriptElement | null;
const src = script?.dataset.src;
const tag = script?.dataset.tag;
if (src && tag) {
  let started = false;
  const load = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    void import(/* @vite-ignore */ src);
  };
  const observer =
    script?.dataset.when === 'interaction'
      ? undefined
      : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '400px 0px' });
  for (const el of document.querySelectorAll(tag)) {
    observer?.observe(el);
    for (const type of ['focusin', 'pointerdown', 'dragenter']) el.addEventListener(type, load);
  }
}
