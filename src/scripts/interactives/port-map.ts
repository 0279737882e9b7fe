/**
 * <pa-port-map> in the browser: reads each number's status from the map picture already in the
 * page, draws overlays and the selection on a canvas laid over it, moves the selection by keyboard
 * and pointer, and fills the zoomed view of the selected block. Loaded by Upgrade.astro.
 */
import mapEn from '../../i18n/map.en';
import mapKo from '../../i18n/map.ko';
import { parsePort } from '../../lib/parse-port';
import { blockOf, rangeOf } from '../../lib/ranges';
import { blockUrl, portMapBlockUrl, portUrl } from '../../lib/urls';
import {
  MAP_COLUMNS,
  cellOf,
  describePort,
  mapFromQuery,
  mapQuery,
  mapStatuses,
  moveBy,
  overlayIds,
  overlays,
  portAt,
  statusColours,
  type BlockData,
  type MapState,
  type MapStatus,
} from '../../lib/port-map';
import { announce, make, pageLang, showNote, translator, writeQuery } from './common';

const lang = pageLang();
const say = translator(lang === 'ko' ? mapKo : mapEn);
// Overlay tints: purple, teal and magenta, apart from the status colours (blues and orange) below them.
const overlayColours = ['rgba(120, 40, 170, 0.3)', 'rgba(0, 130, 130, 0.3)', 'rgba(200, 30, 110, 0.25)'];

/** Reads the status of every number from the map picture (one pixel per port, palette colours). */
function readStatuses(img: HTMLImageElement): Uint8Array<ArrayBuffer> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = MAP_COLUMNS;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const statuses = new Uint8Array(MAP_COLUMNS * MAP_COLUMNS);
  if (!ctx) return statuses;
  ctx.drawImage(img, 0, 0);
  const { data } = ctx.getImageData(0, 0, MAP_COLUMNS, MAP_COLUMNS);
  const palette = mapStatuses.map((s) => statusColours[s]);
  for (let i = 0; i < statuses.length; i++) {
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach(([r, g, b], code) => {
      const d = Math.abs(data[i * 4]! - r) + Math.abs(data[i * 4 + 1]! - g) + Math.abs(data[i * 4 + 2]! - b);
      if (d < bestDistance) [best, bestDistance] = [code, d];
    });
    statuses[i] = best;
  }
  return statuses;
}

class PortMap extends HTMLElement {
  private state!: MapState;
  private statuses: Uint8Array<ArrayBuffer> = new Uint8Array(0);
  private blocks = new Map<number, Promise<BlockData | undefined>>();
  private canvas!: HTMLCanvasElement;

  connectedCallback(): void {
    const img = this.querySelector<HTMLImageElement>('.pa-map-img');
    const canvas = this.querySelector<HTMLCanvasElement>('canvas');
    if (!img || !canvas) return;
    this.canvas = canvas;
    const { state, notes } = mapFromQuery(location.search);
    this.state = state;
    showNote(this.querySelector('[data-note]'), notes.length ? notes.map(say).join(' ') : undefined);
    const radio = this.querySelector<HTMLInputElement>(`input[name="overlay"][value="${state.overlay ?? ''}"]`);
    if (radio) radio.checked = true;
    const input = this.querySelector<HTMLInputElement>('#map-port');
    if (input) input.value = String(state.port);
    const start = () => {
      this.statuses = readStatuses(img);
      this.select(state.port, false);
    };
    if (img.complete && img.naturalWidth > 0) start();
    else img.addEventListener('load', start, { once: true });

    canvas.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        location.assign(this.href(this.state.port));
        return;
      }
      const to = moveBy(this.state.port, event.key);
      if (to === undefined) return;
      event.preventDefault();
      this.select(to, true);
    });
    canvas.addEventListener('pointerdown', (event) => {
      const box = canvas.getBoundingClientRect();
      this.select(portAt((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height), true);
    });
    this.querySelector('fieldset')?.addEventListener('change', (event) => {
      const value = event.target instanceof HTMLInputElement ? event.target.value : '';
      this.state.overlay = (overlayIds as string[]).includes(value) ? (value as MapState['overlay']) : undefined;
      this.draw();
      announce(
        this.querySelector('[data-live]'),
        `${say('map.overlay')}: ${say(this.state.overlay ? `map.overlay.${this.state.overlay}` : 'map.overlay.none')}`,
      );
      writeQuery(mapQuery(this.state));
    });
    this.querySelector('[data-goto]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const parsed = parsePort(input?.value ?? '');
      showNote(this.querySelector('[data-error]'), parsed.ok ? undefined : say('map.invalid'));
      input?.setAttribute('aria-invalid', String(!parsed.ok));
      if (parsed.ok) this.select(parsed.port, true);
      else announce(this.querySelector('[data-live]'), say('map.invalid'));
    });
  }

  private status(port: number): MapStatus {
    return mapStatuses[this.statuses[port] ?? 0] ?? 'unassigned';
  }

  private href(port: number): string {
    const data = this.blocks.get(blockOf(port).first);
    return this.pages.has(port) || (data === undefined && this.status(port) !== 'unassigned') ? portUrl(lang, port) : blockUrl(lang, port);
  }

  private pages = new Set<number>();

  private block(first: number): Promise<BlockData | undefined> {
    let data = this.blocks.get(first);
    if (!data) {
      data = fetch(portMapBlockUrl(blockOf(first)))
        .then((r) => (r.ok ? (r.json() as Promise<BlockData>) : undefined))
        .catch(() => undefined);
      this.blocks.set(first, data);
    }
    return data;
  }

  /** Selects a port: redraw, describe it (aloud when the reader moved), fill its block, keep the address current. */
  private select(port: number, speak: boolean): void {
    this.state.port = port;
    this.draw();
    const names = (data?: BlockData) => data?.names[port] ?? [];
    const text = (data?: BlockData) => describePort(port, this.status(port), names(data)).map(say).join(', ');
    this.canvas.setAttribute('aria-valuenow', String(port));
    this.canvas.setAttribute('aria-valuetext', text());
    const describe = this.querySelector('[data-describe]');
    if (describe) describe.textContent = text();
    if (speak) announce(this.querySelector('[data-live]'), text());
    const input = this.querySelector<HTMLInputElement>('#map-port');
    if (input && document.activeElement !== input) input.value = String(port);
    writeQuery(mapQuery(this.state));
    const first = blockOf(port).first;
    void this.block(first).then((data) => {
      if (this.state.port !== port) return;
      for (const p of data?.pages ?? []) this.pages.add(p);
      const full = text(data);
      this.canvas.setAttribute('aria-valuetext', full);
      if (describe) describe.textContent = full;
      if (speak && names(data).length > 0) announce(this.querySelector('[data-live]'), full);
      const open = this.querySelector<HTMLAnchorElement>('[data-open]');
      if (open) {
        open.href = this.href(port);
        open.textContent = say({ key: this.pages.has(port) ? 'map.open' : 'map.openBlock', vars: { n: port } });
      }
      this.drawZoom(first, data);
    });
  }

  private drawZoom(first: number, data: BlockData | undefined): void {
    const list = this.querySelector('[data-zoom]');
    if (!list) return;
    const title = say({ key: 'map.block', vars: { first, last: first + MAP_COLUMNS - 1 } });
    for (const el of this.querySelectorAll('[data-zoom-title], [data-zoom-label]')) el.textContent = title;
    if (list.getAttribute('data-first') !== String(first)) {
      list.setAttribute('data-first', String(first));
      const items: HTMLElement[] = [];
      if (!data) items.push(make('li', '', say('map.loadFailed')));
      for (let port = first; data && port < first + MAP_COLUMNS; port++) {
        const li = make('li', `pa-z pa-z-${this.status(port)}`);
        li.dataset.port = String(port);
        const label = [String(port), (data.names[port] ?? []).join(', ')].filter(Boolean).join(' ');
        if (data.pages.includes(port)) {
          const a = make('a', '', label);
          a.href = portUrl(lang, port);
          li.append(a);
        } else li.textContent = label;
        items.push(li);
      }
      list.replaceChildren(...items);
    }
    list.querySelector('[aria-current]')?.removeAttribute('aria-current');
    const current = list.querySelector<HTMLElement>(`[data-port="${this.state.port}"]`);
    if (current) {
      current.setAttribute('aria-current', 'true');
      const top = (list.firstElementChild as HTMLElement | null)?.offsetTop ?? 0;
      list.scrollTop = current.offsetTop - top - list.clientHeight / 2;
    }
  }

  /** Overlays and the selection, on a 512 x 512 canvas (2 x 2 pixels per port) over the picture. */
  private draw(): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const scale = this.canvas.width / MAP_COLUMNS;
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const spans = this.state.overlay ? overlays[this.state.overlay] : [];
    spans.forEach((span, i) => {
      ctx.fillStyle = overlayColours[i % overlayColours.length]!;
      for (let row = Math.floor(span.first / MAP_COLUMNS); row <= Math.floor(span.last / MAP_COLUMNS); row++) {
        const from = Math.max(span.first, row * MAP_COLUMNS) % MAP_COLUMNS;
        const to = Math.min(span.last, row * MAP_COLUMNS + MAP_COLUMNS - 1) % MAP_COLUMNS;
        ctx.fillRect(from * scale, row * scale, (to - from + 1) * scale, scale);
      }
    });
    const { row, column } = cellOf(this.state.port);
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#000';
    ctx.strokeRect(0, row * scale - 1, this.canvas.width, scale + 2);
    for (const [colour, size] of [
      ['#000', 14],
      ['#fff', 10],
    ] as const) {
      ctx.strokeStyle = colour;
      ctx.strokeRect(column * scale + scale / 2 - size / 2, row * scale + scale / 2 - size / 2, size, size);
    }
    this.dataset.range = rangeOf(this.state.port).id;
  }
}

customElements.define('pa-port-map', PortMap);
