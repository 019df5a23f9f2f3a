import { axeViolations } from './axe.js';

/**
 * What every staff screen must be, as a list of what it is not: one heading, its place in the
 * navigation marked (`current`, or none), done loading, no message key shown (`keys` matches
 * the module's), buttons named as they read (WCAG 2.5.3), and no axe violations.
 */
export async function staffScreenProblems(
  container: HTMLElement,
  { current, keys }: { current: string | null; keys: RegExp },
): Promise<string[]> {
  const problems: string[] = [];
  const headings = container.querySelectorAll('h1').length;
  if (headings !== 1) problems.push(`${headings} headings h1, not one`);
  const here = container.querySelector('nav a[aria-current="page"]')?.getAttribute('href') ?? null;
  if (here !== current) problems.push(`navigation marks ${here}, not ${current}`);
  if (container.querySelector('.city-spinner, [role="progressbar"]'))
    problems.push('still loading');
  const key = (container.textContent ?? '').match(keys);
  if (key) problems.push(`shows the message key ${key[0]}`);
  for (const button of container.querySelectorAll('button[aria-label]')) {
    const shown = (button.textContent ?? '').trim().toLowerCase();
    const name = button.getAttribute('aria-label') ?? '';
    if (!name.toLowerCase().startsWith(shown))
      problems.push(`button reads "${shown}" but is named "${name}"`);
  }
  return [...problems, ...(await axeViolations(container, { landmarks: true }))];
}
