/**
 * <pa-port-map> in the browser: reads the statuses it needs from the map picture already in the
 * page (one row of 256 at a time, when first needed), shows overlays and the selection as a few
 * positioned boxes laid over it, moves the selection by keyboard and pointer, and fills the zoomed
 * view of the selected block. Loaded by Upgrade.astro. Sets data-ready once its first frame is drawn.
 *
 * Each step stays short so keys and pointer never wait: the selection moves two boxes, an overlay
 * is a few rectangles (no canvas: creating and painting one took most of the first frame), and the
 * zoomed view keeps only the rows in view and a few either side in the page (its 256 rows of fixed
 * height scroll as one list: margins stand in for the rest). Refilling all 256 rows made the
 * browser lay out and paint the whole 6,000 px list, 15-25 ms of CPU a frame.
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
  keptFrom,
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
import { announce, layOut, make, pageLang, showNote, soon, translator, writeQuery } from './common';

const lang = pageLang();
const say = translator(lang === 'ko' ? mapKo : mapEn);
// Overlay tints: purple, teal and magenta, apart from the status colours (blues and orange) below them.
const overlayColours = ['rgba(120, 40, 170, 0.3)', 'rgba(0, 130, 130, 0.3)', 'rgba(200, 30, 110, 0.25)'];
/** A position or size on the map, in cells, as a percentage of the map's width or height. */
const at = (cells: number) => `${(cells / MAP_COLUMNS) * 100}%`;
/** Rows of the zoomed view kept in the page: the 10 or so in view and about 7 either side. */
const zoomKept = 24;
/** A zoomed row's height and the list's, in rem (port-map.css: .pa-z, .pa-map-zoom). */
const zoomRowRem = 1.5;
const zoomViewRem = 16;

/** The root font size in px: the zoomed view's sizes are in rem. */
let rootPx = 0;
const remPx = () => (rootPx ||= parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);

class PortMap extends HTMLElement {
  private state!: MapState;
  private img!: HTMLImageElement;
  /** The focusable map surface (role slider) over the picture, holding the overlay and the selection's marks. */
  private surface!: HTMLElement;
  /** The map picture drawn once on a canvas the statuses are read back from; null: not readable yet. */
  private picture: CanvasRenderingContext2D | null = null;
  /** Status codes per row of the map, read when first needed. */
  private statusRows: Uint8Array<ArrayBuffer>[] = [];
  private blocks = new Map<number, Promise<BlockData | undefined>>();
  private pages = new Set<number>();
  /** The zoomed view's kept rows, made once and refilled as the block or the scroll changes. */
  private zoomRows: HTMLLIElement[] = [];
  /** The block the zoomed view shows, with its data, and the index in it of the first kept row. */
  private zoom?: { first: number; data: BlockData; pages: Set<number>; from: number };
  /** Whether the zoomed view will scroll to its marked row before the next frame. */
  private scrollPending = false;
  /** Whether the zoomed view will follow the reader's scrolling before the next frame. */
  private followPending = false;
  /** Whether a selection waiting to be drawn came from the reader (and is said aloud). */
  private speak = false;
  private readonly redraw = soon(() => {
    const speak = this.speak;
    this.speak = false;
    this.show(this.state.port, speak);
  });

  connectedCallback(): void {
    const img = this.querySelector<HTMLImageElement>('.pa-map-img');
    const surface = this.querySelector<HTMLElement>('[role="slider"]');
    if (!img || !surface) return;
    this.img = img;
    this.surface = surface;
    const { state, notes } = mapFromQuery(location.search);
    this.state = state;
    showNote(this.querySelector('[data-note]'), notes.length ? notes.map(say).join(' ') : undefined);
    const radio = this.querySelector<HTMLInputElement>(`input[name="overlay"][value="${state.overlay ?? ''}"]`);
    if (radio) radio.checked = true;
    const input = this.querySelector<HTMLInputElement>('#map-port');
    if (input) input.value = String(state.port);
    const start = () => {
      this.show(state.port, false);
      this.dataset.ready = '';
    };
    if (img.complete && img.naturalWidth > 0) start();
    else img.addEventListener('load', start, { once: true });

    surface.addEventListener('keydown', (event) => {
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
    surface.addEventListener('pointerdown', (event) => {
      const box = surface.getBoundingClientRect();
      this.select(portAt((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height), true);
    });
    const zoomList = this.querySelector<HTMLElement>('[data-zoom]');
    zoomList?.addEventListener('scroll', () => this.followScroll(zoomList), { passive: true });
    const showOverlay = soon(() => {
      this.drawOverlay();
      announce(
        this.querySelector('[data-live]'),
        `${say('map.overlay')}: ${say(this.state.overlay ? `map.overlay.${this.state.overlay}` : 'map.overlay.none')}`,
      );
      writeQuery(mapQuery(this.state));
    });
    this.querySelector('fieldset')?.addEventListener('change', (event) => {
      const value = event.target instanceof HTMLInputElement ? event.target.value : '';
      this.state.overlay = (overlayIds as string[]).includes(value) ? (value as MapState['overlay']) : undefined;
      showOverlay();
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

  /** Selects a port at once; `show` draws the latest selection soon after (see `soon`). */
  private select(port: number, speak: boolean): void {
    this.state.port = port;
    this.speak ||= speak;
    this.redraw();
  }

  /** Shows a port: redraw, describe it (aloud when the reader moved), fill its block, keep the address current. */
  private show(port: number, speak: boolean): void {
    this.drawSelection();
    const names = (data?: BlockData) => data?.names[port] ?? [];
    const text = (status: MapStatus | undefined, data?: BlockData) => describePort(port, status, names(data)).map(say).join(', ');
    // The status is read from the picture later unless its row has been read already.
    const known = this.statusRows[cellOf(port).row] ? this.status(port) : undefined;
    const live = this.querySelector<HTMLElement>('[data-live]');
    this.surface.setAttribute('aria-valuenow', String(port));
    this.surface.setAttribute('aria-valuetext', text(known));
    const describe = this.querySelector('[data-describe]');
    if (describe) describe.textContent = text(known);
    if (speak && known) announce(live, text(known));
    const input = this.querySelector<HTMLInputElement>('#map-port');
    if (input && document.activeElement !== input) input.value = String(port);
    writeQuery(mapQuery(this.state));
    const first = blockOf(port).first;
    // Reading the picture, the block's names and the zoomed view come in a task of their own, so
    // the first frame and each key press stay short (reading the picture and starting the fetch
    // each cost more than moving the selection).
    setTimeout(() => {
      if (this.state.port !== port) return;
      const status = this.status(port);
      void this.block(first).then((data) => {
        if (this.state.port !== port) return;
        for (const p of data?.pages ?? []) this.pages.add(p);
        const full = text(status, data);
        this.surface.setAttribute('aria-valuetext', full);
        if (describe) describe.textContent = full;
        if (speak && (!known || names(data).length > 0)) announce(live, full);
        const open = this.querySelector<HTMLAnchorElement>('[data-open]');
        if (open) {
          open.href = this.href(port);
          open.textContent = say({ key: this.pages.has(port) ? 'map.open' : 'map.openBlock', vars: { n: port } });
        }
        this.drawZoom(first, data);
        layOut();
      });
    });
  }

  /** The zoomed view of a block: its title, the rows around the selected number, that row marked. */
  private drawZoom(first: number, data: BlockData | undefined): void {
    const list = this.querySelector<HTMLElement>('[data-zoom]');
    if (!list) return;
    const title = say({ key: 'map.block', vars: { first, last: first + MAP_COLUMNS - 1 } });
    for (const el of this.querySelectorAll('[data-zoom-title], [data-zoom-label]')) el.textContent = title;
    if (!data) {
      this.zoom = undefined;
      this.zoomRows = [];
      list.replaceChildren(make('li', '', say('map.loadFailed')));
      return;
    }
    if (this.zoomRows.length === 0) {
      this.zoomRows = Array.from({ length: zoomKept }, () => PortMap.zoomRow());
      list.replaceChildren(...this.zoomRows);
    }
    const index = this.state.port - first;
    if (this.zoom?.first !== first) this.zoom = { first, data, pages: new Set(data.pages), from: -1 };
    const { from } = this.zoom;
    // Keep the rows as they are while the selected one is among them, away from their edges.
    if (from < 0 || index < from + 3 || index >= from + zoomKept - 3) this.keepRows(keptFrom(index, MAP_COLUMNS, zoomKept));
    this.markZoom(list, index);
  }

  /** Fills the kept rows from row `from` of the block, and gives the list the block's full height. */
  private keepRows(from: number): void {
    const zoom = this.zoom;
    if (!zoom || from === zoom.from) return;
    zoom.from = from;
    this.zoomRows.forEach((li, i) => this.fillZoomRow(li, from + i));
    // The rows not kept are margins above the first kept row and below the last.
    this.zoomRows[0]!.style.marginTop = `${from * zoomRowRem}rem`;
    this.zoomRows[zoomKept - 1]!.style.marginBottom = `${(MAP_COLUMNS - from - zoomKept) * zoomRowRem}rem`;
  }

  /** After the reader scrolls the zoomed view, keeps the rows now in view (once a frame). */
  private followScroll(list: HTMLElement): void {
    if (this.followPending) return;
    this.followPending = true;
    requestAnimationFrame(() => {
      this.followPending = false;
      const zoom = this.zoom;
      if (!zoom) return;
      const rowPx = zoomRowRem * remPx();
      const middle = (list.scrollTop + (zoomViewRem * remPx()) / 2) / rowPx;
      if (middle < zoom.from + 5 || middle > zoom.from + zoomKept - 5) {
        this.keepRows(keptFrom(Math.floor(middle), MAP_COLUMNS, zoomKept));
        this.markZoom(list, this.state.port - zoom.first, false);
      }
    });
  }

  /**
   * One row of the zoomed view: the number's status colour, the number and its names, linked when
   * it has a page, and its place in the block for screen readers. Each row keeps its <a> and text
   * node and changes only what differs.
   */
  private fillZoomRow(li: HTMLLIElement, index: number): void {
    const zoom = this.zoom;
    if (!zoom) return;
    const port = zoom.first + index;
    const className = `pa-z pa-z-${this.status(port)}`;
    if (li.className !== className) li.className = className;
    li.setAttribute('aria-posinset', String(index + 1));
    const a = li.firstElementChild as HTMLAnchorElement;
    const text = a.firstChild as Text;
    const label = [String(port), (zoom.data.names[port] ?? []).join(', ')].filter(Boolean).join(' ');
    if (text.data !== label) text.data = label;
    if (zoom.pages.has(port)) {
      const href = portUrl(lang, port);
      if (a.getAttribute('href') !== href) a.setAttribute('href', href);
    } else if (a.hasAttribute('href')) a.removeAttribute('href');
  }

  /** An empty row of the zoomed view: an <a> (a link once its number has a page) around a text node. */
  private static zoomRow(): HTMLLIElement {
    const li = make('li', 'pa-z');
    li.setAttribute('aria-setsize', String(MAP_COLUMNS));
    const a = make('a');
    a.append(document.createTextNode(''));
    li.append(a);
    return li;
  }

  /**
   * Marks the selected row of the zoomed view (row `index` of the block) and, unless the reader is
   * scrolling the list, scrolls it to the middle before the next frame. Rows have a fixed height, so
   * where a row is follows from its index: nothing is measured.
   */
  private markZoom(list: HTMLElement, index: number, scroll = true): void {
    const from = this.zoom?.from ?? 0;
    const current = this.zoomRows[index - from];
    const previous = list.querySelector('[aria-current]');
    if (previous !== current) previous?.removeAttribute('aria-current');
    current?.setAttribute('aria-current', 'true');
    if (!scroll || this.scrollPending) return;
    this.scrollPending = true;
    requestAnimationFrame(() => {
      this.scrollPending = false;
      const zoom = this.zoom;
      if (!zoom) return;
      const rem = remPx();
      list.scrollTop = (this.state.port - zoom.first + 0.5) * zoomRowRem * rem + 0.25 * rem - (zoomViewRem * rem) / 2;
    });
  }

  /** Moves the selection's marks (its row and a ring around its cell) over the picture. */
  private drawSelection(): void {
    const { row, column } = cellOf(this.state.port);
    const rowMark = this.surface.querySelector<HTMLElement>('.pa-map-row');
    const ring = this.surface.querySelector<HTMLElement>('.pa-map-ring');
    if (rowMark) rowMark.style.top = at(row);
    if (ring) {
      ring.style.left = at(column + 0.5);
      ring.style.top = at(row + 0.5);
    }
    if (!this.surface.hasAttribute('data-drawn')) {
      this.drawOverlay();
      this.surface.setAttribute('data-drawn', '');
    }
    this.dataset.range = rangeOf(this.state.port).id;
  }

  /** The chosen overlay: each of its spans as at most three tinted rectangles. */
  private drawOverlay(): void {
    const box = this.surface.querySelector('.pa-map-over');
    if (!box) return;
    const spans = this.state.overlay ? overlays[this.state.overlay] : [];
    box.replaceChildren(
      ...spans.flatMap((span, i) =>
        spanRects(span).map((r) => {
          const rect = make('span');
          Object.assign(rect.style, { left: at(r.x), top: at(r.y), width: at(r.width), height: at(r.height) });
          rect.style.background = overlayColours[i % overlayColours.length]!;
          return rect;
        }),
      ),
    );
  }
}

customElements.define('pa-port-map', PortMap);
