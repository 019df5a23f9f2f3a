/** A small module's meta for the manifest's tests: every required field, nothing more. */
export const parkingMeta = {
  id: 'parking',
  title: { de: 'Parken' },
  description: { de: 'Parkplätze' },
  field: 'mobility' as const,
  messages: { de: {}, en: {} },
  personalData: [],
};
