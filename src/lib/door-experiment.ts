import { parsePort, type ParseFailure } from './parse-port';
import { MAX_PARAM_LENGTH, quoteParam, readParam, type Message } from './interactive-state';

/**
 * The "which door" experiment of the HTTP and HTTPS lesson: a browser tries one port of a web
 * server that listens on TCP 80 and 443. Pure state; the element in
 * src/components/interactives/door-experiment draws it.
 */

/** The doors the experiment's web server listens at. */
export const listeningPorts = [80, 443] as const;

/** The port the experiment starts at. */
export const defaultDoorPort = 443;

/** Ports offered as one-press choices: the study note's three, and a common side door. */
export const suggestedPorts = [80, 123, 443, 8080] as const;

/**
 * The Fetch Standard's "bad ports": browsers refuse to send HTTP to these numbers
 * (https://fetch.spec.whatwg.org/#port-blocking), so a web page cannot talk to other protocols' servers.
 */
export const badPorts: ReadonlySet<number> = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117,
  119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
  989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** What happens when the browser tries a door. */
export type DoorOutcome = 'redirect' | 'page' | 'blocked' | 'closed' | 'invalid';

/** The experiment's state: what the reader asked for and what the browser does with it. */
export type DoorState =
  { outcome: Exclude<DoorOutcome, 'invalid'>; port: number } | { outcome: 'invalid'; reason: ParseFailure; suggestion?: number };

/** Tries what a reader typed (or picked) as the port of http://example.com:PORT/. */
export function tryDoor(input: string): DoorState {
  const parsed = parsePort(input);
  if (!parsed.ok) {
    return parsed.suggestion === undefined
      ? { outcome: 'invalid', reason: parsed.reason }
      : { outcome: 'invalid', reason: parsed.reason, suggestion: parsed.suggestion };
  }
  return { outcome: outcomeAt(parsed.port), port: parsed.port };
}

/** What the browser does at a valid port number. */
export function outcomeAt(port: number): Exclude<DoorOutcome, 'invalid'> {
  if (port === 443) return 'page';
  if (port === 80) return 'redirect';
  if (badPorts.has(port)) return 'blocked';
  return 'closed';
}

/** The URL the reader is trying, as the browser's address bar would show it. */
export function doorAddress(state: DoorState): string {
  if (state.outcome === 'invalid') return 'http://example.com:…/';
  if (state.port === 443) return 'https://example.com/';
  if (state.port === 80) return 'http://example.com/';
  return `http://example.com:${state.port}/`;
}

/** What happens, step by step, in words (UI string keys). */
export function doorSteps(state: DoorState): Message[] {
  if (state.outcome === 'invalid') {
    const steps: Message[] = [{ key: `door.invalid.${state.reason}` }];
    if (state.suggestion !== undefined) steps.push({ key: 'door.invalid.meant', vars: { n: state.suggestion } });
    return steps;
  }
  const n = state.port;
  switch (state.outcome) {
    case 'page':
      return [{ key: 'door.step.connect', vars: { n } }, { key: 'door.step.tls' }, { key: 'door.step.page' }];
    case 'redirect':
      return [{ key: 'door.step.connect', vars: { n } }, { key: 'door.step.redirect' }, { key: 'door.step.follow' }];
    case 'blocked':
      return [{ key: 'door.step.blocked', vars: { n } }, { key: 'door.step.blockedWhy' }];
    case 'closed':
      return [{ key: 'door.step.syn', vars: { n } }, { key: 'door.step.nobody', vars: { n } }, { key: 'door.step.refusedOrTimeout' }];
  }
}

/** The Hapjeong station picture of the same outcome. */
export function doorAnalogy(state: DoorState): Message {
  if (state.outcome === 'invalid') return { key: 'door.analogy.invalid' };
  return { key: `door.analogy.${state.outcome}`, vars: { n: state.port } };
}

/** One sentence for the live region: the port and its result. */
export function doorAnnouncement(state: DoorState): Message {
  if (state.outcome === 'invalid') return { key: 'door.announce.invalid' };
  return { key: `door.announce.${state.outcome}`, vars: { n: state.port } };
}

/** The state a page address asks for, or the default state and a note when its value is unusable. */
export function doorFromQuery(search: string): { state: DoorState; note?: Message } {
  const value = readParam(search, 'port');
  const fallback = tryDoor(String(defaultDoorPort));
  if (value === undefined) return { state: fallback };
  const state = value.length <= MAX_PARAM_LENGTH ? tryDoor(value) : undefined;
  if (state && state.outcome !== 'invalid') return { state };
  return { state: fallback, note: { key: 'door.note.badParam', vars: { value: quoteParam(value), n: defaultDoorPort } } };
}

/** The query string for a state: the port when it is one, nothing when the input was not a port. */
export function doorQuery(state: DoorState): Record<string, string | undefined> {
  return { port: state.outcome === 'invalid' || state.port === defaultDoorPort ? undefined : String(state.port) };
}

/** A door drawn in the experiment: the server's two, and the reader's choice when it is another. */
export interface Door {
  port: number;
  listening: boolean;
  chosen: boolean;
}

/**
 * The doors to draw for a state: the server's two in port order, then the reader's choice when it
 * is another port. The third place is there (undefined) for every state, so the row of doors keeps
 * its size whatever the reader picks.
 */
export function doorList(state: DoorState): [Door, Door, Door | undefined] {
  const chosen = state.outcome === 'invalid' ? undefined : state.port;
  const [first, second] = listeningPorts.map((port) => ({ port, listening: true, chosen: port === chosen }));
  const other =
    chosen === undefined || (listeningPorts as readonly number[]).includes(chosen)
      ? undefined
      : { port: chosen, listening: false, chosen: true };
  return [first!, second!, other];
}
