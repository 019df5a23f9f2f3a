/**
 * axe-core's rules on what is rendered. Colour contrast needs a real layout engine (the
 * browser journeys check it); names, roles, labels, table headers and lists hold here too.
 * `landmarks` also asks that all content sits in landmarks, for a screen with its navigation.
 */
export async function axeViolations(
  element: Element,
  { landmarks = false }: { landmarks?: boolean } = {},
): Promise<string[]> {
  const axe = (await import('axe-core')).default;
  const result = await axe.run(element, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: landmarks } },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
