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
import { announce, make, pageLang, showNote, translator, writeQuery } from './common';

const say = translator({ en: doorEn, ko: doorKo }[pageLang()]);

class DoorExperiment extends HTMLElement {
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
      input.value = button.dataset.port;
      this.choose(tryDoor(button.dataset.port));
    });
  }

  /** Applies a reader's choice: redraw, say it, and keep the address current. */
  private choose(state: DoorState): void {
    this.draw(state);
    showNote(this.querySelector('[data-note]'), undefined);
    announce(this.querySelector('[data-live]'), say(doorAnnouncement(state)));
    writeQuery(doorQuery(state));
  }

  /**
   * Redraws what depends on the chosen port, changing only what differs: the doors and the steps
   * keep their elements. The experiment never gets shorter (its tallest height so far is its least),
   * so a shorter outcome does not pull up, and lay out and paint again, the rest of the lesson.
   */
  private draw(state: DoorState): void {
    const port = state.outcome === 'invalid' ? undefined : state.port;
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-port]')) {
      setAttr(b, 'aria-pressed', String(Number(b.dataset.port) === port));
    }
    setText(this.querySelector('[data-address]'), doorAddress(state));
    const doors = this.querySelector('[data-doors]');
    if (doors) {
      reuse(doors, doorList(state), () => {
        const li = make('li');
        li.append(make('span', 'pa-door-n'), make('span', 'pa-door-label'));
        return li;
      }).forEach(([li, d]) => {
        if (li.hasAttribute('data-listening') !== d.listening) li.toggleAttribute('data-listening', d.listening);
        if (li.hasAttribute('data-chosen') !== d.chosen) li.toggleAttribute('data-chosen', d.chosen);
        const label = [say(d.listening ? 'door.listening' : 'door.closed'), d.chosen ? say('door.chosen') : ''].filter(Boolean).join(', ');
        setText(li.firstElementChild, String(d.port));
        setText(li.lastElementChild, label);
      });
    }
    const steps = this.querySelector('[data-steps]');
    if (steps) reuse(steps, doorSteps(state), () => make('li')).forEach(([li, m]) => setText(li, say(m)));
    setText(this.querySelector('[data-analogy]'), say(doorAnalogy(state)));
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
