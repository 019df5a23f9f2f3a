import type { DevicePushState } from '@city-app/notify/browser';
import { Alert, Button, Checkbox, Fieldset, Form, Select, Status } from '@city-app/ui';
import { isApiError } from '@city-app/web';
import { useEffect, useState } from 'react';
import type { FollowState } from '../../api/follow.js';
import type { PushAccess } from '../device/push-access.js';
import { pushProblemKey } from '../device/push-access.js';
import { useEvents } from '../parts/use-events.js';

const followPath = (id: string) => `/api/events/follows/${encodeURIComponent(id)}`;
const DAYS = [1, 3, 7, 14, 30];

type Outcome = { tone: 'success' | 'error'; text: string } | null;

/**
 * The events module's part of "Meine Einstellungen": the categories this device follows and
 * how many days ahead it hears of new events in them (stored with the installation's random
 * id once push is on).
 */
export function FollowPanel({ push }: { push: PushAccess }) {
  const { t, locale, api, options } = useEvents();
  const categories = options.categories ?? [];
  const [device, setDevice] = useState<DevicePushState | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [days, setDays] = useState(String(options.followDaysBefore ?? 7));
  const [following, setFollowing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const state = await push.state();
      const follow = state.installationId
        ? await api.get<FollowState>(followPath(state.installationId)).catch(() => null)
        : null;
      if (!live) return;
      setDevice(state);
      if (follow) {
        setChosen(follow.categories);
        setDays(String(follow.daysBefore));
        setFollowing(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [push, api]);

  async function save() {
    if (!device) return;
    if (!chosen.length) {
      setError(t('events.follow.none'));
      return;
    }
    setError(undefined);
    setBusy(true);
    setOutcome(null);
    let id: string;
    try {
      // First, while the click still counts: the browser may ask for permission.
      id = await push.enable(device, locale);
    } catch (problem) {
      setBusy(false);
      setOutcome({ tone: 'error', text: t(pushProblemKey(problem)) });
      return;
    }
    try {
      await api.put(followPath(id), { categories: chosen, daysBefore: Number(days) });
      setDevice({ ...device, installationId: id, subscribed: true });
      setFollowing(true);
      setOutcome({ tone: 'success', text: t('events.follow.saved') });
    } catch (failure) {
      const refused = isApiError(failure) && failure.status >= 400 && failure.status < 500;
      setOutcome({ tone: 'error', text: refused ? failure.message : t('events.device.server') });
    } finally {
      setBusy(false);
    }
  }

  async function stop() {
    if (!device?.installationId) return;
    setBusy(true);
    try {
      await api.delete(followPath(device.installationId));
      setFollowing(false);
      setChosen([]);
      setOutcome({ tone: 'success', text: t('events.follow.offDone') });
    } catch {
      setOutcome({ tone: 'error', text: t('events.device.server') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <p>{t('events.follow.lead')}</p>
      {push.support() === 'supported' ? null : (
        <Alert tone="info" live="off">
          {t(pushProblemKey({ code: push.support() }))}
        </Alert>
      )}
      <Form
        errors={error ? [{ fieldId: `events-follow-${categories[0]?.id}`, message: error }] : []}
        errorTitle={t('events.follow.none')}
        onSubmit={() => void save()}
      >
        <Fieldset legend={t('events.follow.categories')}>
          {categories.map((c, i) => (
            <Checkbox
              key={c.id}
              id={`events-follow-${c.id}`}
              label={c.title[locale] ?? c.title.de}
              checked={chosen.includes(c.id)}
              error={i === 0 ? error : undefined}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setChosen((list) => (on ? [...list, c.id] : list.filter((x) => x !== c.id)));
              }}
            />
          ))}
        </Fieldset>
        <Select
          id="events-follow-days"
          label={t('events.follow.days')}
          value={days}
          onChange={(e) => setDays(e.currentTarget.value)}
          options={DAYS.map((n) => ({
            value: String(n),
            label:
              n === 1 ? t('events.follow.dayOption') : t('events.follow.daysOption', { count: n }),
          }))}
        />
        <Button type="submit" busy={busy}>
          {t('events.follow.save')}
        </Button>
      </Form>
      {following ? (
        <Button variant="secondary" onClick={() => void stop()} disabled={busy}>
          {t('events.follow.off')}
        </Button>
      ) : null}
      {/* Said by the live region that is always there; shown as a box for sighted readers. */}
      <Status>{outcome?.text ?? ''}</Status>
      {outcome ? (
        <Alert tone={outcome.tone} live="off">
          {outcome.text}
        </Alert>
      ) : null}
    </div>
  );
}
