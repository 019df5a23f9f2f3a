/**
 * The waste named by an event's text, without the decoration authorities add around it:
 * "Abfuhr: Papier 4-wö." → "Papier", "Leerung Restabfall (2-wöchentlich)" → "Restabfall",
 * "Gelbe Tonne - Hagenow Nord" → "Gelbe Tonne". A text naming several types keeps them,
 * each cleaned: "Restabfall 2-wö., Papier 4-wö." → "Restabfall, Papier".
 */
export function cleanLabel(text: string): string {
  const whole = text.replace(/\s+/g, ' ').trim();
  const label = stripPrefixes(whole)
    .split(/\s*[,;]\s*/)
    .map(stripSuffixes)
    .filter((part) => part !== '')
    .join(', ');
  return label === '' ? whole : label;
}

// "Abfuhr: …", "Leerung …", "Abholung …", "Abfallkalender: …" (the Smart Village App), and
// combinations such as "Abfuhrtermin Leerung: …". Only at the start, only as whole words.
const PREFIX =
  /^(?:abfallkalender|abfuhrtermin|abfuhr|abholung|abholtermin|entleerung|leerung|sammlung|termin)(?=[\s:–-]|$)\s*[:–-]?\s*/i;

function stripPrefixes(text: string): string {
  let rest = text;
  for (let next = rest.replace(PREFIX, ''); next !== rest; next = rest.replace(PREFIX, '')) {
    rest = next;
  }
  return rest;
}

// The rhythm: "4-wö.", "14-tägl.", "2-wöchentlich", "14tägig", "wöchentlich", "zweiwöchentlich",
// "1x wöchentlich", "alle 2 Wochen".
const RHYTHM =
  /(?:^|\s)(?:alle\s+\d+\s+(?:wochen|tage)|(?:\d+\s*(?:x\s*|[-–.]\s*)?|zwei|drei|vier)?(?:wö(?:ch(?:entl(?:ich)?|ig)?)?|tägl(?:ich)?|tägig|tg)\.?)$/i;
// A trailing "(…)", or " - Ortsname" after a spaced dash.
const PARENTHESES = /\s*\([^()]*\)$/;
const PLACE = /\s+[-–]\s+[^-–]+$/;

function stripSuffixes(part: string): string {
  let rest = part.trim();
  for (;;) {
    const next = rest.replace(PARENTHESES, '').replace(PLACE, '').replace(RHYTHM, '').trim();
    const trimmed = next.replace(/[\s.:,;–-]+$/, '');
    if (trimmed === rest) return rest;
    rest = trimmed;
  }
}
