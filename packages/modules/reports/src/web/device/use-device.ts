import type { Translate } from '@city-app/core';
import type { DevicePushState } from '@city-app/notify/browser';
import { type ApiClient, failureText } from '@city-app/web';
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { DeviceReportList } from '../../api/device-reports.js';
import { paths } from '../paths.js';
import { browserPush, type PushAccess, pushProblemKey } from './push-access.js';

/** The push helpers the screens use: the browser's, unless a test hands in its own. */
export const PushAccessContext = createContext<PushAccess>(browserPush);

export type DeviceReport = DeviceReportList['items'][number];

/** This device: its push state, the reports it sent or follows, following and unfollowing. */
export interface Device {
  /** `null` while the device's state is being read. */
  state: DevicePushState | null;
  reports: DeviceReport[];
  relationTo(publicId: string): DeviceReport['relation'] | null;
  busy: string | null;
  outcome: { tone: 'success' | 'error'; text: string; publicId: string } | null;
  /** Switches push on where needed (call it from the click) and returns the installation. */
  enable(): Promise<string>;
  follow(publicId: string): Promise<boolean>;
  unfollow(publicId: string): Promise<void>;
  /** Reads the device's reports again, after it sent one. */
  refresh(installationId: string): void;
}

/** Reads this device's state and reports once; following and unfollowing keep them current. */
export function useDevice(api: ApiClient, t: Translate, locale: 'de' | 'en'): Device {
  const push = useContext(PushAccessContext);
  const [state, setState] = useState<DevicePushState | null>(null);
  const [reports, setReports] = useState<DeviceReport[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Device['outcome']>(null);

  const load = useCallback(
    async (installationId: string | null) =>
      installationId
        ? await api
            .get<DeviceReportList>(paths.deviceApi(installationId))
            .then((list) => list.items)
            .catch(() => [])
        : [],
    [api],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      const known = await push.state();
      const items = await load(known.installationId);
      if (!live) return;
      setState(known);
      setReports(items);
    })();
    return () => {
      live = false;
    };
  }, [push, load]);

  async function enable(): Promise<string> {
    const known = state ?? (await push.state());
    const id = await push.enable(known, locale);
    setState({ ...known, installationId: id, subscribed: true });
    return id;
  }

  async function follow(publicId: string): Promise<boolean> {
    setBusy(publicId);
    setOutcome(null);
    try {
      let id: string;
      try {
        // First, while the click still counts: the browser may ask for permission.
        id = await enable();
      } catch (problem) {
        setOutcome({ tone: 'error', text: t(pushProblemKey(problem)), publicId });
        return false;
      }
      await api.put(paths.followApi(publicId, id));
      setReports(await load(id));
      setOutcome({ tone: 'success', text: t('reports.follow.followed', { publicId }), publicId });
      return true;
    } catch (failure) {
      setOutcome({ tone: 'error', text: failureText(failure, t), publicId });
      return false;
    } finally {
      setBusy(null);
    }
  }

  async function unfollow(publicId: string): Promise<void> {
    const id = state?.installationId;
    if (!id) return;
    setBusy(publicId);
    setOutcome(null);
    try {
      await api.delete(paths.followApi(publicId, id));
      setReports((list) =>
        list.filter((r) => !(r.publicId === publicId && r.relation === 'follower')),
      );
      setOutcome({ tone: 'success', text: t('reports.follow.unfollowed', { publicId }), publicId });
    } catch (failure) {
      setOutcome({ tone: 'error', text: failureText(failure, t), publicId });
    } finally {
      setBusy(null);
    }
  }

  return {
    state,
    reports,
    relationTo: (publicId) => reports.find((r) => r.publicId === publicId)?.relation ?? null,
    busy,
    outcome,
    enable,
    follow,
    unfollow,
    refresh: (installationId) => {
      void load(installationId).then(setReports);
    },
  };
}
