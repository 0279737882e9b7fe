import { expect, test } from '@playwright/test';

const cases = [
  { lang: 'en', check: 'Check answer', correct: 'Correct.', wrong: 'Not quite.', show: 'Show the answer' },
  { lang: 'ko', check: '정답 확인', correct: '정답입니다.', wrong: '아쉬워요.', show: '정답 보기' },
] as const;

for (const c of cases) {
  test(`a ${c.lang} quiz lets the reader look through the options by keyboard before checking`, async ({ page }) => {
    await page.goto(`/${c.lang}/lessons/port-ranges/`);
    const question = page.locator('.question').first();
    const answer = Number(await question.getAttribute('data-answer'));
    const radios = question.getByRole('radio');
    const status = question.getByRole('status');
    await radios.first().focus();
    await page.keyboard.press('Space');
    // Arrow keys move between options; nothing is marked and the answer stays closed.
    const optionCount = await radios.count();
    for (let i = 1; i < optionCount; i += 1) {
      await page.keyboard.press('ArrowDown');
      await expect(radios.nth(i)).toBeChecked();
      await expect(status).toHaveText('');
      await expect(question.locator('details')).not.toHaveAttribute('open', '');
      await expect(question.locator('[data-mark]')).toHaveCount(0);
    }
    // Move to a wrong option, then check it with the keyboard.
    const wrong = answer === optionCount - 1 ? 0 : optionCount - 1;
    await radios.nth(wrong).focus();
    await radios.nth(wrong).check();
    await page.keyboard.press('Tab');
    await expect(question.getByRole('button', { name: c.check })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status).toContainText(c.wrong);
    await expect(question).toHaveAttribute('data-result', 'incorrect');
    await expect(question.locator('.question-option').nth(wrong)).toHaveAttribute('data-mark', 'wrong');
    await expect(question.locator('.question-option').nth(answer)).toHaveAttribute('data-mark', 'right');
    await expect(question.locator('details')).toHaveAttribute('open', '');
    // Right and wrong differ by colour as well as by text and icon.
    const wrongColour = await status.evaluate((el) => getComputedStyle(el).color);
    // Picking again clears the old verdict; checking the right option marks it right.
    await radios.nth(answer).check();
    await expect(status).toHaveText('');
    await question.getByRole('button', { name: c.check }).click();
    await expect(status).toHaveText(c.correct);
    await expect(question).toHaveAttribute('data-result', 'correct');
    const rightColour = await status.evaluate((el) => getComputedStyle(el).color);
    expect(rightColour).not.toBe(wrongColour);
    const icon = await status.evaluate((el) => getComputedStyle(el, '::before').content);
    expect(icon).toContain('✓');
  });

  test(`a ${c.lang} quiz asks for a choice before checking`, async ({ page }) => {
    await page.goto(`/${c.lang}/lessons/what-is-a-port/`);
    const question = page.locator('.question').first();
    await question.getByRole('button', { name: c.check }).click();
    await expect(question.getByRole('status')).not.toHaveText('');
    await expect(question).not.toHaveAttribute('data-result');
  });
}

test('every question keeps its answer and explanation in the page for the answer key', async ({ page }) => {
  await page.goto('/en/lessons/nat-and-port-forwarding/');
  for (const question of await page.locator('.question').all()) {
    const answer = Number(await question.getAttribute('data-answer'));
    const letter = await question.getAttribute('data-answer-label');
    expect(letter).toBe(String.fromCharCode(65 + answer));
    const option = (await question.locator('.question-option').nth(answer).innerText()).replace(/^[A-Z]\s*/, '').trim();
    await expect(question.locator('.question-answer')).toContainText(option);
    expect((await question.locator('.question-explain').textContent())?.trim().length).toBeGreaterThan(20);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const c of cases) {
    test(`a ${c.lang} quiz still reveals each answer and explanation`, async ({ page }) => {
      await page.goto(`/${c.lang}/lessons/what-is-a-port/`);
      const questions = page.locator('.question');
      expect(await questions.count()).toBeGreaterThanOrEqual(3);
      const first = questions.first();
      await expect(first.getByRole('button', { name: c.check })).toBeHidden();
      const explanation = first.locator('details p');
      await expect(explanation).toBeHidden();
      await first.getByRole('radio').first().check();
      await expect(first.getByRole('radio').first()).toBeChecked();
      await first.getByText(c.show).click();
      await expect(explanation).toBeVisible();
    });
  }
});
