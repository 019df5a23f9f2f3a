import type { Translate } from '@city-app/core';
import type { DevicePushState } from '@city-app/notify/browser';
import { type ApiClient, failureText } from '@city-app/web';
import { useState } from 'react';
import type { Committee } from '../../api/follows.js';
import { paths } from '../paths.js';
import { useDeviceList } from './use-device.js';

/** This device's committees: which it follows, following and unfollowing one. */
export interface CommitteeFollows {
  /** `null` while the device's state is being read. */
  state: DevicePushState | null;
  follows(key: string): boolean;
  busy: string | null;
  outcome: { tone: 'success' | 'error'; text: string; key: string } | null;
  follow(committee: Committee): Promise<void>;
  unfollow(committee: Committee): Promise<void>;
}

/** Reads the device's state and committees once; following and unfollowing keep them current. */
export function useCommitteeFollows(
  api: ApiClient,
  t: Translate,
  locale: 'de' | 'en',
): CommitteeFollows {
  const device = useDeviceList<Committee>(api, locale, paths.followedApi);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<CommitteeFollows['outcome']>(null);

  const nameOf = (committee: Committee) => committee.name ?? t('council.follow.untitled');

  async function follow(committee: Committee): Promise<void> {
    const { key } = committee;
    setBusy(key);
    setOutcome(null);
    try {
      const enabled = await device.enable();
      if ('problem' in enabled) {
        setOutcome({ tone: 'error', text: t(enabled.problem), key });
        return;
      }
      await api.put(paths.followApi(key, enabled.id));
      device.setItems((items) => [...items.filter((c) => c.key !== key), committee]);
      const text = t('council.follow.followed', { name: nameOf(committee) });
      setOutcome({ tone: 'success', text, key });
    } catch (failure) {
      setOutcome({ tone: 'error', text: failureText(failure, t), key });
    } finally {
      setBusy(null);
    }
  }

  async function unfollow(committee: Committee): Promise<void> {
    const { key } = committee;
    const id = device.state?.installationId;
    if (!id) return;
    setBusy(key);
    setOutcome(null);
    try {
      await api.delete(paths.followApi(key, id));
      device.setItems((items) => items.filter((c) => c.key !== key));
      const text = t('council.follow.unfollowed', { name: nameOf(committee) });
      setOutcome({ tone: 'success', text, key });
    } catch (failure) {
      setOutcome({ tone: 'error', text: failureText(failure, t), key });
    } finally {
      setBusy(null);
    }
  }

  return {
    state: device.state,
    follows: (key) => device.items.some((c) => c.key === key),
    busy,
    outcome,
    follow,
    unfollow,
  };
}
