import { Button, ErrorSummary, type FormError, Status } from '@city-app/ui';
import { answerLost, attemptKey, failureText, refusalOf } from '@city-app/web';
import { type ComponentType, useContext, useEffect, useRef, useState } from 'react';
import type { Submitted } from '../../api/public-report.js';
import { pushProblemKey } from '../device/push-access.js';
import { type Device, PushAccessContext } from '../device/use-device.js';
import type { CategoryChoice } from '../parts/categories.js';
import type { WhereMapProps } from '../parts/map-slot.js';
import type { ReportsContext } from '../parts/use-reports.js';
import { paths } from '../paths.js';
import {
  checkDraft,
  type DraftErrors,
  type DraftField,
  draftFieldOf,
  emptyDraft,
  fieldId,
  type ReportDraft,
  reportBody,
} from './draft.js';
import { MoreStep } from './more-step.js';
import { NearbyReports } from './nearby-reports.js';
import { WhatStep } from './what-step.js';
import { WhereStep } from './where-step.js';

const ORDER: DraftField[] = ['category', 'address', 'photo', 'description', 'email', 'push'];

/**
 * The three steps on one page: what, where (then the reports nearby, before anything is
 * written), photo and more. One `Idempotency-Key` per attempt: sending the same draft again
 * after a lost answer returns the first report, a changed draft is a new attempt.
 */
export function ReportForm({
  categories,
  device,
  ctx,
  onSent,
  WhereMap,
}: {
  categories: CategoryChoice[];
  device: Device;
  ctx: ReportsContext;
  /** A map beside the "where" step: shows the point and picks another. */
  WhereMap?: ComponentType<WhereMapProps>;
  onSent(submitted: Submitted, draft: ReportDraft, installationId: string | null): void;
}) {
  const { api, t, locale } = ctx;
  const push = useContext(PushAccessContext);
  const pushOffered = push.support() === 'supported';
  const pushOn = !!device.state?.subscribed;
  const [draft, setDraft] = useState(() => emptyDraft(false));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // What takes focus after a failed send: the summary, or the field the server named.
  const [focus, setFocus] = useState<{ target: string; n: number } | null>(null);
  const summary = useRef<HTMLElement>(null);
  const attempt = useRef<string | null>(null);

  // A device that already receives notifications offers them ticked.
  useEffect(() => {
    if (pushOn) setDraft((d) => ({ ...d, push: true }));
  }, [pushOn]);

  useEffect(() => {
    if (!focus) return;
    if (focus.target === 'summary') summary.current?.focus();
    else document.getElementById(focus.target)?.focus();
  }, [focus]);

  const firstCategory = categories[0]?.id ?? '';
  const change = (part: Partial<ReportDraft>) => {
    attempt.current = null;
    setDraft((d) => ({ ...d, ...part }));
  };
  const fail = (found: DraftErrors, message: string | null, target: string) => {
    setErrors(found);
    setFailure(message);
    setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));
  };

  async function send() {
    const found = checkDraft(draft, t);
    if (Object.keys(found).length > 0) return fail(found, null, 'summary');
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      let installationId: string | null = null;
      if (pushOffered && draft.push) {
        try {
          // Before any other await: the browser asks for permission only from the click.
          installationId = await device.enable();
        } catch (problem) {
          return fail({ push: t(pushProblemKey(problem)) }, null, fieldId('push'));
        }
      }
      attempt.current ??= attemptKey();
      const submitted = await api.post<Submitted>(
        paths.api,
        reportBody(draft, installationId, locale),
        { headers: { 'Idempotency-Key': attempt.current } },
      );
      attempt.current = null;
      onSent(submitted, draft, installationId);
    } catch (error) {
      const field = draftFieldOf(refusalOf(error)?.field);
      const message = failureText(error, t);
      if (field) fail({ [field]: message }, null, fieldId(field, firstCategory));
      else fail({}, message, 'summary');
      // A lost answer keeps the key, so sending again cannot store the report twice.
      if (!answerLost(error)) attempt.current = null;
    } finally {
      setBusy(false);
    }
  }

  const summaryErrors: FormError[] = [
    ...(failure ? [{ message: failure }] : []),
    ...ORDER.filter((f) => errors[f]).map((f) => ({
      fieldId: fieldId(f, firstCategory),
      message: errors[f] as string,
    })),
  ];
  const category = categories.find((c) => c.id === draft.category);

  return (
    <form
      noValidate
      className="city-form"
      aria-label={t('reports.new.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <ErrorSummary errors={summaryErrors} title={t('reports.new.errors')} focusRef={summary} />
      <WhatStep
        categories={categories}
        value={draft.category}
        error={errors.category}
        onChange={(id) => change({ category: id })}
        t={t}
        locale={locale}
      />
      <WhereStep
        address={draft.address}
        point={draft.point}
        accuracy={draft.accuracy}
        error={errors.address}
        onAddress={(address) => change({ address })}
        onPoint={(point, accuracy) => change({ point, accuracy })}
        t={t}
        locale={locale}
        map={
          WhereMap ? (
            <WhereMap point={draft.point} onPick={(point) => change({ point, accuracy: null })} />
          ) : null
        }
      />
      <NearbyReports category={category} point={draft.point} device={device} ctx={ctx} />
      <MoreStep
        draft={draft}
        errors={errors}
        onChange={change}
        pushOffered={pushOffered}
        pushOn={pushOn}
        t={t}
      />
      <Status visuallyHidden>{busy ? t('reports.new.sending') : ''}</Status>
      <Button type="submit" disabled={busy}>
        {t('reports.new.send')}
      </Button>
    </form>
  );
}
