import { Alert, Button, Status } from '@city-app/ui';

import type { Committee } from '../../api/follows.js';
import { useCouncil } from '../use-council.js';
import { useCommitteeFollows } from './use-committee-follows.js';

/**
 * "Diesem Gremium folgen" for each committee holding a meeting: this device then hears of the
 * committee's new meetings and agendas, and finds its meetings in "Meine Termine".
 */
export function FollowCommittees({ committees }: { committees: Committee[] }) {
  const { api, t, locale } = useCouncil();
  const device = useCommitteeFollows(api, t, locale);
  if (!committees.length) return null;
  return (
    <section aria-labelledby="council-follow" className="council-follow">
      <h2 id="council-follow">{t('council.follow.heading')}</h2>
      <p>{t('council.follow.intro')}</p>
      <ul>
        {committees.map((committee) => {
          const name = committee.name ?? t('council.follow.untitled');
          const following = device.follows(committee.key);
          const outcome = device.outcome?.key === committee.key ? device.outcome : null;
          return (
            <li key={committee.key}>
              <p>
                {following
                  ? t('council.follow.following', { name })
                  : t('council.follow.committee', { name })}
              </p>
              {following ? (
                <Button
                  type="button"
                  variant="secondary"
                  aria-label={t('council.follow.unfollowNamed', { name })}
                  disabled={device.busy === committee.key}
                  onClick={() => void device.unfollow(committee)}
                >
                  {t('council.follow.unfollow')}
                </Button>
              ) : (
                <Button
                  type="button"
                  variant="secondary"
                  aria-label={t('council.follow.followNamed', { name })}
                  disabled={device.busy === committee.key || device.state === null}
                  onClick={() => void device.follow(committee)}
                >
                  {t('council.follow.follow')}
                </Button>
              )}
              {outcome?.tone === 'error' ? (
                <Alert tone="error">
                  <p>{outcome.text}</p>
                </Alert>
              ) : null}
              <Status>{outcome?.tone === 'success' ? outcome.text : ''}</Status>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
