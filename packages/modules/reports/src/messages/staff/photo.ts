import type { MessageCatalogue } from '@city-app/core';

/** Making parts of a report's photo unrecognisable. */
export const photoWords = {
  de: {
    'reports.staff.redaction.title': 'Foto unkenntlich machen',
    'reports.staff.redaction.lead':
      'Markieren Sie Gesichter und Kennzeichen: Ziehen Sie mit der Maus ein Rechteck auf dem Foto, oder geben Sie den Bereich in Prozent ein. Beim Verpixeln wird das Foto neu gespeichert; das Original bleibt nicht erhalten.',
    'reports.staff.redaction.typed': 'Bereich in Prozent des Fotos',
    'reports.staff.redaction.x': 'Von links',
    'reports.staff.redaction.y': 'Von oben',
    'reports.staff.redaction.width': 'Breite',
    'reports.staff.redaction.height': 'Höhe',
    'reports.staff.redaction.wrong':
      'Geben Sie vier Zahlen von 0 bis 100 an; Breite und Höhe größer als 0, und der Bereich endet im Foto.',
    'reports.staff.redaction.add': 'Bereich markieren',
    'reports.staff.redaction.area':
      '{x} % von links, {y} % von oben, {width} % breit, {height} % hoch',
    'reports.staff.redaction.remove': 'Entfernen',
    'reports.staff.redaction.removeName': 'Entfernen: {area}',
    'reports.staff.redaction.none': 'Noch kein Bereich markiert.',
    'reports.staff.redaction.submit': 'Markierte Bereiche verpixeln',
    'reports.staff.redaction.done': 'Das Foto ist verpixelt.',
  },
  en: {
    'reports.staff.redaction.title': 'Make parts of the photo unrecognisable',
    'reports.staff.redaction.lead':
      'Mark faces and number plates: drag a rectangle on the photo with the mouse, or type the area in percent. Pixelating stores the photo anew; the original is not kept.',
    'reports.staff.redaction.typed': 'Area in percent of the photo',
    'reports.staff.redaction.x': 'From the left',
    'reports.staff.redaction.y': 'From the top',
    'reports.staff.redaction.width': 'Width',
    'reports.staff.redaction.height': 'Height',
    'reports.staff.redaction.wrong':
      'Give four numbers from 0 to 100; width and height above 0, and the area ends inside the photo.',
    'reports.staff.redaction.add': 'Mark area',
    'reports.staff.redaction.area':
      '{x} % from the left, {y} % from the top, {width} % wide, {height} % high',
    'reports.staff.redaction.remove': 'Remove',
    'reports.staff.redaction.removeName': 'Remove: {area}',
    'reports.staff.redaction.none': 'No area marked yet.',
    'reports.staff.redaction.submit': 'Pixelate the marked areas',
    'reports.staff.redaction.done': 'The photo is pixelated.',
  },
} satisfies MessageCatalogue;
