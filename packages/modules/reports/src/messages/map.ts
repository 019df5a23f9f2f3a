import type { MessageCatalogue } from '@city-app/core';

/** The map of reports: its controls, markers and the keyboard help. */
export const mapMessages = {
  de: {
    'reports.map.zoomIn': 'Hineinzoomen',
    'reports.map.zoomOut': 'Herauszoomen',
    'reports.map.keyboard':
      'Mit den Pfeiltasten verschieben Sie die Karte, mit Plus und Minus zoomen Sie.',
    'reports.map.keyboardPick':
      'Mit den Pfeiltasten verschieben Sie die Karte unter dem Fadenkreuz, mit Plus und Minus zoomen Sie; die Eingabetaste wählt den Ort im Fadenkreuz.',
    'reports.map.report': 'Meldung {publicId}: {category}, {status}',
    'reports.map.cluster': '{count} Meldungen hier – hineinzoomen',
    'reports.map.picked': 'Gewählter Ort',
    'reports.map.tiles': 'Karte: {attribution}',
    'reports.map.whereLabel': 'Karte: Ort des Mangels wählen',
    'reports.map.listLabel': 'Karte der Meldungen',
  },
  en: {
    'reports.map.zoomIn': 'Zoom in',
    'reports.map.zoomOut': 'Zoom out',
    'reports.map.keyboard': 'Move the map with the arrow keys; zoom with plus and minus.',
    'reports.map.keyboardPick':
      'Move the map under the crosshair with the arrow keys, zoom with plus and minus; Enter chooses the place under the crosshair.',
    'reports.map.report': 'Report {publicId}: {category}, {status}',
    'reports.map.cluster': '{count} reports here – zoom in',
    'reports.map.picked': 'Chosen place',
    'reports.map.tiles': 'Map: {attribution}',
    'reports.map.whereLabel': 'Map: choose the place of the defect',
    'reports.map.listLabel': 'Map of the reports',
  },
} satisfies MessageCatalogue;
