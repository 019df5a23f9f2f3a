import { Button, Status } from '@city-app/ui';
import { ActionFailure, Loaded, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useEffect, useRef, useState } from 'react';
import type { StaffEvent } from '../../api/staff-event.js';
import type { PendingList, PendingSubmission } from '../../api/submission.js';
import { AdminPage } from './admin-page.js';
import { useFormChoices } from './event-form/choices.js';
import { adminApi } from './paths.js';
import { Decision } from './review/decision.js';
import { GermanInSentence } from './review/german-in-sentence.js';
import { QueueTable } from './review/queue-table.js';
import { SubmissionFacts } from './review/submission-facts.js';
import { type Staff, useStaff } from './staff.js';

/** `/admin/veranstaltungen/pruefen`: what organisers submitted and confirmed, to decide on. */
export default function ReviewScreen(_props: ScreenProps) {
  return <ReviewView staff={useStaff()} />;
}

export function ReviewView({ staff }: { staff: Staff }) {
  const { t, api } = staff;
  const queue = useResource(() => api.get<PendingList>(adminApi.submissions), []);
  const choices = useFormChoices(staff);
  const action = useAction(staff, ['reason']);
  const [open, setOpen] = useState<PendingSubmission | null>(null);
  // Keyboard and screen reader users land on the submission as it opens.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  const decide = async (name: 'approve' | 'reject', item: PendingSubmission, reason?: string) => {
    const id = item.event.id;
    const done = await action.run(
      name,
      () =>
        name === 'approve'
          ? api.post<StaffEvent>(adminApi.approve(id))
          : api.post<StaffEvent>(adminApi.reject(id), { reason }),
      (e) =>
        t(`events.staff.review.${name === 'approve' ? 'approved' : 'rejected'}`, {
          title: e.title,
        }),
    );
    if (done) {
      setOpen(null);
      queue.reload();
    }
  };

  return (
    <AdminPage staff={staff} section="review" title={t('events.staff.review.title')}>
      <p>{t('events.staff.review.lead')}</p>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <Loaded resource={queue} staff={staff}>
        {(data) => <QueueTable staff={staff} items={data.items} onOpen={setOpen} />}
      </Loaded>
      {open ? (
        <section aria-labelledby="events-review-heading" className="events-admin__panel">
          <h2 id="events-review-heading" tabIndex={-1} ref={heading}>
            <GermanInSentence
              t={t}
              locale={staff.locale}
              messageKey="events.staff.review.detail"
              param="title"
              text={open.event.title}
            />
          </h2>
          <SubmissionFacts
            staff={staff}
            item={open}
            categories={choices.data?.categories ?? []}
            venues={choices.data?.venues ?? []}
          />
          <Decision
            key={open.event.id}
            staff={staff}
            eventId={open.event.id}
            title={open.event.title}
            busy={action.busy}
            serverError={action.errors.reason}
            onApprove={() => decide('approve', open)}
            onReject={(reason) => decide('reject', open, reason)}
          />
          <Button variant="secondary" onClick={() => setOpen(null)}>
            {t('events.staff.review.close')}
          </Button>
        </section>
      ) : null}
    </AdminPage>
  );
}
