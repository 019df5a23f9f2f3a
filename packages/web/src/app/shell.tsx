import { localize } from '@city-app/core';
import { Alert, SkipLink, Spinner, type UiStrings, UiStringsProvider } from '@city-app/ui';
import { lazy, type ReactNode, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { HomePage } from '../pages/home.js';
import { NotFoundPage } from '../pages/not-found.js';
import { CONNECTION_MESSAGE, SERVED_META } from '../plugin/html-constants.js';
import { buildRouteTable, resolveRoute, SHELL_PAGES, type ShellPage } from '../router/match.js';
import { Link, PageArrival, pageTitle, useRouter } from '../router/router.js';
import { useCity, useShell } from './context.js';
import { forgetLazy, LoadBoundary, lazyComponent } from './lazy.js';
import { TownLogo } from './town-logo.js';

// Pages other than home load on demand, so the first screen ships little JavaScript.
const SettingsPage = lazy(() => import('../pages/settings.js'));
const DatesPage = lazy(() => import('../pages/dates.js'));
const FeedbackPage = lazy(() => import('../pages/feedback.js'));
const ImprintPage = lazy(() =>
  import('../pages/legal.js').then((m) => ({ default: m.ImprintPage })),
);
const PrivacyPage = lazy(() =>
  import('../pages/legal.js').then((m) => ({ default: m.PrivacyPage })),
);
const AccessibilityPage = lazy(() =>
  import('../pages/legal.js').then((m) => ({ default: m.AccessibilityPage })),
);
const AdminPage = lazy(() => import('../pages/admin.js'));
const AdminModulePage = lazy(() =>
  import('../pages/admin.js').then((m) => ({ default: m.AdminModulePage })),
);

const NotificationsAdminPage = lazy(() =>
  import('../pages/admin.js').then((m) => ({ default: m.NotificationsAdminPage })),
);

const FeedbackInboxAdminPage = lazy(() =>
  import('../pages/admin.js').then((m) => ({ default: m.FeedbackInboxAdminPage })),
);

const StaffAccountsAdminPage = lazy(() =>
  import('../pages/admin.js').then((m) => ({ default: m.StaffAccountsAdminPage })),
);

const SourcesAdminPage = lazy(() =>
  import('../pages/admin.js').then((m) => ({ default: m.SourcesAdminPage })),
);

const SHELL_SCREENS: Record<ShellPage, () => ReactNode> = {
  home: () => <HomePage />,
  settings: () => <SettingsPage />,
  dates: () => <DatesPage />,
  imprint: () => <ImprintPage />,
  privacy: () => <PrivacyPage />,
  accessibility: () => <AccessibilityPage />,
  feedback: () => <FeedbackPage />,
  admin: () => <AdminPage />,
  notifications: () => <NotificationsAdminPage />,
  feedbackInbox: () => <FeedbackInboxAdminPage />,
  staffAccounts: () => <StaffAccountsAdminPage />,
  sources: () => <SourcesAdminPage />,
};

/**
 * Whether the app reaches its server: the browser's word, and the service worker's, which
 * knows when it had to answer from its cache (a dead connection the browser calls online).
 */
function useOnline(): boolean {
  const [online, setOnline] = useState(true);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    const fromWorker = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; state?: unknown } | null;
      if (data?.type !== CONNECTION_MESSAGE) return;
      setOnline(data.state === 'online' && navigator.onLine);
    };
    // A page the worker served from its cache because the network failed says so.
    const served = document.querySelector(`meta[name="${SERVED_META}"]`)?.getAttribute('content');
    setOnline(navigator.onLine && served !== 'offline');
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    const worker = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined;
    worker?.addEventListener('message', fromWorker);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
      worker?.removeEventListener('message', fromWorker);
    };
  }, []);
  return online;
}

/** The screen of the current route; `online` picks the explanation when its code cannot load. */
function Outlet({ online }: { online: boolean }) {
  const { location } = useRouter();
  const { t, city } = useCity();
  const { modules } = useShell();
  const table = useMemo(() => buildRouteTable(modules), [modules]);
  const match = resolveRoute(table, location.pathname);
  const [attempt, setAttempt] = useState(0);

  let screen: ReactNode;
  let retry: (() => void) | undefined;
  if (!match) screen = <NotFoundPage />;
  else if (match.target.kind === 'shell') screen = SHELL_SCREENS[match.target.page]();
  else if (match.target.kind === 'module') {
    const loader = match.target.route.screen;
    const Screen = lazyComponent(loader);
    screen = <Screen params={match.params} />;
    retry = () => forgetLazy(loader);
  } else {
    screen = <AdminModulePage target={match.target} params={match.params} />;
  }

  return (
    <Suspense
      fallback={<Spinner label={t('page.loading')} />}
      key={`${location.pathname}:${attempt}`}
    >
      <LoadBoundary
        message={t(online ? 'page.loadFailed' : 'page.offlineNotLoaded')}
        retryLabel={t('page.retry')}
        onRetry={() => {
          retry?.();
          setAttempt((n) => n + 1);
        }}
      >
        {screen}
        <PageArrival key={location.key} appName={city.branding.appName} />
      </LoadBoundary>
    </Suspense>
  );
}

/**
 * The tab title follows a change of language at once: PageArrival sets it when a page
 * arrives, and the heading it read is now in the other language.
 */
function useTitleFollowsLanguage(appName: string) {
  const { locale } = useCity();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of language
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Effects run after the whole tree has drawn the new language, headings included.
    document.title = pageTitle(document.querySelector('#main h1'), appName);
  }, [locale, appName]);
}

/** The staff area (`/admin…`) has a header of its own: no residents' sections. */
function isStaffArea(pathname: string): boolean {
  return pathname === SHELL_PAGES.admin || pathname.startsWith(`${SHELL_PAGES.admin}/`);
}

export function Shell() {
  const { t, city } = useCity();
  const { modules } = useShell();
  const online = useOnline();
  const uiStrings = useMemo<UiStrings>(
    () => ({
      required: t('ui.required'),
      optional: t('ui.optional'),
      errorPrefix: t('ui.errorPrefix'),
      errorSummaryTitle: t('ui.errorSummaryTitle'),
      close: t('ui.close'),
      loading: t('ui.loading'),
    }),
    [t],
  );
  const { locale } = useCity();
  const { location } = useRouter();
  const staffArea = isStaffArea(location.pathname);
  useTitleFollowsLanguage(city.branding.appName);
  const sections = modules.filter((m) => m.routes.some((r) => r.path === '' || r.path === '/'));

  return (
    <UiStringsProvider value={uiStrings}>
      <SkipLink>{t('app.skipLink')}</SkipLink>
      <header className={staffArea ? 'city-header city-header--staff' : 'city-header'}>
        <div className="city-header__inner">
          {/* The logo stands beside the link, not in it: a logo drawn with text would otherwise be
              visible text missing from the link's name (WCAG 2.5.3, label in name). */}
          <div className="city-header__brand">
            <TownLogo className="city-header__logo" />
            <Link to="/" aria-label={t('app.homeLink', { app: city.branding.appName })}>
              {city.branding.appName}
            </Link>
            {staffArea ? <span className="city-header__area">{t('header.staffArea')}</span> : null}
          </div>
          {sections.length && !staffArea ? (
            <nav aria-label={t('nav.main')} className="city-header__nav">
              <ul className="city-nav">
                <li>
                  <Link to="/" current="exact">
                    {t('nav.home')}
                  </Link>
                </li>
                {sections.map((m) => (
                  <li key={m.manifest.id}>
                    <Link to={m.manifest.path} current="section">
                      {localize(m.manifest.title, locale)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="city-main">
        {online ? null : (
          <Alert tone="warning" live="polite">
            {t('app.offline')}
          </Alert>
        )}
        <Outlet online={online} />
      </main>
      <footer className="city-footer">
        <div className="city-footer__inner">
          <nav aria-label={t('nav.footer')}>
            <ul className="city-footer__links">
              <li>
                <Link to={SHELL_PAGES.imprint} current="exact">
                  {t('footer.imprint')}
                </Link>
              </li>
              <li>
                <Link to={SHELL_PAGES.privacy} current="exact">
                  {t('footer.privacy')}
                </Link>
              </li>
              <li>
                <Link to={SHELL_PAGES.accessibility} current="exact">
                  {t('footer.accessibility')}
                </Link>
              </li>
              <li>
                <Link to={SHELL_PAGES.feedback} current="exact">
                  {t('footer.feedback')}
                </Link>
              </li>
              <li>
                <Link to={SHELL_PAGES.dates} current="exact">
                  {t('footer.dates')}
                </Link>
              </li>
              <li>
                <Link to={SHELL_PAGES.settings} current="exact">
                  {t('footer.settings')}
                </Link>
              </li>
              <li>
                <Link to={SHELL_PAGES.admin} current="section">
                  {t('footer.staff')}
                </Link>
              </li>
            </ul>
          </nav>
          <p className="city-footer__town">{city.legal.imprint.organisation}</p>
        </div>
      </footer>
    </UiStringsProvider>
  );
}
