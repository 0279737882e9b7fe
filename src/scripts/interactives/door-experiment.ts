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

  private draw(state: DoorState): void {
    const port = state.outcome === 'invalid' ? undefined : state.port;
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-port]')) {
      b.setAttribute('aria-pressed', String(Number(b.dataset.port) === port));
    }
    const address = this.querySelector('[data-address]');
    if (address) address.textContent = doorAddress(state);
    const doors = this.querySelector('[data-doors]');
    doors?.replaceChildren(
      ...doorList(state).map((d) => {
        const li = make('li');
        li.toggleAttribute('data-listening', d.listening);
        li.toggleAttribute('data-chosen', d.chosen);
        const label = [say(d.listening ? 'door.listening' : 'door.closed'), d.chosen ? say('door.chosen') : ''].filter(Boolean).join(', ');
        li.append(make('span', 'pa-door-n', String(d.port)), make('span', 'pa-door-label', label));
        return li;
      }),
    );
    this.querySelector('[data-steps]')?.replaceChildren(...doorSteps(state).map((m) => make('li', '', say(m))));
    const analogy = this.querySelector('[data-analogy]');
    if (analogy) analogy.textContent = say(doorAnalogy(state));
    this.dataset.outcome = state.outcome;
  }
}

customElements.define('pa-door-experiment', DoorExperiment);
