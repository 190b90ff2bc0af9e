import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** axe's WCAG 2.1 AA findings on the page as it is now, each as "rule: targets" (an empty list passes). */
export async function axeViolations(page: Page, label = ""): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map(
    (violation) => `${label}${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
  );
}

/** Fails the test with axe's findings, once the page has its title (after an action React replaces the head). */
export async function expectNoAxeViolations(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  expect(await axeViolations(page)).toEqual([]);
}
