import type { Locale } from '@city-app/core';
import type { DevicePushState } from '@city-app/notify/browser';
import type { ApiClient } from '@city-app/web';
import { useContext, useEffect, useState } from 'react';
import { PushAccessContext, pushProblemKey } from './push-access.js';

/** This device's push state and what it follows of one kind (committees, words). */
export interface DeviceList<T> {
  /** `null` while the device's state is being read. */
  state: DevicePushState | null;
  items: T[];
  setItems(items: T[] | ((items: T[]) => T[])): void;
  /**
   * The device's installation id, switching push on first (the browser may ask); or the
   * catalogue key that says why push could not be switched on.
   */
  enable(): Promise<{ id: string } | { problem: string }>;
}

/** Reads the device's state and its list once; `enable` signs the device up when needed. */
export function useDeviceList<T>(
  api: ApiClient,
  locale: Locale,
  listApi: (installationId: string) => string,
): DeviceList<T> {
  const push = useContext(PushAccessContext);
  const [state, setState] = useState<DevicePushState | null>(null);
  const [items, setItems] = useState<T[]>([]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const known = await push.state();
      const list = known.installationId
        ? await api
            .get<{ items: T[] }>(listApi(known.installationId))
            .then((answer) => answer.items)
            .catch(() => [])
        : [];
      if (!live) return;
      setState(known);
      setItems(list);
    })();
    return () => {
      live = false;
    };
  }, [push, api, listApi]);

  async function enable(): Promise<{ id: string } | { problem: string }> {
    try {
      // First, while the click still counts: the browser may ask for permission.
      const known = state ?? (await push.state());
      const id = await push.enable(known, locale);
      setState({ ...known, installationId: id, subscribed: true });
      return { id };
    } catch (problem) {
      return { problem: pushProblemKey(problem) };
    }
  }

  return { state, items, setItems, enable };
}
