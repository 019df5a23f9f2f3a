import { Button, Form, TextArea } from '@city-app/ui';
import { StaffLink } from '@city-app/web';
import { useState } from 'react';
import { ORGANISER_LIMITS } from '../../../api/submission.js';
import { adminPaths } from '../paths.js';
import type { Staff } from '../staff.js';

const REASON_ID = 'events-review-reason';

/** Publish, edit first, or reject with a reason the organiser is mailed. */
export function Decision({
  staff,
  eventId,
  title,
  busy,
  serverError,
  onApprove,
  onReject,
}: {
  staff: Staff;
  eventId: string;
  title: string;
  busy: string | null;
  serverError: string | undefined;
  onApprove(): void;
  onReject(reason: string): void;
}) {
  const { t } = staff;
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const error = missing ?? serverError;
  return (
    <>
      <div className="events-admin__actions">
        <Button
          busy={busy === 'approve'}
          onClick={onApprove}
          aria-label={t('events.staff.review.approveName', { title })}
        >
          {t('events.staff.review.approve')}
        </Button>
        <StaffLink staff={staff} to={adminPaths.event(eventId)}>
          {t('events.staff.review.edit')}
        </StaffLink>
      </div>
      <Form
        errors={error ? [{ fieldId: REASON_ID, message: error }] : []}
        errorTitle={t('events.staff.form.errors')}
        onSubmit={() => {
          const text = reason.trim();
          const short = text.length < 5 ? t('events.staff.review.reasonMissing') : undefined;
          setMissing(short);
          if (!short) onReject(text);
        }}
      >
        <TextArea
          id={REASON_ID}
          label={t('events.staff.review.reason')}
          description={t('events.staff.review.reasonHint')}
          value={reason}
          required
          maxLength={ORGANISER_LIMITS.reason}
          rows={4}
          error={error}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Button type="submit" variant="danger" busy={busy === 'reject'}>
          {t('events.staff.review.reject')}
        </Button>
      </Form>
    </>
  );
}
