import { Button, Fieldset, Form, Radio, TextArea } from '@city-app/ui';
import { useState } from 'react';
import type { Moderation, StaffReportDetail } from '../../../api/staff-report.js';
import type { ModerationState } from '../../../status/status.js';
import { adminApi } from '../paths.js';
import type { Staff } from '../staff.js';
import { type ReportChanges, useReportAction } from './report-action.js';
import { SectionOutcome } from './section-outcome.js';
import { NOTE_LENGTH } from './status-form.js';

const FIELDS = ['state', 'description', 'photo'] as const;
/** What the button says for each decision: what it does. */
/** The decisions in the order staff weigh them: publish first, "not reviewed" last. */
const DECISIONS: ModerationState[] = ['public', 'hidden', 'pending'];
const VERB: Record<ModerationState, string> = {
  public: 'reports.staff.moderation.publish',
  hidden: 'reports.staff.moderation.hide',
  pending: 'reports.staff.moderation.backToReview',
};

/**
 * What residents see: publish the report (with the resident's words, or edited, e.g. a name
 * taken out), hide it, or put it back to review; release the photo or keep it internal.
 */
export function ModerationForm({
  staff,
  report,
  changes,
}: {
  staff: Staff;
  report: StaffReportDetail;
  changes: ReportChanges;
}) {
  const { t, locale } = staff;
  const action = useReportAction(staff, FIELDS, changes);
  const [state, setState] = useState<ModerationState>(
    report.moderation === 'pending' ? 'public' : report.moderation,
  );
  const [description, setDescription] = useState(
    report.description ?? report.originalDescription ?? '',
  );
  const [photo, setPhoto] = useState<'public' | 'internal'>(
    report.photoPublic ? 'public' : 'internal',
  );

  const submit = async () => {
    const text = description.trim();
    const body: Moderation = {
      state,
      description: text ? text : null,
      ...(report.hasPhoto ? { photo } : {}),
    };
    await action.send('moderation', adminApi.moderation(report.publicId), body, (r) =>
      t(`reports.staff.moderation.done.${r.moderation}`, { number: r.publicId }),
    );
  };

  return (
    <section aria-labelledby="reports-moderation-heading">
      <h2 id="reports-moderation-heading">{t('reports.staff.moderation.title')}</h2>
      <SectionOutcome staff={staff} action={action} />
      <Form
        errors={FIELDS.flatMap((f) =>
          action.errors[f]
            ? [{ fieldId: `reports-moderation-${f}`, message: action.errors[f] }]
            : [],
        )}
        errorTitle={t('reports.staff.form.errors')}
        onSubmit={submit}
      >
        <Fieldset legend={t('reports.staff.moderation.state')}>
          {DECISIONS.map((s) => (
            <Radio
              key={s}
              id={s === 'public' ? 'reports-moderation-state' : `reports-moderation-state-${s}`}
              name="reports-moderation-state"
              label={t(`reports.staff.moderation.state.${s}`)}
              checked={state === s}
              onChange={() => setState(s)}
            />
          ))}
        </Fieldset>
        <TextArea
          id="reports-moderation-description"
          label={t('reports.staff.moderation.description')}
          description={t('reports.staff.moderation.descriptionHint')}
          lang={locale === 'de' ? undefined : 'de'}
          value={description}
          maxLength={NOTE_LENGTH}
          rows={4}
          error={action.errors.description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        {report.hasPhoto ? (
          <Fieldset legend={t('reports.staff.moderation.photo')}>
            <Radio
              id="reports-moderation-photo"
              name="reports-moderation-photo"
              label={t('reports.staff.moderation.photo.public')}
              checked={photo === 'public'}
              onChange={() => setPhoto('public')}
            />
            <Radio
              id="reports-moderation-photo-internal"
              name="reports-moderation-photo"
              label={t('reports.staff.moderation.photo.internal')}
              checked={photo === 'internal'}
              onChange={() => setPhoto('internal')}
            />
          </Fieldset>
        ) : null}
        <Button type="submit" busy={action.busy === 'moderation'}>
          {t(VERB[state])}
        </Button>
      </Form>
    </section>
  );
}
