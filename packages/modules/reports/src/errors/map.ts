import { defineErrors, errorRaiser } from '@city-app/core';

/** What the public map's query is refused with; `field` names `zoom` or `bbox`. */
export const mapErrors = defineErrors({
  reports_map_zoom: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Zoomstufe nicht möglich', en: 'Zoom level not possible' },
    message: {
      de: 'Die Karte zeigt Meldungen in den Zoomstufen {min} bis {max}, nicht in {zoom}.',
      en: 'The map shows reports at zoom levels {min} to {max}, not at {zoom}.',
    },
    hint: {
      de: 'Zoomen Sie in die Karte hinein oder aus ihr heraus, oder nutzen Sie die Liste.',
      en: 'Zoom the map in or out, or use the list.',
    },
  },
  reports_map_area_too_large: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Kartenausschnitt zu groß', en: 'Map area too large' },
    message: {
      de: 'In Zoomstufe {zoom} zeigt die Karte einen Ausschnitt bis {max} × {max} Bildpunkte; erbeten waren {width} × {height}.',
      en: 'At zoom level {zoom} the map shows an area of up to {max} × {max} pixels; {width} × {height} were asked for.',
    },
    hint: {
      de: 'Zoomen Sie hinein oder wählen Sie einen kleineren Ausschnitt.',
      en: 'Zoom in or choose a smaller area.',
    },
  },
});

export const mapError = errorRaiser(mapErrors);
