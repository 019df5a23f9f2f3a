/**
 * The app shell's own screens; their German paths are part of the app's public address
 * space. Here rather than in the web package because the server must know them too: it
 * answers only the app's routes with the app, and anything else with 404.
 */
export const SHELL_PAGES = {
  home: '/',
  settings: '/einstellungen',
  /** "Meine Termine": a resident's dates from every module, and their calendar link. */
  dates: '/termine',
  imprint: '/impressum',
  privacy: '/datenschutz',
  accessibility: '/barrierefreiheit',
  feedback: '/feedback',
  admin: '/admin',
  /** The editors' notification screen, a kernel screen of the staff area. */
  notifications: '/admin/benachrichtigungen',
  /** The administrators' feedback inbox, a kernel screen of the staff area. */
  feedbackInbox: '/admin/feedback',
  /** The administrators' staff accounts: invite, roles, deactivate. */
  staffAccounts: '/admin/mitarbeitende',
  /** The administrators' view of every importer's and scheduled job's health. */
  sources: '/admin/datenquellen',
} as const;

export type ShellPage = keyof typeof SHELL_PAGES;
