import { Button, Status } from '@city-app/ui';
import { ActionFailure, Loaded, useAction, useResource } from '@city-app/web';
import type { StaffComment } from '../../api/ballot.js';
import { formatWhen } from '../parts/when.js';
import { adminPaths } from './paths.js';
import type { Staff } from './staff.js';

/** A survey's comments, the waiting ones first: staff publish or reject each once. */
export function CommentQueue({ staff, surveyId }: { staff: Staff; surveyId: string }) {
  const { t, api, locale, timeZone } = staff;
  const comments = useResource(
    () => api.get<{ items: StaffComment[] }>(adminPaths.commentsApi(surveyId)),
    [api, surveyId],
  );
  const action = useAction(staff);
  const decide = async (comment: StaffComment, how: 'publish' | 'reject') => {
    const done = await action.run(
      `${how}-${comment.id}`,
      () => api.post(adminPaths.decideApi(comment.id, how), {}).then(() => true),
      () => t('surveys.staff.comments.decided'),
    );
    if (done) comments.reload();
  };
  return (
    <section aria-labelledby="surveys-comments-heading">
      <h2 id="surveys-comments-heading">{t('surveys.staff.comments.title')}</h2>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <Loaded resource={comments} staff={staff}>
        {(data) =>
          data.items.length ? (
            <ol className="surveys-comments">
              {data.items.map((comment, i) => (
                <li key={comment.id}>
                  <p>{comment.body}</p>
                  <p className="surveys-comments__when">
                    {formatWhen(comment.at, locale, timeZone)} ·{' '}
                    {t(`surveys.staff.comments.${comment.status}`)}
                  </p>
                  {comment.status === 'pending' ? (
                    <div className="surveys-admin__actions">
                      <Button
                        variant="secondary"
                        aria-label={`${t('surveys.staff.comments.publish')} (${i + 1})`}
                        busy={action.busy === `publish-${comment.id}`}
                        onClick={() => decide(comment, 'publish')}
                      >
                        {t('surveys.staff.comments.publish')}
                      </Button>
                      <Button
                        variant="danger"
                        aria-label={`${t('surveys.staff.comments.reject')} (${i + 1})`}
                        busy={action.busy === `reject-${comment.id}`}
                        onClick={() => decide(comment, 'reject')}
                      >
                        {t('surveys.staff.comments.reject')}
                      </Button>
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p>{t('surveys.staff.comments.none')}</p>
          )
        }
      </Loaded>
    </section>
  );
}
