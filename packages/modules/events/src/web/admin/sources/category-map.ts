/** The category map as staff type it, one "word = id" per line, and back. */
export function mapText(map: Record<string, string>): string {
  return Object.entries(map)
    .map(([word, id]) => `${word} = ${id}`)
    .join('\n');
}

/**
 * Reads the lines; the first line that is not "word = id" with a known id is returned by
 * its number, so the form can name it.
 */
export function readMap(
  text: string,
  known: readonly string[],
): { map: Record<string, string> } | { badLine: number } {
  const map: Record<string, string> = {};
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const at = line.lastIndexOf('=');
    const word = line.slice(0, at).trim();
    const id = line.slice(at + 1).trim();
    if (at < 0 || !word || word.length > 80 || !known.includes(id)) return { badLine: i + 1 };
    map[word] = id;
  }
  return { map };
}
