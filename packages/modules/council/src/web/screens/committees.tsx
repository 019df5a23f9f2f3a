import { PageHeading } from '@city-app/ui';
import { Link, Loaded, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { CommitteeList } from '../../api/follows.js';
import { FollowCommittees } from '../follows/follow-committees.js';
import { FollowWords } from '../follows/follow-words.js';
import { paths } from '../paths.js';
import { useCouncil } from '../use-council.js';

/**
 * `/rat/gremien`: the committees holding meetings, each to follow on this device, and the
 * words this device follows.
 */
export default function CommitteesScreen(_props: ScreenProps) {
  const { t, api } = useCouncil();
  const resource = useResource(() => api.get<CommitteeList>(paths.committeesApi), [api]);
  return (
    <div className="council-committees">
      <PageHeading>{t('council.committees.heading')}</PageHeading>
      <Loaded resource={resource} staff={{ t }}>
        {(list) =>
          list.items.length ? (
            <FollowCommittees committees={list.items} />
          ) : (
            <p>{t('council.committees.empty')}</p>
          )
        }
      </Loaded>
      <FollowWords />
      <p>
        <Link to={paths.list}>{t('council.back')}</Link>
      </p>
    </div>
  );
}
