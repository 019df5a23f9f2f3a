import type { Translate } from '@city-app/core';
import type { DevicePushState } from '@city-app/notify/browser';
import { type ApiClient, failureText, isApiError } from '@city-app/web';
import { useState } from 'react';
import type { FollowedWord, FollowedWords } from '../../api/words.js';
import { paths } from '../paths.js';
import { useDeviceList } from './use-device.js';

/** This device's words: which it follows, following a new one and unfollowing one. */
export interface WordFollows {
  /** `null` while the device's state is being read. */
  state: DevicePushState | null;
  words: FollowedWord[];
  busy: boolean;
  /** What the last step did; `field` when the word itself was refused. */
  outcome: { tone: 'success' | 'error'; text: string; field?: 'word' } | null;
  follow(word: string): Promise<boolean>;
  unfollow(word: string): Promise<void>;
}

/** Reads the device's words once; the server answers each change with the whole list. */
export function useWordFollows(api: ApiClient, t: Translate, locale: 'de' | 'en'): WordFollows {
  const device = useDeviceList<FollowedWord>(api, locale, paths.wordsApi);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<WordFollows['outcome']>(null);

  const refused = (failure: unknown) =>
    setOutcome({
      tone: 'error',
      text: failureText(failure, t),
      ...(isApiError(failure) && failure.field === 'word' ? { field: 'word' as const } : {}),
    });

  async function follow(word: string): Promise<boolean> {
    setBusy(true);
    setOutcome(null);
    try {
      const enabled = await device.enable();
      if ('problem' in enabled) {
        setOutcome({ tone: 'error', text: t(enabled.problem) });
        return false;
      }
      const list = await api.put<FollowedWords>(paths.wordApi(enabled.id, word));
      device.setItems(list.items);
      setOutcome({ tone: 'success', text: t('council.words.followed', { word: word.trim() }) });
      return true;
    } catch (failure) {
      refused(failure);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function unfollow(word: string): Promise<void> {
    const id = device.state?.installationId;
    if (!id) return;
    setBusy(true);
    setOutcome(null);
    try {
      const list = await api.delete<FollowedWords>(paths.wordApi(id, word));
      device.setItems(list.items);
      setOutcome({ tone: 'success', text: t('council.words.unfollowed', { word }) });
    } catch (failure) {
      refused(failure);
    } finally {
      setBusy(false);
    }
  }

  return { state: device.state, words: device.items, busy, outcome, follow, unfollow };
}
