// Interface of the parsers slice's module (`resolveLabel`); at merge their file replaces this one.
import type { WasteType } from '../../../types/waste-type.js';
import { textKey } from '../mappings/text-key.js';

/** Which waste types a label names, and the parts of it that name none. */
export function resolveLabel(
  label: string,
  types: readonly WasteType[],
  mappings: ReadonlyMap<string, string | null>,
): { typeIds: string[]; unmapped: string[] } {
  const whole = mappings.get(textKey(label));
  if (whole !== undefined) return { typeIds: whole ? [whole] : [], unmapped: [] };
  const typeIds = new Set<string>();
  const unmapped: string[] = [];
  for (const part of label.split(/\s*(?:[,;/+&]|\bund\b)\s*/)) {
    if (!part.trim()) continue;
    const key = textKey(part);
    const mapped = mappings.get(key);
    if (mapped !== undefined) {
      if (mapped) typeIds.add(mapped);
      continue;
    }
    const type = types.find((t) =>
      [t.id, t.name.de, t.name.en, ...t.aliases].some((text) => textKey(text) === key),
    );
    if (type) typeIds.add(type.id);
    else unmapped.push(part.trim());
  }
  return { typeIds: [...typeIds], unmapped };
}
