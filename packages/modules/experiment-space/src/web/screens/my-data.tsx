import {
  Alert,
  Button,
  Dialog,
  Form,
  type FormError,
  PageHeading,
  Status,
  TextField,
} from '@city-app/ui';
import { failureText, Link } from '@city-app/web';
import { useEffect, useRef, useState } from 'react';
import type { DataAccess, MyDataDeleted, MyDataExport } from '../../api.js';
import { formatRange } from '../format.js';
import { looksLikeEmail } from '../parts/email.js';
import { LocalText } from '../parts/local-text.js';
import { paths } from '../paths.js';
import { type Space, useSpace } from '../use-space.js';

const EMAIL_FIELD = 'experiment-space-data-email';

/** The proof from the e-mail's link (`…/meine-daten#<proof>`), taken out of the address bar. */
function takeProof(): string | null {
  if (typeof location === 'undefined' || location.hash.length < 21) return null;
  const proof = location.hash.slice(1);
  // Out of the address bar and the history: the link works once anyway.
  history.replaceState(history.state, '', location.pathname);
  return proof;
}

/**
 * `/experimentierraum/meine-daten`: every booking of an e-mail address, for the person who
 * reads its mail. They ask for a link here; the link brings them back with a single-use proof,
 * which opens their bookings for 30 minutes to download or delete.
 */
export default function MyDataScreen() {
  const space = useSpace();
  const { t, api } = space;
  const [access, setAccess] = useState<DataAccess | null>(null);
  const [linkFailed, setLinkFailed] = useState(false);
  const spent = useRef(new Set<string>());
  useEffect(() => {
    // On opening the link, and when it is pasted into a tab that shows this screen already.
    const open = () => {
      const proof = takeProof();
      if (!proof || spent.current.has(proof)) return;
      spent.current.add(proof);
      setLinkFailed(false);
      api.post<DataAccess>('/my-data/access', { proof }).then(setAccess, () => setLinkFailed(true));
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, [api]);
  return (
    <div className="experiment-space">
      <PageHeading>{t('myData.title')}</PageHeading>
      {access ? (
        <Data access={access} space={space} />
      ) : (
        <>
          {linkFailed ? <Alert tone="error">{t('myData.linkInvalid')}</Alert> : null}
          <AskForLink space={space} />
        </>
      )}
      <p>
        <Link to={paths.catalogue}>{t('backToCatalogue')}</Link>
      </p>
    </div>
  );
}

function AskForLink({ space }: { space: Space }) {
  const { t } = space;
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors: FormError[] = error ? [{ fieldId: EMAIL_FIELD, message: error }] : [];

  async function submit() {
    const address = email.trim();
    if (!looksLikeEmail(address)) {
      setError(address ? t('form.error.email') : t('form.error.emailMissing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await space.api.post('/my-data/requests', { email: address, locale: space.locale });
      setSent(true);
    } catch (failure) {
      // The server's words: a malformed address, or too many links asked for in an hour.
      setError(failureText(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p>{t('myData.lead')}</p>
      <Status visuallyHidden>{sent ? t('myData.sent') : ''}</Status>
      {sent ? (
        <Alert tone="success" live="off">
          {t('myData.sent')}
        </Alert>
      ) : null}
      <Form errors={errors} errorTitle={t('form.errorSummary')} onSubmit={submit}>
        <TextField
          id={EMAIL_FIELD}
          name="email"
          type="email"
          label={t('form.email')}
          description={t('myData.emailHint')}
          autoComplete="email"
          inputMode="email"
          value={email}
          error={error}
          onChange={(event) => setEmail(event.currentTarget.value)}
          required
        />
        <Button type="submit" busy={busy}>
          {t('myData.send')}
        </Button>
      </Form>
    </>
  );
}

const authorization = (access: string) => ({ headers: { Authorization: `Bearer ${access}` } });

function Data({ access, space }: { access: DataAccess; space: Space }) {
  const { t, api } = space;
  const [data, setData] = useState<MyDataExport | null>(null);
  const [failed, setFailed] = useState(false);
  const [deleted, setDeleted] = useState<MyDataDeleted | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [download, setDownload] = useState<string | null>(null);

  const bearer = access.access;
  useEffect(() => {
    api.get<MyDataExport>('/my-data', authorization(bearer)).then(
      (exported) => {
        setData(exported);
        setDownload(
          URL.createObjectURL(
            new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' }),
          ),
        );
      },
      () => setFailed(true),
    );
  }, [bearer, api]);
  useEffect(() => () => (download ? URL.revokeObjectURL(download) : undefined), [download]);

  async function erase() {
    setConfirming(false);
    setBusy(true);
    try {
      setDeleted(await space.api.delete<MyDataDeleted>('/my-data', authorization(bearer)));
      setData(null);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  if (deleted)
    return (
      <Alert tone="success" title={t('myData.deletedTitle')}>
        <p>{t('myData.deleted', { cancelled: deleted.cancelled, erased: deleted.erased })}</p>
        {deleted.briefingsKept ? (
          <p>{t('myData.briefingsKept', { count: deleted.briefingsKept })}</p>
        ) : null}
      </Alert>
    );
  if (failed) return <Alert tone="error">{t('myData.linkInvalid')}</Alert>;
  if (!data) return <p>{t('loading')}</p>;
  return (
    <>
      <p>{t('myData.forAddress', { email: data.email })}</p>
      <section aria-labelledby="experiment-space-data-bookings">
        <h2 id="experiment-space-data-bookings">{t('myData.bookings')}</h2>
        {data.bookings.length ? (
          <ul className="city-stack-list">
            {data.bookings.map((b) => (
              <li key={`${b.createdAt}-${b.start}`}>
                <strong>
                  <LocalText value={b.course ? b.course.title : b.resourceName} space={space} />
                </strong>
                {': '}
                {formatRange(b, space.locale)} ({t(`status.${b.status}`)})
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('myData.noBookings')}</p>
        )}
      </section>
      {data.briefings.length ? (
        <section aria-labelledby="experiment-space-data-briefings">
          <h2 id="experiment-space-data-briefings">{t('myData.briefings')}</h2>
          <p>{t('myData.briefingsText')}</p>
        </section>
      ) : null}
      <p>
        {download ? (
          <a href={download} download="meine-daten.json" type="application/json">
            {t('booking.export')}
          </a>
        ) : null}
      </p>
      <p>
        <Button variant="danger" busy={busy} onClick={() => setConfirming(true)}>
          {t('booking.deleteData')}
        </Button>
      </p>
      <Dialog
        open={confirming}
        title={t('booking.deleteDataTitle')}
        onClose={() => setConfirming(false)}
        actions={
          <Button variant="danger" onClick={erase}>
            {t('booking.deleteDataConfirm')}
          </Button>
        }
      >
        <p>{t('booking.deleteDataText')}</p>
      </Dialog>
    </>
  );
}
