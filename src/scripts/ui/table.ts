import { fill } from '../../lib/fill';
import { compareRows, rowMatches, type SortKey, type TableRow } from '../../lib/table-filter';

/** Reads a row's filter data from its cells (port, name) and data-* attributes (category, use ids). */
function rowData(tr: HTMLTableRowElement): TableRow {
  return {
    port: Number(tr.cells[0]?.textContent),
    name: tr.cells[1]?.textContent ?? '',
    category: tr.dataset.category ?? '',
    use: tr.dataset.use ?? '',
    text: tr.textContent ?? '',
  };
}

/** Applies the filter controls of a [data-table] wrapper to its rows and says how many show. */
export function applyFilter(wrapper: HTMLElement): void {
  const value = (name: string) => wrapper.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value ?? '';
  const filter = { query: value('q'), category: value('category'), use: value('use') };
  const rows = [...wrapper.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  let shown = 0;
  for (const tr of rows) {
    const visible = rowMatches(rowData(tr), filter);
    tr.hidden = !visible;
    if (visible) shown += 1;
  }
  const status = wrapper.querySelector<HTMLElement>('[data-table-status]');
  if (status) {
    status.textContent = fill(status.dataset.template ?? '{n}/{total}', { n: shown, total: rows.length });
  }
}

/** Sorts the table by the clicked column; a second click on the same column reverses the order. */
export function sortBy(button: HTMLElement): void {
  const th = button.closest('th');
  const table = button.closest('table');
  const key = button.dataset.sort as SortKey | undefined;
  const tbody = table?.tBodies[0];
  if (!th || !table || !key || !tbody) return;
  const ascending = th.getAttribute('aria-sort') !== 'ascending';
  for (const other of table.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort');
  th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  const locale = document.documentElement.lang || 'en';
  const rows = [...tbody.rows].sort((a, b) => compareRows(rowData(a), rowData(b), key, locale) * (ascending ? 1 : -1));
  tbody.append(...rows);
}
