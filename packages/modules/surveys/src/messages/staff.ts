export const staffMessages = { de: {}, en: {} } as const;
