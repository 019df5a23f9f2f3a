import { defineErrors } from '../entry.js';

const tooLarge = {
  status: 413,
  exit: 'invalid_input',
  title: { de: 'Bild zu groß', en: 'Image too large' },
  hint: {
    de: 'Verkleinern Sie das Bild in einem Bildprogramm oder wählen Sie ein anderes.',
    en: 'Make the image smaller in an image editor, or choose another one.',
  },
} as const;

/** Images that staff upload for content (news, events, resources); the field is `file`. */
export const imageErrors = defineErrors({
  image_missing: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Kein Bild', en: 'No image' },
    message: {
      de: 'Es wurde kein Bild mitgeschickt.',
      en: 'No image was sent.',
    },
    hint: {
      de: 'Wählen Sie eine Bilddatei (JPEG, PNG oder WebP) aus.',
      en: 'Choose an image file (JPEG, PNG or WebP).',
    },
  },
  image_unreadable: {
    status: 400,
    exit: 'invalid_input',
    title: { de: 'Bild nicht lesbar', en: 'Image unreadable' },
    message: {
      de: 'Die Datei lässt sich nicht als Bild lesen. Sie ist kein JPEG, PNG oder WebP, oder sie ist beschädigt.',
      en: 'The file cannot be read as an image. It is not a JPEG, PNG or WebP, or it is damaged.',
    },
    hint: {
      de: 'Öffnen Sie das Bild in einem Bildprogramm, speichern Sie es als JPEG und laden Sie es erneut hoch.',
      en: 'Open the image in an image editor, save it as JPEG and upload it again.',
    },
  },
  image_type: {
    status: 415,
    exit: 'invalid_input',
    title: { de: 'Bildformat nicht möglich', en: 'Image format not possible' },
    message: {
      de: 'Bilder im Format {format} können wir nicht annehmen; möglich sind JPEG, PNG und WebP.',
      en: 'We cannot take images in {format} format; JPEG, PNG and WebP are possible.',
    },
    hint: {
      de: 'Speichern Sie das Bild in einem Bildprogramm als JPEG oder PNG.',
      en: 'Save the image as JPEG or PNG in an image editor.',
    },
  },
  image_too_large: {
    ...tooLarge,
    message: {
      de: 'Das Bild ist {size} MB groß; höchstens {max} MB sind möglich.',
      en: 'The image is {size} MB; at most {max} MB are possible.',
    },
  },
  image_too_many_pixels: {
    ...tooLarge,
    message: {
      de: 'Das Bild hat {megapixels} Megapixel; höchstens {max} Megapixel sind möglich.',
      en: 'The image has {megapixels} megapixels; at most {max} megapixels are possible.',
    },
  },
  image_upload_forbidden: {
    status: 403,
    exit: 'invalid_input',
    title: { de: 'Nicht erlaubt', en: 'Not allowed' },
    message: {
      de: 'Bilder hochladen dürfen nur Mitarbeiterinnen und Mitarbeiter mit einer Rolle.',
      en: 'Only staff members with a role may upload images.',
    },
    hint: {
      de: 'Bitten Sie eine Administratorin oder einen Administrator, Ihrem Konto eine Rolle zu geben.',
      en: 'Ask an administrator to give your account a role.',
    },
  },
  image_not_found: {
    status: 404,
    exit: 'invalid_input',
    title: { de: 'Bild nicht gefunden', en: 'Image not found' },
    message: {
      de: 'Dieses Bild gibt es nicht in dieser Größe.',
      en: 'There is no such image in this size.',
    },
  },
});
