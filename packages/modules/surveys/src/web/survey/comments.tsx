import { Alert, Button, Form, TextArea } from '@city-app/ui';
import { useAction } from '@city-app/web';
import { useState } from 'react';
import type { PublicSurvey } from '../../api/survey.js';
import type { SurveysContext } from '../parts/use-surveys.js';
import { paths } from '../paths.js';

/** The comments staff published, and, while the survey is open, a form to write one. */
export function Comments({ survey, surveys }: { survey: PublicSurvey; surveys: SurveysContext }) {
  const { t, api, when } = surveys;
  const [body, setBody] = useState('');
  const [short, setShort] = useState<string | null>(null);
  const action = useAction(surveys, ['body']);
  const error = short ?? action.errors.body;
  return (
    <section aria-labelledby="surveys-comments-heading">
      <h2 id="surveys-comments-heading">{t('surveys.comments.title')}</h2>
      {survey.publishedComments.length ? (
        <ul className="surveys-comments">
          {survey.publishedComments.map((comment) => (
            <li key={comment.id}>
              <p>{comment.body}</p>
              <p className="surveys-comments__when">{when(comment.at)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('surveys.comments.none')}</p>
      )}
      {survey.state === 'open' ? (
        <>
          {action.announcement ? (
            <Alert tone="success">
              <p>{action.announcement}</p>
            </Alert>
          ) : null}
          {action.failure ? (
            <Alert tone="error">
              <p>{action.failure}</p>
            </Alert>
          ) : null}
          <Form
            errors={error ? [{ fieldId: 'surveys-comment', message: error }] : []}
            errorTitle={t('surveys.ballot.errors')}
            onSubmit={async () => {
              const text = body.trim();
              setShort(text.length < 3 ? t('surveys.comments.tooShort') : null);
              if (text.length < 3) return;
              const sent = await action.run(
                'comment',
                () => api.post(paths.commentsApi(survey.id), { body: text }),
                () => t('surveys.comments.sent'),
              );
              if (sent !== undefined) setBody('');
            }}
          >
            <TextArea
              id="surveys-comment"
              label={t('surveys.comments.write')}
              description={t('surveys.comments.hint')}
              rows={4}
              maxLength={1000}
              value={body}
              error={error}
              onChange={(e) => setBody(e.currentTarget.value)}
            />
            <Button type="submit" variant="secondary" busy={action.busy === 'comment'}>
              {t('surveys.comments.send')}
            </Button>
          </Form>
        </>
      ) : null}
    </section>
  );
}
