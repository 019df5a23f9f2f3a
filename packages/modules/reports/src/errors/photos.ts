import { defineErrors, errorRaiser } from '@city-app/core';

/** What a report's photo is refused with; `field` is always `photo`. */
export const photoErrors = defineErrors({
  reports_photo_unreadable: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Foto nicht lesbar', en: 'Photo unreadable' },
    message: {
      de: 'Das Foto lässt sich nicht lesen. Es ist kein Bild im Format JPEG, PNG oder WebP, oder es ist beschädigt.',
      en: 'The photo cannot be read. It is not an image in JPEG, PNG or WebP format, or it is damaged.',
    },
    hint: {
      de: 'Wählen Sie ein anderes Foto, oder senden Sie die Meldung ohne Foto.',
      en: 'Choose another photo, or send the report without one.',
    },
  },
  reports_photo_type: {
    status: 415,
    exit: 'invalid_input',
    title: { de: 'Bildformat nicht möglich', en: 'Image format not possible' },
    message: {
      de: 'Fotos im Format {format} können wir nicht annehmen; möglich sind JPEG, PNG und WebP.',
      en: 'We cannot take photos in {format} format; JPEG, PNG and WebP are possible.',
    },
    hint: {
      de: 'Stellen Sie die Kamera auf „Maximale Kompatibilität“ (JPEG) oder machen Sie ein Bildschirmfoto des Bildes.',
      en: 'Set the camera to "Most compatible" (JPEG), or take a screenshot of the picture.',
    },
  },
  reports_photo_too_large: {
    status: 413,
    exit: 'invalid_input',
    title: { de: 'Foto zu groß', en: 'Photo too large' },
    message: {
      de: 'Das Foto ist {size} MB groß; höchstens {max} MB sind möglich.',
      en: 'The photo is {size} MB; at most {max} MB are possible.',
    },
    hint: {
      de: 'Wählen Sie eine kleinere Auflösung oder ein anderes Foto.',
      en: 'Choose a smaller resolution or another photo.',
    },
  },
  reports_photo_too_many_pixels: {
    status: 413,
    exit: 'invalid_input',
    title: { de: 'Foto zu groß', en: 'Photo too large' },
    message: {
      de: 'Das Foto hat {megapixels} Megapixel; höchstens {max} Megapixel sind möglich.',
      en: 'The photo has {megapixels} megapixels; at most {max} megapixels are possible.',
    },
    hint: {
      de: 'Wählen Sie eine kleinere Auflösung oder ein anderes Foto.',
      en: 'Choose a smaller resolution or another photo.',
    },
  },
});

export const photoError = errorRaiser(photoErrors);
