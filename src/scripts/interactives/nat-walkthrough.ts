/**
 * <pa-nat-walkthrough> in the browser. Every step is already in the page (the no-JS ordered list);
 * this module shows one at a time, and runs the forwarding-rule editor and the test packets.
 * Loaded by Upgrade.astro.
 */
import natEn from '../../i18n/nat.en';
import natKo from '../../i18n/nat.ko';
import { parsePort } from '../../lib/parse-port';
import type { Message } from '../../lib/interactive-state';
import {
  checkRule,
  natFromQuery,
  natQuery,
  natSteps,
  sendTest,
  stepAnnouncement,
  testMessage,
  type NatState,
  type RuleDraft,
  type RuleProtocol,
} from '../../lib/nat-walkthrough';
import { announce, make, pageLang, showNote, soon, translator, writeQuery } from './common';

const say = translator(pageLang() === 'ko' ? natKo : natEn);
const fields = ['protocol', 'external', 'ip', 'internal'] as const;
const typing = (el: EventTarget | null) => el instanceof Element && el.closest('input, select, textarea') !== null;

class NatWalkthrough extends HTMLElement {
  private state!: NatState;
  /** Index of the rule being changed in the editor, if any. */
  private editing: number | undefined;
  /** Draws and says the current step soon after a step change (see `soon`); the test result too after the CGNAT box. */
  private retest = false;
  private readonly redrawStep = soon(() => {
    this.drawStep();
    announce(this.querySelector('[data-live]'), stepAnnouncement(this.state.step, this.state.cgnat).map(say).join(': '));
    if (this.retest) this.drawTest(false);
    this.retest = false;
  });

  connectedCallback(): void {
    const { state, notes } = natFromQuery(location.search);
    this.state = state;
    showNote(this.querySelector('[data-note]'), notes.length ? notes.map(say).join(' ') : undefined);
    const cgnat = this.querySelector<HTMLInputElement>('[data-cgnat]');
    if (cgnat) cgnat.checked = state.cgnat;
    this.drawStep();
    this.drawRules();
    this.drawTest(false);

    this.addEventListener('click', (event) => this.onClick(event));
    this.addEventListener('keydown', (event) => {
      if (typing(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      const total = natSteps(this.state.cgnat).length;
      const to = { ArrowLeft: this.state.step - 1, ArrowRight: this.state.step + 1, Home: 1, End: total }[event.key];
      if (to === undefined || !(event.target instanceof Element) || !event.target.closest('.pa-nat-controls, [data-steps]')) return;
      event.preventDefault();
      this.goTo(to);
    });
    cgnat?.addEventListener('change', () => {
      this.state.cgnat = cgnat.checked;
      this.retest = true;
      this.goTo(cgnat.checked ? natSteps(false).length + 1 : Math.min(this.state.step, natSteps(false).length));
    });
    this.querySelector('[data-rule-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.saveRule();
    });
    this.querySelector('[data-test-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.sendTestPacket();
    });
  }

  private onClick(event: Event): void {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button') : null;
    if (!button) return;
    const go = button.dataset.go;
    if (go) this.goTo(this.state.step + (go === 'next' ? 1 : -1));
    else if (button.dataset.edit !== undefined) this.startEdit(Number(button.dataset.edit));
    else if (button.dataset.delete !== undefined) this.deleteRule(Number(button.dataset.delete));
    else if (button.dataset.cancel !== undefined) this.stopEdit();
  }

  private goTo(step: number): void {
    const total = natSteps(this.state.cgnat).length;
    this.state.step = Math.min(Math.max(step, 1), total);
    this.redrawStep();
    this.write();
  }

  private drawStep(): void {
    const { step, cgnat } = this.state;
    const total = natSteps(cgnat).length;
    this.querySelectorAll('.pa-nat-step').forEach((li, i) => li.toggleAttribute('data-current', i === step - 1));
    const counter = this.querySelector('[data-counter]');
    if (counter) counter.textContent = say({ key: 'nat.stepOf', vars: { n: step, total } });
    this.querySelector('[data-go="prev"]')?.setAttribute('aria-disabled', String(step === 1));
    this.querySelector('[data-go="next"]')?.setAttribute('aria-disabled', String(step === total));
    this.dataset.step = String(step);
  }

  private drawRules(): void {
    const body = this.querySelector('[data-rules]');
    if (!body) return;
    const rows = this.state.rules.map((r, i) => {
      const tr = make('tr');
      for (const text of [r.protocol.toUpperCase(), String(r.external), r.ip, String(r.internal)]) tr.append(make('td', '', text));
      const actions = make('td', 'pa-nat-actions');
      const vars = { protocol: r.protocol.toUpperCase(), n: r.external };
      const edit = make('button', 'btn', say('nat.edit'));
      edit.type = 'button';
      edit.dataset.edit = String(i);
      edit.setAttribute('aria-label', say({ key: 'nat.editRule', vars }));
      const del = make('button', 'btn', say('nat.delete'));
      del.type = 'button';
      del.dataset.delete = String(i);
      del.setAttribute('aria-label', say({ key: 'nat.deleteRule', vars }));
      actions.append(edit, del);
      tr.append(actions);
      return tr;
    });
    if (rows.length === 0) {
      const tr = make('tr');
      const td = make('td', '', say('nat.rulesNone'));
      td.colSpan = 5;
      tr.append(td);
      rows.push(tr);
    }
    body.replaceChildren(...rows);
  }

  private form(): HTMLFormElement | null {
    return this.querySelector<HTMLFormElement>('[data-rule-form]');
  }

  private control(name: string): HTMLInputElement | HTMLSelectElement | null {
    return this.form()?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`) ?? null;
  }

  private showErrors(errors: Partial<Record<string, Message>>): void {
    for (const name of fields) {
      const message = errors[name];
      const box = this.querySelector<HTMLElement>(`[data-error="${name}"]`);
      if (box) showNote(box, message && say(message));
      this.control(name)?.setAttribute('aria-invalid', String(Boolean(message)));
    }
  }

  private saveRule(): void {
    const draft = Object.fromEntries(fields.map((f) => [f, this.control(f)?.value ?? ''])) as unknown as RuleDraft;
    const others = this.state.rules.filter((_, i) => i !== this.editing);
    const checked = checkRule(draft, others);
    const live = this.querySelector<HTMLElement>('[data-live]');
    if ('errors' in checked) {
      this.showErrors(checked.errors);
      announce(live, say('nat.invalid'));
      this.control(fields.find((f) => checked.errors[f]) ?? 'external')?.focus();
      return;
    }
    const { rule } = checked;
    const key = this.editing === undefined ? 'nat.added' : 'nat.updated';
    if (this.editing === undefined) this.state.rules.push(rule);
    else this.state.rules[this.editing] = rule;
    this.stopEdit();
    this.drawRules();
    this.drawTest(false);
    announce(live, say({ key, vars: { protocol: rule.protocol.toUpperCase(), n: rule.external, ip: rule.ip, internal: rule.internal } }));
    this.write();
  }

  private startEdit(index: number): void {
    const rule = this.state.rules[index];
    if (!rule) return;
    this.editing = index;
    const values: Record<(typeof fields)[number], string> = {
      protocol: rule.protocol,
      external: String(rule.external),
      ip: rule.ip,
      internal: String(rule.internal),
    };
    for (const f of fields) {
      const c = this.control(f);
      if (c) c.value = values[f];
    }
    this.setFormMode({ key: 'nat.editing', vars: { protocol: rule.protocol.toUpperCase(), n: rule.external } }, 'nat.save');
    this.control('protocol')?.focus();
  }

  private stopEdit(): void {
    const editingBefore = this.editing !== undefined;
    this.editing = undefined;
    for (const f of ['external', 'internal'] as const) {
      const c = this.control(f);
      if (c) c.value = '';
    }
    const ip = this.control('ip');
    if (ip) ip.value = '192.168.0.2';
    this.showErrors({});
    this.setFormMode({ key: 'nat.newRule' }, 'nat.add');
    if (editingBefore) this.control('protocol')?.focus();
  }

  private setFormMode(title: Message, submit: 'nat.save' | 'nat.add'): void {
    const legend = this.querySelector('[data-form-title]');
    if (legend) legend.textContent = say(title);
    const button = this.querySelector('[data-submit]');
    if (button) button.textContent = say(submit);
    const cancel = this.querySelector<HTMLElement>('[data-cancel]');
    if (cancel) cancel.hidden = submit === 'nat.add';
  }

  private deleteRule(index: number): void {
    const [rule] = this.state.rules.splice(index, 1);
    if (!rule) return;
    if (this.editing !== undefined) this.stopEdit();
    this.drawRules();
    this.drawTest(false);
    announce(
      this.querySelector('[data-live]'),
      say({ key: 'nat.deleted', vars: { protocol: rule.protocol.toUpperCase(), n: rule.external } }),
    );
    this.write();
    const next = this.querySelectorAll<HTMLButtonElement>('[data-delete]')[Math.min(index, this.state.rules.length - 1)];
    (next ?? this.control('protocol'))?.focus();
  }

  private sendTestPacket(): void {
    const form = this.querySelector<HTMLFormElement>('[data-test-form]');
    const protocol = (form?.querySelector<HTMLSelectElement>('[name="protocol"]')?.value === 'udp' ? 'udp' : 'tcp') as RuleProtocol;
    const input = form?.querySelector<HTMLInputElement>('[name="port"]');
    const parsed = parsePort(input?.value ?? '');
    const error = !parsed.ok ? say({ key: `nat.error.port.${parsed.reason}` }) : parsed.port === 0 ? say('nat.error.port.zero') : undefined;
    showNote(this.querySelector('[data-error="test"]'), error);
    input?.setAttribute('aria-invalid', String(Boolean(error)));
    if (error || !parsed.ok) {
      announce(this.querySelector('[data-live]'), error ?? '');
      return;
    }
    this.state.test = { protocol, port: parsed.port };
    this.drawTest(true);
    this.write();
  }

  /** Shows where the last test packet goes under the current rules (and says it when asked to). */
  private drawTest(speak: boolean): void {
    const out = this.querySelector<HTMLElement>('[data-test-result]');
    const test = this.state.test;
    if (!out || !test) return;
    const result = sendTest(this.state.rules, test.protocol, test.port, this.state.cgnat);
    const text = say(testMessage(result, test.protocol, test.port));
    out.textContent = text;
    out.hidden = false;
    out.dataset.outcome = result.outcome;
    const form = this.querySelector('[data-test-form]');
    const select = form?.querySelector<HTMLSelectElement>('[name="protocol"]');
    const input = form?.querySelector<HTMLInputElement>('[name="port"]');
    if (select) select.value = test.protocol;
    if (input) input.value = String(test.port);
    if (speak) announce(this.querySelector('[data-live]'), text);
  }

  private write(): void {
    writeQuery(natQuery(this.state));
  }
}

customElements.define('pa-nat-walkthrough', NatWalkthrough);
