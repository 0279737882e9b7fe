import { BLOCK_SIZE, PORT_MAX, portRanges, rangeOf } from './ranges';
import { parsePort } from './parse-port';
import { MAX_PARAM_LENGTH, quoteParam, readParam, type Message } from './interactive-state';

/**
 * The port map: all 65,536 numbers as a 256 x 256 grid, one row per block of 256. Pure state and
 * geometry; the element in src/components/interactives/port-map draws it.
 */

/** Cells per row of the map: one block. */
export const MAP_COLUMNS = BLOCK_SIZE;

/** Status codes as the registry's status map stores them: 0 unassigned, 1 assigned, 2 part of a range, 3 reserved. */
export const mapStatuses = ['unassigned', 'assigned', 'range', 'reserved'] as const;
/** One of mapStatuses. */
export type MapStatus = (typeof mapStatuses)[number];

/** Colours of the statuses (RGB), chosen to stay apart for common colour-vision deficiencies. */
export const statusColours: Record<MapStatus, [number, number, number]> = {
  unassigned: [238, 241, 245],
  assigned: [11, 87, 208],
  range: [120, 180, 240],
  reserved: [230, 145, 30],
};

/**
 * Status codes of pixels of the map picture read back as RGBA (4 bytes a pixel): the code of each
 * pixel's nearest status colour, so a browser's colour handling cannot shift a status.
 */
export function statusCodesOf(rgba: ArrayLike<number>): Uint8Array<ArrayBuffer> {
  // Flat loops without destructuring: this runs while the map draws its first frame.
  const palette = mapStatuses.flatMap((s) => statusColours[s]);
  const codes = new Uint8Array(Math.floor(rgba.length / 4));
  for (let i = 0; i < codes.length; i++) {
    const r = rgba[i * 4]!;
    const g = rgba[i * 4 + 1]!;
    const b = rgba[i * 4 + 2]!;
    let best = 0;
    let bestDistance = Infinity;
    for (let code = 0; code * 3 < palette.length; code++) {
      const distance = Math.abs(r - palette[code * 3]!) + Math.abs(g - palette[code * 3 + 1]!) + Math.abs(b - palette[code * 3 + 2]!);
      if (distance < bestDistance) {
        best = code;
        bestDistance = distance;
      }
    }
    codes[i] = best;
  }
  return codes;
}

/** Spans a reader can lay over the map. */
export const overlays = {
  ranges: portRanges.map(({ first, last }) => ({ first, last })),
  /** Below 1024: the System Ports, which Unix-like systems reserve for privileged programs. */
  privileged: [{ first: portRanges[0].first, last: portRanges[0].last }],
  /** Linux's default ip_local_port_range. */
  linux: [{ first: 32768, last: 60999 }],
  /** Windows (since Vista) and macOS use the whole Dynamic range. */
  windows: [{ first: portRanges[2].first, last: portRanges[2].last }],
} as const;

/** Id of an overlay. */
export type OverlayId = keyof typeof overlays;
/** Overlay ids in menu order. */
export const overlayIds = Object.keys(overlays) as OverlayId[];

/** The map's state: the selected port and the overlay shown, if any. */
export interface MapState {
  port: number;
  overlay?: OverlayId;
}

/** The port the map starts at: the first one most readers know. */
export const defaultMapPort = 80;

/** Row and column of a port's cell. */
export function cellOf(port: number): { row: number; column: number } {
  return { row: Math.floor(port / MAP_COLUMNS), column: port % MAP_COLUMNS };
}

/** The port at a point of the map, given the point's position as fractions (0–1) of its width and height. */
export function portAt(x: number, y: number): number {
  const clamp = (v: number) => Math.min(MAP_COLUMNS - 1, Math.max(0, Math.floor(v * MAP_COLUMNS)));
  return clamp(y) * MAP_COLUMNS + clamp(x);
}

/** A rectangle of cells: left column, top row, width and height in cells. */
export interface CellRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The cells of a span as at most three rectangles, so an overlay is a few fills however long it
 * is: the end of its first row, the full rows between, the start of its last row.
 */
export function spanRects(span: { first: number; last: number }): CellRect[] {
  const from = cellOf(span.first);
  const to = cellOf(span.last);
  if (from.row === to.row) return [{ x: from.column, y: from.row, width: to.column - from.column + 1, height: 1 }];
  const rects: CellRect[] = [];
  let top = from.row;
  let bottom = to.row;
  if (from.column > 0) rects.push({ x: from.column, y: top++, width: MAP_COLUMNS - from.column, height: 1 });
  if (to.column < MAP_COLUMNS - 1) rects.push({ x: 0, y: bottom--, width: to.column + 1, height: 1 });
  if (bottom >= top) rects.push({ x: 0, y: top, width: MAP_COLUMNS, height: bottom - top + 1 });
  return rects;
}

/** Where a key moves the selection (undefined: the key does not move it). */
export function moveBy(port: number, key: string): number | undefined {
  const to: Record<string, number> = {
    ArrowLeft: port - 1,
    ArrowRight: port + 1,
    ArrowUp: port - MAP_COLUMNS,
    ArrowDown: port + MAP_COLUMNS,
    PageUp: port - MAP_COLUMNS,
    PageDown: port + MAP_COLUMNS,
    Home: 0,
    End: PORT_MAX,
  };
  const next = to[key];
  return next === undefined ? undefined : Math.min(PORT_MAX, Math.max(0, next));
}

/** What the map says about a port: its number, status, range and (when known) IANA names. */
export function describePort(port: number, status: MapStatus | undefined, names: readonly string[]): Message[] {
  const range = rangeOf(port).id;
  const out: Message[] = [{ key: 'map.describe', vars: { n: port } }];
  if (status) out.push({ key: `map.status.${status}` });
  out.push({ key: `map.range.${range}` });
  if (names.length > 0) out.push({ key: 'map.names', vars: { names: names.join(', ') } });
  return out;
}

/** The state an address asks for; an unusable value falls back to the default with a note. */
export function mapFromQuery(search: string): { state: MapState; notes: Message[] } {
  const state: MapState = { port: defaultMapPort };
  const notes: Message[] = [];
  const bad = (name: string, value: string) => notes.push({ key: 'map.note.badParam', vars: { name, value: quoteParam(value) } });
  const port = readParam(search, 'port');
  if (port !== undefined) {
    const parsed = port.length <= MAX_PARAM_LENGTH ? parsePort(port) : undefined;
    if (parsed?.ok) state.port = parsed.port;
    else bad('port', port);
  }
  const overlay = readParam(search, 'overlay');
  if (overlay !== undefined && overlay !== '') {
    if ((overlayIds as string[]).includes(overlay)) state.overlay = overlay as OverlayId;
    else bad('overlay', overlay);
  }
  return { state, notes };
}

/** The query parameters of a state; the defaults are left out. */
export function mapQuery(state: MapState): Record<string, string | undefined> {
  return { port: state.port === defaultMapPort ? undefined : String(state.port), overlay: state.overlay };
}

/** What the zoomed view needs for one block: names by port (IANA service names) and ports with pages. */
export interface BlockData {
  names: Record<string, string[]>;
  pages: number[];
}

/** Builds a block's zoomed-view data from the registry rows on (or around) each number. */
export function blockData(
  block: { first: number; last: number },
  rowsAt: (port: number) => readonly { service: string; kind: string }[],
  hasPage: (port: number) => boolean,
): BlockData {
  const names: Record<string, string[]> = {};
  const pages: number[] = [];
  for (let port = block.first; port <= block.last; port++) {
    const list = [
      ...new Set(
        rowsAt(port)
          .filter((r) => r.kind !== 'unassigned' && r.service)
          .map((r) => r.service),
      ),
    ];
    if (list.length > 0) names[port] = list.slice(0, 4);
    if (hasPage(port)) pages.push(port);
  }
  return { names, pages };
}

/**
 * The first of `kept` rows a list of `count` keeps in the page so that row `index` is in their
 * middle (the zoomed view keeps only the rows around the selection and those in view).
 */
export function keptFrom(index: number, count: number, kept: number): number {
  return Math.min(Math.max(0, Math.round(index - kept / 2)), Math.max(0, count - kept));
}
