import type { WasteType } from '../../../types/waste-type.js';
import { labelKey } from './label-key.js';

/** A staff entry of the mapping table: this text means that type, or (null) nothing to import. */
export interface LabelMapping {
  textKey: string;
  typeId: string | null;
}

export interface ResolvedLabel {
  typeIds: string[];
  /** Parts of the label no type or mapping entry names, as written, for the mapping table. */
  unmapped: string[];
}

/** Where a text's key leads; the staff's entries win over the types' names and aliases. */
export type LabelIndex = Map<string, string | null>;

export function labelIndex(types: readonly WasteType[], mappings: readonly LabelMapping[]) {
  const index: LabelIndex = new Map();
  for (const type of types) {
    for (const text of [type.id, type.name.de, type.name.en, ...type.aliases]) {
      const key = labelKey(text);
      if (key !== '' && !index.has(key)) index.set(key, type.id);
    }
  }
  for (const mapping of mappings) index.set(mapping.textKey, mapping.typeId);
  return index;
}

// Between types in one text: "Restabfall, Papier", "Bio + Rest", "Papier & Gelbe Tonne",
// "Restabfall und Papier". "/" is no separator: "Papier/Pappe" is one type.
const SEPARATOR = /\s*[,;+&]\s*|\s+und\s+/i;

/**
 * The waste types a label names. The whole label first, so "Papier/Pappe" or a staff entry
 * for "Rest- und Biotonne" stays one; then each part between separators.
 */
export function resolveLabel(label: string, index: LabelIndex): ResolvedLabel {
  const whole = index.get(labelKey(label));
  if (whole !== undefined) return { typeIds: whole === null ? [] : [whole], unmapped: [] };
  const typeIds: string[] = [];
  const unmapped: string[] = [];
  for (const part of label.split(SEPARATOR)) {
    const text = part.trim();
    if (labelKey(text) === '') continue;
    const typeId = index.get(labelKey(text));
    if (typeId === undefined) {
      if (!unmapped.includes(text)) unmapped.push(text);
    } else if (typeId !== null && !typeIds.includes(typeId)) {
      typeIds.push(typeId);
    }
  }
  return { typeIds, unmapped };
}
