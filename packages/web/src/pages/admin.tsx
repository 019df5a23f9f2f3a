import { type Locale, localize } from '@city-app/core';
import { Alert, Button, Form, type FormError, PageHeading, Spinner, TextField } from '@city-app/ui';
import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { errorText } from '../admin/error-text.js';
import { StaffLayout, type StaffSection } from '../admin/layout/staff-layout.js';
import { OpenItemsSection } from '../admin/open-items/open-items-section.js';
import { ChangePassword } from '../admin/password/change-password.js';
import { ForgotPassword } from '../admin/password/forgot-password.js';
import { passwordMessages } from '../admin/password/password-messages.js';
import { ResetPassword, resetTokenFrom } from '../admin/password/reset-password.js';
import { isApiError } from '../api/api-client.js';
import { type StaffUser, useCity, useShell } from '../app/context.js';
import { LoadBoundary, lazyComponent } from '../app/lazy.js';
import { adminMessages } from '../i18n/admin-messages.js';
import { useMessages } from '../i18n/use-messages.js';
import type { WebModule, WebRoute } from '../module.js';
import { joinPath, mayAccess, type RouteTarget, SHELL_PAGES } from '../router/match.js';
import { Link } from '../router/router.js';

/** Asks the server once who is signed in; `undefined` while the answer is pending. */
function useStaffUser(): StaffUser | null | undefined {
  const { api } = useCity();
  const { knownUser, setUser } = useShell();
  useEffect(() => {
    if (knownUser !== undefined) return;
    let cancelled = false;
    api
      .get<{ user: StaffUser }>('/api/auth/me')
      .then((answer) => !cancelled && setUser(answer.user))
      .catch(() => !cancelled && setUser(null));
    return () => {
      cancelled = true;
    };
  }, [api, knownUser, setUser]);
  return knownUser;
}

function LoginForm({ notice, onForgot }: { notice?: ReactNode; onForgot?(): void }) {
  const { api } = useCity();
  const t = useMessages(adminMessages);
  const words = useMessages(passwordMessages);
  const { setUser } = useShell();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const problems = {
      ...(email.trim() ? {} : { email: t('admin.emailRequired') }),
      ...(password ? {} : { password: t('admin.passwordRequired') }),
    };
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      const answer = await api.post<{ user: StaffUser; csrfToken: string }>('/api/auth/login', {
        email: email.trim(),
        password,
      });
      setPassword('');
      setUser(answer.user);
    } catch (error) {
      setErrors({
        form:
          isApiError(error) && (error.status === 401 || error.status === 400)
            ? t('admin.login.failed')
            : // Too many attempts: the server's words say how long to wait.
              isApiError(error) && error.status === 429
              ? error.message
              : errorText(error, t),
      });
    } finally {
      setBusy(false);
    }
  };

  const summary: FormError[] = [
    ...(errors.email ? [{ fieldId: 'login-email', message: errors.email }] : []),
    ...(errors.password ? [{ fieldId: 'login-password', message: errors.password }] : []),
    ...(errors.form ? [{ message: errors.form }] : []),
  ];
  return (
    <>
      <PageHeading lead={t('admin.login.lead')}>{t('admin.login.title')}</PageHeading>
      {notice}
      <Form onSubmit={submit} errors={summary} aria-labelledby="page-title">
        <TextField
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          label={t('admin.email')}
          required
          value={email}
          error={errors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('admin.password')}
          required
          value={password}
          error={errors.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <div>
          <Button type="submit" busy={busy}>
            {t('admin.login.submit')}
          </Button>
        </div>
      </Form>
      {onForgot ? (
        <p>
          <Button variant="secondary" onClick={onForgot}>
            {words('forgot.open')}
          </Button>
        </p>
      ) : null}
    </>
  );
}

/** `/admin`: sign-in, then the areas the staff member's roles open, sign-out and password change. */
export default function AdminPage() {
  const { api, locale } = useCity();
  const t = useMessages(adminMessages);
  const { modules, setUser } = useShell();
  const user = useStaffUser();
  const [signedOut, setSignedOut] = useState(false);
  const [error, setError] = useState('');
  const [forgot, setForgot] = useState(false);
  const [resetToken, setResetToken] = useState<string | null>(null);
  const [resetDone, setResetDone] = useState('');

  // A reset link's token is read once and taken out of the address bar and history.
  useEffect(() => {
    const token = resetTokenFrom(window.location.hash);
    if (!token) return;
    setResetToken(token);
    window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);

  if (resetToken) {
    return (
      <ResetPassword
        token={resetToken}
        onDone={(text) => {
          setResetToken(null);
          setResetDone(text);
          setUser(null);
        }}
      />
    );
  }
  if (forgot && !user) return <ForgotPassword onBack={() => setForgot(false)} />;

  if (user === undefined) {
    return (
      <>
        <PageHeading>{t('admin.title')}</PageHeading>
        <Spinner label={t('admin.checking')} />
      </>
    );
  }
  if (user === null) {
    return (
      <LoginForm
        onForgot={() => setForgot(true)}
        notice={
          resetDone ? (
            <Alert tone="success" title={resetDone} />
          ) : signedOut ? (
            <Alert tone="success" title={t('admin.loggedOut')} />
          ) : null
        }
      />
    );
  }

  if (user.mustChangePassword) {
    return (
      <>
        <PageHeading lead={t('admin.signedInAs', { name: user.name, email: user.email })}>
          {t('admin.title')}
        </PageHeading>
        <ChangePassword first onChanged={() => setUser({ ...user, mustChangePassword: false })} />
      </>
    );
  }

  const sections = staffSections(user, modules, locale);
  const logout = async () => {
    setError('');
    try {
      await api.post('/api/auth/logout');
      setSignedOut(true);
      setUser(null);
    } catch (e) {
      setError(errorText(e, t));
    }
  };

  return (
    <StaffLayout sections={sections}>
      <PageHeading lead={t('admin.signedInAs', { name: user.name, email: user.email })}>
        {t('admin.title')}
      </PageHeading>
      {error ? <Alert tone="error" title={error} /> : null}
      <section aria-labelledby="admin-areas">
        <h2 id="admin-areas">{t('admin.areas')}</h2>
        {sections.length ? (
          <ul className="city-grid city-staff__areas">
            {sections.map((section) => (
              <li key={section.path} className="city-card city-card--link">
                <Link to={section.path}>{section.title}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('admin.noAreas')}</p>
        )}
      </section>
      <OpenItemsSection />
      <ChangePassword />
      <p className="city-admin__logout">
        <Button variant="secondary" onClick={logout}>
          {t('admin.logout')}
        </Button>
      </p>
    </StaffLayout>
  );
}

const notificationsScreen = () => import('../admin/notifications/notifications-screen.js');
const feedbackInboxScreen = () => import('../admin/feedback/feedback-inbox-screen.js');
const staffAccountsScreen = () => import('../admin/staff-accounts/staff-accounts-screen.js');
const sourcesScreen = () => import('../admin/sources/sources-screen.js');

/** The kernel's own staff screens, beside the modules' areas. */
const KERNEL_SCREENS = [
  {
    path: SHELL_PAGES.notifications,
    role: 'editor',
    title: { de: 'Benachrichtigungen', en: 'Notifications' },
  },
  // Feedback holds residents' addresses and complaints: administrators only, not editors.
  { path: SHELL_PAGES.feedbackInbox, role: 'admin', title: { de: 'Feedback', en: 'Feedback' } },
  { path: SHELL_PAGES.staffAccounts, role: 'admin', title: { de: 'Mitarbeitende', en: 'Staff' } },
  { path: SHELL_PAGES.sources, role: 'admin', title: { de: 'Datenquellen', en: 'Data sources' } },
] as const;

/** The staff sections a member may open: the kernel's screens, then each module's area. */
function staffSections(
  user: StaffUser,
  modules: readonly WebModule[],
  locale: Locale,
): StaffSection[] {
  return [
    ...KERNEL_SCREENS.filter((screen) => mayAccess(user, screen.role)).map((screen) => ({
      path: screen.path,
      title: localize(screen.title, locale),
    })),
    ...modules
      .filter(
        (m) =>
          m.admin &&
          mayAccess(user, m.admin.role) &&
          m.admin.routes.some((r) => r.path === '' || r.path === '/'),
      )
      .map((m) => ({
        path: joinPath(SHELL_PAGES.admin, m.manifest.path),
        title: localize(m.manifest.title, locale),
      })),
  ];
}

/** A staff screen, shown only to its role (or an admin), behind the sign-in. */
function StaffScreen({
  requiredRole,
  screen,
  params,
}: {
  requiredRole: string;
  screen: WebRoute['screen'];
  params: Record<string, string>;
}) {
  const t = useMessages(adminMessages);
  const { locale } = useCity();
  const { modules } = useShell();
  const user = useStaffUser();
  if (user === undefined) return <Spinner label={t('admin.checking')} />;
  if (user === null) return <LoginForm />;
  if (!mayAccess(user, requiredRole)) {
    return (
      <>
        <PageHeading>{t('admin.forbidden.title')}</PageHeading>
        <p>{t('admin.forbidden.text')}</p>
        <p>
          <Link to={SHELL_PAGES.admin}>{t('admin.back')}</Link>
        </p>
      </>
    );
  }
  const Screen = lazyComponent(screen);
  return (
    <StaffLayout sections={staffSections(user, modules, locale)}>
      <LoadBoundary message={t('page.loadFailed')} retryLabel={t('page.retry')}>
        <Suspense fallback={<Spinner label={t('page.loading')} />}>
          <Screen params={params} />
        </Suspense>
      </LoadBoundary>
    </StaffLayout>
  );
}

/** A module's staff screen, shown only to its role (or an admin), behind the sign-in. */
export function AdminModulePage({
  target,
  params,
}: {
  target: Extract<RouteTarget, { kind: 'admin' }>;
  params: Record<string, string>;
}) {
  return <StaffScreen requiredRole={target.role} screen={target.route.screen} params={params} />;
}

/** `/admin/benachrichtigungen`: the editors' notification screen. */
export function NotificationsAdminPage() {
  return <StaffScreen requiredRole="editor" screen={notificationsScreen} params={{}} />;
}

/** `/admin/feedback`: the administrators' feedback inbox. */
export function FeedbackInboxAdminPage() {
  return <StaffScreen requiredRole="admin" screen={feedbackInboxScreen} params={{}} />;
}

/** `/admin/mitarbeitende`: the administrators' staff accounts. */
export function StaffAccountsAdminPage() {
  return <StaffScreen requiredRole="admin" screen={staffAccountsScreen} params={{}} />;
}

/** `/admin/datenquellen`: the administrators' view of importers and scheduled jobs. */
export function SourcesAdminPage() {
  return <StaffScreen requiredRole="admin" screen={sourcesScreen} params={{}} />;
}
