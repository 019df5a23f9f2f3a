import { Alert, Button, Status, TextField } from '@city-app/ui';

import { type FormEvent, useState } from 'react';
import { WORD_RULES } from '../../api/words.js';
import { useCouncil } from '../use-council.js';
import { useWordFollows } from './use-word-follows.js';

/**
 * "Stichwörtern folgen": this device hears of each new meeting and agenda item a word is found
 * in. A word typed is followed; each followed word can be dropped again.
 */
export function FollowWords() {
  const { api, t, locale } = useCouncil();
  const device = useWordFollows(api, t, locale);
  const [word, setWord] = useState('');
  const outcome = device.outcome;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await device.follow(word)) setWord('');
  };

  return (
    <section aria-labelledby="council-words" className="council-words">
      <h2 id="council-words">{t('council.words.heading')}</h2>
      <p>{t('council.words.intro', { limit: WORD_RULES.perDevice })}</p>
      <form onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('council.words.label')}
          description={t('council.words.rule', { min: WORD_RULES.min, max: WORD_RULES.max })}
          value={word}
          // The field stops at the longest word the server takes rather than refusing later.
          maxLength={WORD_RULES.max}
          required
          autoComplete="off"
          error={outcome?.field === 'word' ? outcome.text : undefined}
          onChange={(event) => setWord(event.currentTarget.value)}
        />
        <Button type="submit" disabled={device.busy || device.state === null}>
          {t('council.words.follow')}
        </Button>
      </form>
      {outcome?.tone === 'error' && !outcome.field ? (
        <Alert tone="error">
          <p>{outcome.text}</p>
        </Alert>
      ) : null}
      <Status>{outcome?.tone === 'success' ? outcome.text : ''}</Status>
      <h3>{t('council.words.yours')}</h3>
      {device.words.length ? (
        <ul className="council-words__items">
          {device.words.map((followed) => (
            <li key={followed.word}>
              <span>{followed.word}</span>{' '}
              <Button
                type="button"
                variant="secondary"
                aria-label={t('council.words.unfollowNamed', { word: followed.word })}
                disabled={device.busy}
                onClick={() => void device.unfollow(followed.word)}
              >
                {t('council.follow.unfollow')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('council.words.none')}</p>
      )}
    </section>
  );
}
