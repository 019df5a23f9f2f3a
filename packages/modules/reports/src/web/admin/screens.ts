/** The town hall's screens under `/admin/maengelmelder`, each loaded when first opened. */
export const adminScreens = {
  '': () => import('./inbox.js'),
  ':id': () => import('./report.js'),
  vorlagen: () => import('./templates.js'),
  schnittstelle: () => import('./api-keys.js'),
};
