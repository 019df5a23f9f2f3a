import { Alert, Button, Dialog, Status } from '@city-app/ui';
import { ActionFailure, Loaded, StaffLink, useAction, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useState } from 'react';
import type { StaffSurvey } from '../../api/survey-input.js';
import { AdminPage } from './admin-page.js';
import { CommentQueue } from './comment-queue.js';
import { adminPaths } from './paths.js';
import { type Staff, useStaff } from './staff.js';
import { draftOf } from './survey-form/draft.js';
import { fieldsOf, SurveyForm } from './survey-form/survey-form.js';

/** `/admin/umfragen/:id`: change a survey until someone voted; publish, open, close; comments. */
export default function SurveyScreen({ params }: ScreenProps) {
  return <SurveyEditor staff={useStaff()} id={params.id ?? ''} />;
}

export function SurveyEditor({ staff, id }: { staff: Staff; id: string }) {
  const { t, api } = staff;
  const survey = useResource(() => api.get<StaffSurvey>(adminPaths.surveyApi(id)), [api, id]);
  const title = survey.state === 'ready' ? survey.data.title[staff.locale] : '';
  return (
    <AdminPage staff={staff} section={null} title={t('surveys.staff.edit.title', { title })}>
      <Loaded resource={survey} staff={staff} notFound={t('surveys.survey.notFound')}>
        {(data) => <Editor staff={staff} survey={data} onChanged={survey.reload} />}
      </Loaded>
    </AdminPage>
  );
}

function Editor({
  staff,
  survey,
  onChanged,
}: {
  staff: Staff;
  survey: StaffSurvey;
  onChanged(): void;
}) {
  const { t, api, navigate, locale } = staff;
  const action = useAction(staff, fieldsOf(draftOf(survey)));
  const [asking, setAsking] = useState<'close' | 'delete' | null>(null);
  const act = async (name: 'publish' | 'open' | 'close', done: string) => {
    const result = await action.run(
      name,
      () => api.post<StaffSurvey>(adminPaths.actionApi(survey.id, name), {}),
      () => t(done),
    );
    if (result) onChanged();
  };
  return (
    <>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
      <p>
        {t(`surveys.staff.state.${survey.state}`)} ·{' '}
        <StaffLink staff={staff} to={adminPaths.results(survey.id)}>
          {t('surveys.staff.actions.results')}
        </StaffLink>
      </p>
      <section aria-labelledby="surveys-actions-heading">
        <h2 id="surveys-actions-heading">{t('surveys.staff.actions.title')}</h2>
        <div className="surveys-admin__actions">
          {survey.state === 'draft' ? (
            <Button
              busy={action.busy === 'publish'}
              onClick={() => act('publish', 'surveys.staff.actions.published')}
            >
              {t('surveys.staff.actions.publish')}
            </Button>
          ) : null}
          {survey.state === 'draft' || survey.state === 'upcoming' ? (
            <Button
              variant="secondary"
              busy={action.busy === 'open'}
              onClick={() => act('open', 'surveys.staff.actions.opened')}
            >
              {t('surveys.staff.actions.open')}
            </Button>
          ) : null}
          {survey.state === 'open' || survey.state === 'upcoming' ? (
            <Button variant="danger" onClick={() => setAsking('close')}>
              {t('surveys.staff.actions.close')}
            </Button>
          ) : null}
          {survey.state === 'draft' ? (
            <Button variant="danger" onClick={() => setAsking('delete')}>
              {t('surveys.staff.actions.delete')}
            </Button>
          ) : null}
        </div>
      </section>
      {survey.locked ? (
        <Alert tone="info">
          <p>{t('surveys.staff.form.locked')}</p>
        </Alert>
      ) : (
        <SurveyForm
          key={survey.id}
          staff={staff}
          survey={survey}
          serverErrors={action.errors}
          busy={action.busy === 'save'}
          submitLabel={t('surveys.staff.form.save')}
          onSubmit={async (input) => {
            const saved = await action.run(
              'save',
              () => api.put<StaffSurvey>(adminPaths.surveyApi(survey.id), input),
              () => t('surveys.staff.saved'),
            );
            if (saved) onChanged();
          }}
        />
      )}
      {survey.comments ? <CommentQueue staff={staff} surveyId={survey.id} /> : null}
      <Dialog
        open={asking !== null}
        title={t(
          asking === 'delete'
            ? 'surveys.staff.actions.deleteTitle'
            : 'surveys.staff.actions.closeTitle',
        )}
        onClose={() => setAsking(null)}
        actions={
          <Button
            variant="danger"
            onClick={async () => {
              const what = asking;
              setAsking(null);
              if (what === 'close') await act('close', 'surveys.staff.actions.closed');
              if (what === 'delete') {
                const gone = await action.run(
                  'delete',
                  () => api.delete(adminPaths.surveyApi(survey.id)).then(() => true),
                  () => '',
                );
                if (gone) navigate(adminPaths.list);
              }
            }}
          >
            {t(
              asking === 'delete' ? 'surveys.staff.actions.delete' : 'surveys.staff.actions.close',
            )}
          </Button>
        }
      >
        <p>
          {asking === 'delete'
            ? t('surveys.staff.actions.deleteText', { title: survey.title[locale] })
            : t('surveys.staff.actions.closeText')}
        </p>
      </Dialog>
    </>
  );
}
