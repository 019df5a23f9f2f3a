import { Button } from '@city-app/ui';
import { StaffLink, type useAction } from '@city-app/web';
import type { StaffEvent } from '../../../api/staff-event.js';
import { adminApi, adminPaths } from '../paths.js';
import type { Staff } from '../staff.js';

/**
 * On the page of a submitted event waiting for a decision: publish it from here, after an
 * edit, without going back to the queue (where rejecting with a reason stays).
 */
export function PendingDecision({
  staff,
  event,
  action,
  onChanged,
}: {
  staff: Staff;
  event: StaffEvent;
  action: ReturnType<typeof useAction>;
  onChanged(event: StaffEvent): void;
}) {
  const { t, api } = staff;
  if (event.status !== 'pending') return null;
  const title = event.title;
  return (
    <section aria-labelledby="events-pending-heading" className="events-admin__panel">
      <h2 id="events-pending-heading">{t('events.staff.review.pending')}</h2>
      <p>{t('events.staff.review.pendingNote')}</p>
      <div className="events-admin__actions">
        <Button
          busy={action.busy === 'approve'}
          aria-label={t('events.staff.review.approveName', { title })}
          onClick={async () => {
            const published = await action.run(
              'approve',
              () => api.post<StaffEvent>(adminApi.approve(event.id)),
              (e) => t('events.staff.review.approved', { title: e.title }),
            );
            if (published) onChanged(published);
          }}
        >
          {t('events.staff.review.approve')}
        </Button>
        <StaffLink staff={staff} to={adminPaths.review}>
          {t('events.staff.review.toQueue')}
        </StaffLink>
      </div>
    </section>
  );
}
