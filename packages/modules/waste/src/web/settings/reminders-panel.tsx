import { Alert, Button, Form, Status } from '@city-app/ui';
import { isApiError, Link, useModule } from '@city-app/web';
import { useEffect, useState } from 'react';
import type { FollowState } from '../../api/follow.js';
import type { WasteConfig } from '../../config.js';
import { meta } from '../../meta.js';
import { CalendarLinks } from '../parts/calendar-links.js';
import { useStoredLocation } from '../parts/stored-location.js';
import { paths } from '../paths.js';
import { badTimes, choicesFrom, followBody, type TypeChoice } from './follow-form.js';
import { type PushAccess, type PushState, pushCodeKey, pushProblemKey } from './push-access.js';
import { ReminderChoices } from './reminders-form.js';

const followsPath = (installationId: string) =>
  `/api/waste/follows/${encodeURIComponent(installationId)}`;

type Outcome = { tone: 'success' | 'error'; text: string } | null;

/**
 * The waste calendar's part of "Meine Einstellungen": the street chosen on this device, the
 * reminders per waste type (saved on the server with the installation's random id once push
 * is on) and the calendar subscription.
 */
export function RemindersPanel({ push }: { push: PushAccess }) {
  const { t, locale, api, options } = useModule<WasteConfig>(meta.id);
  const types = options.types ?? [];
  const [location] = useStoredLocation();
  const [device, setDevice] = useState<PushState | null>(null);
  const [saved, setSaved] = useState<FollowState | null>(null);
  const [choices, setChoices] = useState<TypeChoice[] | null>(null);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const support = push.support();
  const defaults = {
    eveningReminder: options.eveningReminder ?? '18:00',
    morningReminder: options.morningReminder ?? '05:30',
  };
  const typeIds = types.map((type) => type.id);

  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once; the options do not change
  useEffect(() => {
    let live = true;
    void (async () => {
      const state = await push.state();
      let follow: FollowState | null = null;
      if (state.installationId) {
        follow = await api.get<FollowState>(followsPath(state.installationId)).catch(() => null);
      }
      if (!live) return;
      setDevice(state);
      setSaved(follow);
      setChoices(choicesFrom(typeIds, follow, defaults));
    })();
    return () => {
      live = false;
    };
  }, [push, api]);

  async function save() {
    if (!location || !choices || !device) return;
    const wrong = badTimes(choices);
    setInvalid(wrong);
    if (wrong.length) return;
    setBusy(true);
    setOutcome(null);
    const body = followBody(location.id, choices, locale);
    let installationId: string;
    try {
      // First, while the click still counts: the browser may ask for permission.
      installationId = await push.enable(device, locale);
    } catch (problem) {
      setBusy(false);
      setOutcome({ tone: 'error', text: t(pushProblemKey(problem)) });
      return;
    }
    try {
      if (body.types.length) await api.put(followsPath(installationId), body);
      else await api.delete(followsPath(installationId));
      setDevice({ ...device, installationId, subscribed: true });
      setSaved(body.types.length ? body : null);
      setOutcome({
        tone: 'success',
        text: t(body.types.length ? 'waste.settings.saved' : 'waste.settings.offDone'),
      });
    } catch (error) {
      const refused = isApiError(error) && error.status >= 400 && error.status < 500;
      setOutcome({
        tone: 'error',
        text: refused
          ? `${error.message} ${error.hint ?? ''}`.trim()
          : t('waste.settings.push.server'),
      });
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    if (!device?.installationId) return;
    setBusy(true);
    try {
      await api.delete(followsPath(device.installationId));
      setSaved(null);
      setChoices(choicesFrom(typeIds, null, defaults));
      setOutcome({ tone: 'success', text: t('waste.settings.offDone') });
    } catch {
      setOutcome({ tone: 'error', text: t('waste.settings.push.server') });
    } finally {
      setBusy(false);
    }
  }

  const blocked = support !== 'supported';
  return (
    <div>
      <h3>{t('waste.settings.street')}</h3>
      <p>
        {location ? location.label : t('waste.settings.noStreet')}{' '}
        <Link to={`${paths.screens}/strasse`}>
          {location ? t('waste.location.change') : t('waste.widget.chooseLink')}
        </Link>
      </p>
      {location ? (
        <>
          <h3>{t('waste.settings.reminders')}</h3>
          <p>{t('waste.settings.remindersIntro')}</p>
          {blocked ? (
            <Alert tone="warning" live="off">
              <p>{t(pushCodeKey(support))}</p>
            </Alert>
          ) : null}
          {choices && !blocked ? (
            <Form
              onSubmit={save}
              errors={invalid.map((fieldId) => ({ fieldId, message: t('waste.settings.badTime') }))}
            >
              <ReminderChoices
                types={types}
                choices={choices}
                invalid={invalid}
                onChange={(next) =>
                  setChoices(
                    (all) => all?.map((c) => (c.typeId === next.typeId ? next : c)) ?? null,
                  )
                }
                locale={locale}
                t={t}
              />
              <Button type="submit" busy={busy}>
                {busy ? t('waste.settings.saving') : t('waste.settings.save')}
              </Button>
              {saved ? (
                <Button
                  type="button"
                  variant="secondary"
                  disabled={busy}
                  onClick={() => void turnOff()}
                >
                  {t('waste.settings.off')}
                </Button>
              ) : null}
            </Form>
          ) : null}
          <Status>{outcome?.tone === 'success' ? outcome.text : null}</Status>
          {outcome?.tone === 'error' ? <Alert tone="error">{outcome.text}</Alert> : null}
          <CalendarLinks locationId={location.id} locale={locale} t={t} level={3} />
        </>
      ) : null}
    </div>
  );
}
