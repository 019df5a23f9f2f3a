import { Button, Dialog } from '@city-app/ui';
import type { useAction } from '@city-app/web';
import { useState } from 'react';
import type { StaffEvent } from '../../api/staff-event.js';
import { adminApi, adminPaths } from './paths.js';
import type { Staff } from './staff.js';

/**
 * What concerns the whole event: call it off (every date shows cancelled) or take that back,
 * and delete it after a confirmation that points to cancelling instead.
 */
export function WholeEvent({
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
  const [confirming, setConfirming] = useState(false);
  const title = event.title;
  const verb = event.cancelled ? 'reinstate' : 'cancel';

  return (
    <section aria-labelledby="events-whole-heading">
      <h2 id="events-whole-heading">{t('events.staff.event.whole')}</h2>
      {event.cancelled ? <p>{t('events.staff.event.cancelledNote')}</p> : null}
      <div className="events-admin__actions">
        <Button
          variant="secondary"
          busy={action.busy === verb}
          onClick={async () => {
            const changed = await action.run(
              verb,
              () => api.post<StaffEvent>(adminApi[verb](event.id)),
              () =>
                t(
                  event.cancelled
                    ? 'events.staff.event.reinstated'
                    : 'events.staff.event.cancelledDone',
                  { title },
                ),
            );
            if (changed) onChanged(changed);
          }}
        >
          {t(event.cancelled ? 'events.staff.event.reinstate' : 'events.staff.event.cancel')}
        </Button>
        <Button
          variant="danger"
          onClick={() => setConfirming(true)}
          aria-label={t('events.staff.event.deleteName', { title })}
        >
          {t('events.staff.event.delete')}
        </Button>
      </div>
      <Dialog
        open={confirming}
        title={t('events.staff.event.deleteTitle')}
        onClose={() => setConfirming(false)}
        actions={
          <Button
            variant="danger"
            busy={action.busy === 'delete'}
            onClick={async () => {
              setConfirming(false);
              const deleted = await action.run(
                'delete',
                () => api.delete(adminApi.event(event.id)).then(() => true),
                () => t('events.staff.event.deleted', { title }),
              );
              if (deleted) staff.navigate(adminPaths.events);
            }}
          >
            {t('events.staff.event.deleteConfirm')}
          </Button>
        }
      >
        <p>{t('events.staff.event.deleteText', { title })}</p>
      </Dialog>
    </section>
  );
}
