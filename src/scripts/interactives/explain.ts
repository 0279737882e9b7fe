/**
 * <pa-explain> in the browser: sends the paste to the worker as the reader pastes or types (after a
 * pause), on Explain, for a sample or a file, and puts the worker's HTML in place. The paste is
 * never written to the address, storage or history, and never sent anywhere but the worker.
 */
import { maxChars } from '../../lib/explain/parse';
import { pageLang } from './common';

/** How long typing pauses before the paste is explained again. */
const TYPING_DELAY_MS = 300;
/** Rows added per task: about 10 ms of work at 4x CPU throttling. */
const ROWS_PER_TASK = 20;

class Explain extends HTMLElement {
  private worker: Worker | undefined;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private strings: Record<string, string> = {};
  /** Main-thread time spent drawing the latest results so far. */
  private drawn = 0;

  connectedCallback(): void {
    const input = this.querySelector<HTMLTextAreaElement>('[data-input]');
    const results = this.querySelector<HTMLElement>('[data-results]');
    const live = this.querySelector<HTMLElement>('[data-live]');
    if (!input || !results || !this.dataset.worker) return;
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    this.worker = new Worker(this.dataset.worker, { type: 'module' });
    this.worker.addEventListener(
      'message',
      (event: MessageEvent<{ id: number; html: string; lists: string[][]; announce: string; workMs: number }>) => {
        const { id, html, lists, announce, workMs } = event.data;
        if (id !== this.seq) return;
        const start = performance.now();
        results.innerHTML = html;
        if (live) live.textContent = announce;
        this.drawn = performance.now() - start;
        this.dataset.workMs = String(Math.round(workMs));
        this.fill(id, results, lists, 0, 0);
      },
    );
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

  /**
   * Adds the rows of the results' lists a few at a time, one task each, so no task is long and a
   * key press waits for one chunk at most. A newer paste stops it. Sets data-done when finished.
   */
  private fill(id: number, results: HTMLElement, lists: string[][], list: number, from: number): void {
    if (id !== this.seq) return;
    const start = performance.now();
    const rows = lists[list];
    if (rows === undefined) {
      this.dataset.drawMs = String(Math.round(this.drawn));
      this.dataset.done = String(id);
      return;
    }
    results.querySelector(`[data-list="${list}"]`)?.insertAdjacentHTML('beforeend', rows.slice(from, from + ROWS_PER_TASK).join(''));
    // Style and layout in this task, so the next key press does not pay for them.
    void results.offsetHeight;
    this.drawn += performance.now() - start;
    const next = from + ROWS_PER_TASK;
    setTimeout(() => (next < rows.length ? this.fill(id, results, lists, list, next) : this.fill(id, results, lists, list + 1, 0)));
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
