// Every screen the screenshots take, each naming the route it shows. The routes come from
// what the town declares (the kernel's shell pages and each enabled module's manifest), so a
// module added to the town, or a screen added to a module, without an entry here is named.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const joinPath = (...parts) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;

/** The town's declared routes: the shell's pages and its modules' screens (resident, staff). */
export async function declaredRoutes(appDir, modules) {
  const require = createRequire(join(appDir, 'package.json'));
  const load = async (name) => import(require.resolve(name));
  const { SHELL_PAGES = {} } = await load('@city-app/core');
  const routes = Object.values(SHELL_PAGES);
  const undeclared = [];
  for (const { id, path } of modules) {
    const manifest = (await load(`@city-app/module-${id}`)).default;
    if (!manifest.screens) {
      undeclared.push(id);
      continue;
    }
    for (const p of manifest.screens.resident ?? []) routes.push(joinPath(path, p));
    for (const p of manifest.screens.staff ?? []) routes.push(joinPath('/admin', path, p));
  }
  return { routes, undeclared };
}

/** Fills a route's parameters; undefined when a value is missing. */
function fill(route, values) {
  let missing = false;
  const path = route.replace(/:(\w+)/g, (_, name) => {
    const value = values[name];
    if (value === undefined || value === null) missing = true;
    return encodeURIComponent(String(value));
  });
  return missing ? undefined : path;
}

const click = (selector) => (page) => page.locator(selector).first().click();

/** The screens of one module: its id, and per screen its name, its route below the module's path. */
function moduleScreens(found) {
  return {
    news: {
      resident: [
        ['news', ''],
        ['news-article', ':slug', { slug: found.article?.slug }],
      ],
      staff: [
        ['admin-news', ''],
        ['admin-news-editor', 'new'],
        ['admin-news-article-editor', ':id', { id: found.article?.id }],
      ],
    },
    'experiment-space': {
      resident: [
        ['space', ''],
        [
          'space-resource',
          'buchen/:id',
          { id: found.resource?.id },
          { query: `?tag=${found.slotDate}` },
        ],
        [
          'space-booking-form',
          'buchen/:id',
          { id: found.resource?.id },
          // The form appears once a free time is chosen.
          { query: `?tag=${found.slotDate}`, act: click('.experiment-space-slots__list button') },
        ],
        ['space-confirmation', 'bestaetigung/:token', { token: found.bookingToken }],
        ['space-my-booking', 'buchung/:token', { token: found.bookingToken }],
        ['space-my-data', 'meine-daten'],
        ['space-courses', 'kurse'],
        ['space-course', 'kurse/:id', { id: found.course?.id }],
      ],
      staff: [
        ['admin-space-schedule', ''],
        ['admin-space-approvals', 'freigaben'],
        ['admin-space-bookings', 'buchungen'],
        ['admin-space-resources', 'ressourcen'],
        ['admin-space-resource-new', 'ressourcen/neu'],
        ['admin-space-resource-editor', 'ressourcen/:id', { id: found.resource?.id }],
        ['admin-space-courses', 'kurse'],
        ['admin-space-course-editor', 'kurse/:id', { id: found.course?.id }],
        ['admin-space-briefings', 'einweisungen'],
        ['admin-space-quotas', 'kontingente'],
      ],
    },
    events: {
      resident: [
        ['events', ''],
        ['events-month', 'monat'],
        ['events-event', ':id', { id: found.eventId }],
        ['events-submit', 'eintragen'],
        ['events-submit-confirm', 'eintragen/bestaetigen'],
      ],
      staff: [
        ['admin-events', ''],
        ['admin-events-new', 'neu'],
        ['admin-events-editor', ':id', { id: found.staffEventId }],
        ['admin-events-venues', 'orte'],
        ['admin-events-sources', 'quellen'],
        ['admin-events-review', 'pruefen'],
        ['admin-events-organisers', 'veranstalter'],
      ],
    },
    waste: {
      resident: [
        ['waste', ''],
        ['waste-month', 'monat'],
        ['waste-street', 'strasse'],
      ],
      staff: [
        ['admin-waste', ''],
        ['admin-waste-import', 'import'],
        ['admin-waste-mappings', 'zuordnung'],
        ['admin-waste-sources', 'quellen'],
        ['admin-waste-streets', 'strassen'],
        ['admin-waste-street', 'strassen/:id', { id: found.locationId }],
        ['admin-waste-tour', 'touren/:id', { id: found.tourId }],
      ],
    },
    reports: {
      resident: [
        ['reports', ''],
        ['reports-form', 'melden'],
        ['reports-report', ':id', { id: found.reportId }],
      ],
      staff: [
        ['admin-reports-inbox', ''],
        ['admin-reports-report', ':id', { id: found.reportId }],
        ['admin-reports-templates', 'vorlagen'],
        ['admin-reports-keys', 'schnittstelle'],
      ],
    },
    surveys: {
      resident: [
        ['surveys', ''],
        ['surveys-survey', ':id', { id: found.surveyId }],
        [
          'surveys-results',
          ':id',
          { id: found.surveyId },
          // After voting the screen shows the live results.
          {
            act: async (page) => {
              await page.locator('main input[type="radio"]').first().check();
              await page.locator('main form button[type="submit"]').first().click();
            },
          },
        ],
        ['surveys-confirm', 'bestaetigen'],
      ],
      staff: [
        ['admin-surveys', ''],
        ['admin-surveys-new', 'neu'],
        ['admin-surveys-editor', ':id', { id: found.surveyId }],
        ['admin-surveys-results', ':id/ergebnisse', { id: found.surveyId }],
      ],
    },
    council: {
      resident: [
        ['council', ''],
        ['council-committees', 'gremien'],
        ['council-meeting', ':key', { key: found.meetingKey }],
        ['council-paper', 'vorlage/:key', { key: found.paperKey }],
      ],
      staff: [],
    },
  };
}

/** The kernel's screens, resident and staff. */
function shellScreens(found) {
  return [
    ['home', '/'],
    ['settings', '/einstellungen'],
    ['dates', '/termine'],
    ['feedback', '/feedback'],
    ['imprint', '/impressum'],
    ['privacy', '/datenschutz'],
    ['accessibility', '/barrierefreiheit'],
    // Offline, a screen not opened before explains why it is missing.
    ['offline', '/einstellungen', {}, { offline: true }],
    ['staff-login', '/admin', {}, { signedOut: true }],
    ['staff-forgot-password', '/admin', {}, { signedOut: true, act: click('main p button') }],
    // The first login: the invitation's link, where the new colleague sets a password.
    [
      'staff-invitation',
      '/admin',
      {},
      { signedOut: true, hash: found.invitationHash, needs: found.invitationHash },
    ],
    ['admin', '/admin', {}, { staff: true }],
    ['admin-notifications', '/admin/benachrichtigungen', {}, { staff: true }],
    ['admin-feedback', '/admin/feedback', {}, { staff: true }],
    ['admin-staff', '/admin/mitarbeitende', {}, { staff: true }],
    ['admin-sources', '/admin/datenquellen', {}, { staff: true }],
  ];
}

/**
 * The screens of the town as entries `{ name, route, path, staff?, signedOut?, offline?, act? }`,
 * and the problems: a declared route without an entry, an entry whose content is missing.
 */
export function screenList(found, modules, declared) {
  const entries = [];
  const problems = [];
  // A module whose manifest declares no screens (an older one) gets every entry of its own.
  const add = (name, route, values, options = {}, module = undefined) => {
    if (!declared.routes.includes(route) && !declared.undeclared.includes(module)) return;
    const path = fill(route, values ?? {});
    if (!path || ('needs' in options && !options.needs)) {
      problems.push(`${name}: nothing to show at ${route} (its content was not seeded)`);
      return;
    }
    entries.push({
      name,
      route,
      path: `${path}${options.query ?? ''}${options.hash ?? ''}`,
      ...options,
    });
  };
  for (const [name, route, values, options] of shellScreens(found))
    add(name, route, values, options);
  const perModule = moduleScreens(found);
  for (const { id, path } of modules) {
    const screens = perModule[id];
    if (!screens) continue;
    for (const [name, sub, values, options] of screens.resident)
      add(name, joinPath(path, sub), values, options, id);
    for (const [name, sub, values, options] of screens.staff)
      add(name, joinPath('/admin', path, sub), values, { ...options, staff: true }, id);
  }
  const covered = new Set(entries.map((e) => e.route));
  for (const route of declared.routes)
    if (!covered.has(route) && !problems.some((p) => p.includes(` ${route} `)))
      problems.push(`${route}: declared by the town but no screenshot entry takes it`);
  for (const id of declared.undeclared)
    problems.push(`module ${id} declares no screens in its manifest; its routes are not checked`);
  return { entries, problems };
}
