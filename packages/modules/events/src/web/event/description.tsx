import type { Locale } from '@city-app/core';
import type { Localized } from '../../api/localized.js';
import { localizedText } from '../parts/localized-text.js';

/**
 * The description as staff wrote it, plain text: a blank line starts a paragraph, a single
 * line break stays one. Nothing in it is read as markup.
 */
export function Description({ text, locale }: { text: Localized; locale: Locale }) {
  const shown = localizedText(text, locale);
  const paragraphs = shown.text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (!paragraphs.length) return null;
  return (
    <div lang={shown.lang}>
      {paragraphs.map((paragraph, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text have only their place
        <p key={i}>
          {paragraph.split('\n').map((line, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed paragraph have only their place
            <span key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
