import { defineErrors } from '../entry.js';

// Every problem of one content file shares the code, title and hint; the message names the
// file (and the line where the front matter has one), so a town finds it among many.
const contentFile = {
  code: 'invalid_content',
  status: 400,
  exit: 'invalid_input',
  title: { de: 'Ungültige Inhaltsdatei', en: 'Invalid content file' },
  hint: {
    de: 'Beginnen Sie die Datei mit einem Front-Matter-Block: eine Zeile „---“, dann Zeilen „Schlüssel: Wert“, dann „---“.',
    en: 'Start the file with a front-matter block: a line "---", then "key: value" lines, then "---".',
  },
} as const;

const feedFile = {
  code: 'invalid_feed',
  status: 400,
  exit: 'invalid_input',
  title: { de: 'Kein lesbarer Feed', en: 'Not a readable feed' },
  // The import decodes the encoding a feed declares, so the hint does not ask for UTF-8.
  hint: {
    de: 'Geben Sie eine RSS-2.0-Datei (<rss><channel><item>) oder eine Atom-Datei (<feed><entry>) an, in UTF-8 oder in der Kodierung, die ihre XML-Deklaration nennt.',
    en: 'Give an RSS 2.0 (<rss><channel><item>) or Atom (<feed><entry>) file, in UTF-8 or in the encoding its XML declaration names.',
  },
} as const;

/** What the news module refuses in the town's content files and in imported feeds. */
export const newsImportErrors = defineErrors({
  news_content_no_opening_line: {
    ...contentFile,
    message: {
      de: '{source}, Zeile 1: Die Datei muss mit einer Zeile „---“ beginnen, die den Front Matter öffnet.',
      en: '{source}, line 1: the file must begin with a line "---" that opens the front matter.',
    },
  },
  news_content_not_closed: {
    ...contentFile,
    message: {
      de: '{source}: Der Front Matter ist nicht geschlossen: Fügen Sie nach der letzten Zeile „Schlüssel: Wert“ eine Zeile „---“ ein.',
      en: '{source}: the front matter is not closed: add a line "---" after the last "key: value" line.',
    },
  },
  news_content_unclosed_quote: {
    ...contentFile,
    message: {
      de: '{source}, Zeile {line}: {key}: Dem Wert in Anführungszeichen fehlt das schließende Zeichen.',
      en: '{source}, line {line}: {key}: the quoted value has no closing quote.',
    },
  },
  news_content_bad_escape: {
    ...contentFile,
    message: {
      de: '{source}, Zeile {line}: {key}: unbekannte Escape-Sequenz „{escape}“ in einem Wert in doppelten Anführungszeichen; schreiben Sie \\\\ für einen Backslash.',
      en: '{source}, line {line}: {key}: unknown escape "{escape}" in a double-quoted value; write \\\\ for a backslash.',
    },
  },
  news_content_unexpected_text: {
    ...contentFile,
    message: {
      de: '{source}, Zeile {line}: {key}: unerwarteter Text „{text}“; setzen Sie einen Wert mit „: “ oder „ #“ in Anführungszeichen.',
      en: '{source}, line {line}: {key}: unexpected text "{text}"; put a value with ": " or " #" in quotes.',
    },
  },
  news_content_yaml_invalid: {
    ...contentFile,
    message: {
      de: '{source}, Zeile {line}: Der Front Matter ist kein gültiges YAML ({reason}).',
      en: '{source}, line {line}: the front matter is not valid YAML ({reason}).',
    },
  },
  news_content_not_key_value: {
    ...contentFile,
    message: {
      de: '{source}, Zeile {line}: „Schlüssel: Wert“ erwartet, „{text}“ gefunden.',
      en: '{source}, line {line}: expected "key: value", found "{text}".',
    },
  },
  news_content_invalid_key: {
    ...contentFile,
    message: {
      de: '{source}, Zeile {line}: „{key}“ ist kein gültiger Schlüssel; verwenden Sie Buchstaben und Ziffern, z. B. „imageAlt“.',
      en: '{source}, line {line}: "{key}" is not a valid key; use letters and digits, e.g. "imageAlt".',
    },
  },
  news_content_duplicate_key: {
    ...contentFile,
    message: {
      de: '{source}, Zeile {line}: „{key}“ steht zweimal da; behalten Sie eine Zeile.',
      en: '{source}, line {line}: "{key}" appears twice; keep one.',
    },
  },
  news_content_tag_or_alias: {
    ...contentFile,
    message: {
      de: '{source}, Zeile {line}: {key}: Tags (`!`) und Aliasse (`*`) werden nicht unterstützt; schreiben Sie den Wert selbst.',
      en: '{source}, line {line}: {key}: tags (`!`) and aliases (`*`) are not supported; write the value itself.',
    },
  },
  news_content_nested_value: {
    ...contentFile,
    message: {
      de: '{source}, Zeile {line}: {key}: Listen und verschachtelte Werte werden nicht unterstützt; schreiben Sie den Wert als Text, wenn nötig in Anführungszeichen.',
      en: '{source}, line {line}: {key}: lists and maps are not supported; write the value as text, in quotes if needed.',
    },
  },
  news_content_unknown_key: {
    ...contentFile,
    message: {
      de: '{source}: unbekannter Schlüssel „{key}“; verwenden Sie {known}.',
      en: '{source}: unknown key "{key}"; use {known}.',
    },
  },
  news_content_date_missing: {
    ...contentFile,
    message: {
      de: '{source}: publishedAt fehlt; ergänzen Sie z. B. „publishedAt: 2025-03-01“.',
      en: '{source}: publishedAt is missing; add e.g. "publishedAt: 2025-03-01".',
    },
  },
  news_content_date_invalid: {
    ...contentFile,
    message: {
      de: '{source}: publishedAt „{value}“ ist kein Datum; schreiben Sie 2025-03-01 oder 2025-03-01T09:00:00+01:00.',
      en: '{source}: publishedAt "{value}" is not a date; write 2025-03-01 or 2025-03-01T09:00:00+01:00.',
    },
  },
  news_content_field_missing: {
    ...contentFile,
    message: { de: '{source}: {key} fehlt.', en: '{source}: {key}: is missing.' },
  },
  news_content_field_invalid: {
    ...contentFile,
    message: { de: '{source}: {key}: {problem}', en: '{source}: {key}: {problem}' },
  },
  news_content_sample_invalid: {
    ...contentFile,
    message: {
      de: '{source}: sample „{value}“: schreiben Sie true oder false.',
      en: '{source}: sample "{value}": write true or false.',
    },
  },
  news_feed_not_well_formed: {
    ...feedFile,
    message: {
      de: 'Das XML ist in Zeile {line}, Spalte {column} nicht wohlgeformt: {reason}',
      en: 'The XML is not well-formed at line {line}, column {column}: {reason}',
    },
  },
  news_feed_unreadable: {
    ...feedFile,
    message: {
      de: 'Das XML kann nicht gelesen werden: {reason}',
      en: 'The XML cannot be read: {reason}',
    },
  },
  news_feed_rss_without_channel: {
    ...feedFile,
    message: { de: '<rss> hat kein <channel>.', en: '<rss> has no <channel>.' },
  },
  news_feed_unknown_root: {
    ...feedFile,
    message: {
      de: 'Das Wurzelelement der Datei ist <{root}>, nicht <rss> oder <feed>.',
      en: "The file's root element is <{root}>, not <rss> or <feed>.",
    },
  },
});
