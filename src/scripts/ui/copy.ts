/** Copies the code block next to a copy button and says so in its live region. */
export async function handleCopy(button: HTMLElement): Promise<void> {
  const block = button.closest('.code-block');
  const code = block?.querySelector('pre')?.innerText ?? '';
  const status = block?.querySelector<HTMLElement>('[data-copy-status]');
  let message = button.dataset.copied ?? 'Copied';
  try {
    await navigator.clipboard.writeText(code.replace(/\n$/, ''));
  } catch {
    message = button.dataset.failed ?? 'Copy failed';
  }
  if (status) {
    status.textContent = message;
    window.setTimeout(() => {
      status.textContent = '';
    }, 2500);
  }
}
