import type { Translate } from '@city-app/core';
import type { DevicePushState } from '@city-app/notify/browser';
import { type ApiClient, failureText } from '@city-app/web';
import { useContext, useEffect, useState } from 'react';
import type { Committee, FollowedCommittees } from '../../api/follows.js';
import { paths } from '../paths.js';
import { PushAccessContext, pushProblemKey } from './push-access.js';

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
  const push = useContext(PushAccessContext);
  const [state, setState] = useState<DevicePushState | null>(null);
  const [followed, setFollowed] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<CommitteeFollows['outcome']>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const known = await push.state();
      const keys = known.installationId
        ? await api
            .get<FollowedCommittees>(paths.followedApi(known.installationId))
            .then((list) => list.items.map((c) => c.key))
            .catch(() => [])
        : [];
      if (!live) return;
      setState(known);
      setFollowed(new Set(keys));
    })();
    return () => {
      live = false;
    };
  }, [push, api]);

  const nameOf = (committee: Committee) => committee.name ?? t('council.follow.untitled');

  async function follow(committee: Committee): Promise<void> {
    const { key } = committee;
    setBusy(key);
    setOutcome(null);
    try {
      let id: string;
      try {
        // First, while the click still counts: the browser may ask for permission.
        const known = state ?? (await push.state());
        id = await push.enable(known, locale);
        setState({ ...known, installationId: id, subscribed: true });
      } catch (problem) {
        setOutcome({ tone: 'error', text: t(pushProblemKey(problem)), key });
        return;
      }
      await api.put(paths.followApi(key, id));
      setFollowed((keys) => new Set([...keys, key]));
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
    const id = state?.installationId;
    if (!id) return;
    setBusy(key);
    setOutcome(null);
    try {
      await api.delete(paths.followApi(key, id));
      setFollowed((keys) => new Set([...keys].filter((k) => k !== key)));
      const text = t('council.follow.unfollowed', { name: nameOf(committee) });
      setOutcome({ tone: 'success', text, key });
    } catch (failure) {
      setOutcome({ tone: 'error', text: failureText(failure, t), key });
    } finally {
      setBusy(null);
    }
  }

  return { state, follows: (key) => followed.has(key), busy, outcome, follow, unfollow };
}
