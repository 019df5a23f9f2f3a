import type { Translate } from '@city-app/core';
import type { DevicePushState } from '@city-app/notify/browser';
import { Alert, Button, Select, Status } from '@city-app/ui';
import type { ApiClient } from '@city-app/web';
import { isApiError } from '@city-app/web';
import { useEffect, useState } from 'react';
import { LEAD_MINUTES, type ReminderList } from '../../api/follow.js';
import type { PushAccess } from '../device/push-access.js';
import { pushProblemKey } from '../device/push-access.js';

const remindersPath = (id: string) => `/api/events/reminders/${encodeURIComponent(id)}`;
const datePath = (id: string, eventId: string, date: string) =>
  `${remindersPath(id)}/${encodeURIComponent(eventId)}/${date}`;

/** The dates of one event this device marked, and how to mark or unmark one. */
export interface DateReminders {
  marked: ReadonlySet<string>;
  lead: number;
  setLead(minutes: number): void;
  busy: string | null;
  outcome: { tone: 'success' | 'error'; text: string } | null;
  toggle(date: string, day: string): Promise<void>;
}

/** Loads what this device marked of the event once, and marks or unmarks a date on a click. */
export function useDateReminders(
  push: PushAccess,
  api: ApiClient,
  t: Translate,
  locale: 'de' | 'en',
  eventId: string,
): DateReminders {
  const [device, setDevice] = useState<DevicePushState | null>(null);
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set());
  const [lead, setLead] = useState(120);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<DateReminders['outcome']>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const state = await push.state();
      const list = state.installationId
        ? await api.get<ReminderList>(remindersPath(state.installationId)).catch(() => null)
        : null;
      if (!live) return;
      setDevice(state);
      setMarked(
        new Set(list?.items.filter((r) => r.eventId === eventId).map((r) => r.originalDate)),
      );
    })();
    return () => {
      live = false;
    };
  }, [push, api, eventId]);

  async function toggle(date: string, day: string) {
    if (!device) return;
    setBusy(date);
    setOutcome(null);
    try {
      if (marked.has(date) && device.installationId) {
        await api.delete(datePath(device.installationId, eventId, date));
        setMarked((s) => new Set([...s].filter((d) => d !== date)));
        setOutcome({ tone: 'success', text: t('events.remind.unmarked', { day }) });
        return;
      }
      let id: string;
      try {
        // First, while the click still counts: the browser may ask for permission.
        id = await push.enable(device, locale);
      } catch (problem) {
        setOutcome({ tone: 'error', text: t(pushProblemKey(problem)) });
        return;
      }
      await api.put(datePath(id, eventId, date), { leadMinutes: lead });
      setDevice({ ...device, installationId: id, subscribed: true });
      setMarked((s) => new Set([...s, date]));
      setOutcome({ tone: 'success', text: t('events.remind.marked', { day }) });
    } catch (failure) {
      const refused = isApiError(failure) && failure.status >= 400 && failure.status < 500;
      setOutcome({ tone: 'error', text: refused ? failure.message : t('events.device.server') });
    } finally {
      setBusy(null);
    }
  }

  return { marked, lead, setLead, busy, outcome, toggle };
}

/** How long before: one choice for the dates marked on this page. */
export function LeadChoice({ reminders, t }: { reminders: DateReminders; t: Translate }) {
  return (
    <Select
      id="events-remind-lead"
      label={t('events.remind.lead')}
      value={String(reminders.lead)}
      onChange={(e) => reminders.setLead(Number(e.currentTarget.value))}
      options={LEAD_MINUTES.map((m) => ({
        value: String(m),
        label: t(`events.remind.before${m}`),
      }))}
    />
  );
}

/** "Erinnern" for one date, or "Erinnerung entfernen" once marked. */
export function RemindButton({
  reminders,
  date,
  day,
  t,
}: {
  reminders: DateReminders;
  date: string;
  day: string;
  t: Translate;
}) {
  const on = reminders.marked.has(date);
  return (
    <Button
      variant="secondary"
      busy={reminders.busy === date}
      aria-pressed={on}
      aria-label={t(on ? 'events.remind.unmarkDate' : 'events.remind.markDate', { day })}
      onClick={() => void reminders.toggle(date, day)}
    >
      {t(on ? 'events.remind.unmark' : 'events.remind.mark')}
    </Button>
  );
}

/** What the last click did, said by the live region and shown as a box. */
export function ReminderOutcome({ reminders }: { reminders: DateReminders }) {
  return (
    <>
      <Status>{reminders.outcome?.text ?? ''}</Status>
      {reminders.outcome ? (
        <Alert tone={reminders.outcome.tone} live="off">
          {reminders.outcome.text}
        </Alert>
      ) : null}
    </>
  );
}
