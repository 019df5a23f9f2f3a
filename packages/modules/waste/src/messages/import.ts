/**
 * What the import says in its plan (warnings, how a location is named) and in the sources'
 * health, in both languages; `{name}` placeholders are filled by `importText()`.
 */
export const importMessages = {
  de: {
    'waste.import.parity.odd': 'ungerade',
    'waste.import.parity.even': 'gerade',
    'waste.import.warning.twoRounds':
      '{location}: Die Datei nennt für {type} mehrere Runden ({labels}); ihre Termine wurden zu einer Tour zusammengelegt.',
    'waste.import.warning.unmapped':
      '„{label}“ ist keiner Abfallart zugeordnet; diese Termine wurden nicht übernommen.',
    'waste.import.tour.name': '{type} – {location}',
    'waste.import.source.unchanged': 'Unverändert seit dem letzten Abruf',
  },
  en: {
    'waste.import.parity.odd': 'odd',
    'waste.import.parity.even': 'even',
    'waste.import.warning.twoRounds':
      '{location}: the file gives several rounds of {type} ({labels}); their dates were merged into one tour.',
    'waste.import.warning.unmapped':
      '"{label}" names no waste type; these pickups were not imported.',
    'waste.import.tour.name': '{type} – {location}',
    'waste.import.source.unchanged': 'Unchanged since the last fetch',
  },
};

export type ImportMessageKey = keyof typeof importMessages.de;

/** One of the import's texts in `language`, its `{placeholders}` filled. */
export function importText(
  language: 'de' | 'en',
  key: ImportMessageKey,
  params: Record<string, string | number> = {},
): string {
  return importMessages[language][key].replace(/\{(\w+)\}/g, (all, name: string) =>
    name in params ? String(params[name]) : all,
  );
}
