import { expect, test } from '@playwright/test';

const cases = [
  { lang: 'en', correct: 'Correct.', wrong: 'Not quite.', show: 'Show the answer' },
  { lang: 'ko', correct: '정답입니다.', wrong: '아쉬워요.', show: '정답 보기' },
] as const;

for (const c of cases) {
  test(`a ${c.lang} quiz marks answers as soon as they are picked`, async ({ page }) => {
    await page.goto(`/${c.lang}/lessons/port-ranges/`);
    const question = page.locator('.question').first();
    const answer = Number(await question.getAttribute('data-answer'));
    const radios = question.getByRole('radio');
    const wrongIndex = answer === 0 ? 1 : 0;
    await radios.nth(wrongIndex).check();
    await expect(question.getByRole('status')).toContainText(c.wrong);
    await expect(question.locator('details')).toHaveAttribute('open', '');
    await radios.nth(answer).check();
    await expect(question.getByRole('status')).toHaveText(c.correct);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const c of cases) {
    test(`a ${c.lang} quiz still reveals each answer and explanation`, async ({ page }) => {
      await page.goto(`/${c.lang}/lessons/what-is-a-port/`);
      const questions = page.locator('.question');
      expect(await questions.count()).toBeGreaterThanOrEqual(3);
      const first = questions.first();
      const explanation = first.locator('details p');
      await expect(explanation).toBeHidden();
      await first.getByText(c.show).click();
      await expect(explanation).toBeVisible();
      await first.getByRole('radio').first().check();
      await expect(first.getByRole('radio').first()).toBeChecked();
    });
  }
});
