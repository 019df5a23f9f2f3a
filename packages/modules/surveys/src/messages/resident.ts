export const residentMessages = { de: {}, en: {} } as const;
