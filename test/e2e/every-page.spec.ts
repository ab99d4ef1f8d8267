import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Every page of the app, as a keyboard user and a screen reader meet it: it renders without a
 * console error, every control has a role and a name, and the keyboard reaches the main navigation.
 */
const PAGES = [
  'Start',
  'Search',
  'Carts',
  'Orders',
  'After-sales',
  'Logistics',
  'Batches',
  'Settings',
];

/** Controls with no accessible name, described well enough to find them. */
async function unnamedControls(page: Page): Promise<{ checked: number; unnamed: string[] }> {
  return page.evaluate(() => {
    const selector =
      'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="link"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"], [role="combobox"], [role="menuitem"], [role="option"]';
    const nameOf = (element: Element): string => {
      const labelled = element.getAttribute('aria-labelledby');
      if (labelled) {
        const text = labelled
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim();
        if (text) return text;
      }
      const label = element.getAttribute('aria-label') ?? element.getAttribute('title');
      if (label?.trim()) return label;
      if (
        element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement
      ) {
        const labels = Array.from(element.labels ?? [])
          .map((l) => l.textContent ?? '')
          .join(' ')
          .trim();
        if (labels) return labels;
        if (element instanceof HTMLInputElement && element.placeholder) return element.placeholder;
        if (element instanceof HTMLInputElement && ['submit', 'button'].includes(element.type))
          return element.value;
      }
      const text = (element.textContent ?? '').trim();
      if (text) return text;
      const image = element.querySelector('img[alt], svg[aria-label]');
      return image?.getAttribute('alt') ?? image?.getAttribute('aria-label') ?? '';
    };
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return (
        box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
      );
    };
    const shown = Array.from(document.querySelectorAll(selector)).filter(
      (element) => visible(element) && element.getAttribute('aria-hidden') !== 'true',
    );
    return {
      checked: shown.length,
      unnamed: shown
        .filter((element) => !nameOf(element))
        .map((element) => element.outerHTML.slice(0, 160)),
    };
  });
}

test('every page renders, names every control and logs no error', async ({ app }) => {
  const errors: string[] = [];
  app.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  app.on('pageerror', (error) => errors.push(error.message));
  const nav = app.getByRole('navigation', { name: 'Main' });
  for (const name of PAGES) {
    await nav.getByRole('button', { name, exact: true }).click();
    await expect(app.getByRole('main').getByRole('heading').first()).toBeVisible();
    await app.waitForLoadState('networkidle');
    const { checked, unnamed } = await unnamedControls(app);
    expect(checked, `controls found on ${name}`).toBeGreaterThan(PAGES.length);
    expect(unnamed, `unnamed controls on ${name}`).toEqual([]);
  }
  expect(errors).toEqual([]);
});

test('the keyboard alone reaches the navigation and opens a page', async ({ app }) => {
  await app.keyboard.press('Tab');
  let reached = false;
  for (let step = 0; step < 30 && !reached; step++) {
    const focused = await app.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === 'Orders') reached = true;
    else await app.keyboard.press('Tab');
  }
  expect(reached).toBe(true);
  await app.keyboard.press('Enter');
  await expect(
    app.getByRole('main').getByRole('heading', { name: 'Orders' }).first(),
  ).toBeVisible();
});
