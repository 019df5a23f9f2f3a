import { Alert, Button, PageHeading, Status } from '@city-app/ui';
import { ActionFailure, Loaded, useAction } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { useEffect, useRef, useState } from 'react';
import type { Submitted } from '../../api/submission.js';
import { useFormChoices } from '../admin/event-form/choices.js';
import { EventForm } from '../admin/event-form/event-form.js';
import { type Staff, useStaff } from '../admin/staff.js';
import { useEvents } from '../parts/use-events.js';
import { paths } from '../paths.js';
import {
  checkOrganiser,
  emptyOrganiser,
  ORGANISER_FIELDS,
  OrganiserFields,
  type OrganiserState,
  organiserFieldId,
} from '../submit/organiser-fields.js';
import { SUBMISSION_FIELDS, splitServerErrors } from '../submit/server-errors.js';

/**
 * `/veranstaltungen/eintragen`: an organiser submits an event without an account — what an
 * organiser knows of it (the form without staff's own fields), who they are, their consent. A link to confirm goes to their e-mail.
 */
export default function SubmitScreen(_props: ScreenProps) {
  return <SubmitView person={useStaff()} town={useEvents().town} />;
}

export function SubmitView({ person, town }: { person: Staff; town: string }) {
  const { t, api } = person;
  const choices = useFormChoices(person);
  const action = useAction(person, SUBMISSION_FIELDS);
  const [organiser, setOrganiser] = useState<OrganiserState>(emptyOrganiser);
  const [checked, setChecked] = useState<ReturnType<typeof checkOrganiser>>({});
  const [sent, setSent] = useState<Submitted | null>(null);
  // A fresh form after "submit another".
  const [round, setRound] = useState(0);
  const sentHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (sent) sentHeading.current?.focus();
  }, [sent]);
  const server = splitServerErrors(action.errors);
  const organiserErrors = { ...server.organiser, ...checked };

  if (sent) {
    return (
      <>
        <PageHeading>{t('events.submit.title')}</PageHeading>
        <Alert tone="success">
          <h2 tabIndex={-1} ref={sentHeading}>
            {t('events.submit.sentTitle')}
          </h2>
          <p>{t('events.submit.sent', { email: sent.email })}</p>
        </Alert>
        <Button
          variant="secondary"
          onClick={() => {
            setSent(null);
            setRound((n) => n + 1);
          }}
        >
          {t('events.submit.another')}
        </Button>
      </>
    );
  }

  return (
    <>
      <PageHeading lead={t('events.submit.lead', { town })}>{t('events.submit.title')}</PageHeading>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={person} failure={action.failure} />
      <Loaded resource={choices} staff={person}>
        {({ categories, venues }) => (
          <EventForm
            key={round}
            staff={person}
            event={null}
            submission
            categories={categories}
            venues={venues}
            serverErrors={server.event}
            busy={action.busy === 'submit'}
            submitLabel={t('events.submit.send')}
            extraErrors={ORGANISER_FIELDS.filter((f) => organiserErrors[f]).map((f) => ({
              fieldId: organiserFieldId(f),
              message: organiserErrors[f] as string,
            }))}
            checkExtra={() => {
              const found = checkOrganiser(organiser, t);
              setChecked(found);
              return Object.keys(found).length === 0;
            }}
            onSubmit={async (event) => {
              const website = organiser.website.trim();
              const done = await action.run(
                'submit',
                () =>
                  api.post<Submitted>(`${paths.api}/submissions`, {
                    event,
                    organiser: {
                      contact: organiser.contact.trim(),
                      name: organiser.name.trim(),
                      email: organiser.email.trim(),
                      ...(website ? { website } : {}),
                    },
                    consent: organiser.consent,
                  }),
                (s) => t('events.submit.sent', { email: s.email }),
              );
              if (done) {
                setOrganiser(emptyOrganiser);
                setSent(done);
              }
            }}
          >
            <OrganiserFields
              t={t}
              state={organiser}
              errors={organiserErrors}
              onChange={(change) => setOrganiser((s) => ({ ...s, ...change }))}
            />
          </EventForm>
        )}
      </Loaded>
    </>
  );
}
