/**
 * <pa-door-experiment> in the browser: reads the state from the address, wires the form and the
 * quick picks, and redraws the doors, the steps and the station picture. Loaded by Upgrade.astro.
 */
import doorEn from '../../i18n/door.en';
import doorKo from '../../i18n/door.ko';
import {
  doorAddress,
  doorAnalogy,
  doorAnnouncement,
  doorFromQuery,
  doorList,
  doorQuery,
  doorSteps,
  tryDoor,
  type DoorState,
} from '../../lib/door-experiment';
import { announce, make, pageLang, showNote, soon, translator, writeQuery } from './common';

const say = translator({ en: doorEn, ko: doorKo }[pageLang()]);

class DoorExperiment extends HTMLElement {
  /** The reader's latest choice (and the text for the port field, for a quick pick), drawn by `redraw` in a task after the input's own. */
  private chosen: { state: DoorState; typed?: string } | undefined;
  private readonly redraw = soon(() => this.chosen && this.show(this.chosen.state, this.chosen.typed));

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('[data-form]');
    const input = form?.querySelector('input');
    if (!form || !input) return;
    const { state, note } = doorFromQuery(location.search);
    showNote(this.querySelector('[data-note]'), note && say(note));
    if (state.outcome !== 'invalid') input.value = String(state.port);
    this.draw(state);
    this.keepTall();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.choose(tryDoor(input.value));
    });
    this.querySelector('.pa-door-quick')?.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-port]') : null;
      if (!button?.dataset.port) return;
      this.choose(tryDoor(button.dataset.port), button.dataset.port);
    });
  }

  /** Takes a reader's choice; `show` draws the latest one soon after. */
  private choose(state: DoorState, typed?: string): void {
    this.chosen = { state, typed };
    this.redraw();
  }

  /** Shows a choice: the port field, the drawing, the words for screen readers and the address. */
  private show(state: DoorState, typed: string | undefined): void {
    const input = this.querySelector('input');
    if (input && typed !== undefined) input.value = typed;
    this.draw(state);
    showNote(this.querySelector('[data-note]'), undefined);
    announce(this.querySelector('[data-live]'), say(doorAnnouncement(state)));
    writeQuery(doorQuery(state));
  }

  /**
   * Redraws what depends on the chosen port, changing only what differs: the doors and the steps
   * keep their elements, and an outcome is shown by an attribute. The experiment never gets shorter
   * (its tallest height so far is its least), so an outcome does not pull up, and lay out and paint
   * again, the rest of the lesson.
   */
  private draw(state: DoorState): void {
    const port = state.outcome === 'invalid' ? undefined : state.port;
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-port]')) {
      setAttr(b, 'aria-pressed', String(Number(b.dataset.port) === port));
    }
    setText(this.querySelector('[data-address]'), doorAddress(state));
    // Three places, always there: the server's two doors and the reader's when it is another port.
    const places = this.querySelector('[data-doors]')?.children ?? [];
    doorList(state).forEach((d, i) => {
      const li = places[i];
      if (!li) return;
      if (li.hasAttribute('data-unused') !== !d) li.toggleAttribute('data-unused', !d);
      if (li.hasAttribute('data-chosen') !== Boolean(d?.chosen)) li.toggleAttribute('data-chosen', Boolean(d?.chosen));
      if (!d) return;
      if (li.hasAttribute('data-listening') !== d.listening) li.toggleAttribute('data-listening', d.listening);
      const label = [say(d.listening ? 'door.listening' : 'door.closed'), d.chosen ? say('door.chosen') : ''].filter(Boolean).join(', ');
      setText(li.firstElementChild, String(d.port));
      setText(li.lastElementChild, label);
    });
    // Each outcome has its own steps and picture in the page; only the current one's words can differ.
    const steps = this.querySelector(`[data-steps="${state.outcome}"]`);
    if (steps) reuse(steps, doorSteps(state), () => make('li')).forEach(([li, m]) => setText(li, say(m)));
    setText(this.querySelector(`[data-analogy="${state.outcome}"]`), say(doorAnalogy(state)));
    for (const el of this.querySelectorAll<HTMLElement>('[data-steps], [data-analogy]')) {
      const shown = (el.dataset.steps ?? el.dataset.analogy) === state.outcome;
      if (el.hasAttribute('data-shown') !== shown) el.toggleAttribute('data-shown', shown);
    }
    setAttr(this, 'data-outcome', state.outcome);
  }

  /** Keeps the experiment at its tallest height so far (until the width changes and text wraps anew). */
  private keepTall(): void {
    let tallest = 0;
    let width = 0;
    new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize[0];
      if (!box) return;
      if (box.inlineSize !== width) {
        // First seen: its height now is the least. A new width: text wraps anew, start over.
        const first = width === 0;
        width = box.inlineSize;
        tallest = first ? box.blockSize : 0;
        this.style.minHeight = first ? `${tallest}px` : '';
      } else if (box.blockSize > tallest) {
        tallest = box.blockSize;
        this.style.minHeight = `${tallest}px`;
      }
    }).observe(this);
  }
}

/** Sets an attribute only when its value differs. */
function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Sets an element's text only when it differs. */
function setText(el: Element | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

/** Gives `list` one child per item, reusing the children it has, and pairs each with its item. */
function reuse<T>(list: Element, items: readonly T[], create: () => HTMLElement): [Element, T][] {
  while (list.children.length > items.length) list.lastElementChild?.remove();
  while (list.children.length < items.length) list.append(create());
  return items.map((item, i) => [list.children[i]!, item]);
}

customElements.define('pa-door-experiment', DoorExperiment);
