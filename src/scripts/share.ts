/**
 * The Share dialog (see src/components/classroom/ShareButton.astro). Built as a standalone module
 * that the UI module imports on the first press; it exposes `window.paShare`.
 */
import { qrPath } from '../lib/qr';
import shareEn from '../i18n/share.en';
import shareKo from '../i18n/share.ko';
import { fill } from '../lib/fill';
import { defaultLang, isLang, type Lang } from '../lib/locales';
import { loadShareStyles } from './ui/classroom';

declare global {
  interface Window {
    paShare?: (button: HTMLElement) => void;
  }
}

const SVG = 'http://www.w3.org/2000/svg';
let dialog: HTMLDialogElement | undefined;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The QR code of `url` as an inline SVG image named by `label`. */
function qrImage(url: string, label: string): SVGSVGElement {
  const { size, d } = qrPath(url);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.classList.add('share-qr');
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', String(size));
  bg.setAttribute('height', String(size));
  bg.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}

/** Only the Share dialog's own strings travel in this module, not the whole site's dictionaries. */
const shareStrings: Record<Lang, typeof shareEn> = { en: shareEn, ko: shareKo };

function build(url: string): HTMLDialogElement {
  const lang = document.documentElement.lang;
  const dict = shareStrings[isLang(lang) ? lang : defaultLang];
  const t = (key: keyof typeof shareEn, vars: Record<string, string> = {}) => fill(dict[key], vars);
  const d = h('dialog', { className: 'share-dialog' });
  d.setAttribute('aria-labelledby', 'share-title');
  const status = h('p', { className: 'share-status' });
  status.setAttribute('role', 'status');
  const input = h('input', { id: 'share-url', type: 'url', readOnly: true, value: url, className: 'share-url' });
  const copy = h('button', { type: 'button', className: 'btn btn-primary' }, t('share.copy'));
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(input.value).then(
      () => (status.textContent = t('section.copied')),
      () => {
        status.textContent = t('section.copyFailed');
        input.select();
      },
    );
  });
  input.addEventListener('focus', () => input.select());
  let figure: HTMLElement;
  try {
    figure = h('figure', { className: 'share-figure' }, qrImage(url, t('share.qr', { url })), h('figcaption', {}, t('share.qrHint')));
  } catch {
    figure = h('p', {}, t('share.failed'));
  }
  const size = h('button', { type: 'button', className: 'btn' }, t('share.large'));
  size.setAttribute('aria-pressed', 'false');
  size.addEventListener('click', () => {
    const large = d.classList.toggle('share-large');
    size.setAttribute('aria-pressed', String(large));
  });
  const close = h('button', { type: 'button', className: 'btn' }, t('share.close'));
  close.addEventListener('click', () => d.close());
  d.addEventListener('click', (event) => {
    if (event.target === d) d.close();
  });
  d.append(
    h('h2', { id: 'share-title', className: 'share-title' }, t('share.title')),
    h('label', { htmlFor: 'share-url' }, t('share.url')),
    h('div', { className: 'share-row' }, input, copy),
    status,
    figure,
    h('div', { className: 'share-row' }, size, close),
  );
  return d;
}

/** Opens the dialog for what is on screen now: the page, its #section and its query (diagram state). */
async function openShare(button: HTMLElement): Promise<void> {
  await loadShareStyles();
  dialog?.remove();
  dialog = build(location.href);
  dialog.addEventListener('close', () => button.focus(), { once: true });
  document.body.append(dialog);
  dialog.showModal();
  dialog.querySelector<HTMLButtonElement>('.btn-primary')?.focus();
}

window.paShare = (button) => void openShare(button);
