/**
 * <pa-explain> in the browser: sends the paste to the worker as the reader pastes or types (after a
 * pause), on Explain, for a sample or a file, and puts the worker's HTML in place. The paste is
 * never written to the address, storage or history, and never sent anywhere but the worker.
 */
import { maxChars } from '../../lib/explain/parse';
import { pageLang } from './common';

/** How long typing pauses before the paste is explained again. */
const TYPING_DELAY_MS = 300;

class Explain extends HTMLElement {
  private worker: Worker | undefined;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private strings: Record<string, string> = {};

  connectedCallback(): void {
    const input = this.querySelector<HTMLTextAreaElement>('[data-input]');
    const results = this.querySelector<HTMLElement>('[data-results]');
    const live = this.querySelector<HTMLElement>('[data-live]');
    if (!input || !results || !this.dataset.worker) return;
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    this.worker = new Worker(this.dataset.worker, { type: 'module' });
    this.worker.addEventListener('message', (event: MessageEvent<{ id: number; html: string; announce: string; workMs: number }>) => {
      const { id, html, announce, workMs } = event.data;
      if (id !== this.seq) return;
      const start = performance.now();
      results.innerHTML = html;
      if (live) live.textContent = announce;
      this.dataset.workMs = String(Math.round(workMs));
      this.dataset.drawMs = String(Math.round(performance.now() - start));
      this.dataset.done = String(id);
    });
    const now = () => this.explain(input.value, true);
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.explain(input.value, false), TYPING_DELAY_MS);
    });
    this.querySelector('[data-run]')?.addEventListener('click', now);
    this.querySelector('.pa-ex-samples')?.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-sample]') : null;
      if (!button) return;
      input.value = button.dataset.sample ?? '';
      now();
    });
    const file = this.querySelector<HTMLInputElement>('[data-file]');
    file?.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (chosen) void this.read(chosen, input);
    });
    input.addEventListener('dragover', (event) => event.preventDefault());
    input.addEventListener('drop', (event) => {
      const dropped = event.dataTransfer?.files[0];
      if (!dropped) return;
      event.preventDefault();
      void this.read(dropped, input);
    });
    if (input.value) now();
  }

  /** Reads a text file (its first maxChars bytes and one more, so the cap shows) into the box. */
  private async read(file: File, input: HTMLTextAreaElement): Promise<void> {
    try {
      input.value = await file.slice(0, maxChars + 1).text();
      this.explain(input.value, true);
    } catch {
      const live = this.querySelector('[data-live]');
      if (live) live.textContent = this.strings['explain.fileError'] ?? '';
    }
  }

  /** Sends the paste to the worker; blank input clears the results unless Explain was pressed. */
  private explain(text: string, pressed: boolean): void {
    clearTimeout(this.timer);
    const id = ++this.seq;
    if (!pressed && text.trim() === '') {
      const results = this.querySelector('[data-results]');
      if (results) results.textContent = '';
      return;
    }
    this.worker?.postMessage({ id, text, lang: pageLang(), base: this.dataset.base ?? '/', strings: this.strings });
  }
}

customElements.define('pa-explain', Explain);
