/**
 * Self-check questions: choosing an option only selects it; the "Check" button marks it.
 * Feedback strings come from the enclosing `.quiz` list (Quiz.astro), once per page.
 */
export function handleQuiz(question: HTMLElement, event: Event): void {
  const target = event.target;
  if (event.type === 'change') return clearMarks(question);
  if (event.type !== 'click' || !(target instanceof Element) || !target.closest('[data-check]')) return;
  const feedback = question.querySelector<HTMLElement>('[data-feedback]');
  const strings = question.closest<HTMLElement>('.quiz')?.dataset ?? {};
  const answer = question.dataset.answer;
  if (!feedback || answer === undefined) return;
  const chosen = question.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  clearMarks(question);
  if (!chosen) {
    feedback.textContent = strings.pick ?? 'Pick an option first.';
    return;
  }
  const correct = chosen.value === answer;
  for (const input of question.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    const label = input.closest<HTMLElement>('.question-option');
    if (!label) continue;
    if (input.value === answer) label.dataset.mark = 'right';
    else if (input === chosen) label.dataset.mark = 'wrong';
  }
  question.dataset.result = correct ? 'correct' : 'incorrect';
  feedback.textContent = correct
    ? (strings.correct ?? 'Correct.')
    : (strings.incorrect ?? 'Not quite. The answer is {option}.').replace('{option}', question.dataset.answerLabel ?? '');
  const details = question.querySelector('details');
  if (details) details.open = true;
}

/** Forgets an earlier check when the reader picks again, so old marks never describe a new choice. */
function clearMarks(question: HTMLElement): void {
  delete question.dataset.result;
  for (const label of question.querySelectorAll<HTMLElement>('[data-mark]')) delete label.dataset.mark;
  const feedback = question.querySelector<HTMLElement>('[data-feedback]');
  if (feedback) feedback.textContent = '';
}
