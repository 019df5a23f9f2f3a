import type { MessageCatalogue } from '@city-app/core';

/** Words of the image upload field staff use in content forms, German first. */
export const imageFieldMessages = {
  de: {
    'imageField.legend': 'Bild',
    'imageField.none': 'Noch kein Bild.',
    'imageField.preview': 'Vorschau des hochgeladenen Bildes',
    'imageField.choose': 'Bild hochladen',
    'imageField.replace': 'Anderes Bild hochladen',
    'imageField.hint':
      'JPEG, PNG oder WebP, höchstens {max} MB. Ortsangaben (GPS) und Kameradaten werden entfernt, das Bild wird verkleinert.',
    'imageField.uploading': 'Bild wird hochgeladen: {percent} %',
    'imageField.processing': 'Bild wird verarbeitet …',
    'imageField.uploaded': 'Bild hochgeladen. Beschreiben Sie es jetzt im Feld „Alternativtext“.',
    'imageField.removed': 'Bild entfernt.',
    'imageField.remove': 'Bild entfernen',
    'imageField.tooLarge': 'Die Datei ist {size} MB groß; höchstens {max} MB sind möglich.',
    'imageField.type': 'Diese Datei ist kein Bild im Format JPEG, PNG oder WebP.',
    'imageField.alt': 'Alternativtext',
    'imageField.altHint':
      'Beschreiben Sie in einem Satz, was auf dem Bild zu sehen ist. Menschen, die das Bild nicht sehen, hören diesen Text.',
  },
  en: {
    'imageField.legend': 'Image',
    'imageField.none': 'No image yet.',
    'imageField.preview': 'Preview of the uploaded image',
    'imageField.choose': 'Upload an image',
    'imageField.replace': 'Upload another image',
    'imageField.hint':
      'JPEG, PNG or WebP, at most {max} MB. Location (GPS) and camera data are removed, the image is made smaller.',
    'imageField.uploading': 'Uploading the image: {percent} %',
    'imageField.processing': 'Processing the image …',
    'imageField.uploaded': 'Image uploaded. Now describe it in the “Alt text” field.',
    'imageField.removed': 'Image removed.',
    'imageField.remove': 'Remove image',
    'imageField.tooLarge': 'The file is {size} MB; at most {max} MB are possible.',
    'imageField.type': 'This file is not an image in JPEG, PNG or WebP format.',
    'imageField.alt': 'Alt text',
    'imageField.altHint':
      'Describe in one sentence what the image shows. People who cannot see the image hear this text.',
  },
} satisfies MessageCatalogue;
