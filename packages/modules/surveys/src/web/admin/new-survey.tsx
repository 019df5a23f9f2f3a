import { ActionFailure, attemptKey, useAction } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useRef } from 'react';
import type { StaffSurvey } from '../../api/survey-input.js';
import { AdminPage } from './admin-page.js';
import { adminPaths } from './paths.js';
import { type Staff, useStaff } from './staff.js';
import { draftOf } from './survey-form/draft.js';
import { fieldsOf, SurveyForm } from './survey-form/survey-form.js';

/** `/admin/umfragen/neu`: a new survey, saved as a draft. */
export default function NewSurveyScreen(_props: ScreenProps) {
  return <NewSurveyView staff={useStaff()} />;
}

export function NewSurveyView({ staff }: { staff: Staff }) {
  const { t, api, navigate } = staff;
  const action = useAction(staff, fieldsOf(draftOf(null)));
  // One key per form: a second click or a retry after a lost answer makes one draft.
  const key = useRef(attemptKey());
  return (
    <AdminPage staff={staff} section="new" title={t('surveys.staff.new.title')}>
      <ActionFailure staff={staff} failure={action.failure} />
      <SurveyForm
        staff={staff}
        survey={null}
        serverErrors={action.errors}
        busy={action.busy === 'create'}
        submitLabel={t('surveys.staff.form.create')}
        onSubmit={async (input) => {
          const made = await action.run(
            'create',
            () =>
              api.post<StaffSurvey>(adminPaths.surveysApi, input, {
                headers: { 'Idempotency-Key': key.current },
              }),
            () => t('surveys.staff.saved'),
          );
          if (made) navigate(adminPaths.survey(made.id));
        }}
      />
    </AdminPage>
  );
}
