/** Marks a quiz answer right or wrong as soon as the reader picks an option. */
export function handleQuiz(question: HTMLElement, event: Event): void {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
  const answer = question.dataset.answer;
  const feedback = question.querySelector<HTMLElement>('[data-feedback]');
  const details = question.querySelector('details');
  if (!feedback || answer === undefined) return;
  const correct = input.value === answer;
  const answerLabel = question.dataset.answerLabel ?? '';
  feedback.textContent = correct
    ? (question.dataset.correct ?? 'Correct.')
    : (question.dataset.incorrect ?? 'Not quite.').replace('{option}', answerLabel);
  feedback.dataset.result = correct ? 'correct' : 'incorrect';
  feedback.hidden = false;
  if (details) details.open = true;
}
