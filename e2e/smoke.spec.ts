import { expect, test } from './fixtures';

test('the production build renders the start page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'GPAI Navigator' })).toBeVisible();
});
