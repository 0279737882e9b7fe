/**
 * <pa-port-map> in the browser: reads the statuses it needs from the map picture already in the
 * page (one row of 256 at a time, when first needed), draws overlays and the selection on a canvas
 * laid over it, moves the selection by keyboard and pointer, and fills the zoomed view of the
 * selected block. Loaded by Upgrade.astro. Sets data-ready once its first frame is drawn.
 *
 * Each step stays short so keys and pointer never wait: the canvas repaints only the rows the
 * selection leaves and enters, an overlay is a few rectangles, and the zoomed view reuses its 256
 * rows and fills them a chunk a frame (the selected one first), so input is handled in between.
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
  spanRects,
  statusCodesOf,
  type BlockData,
  type MapState,
  type MapStatus,
} from '../../lib/port-map';
import { announce, make, pageLang, showNote, translator, writeQuery } from './common';

const lang = pageLang();
const say = translator(lang === 'ko' ? mapKo : mapEn);
// Overlay tints: purple, teal and magenta, apart from the status colours (blues and orange) below them.
const overlayColours = ['rgba(120, 40, 170, 0.3)', 'rgba(0, 130, 130, 0.3)', 'rgba(200, 30, 110, 0.25)'];
/** The selection's marks (canvas pixels): a ring around the cell and the outline of its row. */
const ringSizes = [14, 10];
const lineWidth = 2;
/** How far the marks reach from the selected cell's centre, plus a pixel for anti-aliasing. */
const markReach = ringSizes[0]! / 2 + lineWidth / 2 + 1;
/** Rows of the zoomed view filled per task. */
const zoomChunk = 32;

/**
 * Waits for the next frame, so the browser handles input and lays out each chunk of rows in its own
 * frame: chunks filled back to back (scheduler.yield, setTimeout) would all be laid out in one long task.
 */
function nextFrame(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => done()));
}

/** Index ranges of a list of `count` filled `size` at a time, the chunk around `around` first. */
function chunksAround(around: number, count: number, size: number): [number, number][] {
  const start = Math.min(Math.max(0, around - size / 2), count - size);
  const chunks: [number, number][] = [[start, start + size]];
  for (let i = 0; i < start; i += size) chunks.push([i, Math.min(start, i + size)]);
  for (let i = start + size; i < count; i += size) chunks.push([i, Math.min(count, i + size)]);
  return chunks;
}

class PortMap extends HTMLElement {
  private state!: MapState;
  private img!: HTMLImageElement;
  private canvas!: HTMLCanvasElement;
  /** The map picture drawn once on a canvas the statuses are read back from; null: not readable yet. */
  private picture: CanvasRenderingContext2D | null = null;
  /** Status codes per row of the map, read when first needed. */
  private statusRows: Uint8Array<ArrayBuffer>[] = [];
  private blocks = new Map<number, Promise<BlockData | undefined>>();
  private pages = new Set<number>();
  /** The row the selection was last drawn on. */
  private drawnRow: number | undefined;
  /** The zoomed view's 256 rows, made once and refilled for each block. */
  private zoomRows: HTMLLIElement[] = [];
  /** Bumped for each block the zoomed view starts filling, so an older fill stops. */
  private zoomFill = 0;
  /** Whether the zoomed view will scroll to its marked row before the next frame. */
  private scrollPending = false;

  connectedCallback(): void {
    const img = this.querySelector<HTMLImageElement>('.pa-map-img');
    const canvas = this.querySelector<HTMLCanvasElement>('canvas');
    if (!img || !canvas) return;
    this.img = img;
    this.canvas = canvas;
    const { state, notes } = mapFromQuery(location.search);
    this.state = state;
    showNote(this.querySelector('[data-note]'), notes.length ? notes.map(say).join(' ') : undefined);
    const radio = this.querySelector<HTMLInputElement>(`input[name="overlay"][value="${state.overlay ?? ''}"]`);
    if (radio) radio.checked = true;
    const input = this.querySelector<HTMLInputElement>('#map-port');
    if (input) input.value = String(state.port);
    const start = () => {
      this.select(state.port, false);
      this.dataset.ready = '';
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
      this.paint();
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

  /** A port's status, read from its row of the map picture ("unassigned" until the picture has loaded). */
  private status(port: number): MapStatus {
    const { row, column } = cellOf(port);
    let codes = this.statusRows[row];
    if (!codes) {
      if (!this.picture) {
        if (!this.img.complete || this.img.naturalWidth === 0) return 'unassigned';
        const reader = document.createElement('canvas');
        reader.width = reader.height = MAP_COLUMNS;
        this.picture = reader.getContext('2d', { willReadFrequently: true });
        this.picture?.drawImage(this.img, 0, 0);
      }
      if (!this.picture) return 'unassigned';
      codes = this.statusRows[row] = statusCodesOf(this.picture.getImageData(0, row, MAP_COLUMNS, 1).data);
    }
    return mapStatuses[codes[column] ?? 0] ?? 'unassigned';
  }

  private href(port: number): string {
    const data = this.blocks.get(blockOf(port).first);
    return this.pages.has(port) || (data === undefined && this.status(port) !== 'unassigned') ? portUrl(lang, port) : blockUrl(lang, port);
  }

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
    this.drawSelection();
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
    // The block's names and the zoomed view come in a task of their own, so the first frame and
    // each key press stay short (starting the fetch alone cost as much as drawing the selection).
    setTimeout(
      () =>
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
          void this.drawZoom(first, data);
        }),
    );
  }

  /** The zoomed view of a block: its title, its 256 rows (refilled only for a new block), the selected row marked. */
  private async drawZoom(first: number, data: BlockData | undefined): Promise<void> {
    const list = this.querySelector<HTMLElement>('[data-zoom]');
    if (!list) return;
    const title = say({ key: 'map.block', vars: { first, last: first + MAP_COLUMNS - 1 } });
    for (const el of this.querySelectorAll('[data-zoom-title], [data-zoom-label]')) el.textContent = title;
    if (list.dataset.first !== String(first)) {
      list.dataset.first = String(first);
      const fill = ++this.zoomFill;
      if (!data) {
        this.zoomRows = [];
        list.removeAttribute('aria-busy');
        list.replaceChildren(make('li', '', say('map.loadFailed')));
        return;
      }
      if (this.zoomRows.length === 0) {
        this.zoomRows = Array.from({ length: MAP_COLUMNS }, () => make('li', 'pa-z'));
        list.replaceChildren(...this.zoomRows);
      }
      const pages = new Set(data.pages);
      list.setAttribute('aria-busy', 'true');
      for (const [index, [from, to]] of chunksAround(this.state.port - first, MAP_COLUMNS, zoomChunk).entries()) {
        if (index > 0) {
          await nextFrame();
          if (fill !== this.zoomFill) return;
        }
        for (let i = from; i < to; i++) this.fillZoomRow(this.zoomRows[i]!, first + i, data, pages);
        if (index === 0) this.markZoom(list, first);
      }
      list.removeAttribute('aria-busy');
    }
    this.markZoom(list, first);
  }

  /** One row of the zoomed view: the number's status colour, the number and its names, linked when it has a page. */
  private fillZoomRow(li: HTMLLIElement, port: number, data: BlockData, pages: Set<number>): void {
    li.className = `pa-z pa-z-${this.status(port)}`;
    const label = [String(port), (data.names[port] ?? []).join(', ')].filter(Boolean).join(' ');
    if (!pages.has(port)) {
      li.textContent = label;
      return;
    }
    const a = li.firstElementChild instanceof HTMLAnchorElement ? li.firstElementChild : li.appendChild(make('a'));
    if (li.firstChild !== a) li.replaceChildren(a);
    a.href = portUrl(lang, port);
    a.textContent = label;
  }

  /**
   * Marks the selected row of the zoomed view and, before the next frame (so the list is laid out
   * once however many keys came in between), scrolls it to the middle of the list.
   */
  private markZoom(list: HTMLElement, first: number): void {
    const current = this.zoomRows[this.state.port - first];
    const previous = list.querySelector('[aria-current]');
    if (previous !== current) previous?.removeAttribute('aria-current');
    if (!current) return;
    current.setAttribute('aria-current', 'true');
    if (this.scrollPending) return;
    this.scrollPending = true;
    requestAnimationFrame(() => {
      this.scrollPending = false;
      const marked = list.querySelector<HTMLElement>('[aria-current]');
      if (marked) list.scrollTop = marked.offsetTop - (this.zoomRows[0]?.offsetTop ?? 0) - list.clientHeight / 2;
    });
  }

  /** Moves the selection's marks: repaints the rows it leaves and the rows it enters. */
  private drawSelection(): void {
    const scale = this.canvas.width / MAP_COLUMNS;
    const { row } = cellOf(this.state.port);
    const band = (r: number) => [(r + 0.5) * scale - markReach, 2 * markReach] as const;
    if (this.drawnRow === undefined) this.paint();
    else {
      if (this.drawnRow !== row) this.paint(...band(this.drawnRow));
      this.paint(...band(row));
    }
    this.drawnRow = row;
    this.dataset.range = rangeOf(this.state.port).id;
  }

  /**
   * Paints a band of the 512 x 512 canvas (2 x 2 pixels per port) over the picture, the whole canvas
   * by default: the overlay's rectangles, then the selection's marks, clipped to the band.
   */
  private paint(top = 0, height = this.canvas.height): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const width = this.canvas.width;
    const scale = width / MAP_COLUMNS;
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, top, width, height);
    ctx.clip();
    ctx.clearRect(0, top, width, height);
    const spans = this.state.overlay ? overlays[this.state.overlay] : [];
    spans.forEach((span, i) => {
      ctx.fillStyle = overlayColours[i % overlayColours.length]!;
      for (const r of spanRects(span)) ctx.fillRect(r.x * scale, r.y * scale, r.width * scale, r.height * scale);
    });
    const { row, column } = cellOf(this.state.port);
    ctx.lineWidth = lineWidth;
    ctx.strokeStyle = '#000';
    ctx.strokeRect(0, row * scale - 1, width, scale + 2);
    ringSizes.forEach((size, i) => {
      ctx.strokeStyle = i === 0 ? '#000' : '#fff';
      ctx.strokeRect(column * scale + scale / 2 - size / 2, row * scale + scale / 2 - size / 2, size, size);
    });
    ctx.restore();
  }
}

customElements.define('pa-port-map', PortMap);
