import { Button, Fieldset, Form, RowActions, TextField } from '@city-app/ui';
import { type PointerEvent, useRef, useState } from 'react';
import type { Redaction } from '../../../api/photo-redaction.js';
import type { StaffReportDetail } from '../../../api/staff-report.js';
import { adminApi } from '../paths.js';
import type { Staff } from '../staff.js';
import { type ReportChanges, useReportAction } from './report-action.js';
import { SectionOutcome } from './section-outcome.js';

type Area = Redaction['regions'][number];
/** As many areas as the route takes at once. */
const MOST = 10;
const SIDES = ['x', 'y', 'width', 'height'] as const;
const percent = (fraction: number) => Math.round(fraction * 1000) / 10;
const clamp = (n: number) => Math.min(1, Math.max(0, n));

/** An area typed in percent, or null when it is no area inside the photo. */
function areaOf(typed: Record<(typeof SIDES)[number], string>): Area | null {
  const [x, y, width, height] = SIDES.map((side) => Number(typed[side].replace(',', '.')) / 100);
  const all = [x, y, width, height] as number[];
  if (all.some((n) => !Number.isFinite(n) || n < 0 || n > 1)) return null;
  if (!width || !height || (x ?? 0) + (width ?? 0) > 1 || (y ?? 0) + (height ?? 0) > 1) return null;
  return { x: x ?? 0, y: y ?? 0, width: width ?? 0, height: height ?? 0 };
}

/**
 * Makes a face or a number plate unrecognisable before the photo is released: areas drawn on
 * the photo with the mouse or typed in percent, then pixelated on the server for good.
 */
export function PhotoRedaction({
  staff,
  report,
  photoVersion,
  changes,
}: {
  staff: Staff;
  report: StaffReportDetail;
  photoVersion: number;
  changes: ReportChanges & { onRedacted(): void };
}) {
  const { t } = staff;
  const action = useReportAction(staff, ['regions'], changes);
  const [areas, setAreas] = useState<Area[]>([]);
  const [typed, setTyped] = useState({ x: '', y: '', width: '', height: '' });
  const [wrong, setWrong] = useState<string | undefined>();
  const start = useRef<{ x: number; y: number } | null>(null);
  const full = areas.length >= MOST;

  const add = (area: Area) => setAreas((list) => (list.length < MOST ? [...list, area] : list));
  const at = (e: PointerEvent<HTMLElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return {
      x: clamp((e.clientX - box.left) / box.width),
      y: clamp((e.clientY - box.top) / box.height),
    };
  };
  const describe = (a: Area) =>
    t('reports.staff.redaction.area', {
      x: percent(a.x),
      y: percent(a.y),
      width: percent(a.width),
      height: percent(a.height),
    });

  return (
    <section aria-labelledby="reports-redaction-heading">
      <h2 id="reports-redaction-heading">{t('reports.staff.redaction.title')}</h2>
      <p>{t('reports.staff.redaction.lead')}</p>
      <SectionOutcome staff={staff} action={action} />
      {/* Drawing is for the mouse and the finger; the fields below do the same by keyboard. */}
      <div
        style={{
          position: 'relative',
          display: 'inline-block',
          maxWidth: '100%',
          touchAction: 'none',
        }}
        onPointerDown={(e) => {
          start.current = at(e);
        }}
        onPointerUp={(e) => {
          const from = start.current;
          start.current = null;
          if (!from || full) return;
          const to = at(e);
          const area = {
            x: Math.min(from.x, to.x),
            y: Math.min(from.y, to.y),
            width: Math.abs(to.x - from.x),
            height: Math.abs(to.y - from.y),
          };
          if (area.width > 0.01 && area.height > 0.01) add(area);
        }}
      >
        <img
          src={`${adminApi.photo(report.publicId)}?v=${photoVersion}`}
          alt={t('reports.staff.report.photoAlt', { number: report.publicId })}
          draggable={false}
          style={{ display: 'block', maxWidth: '100%', height: 'auto' }}
        />
        {areas.map((a) => (
          <span
            key={`${a.x}-${a.y}-${a.width}-${a.height}`}
            aria-hidden="true"
            style={{
              position: 'absolute',
              left: `${a.x * 100}%`,
              top: `${a.y * 100}%`,
              width: `${a.width * 100}%`,
              height: `${a.height * 100}%`,
              outline: '3px solid currentColor',
              background: 'rgb(0 0 0 / 0.35)',
            }}
          />
        ))}
      </div>
      <Form
        errors={wrong ? [{ fieldId: 'reports-redaction-x', message: wrong }] : []}
        errorTitle={t('reports.staff.form.errors')}
        onSubmit={() => {
          const area = areaOf(typed);
          setWrong(area ? undefined : t('reports.staff.redaction.wrong'));
          if (area) {
            add(area);
            setTyped({ x: '', y: '', width: '', height: '' });
          }
        }}
      >
        <Fieldset legend={t('reports.staff.redaction.typed')}>
          <div className="city-row-actions">
            {SIDES.map((side) => (
              <TextField
                key={side}
                id={`reports-redaction-${side}`}
                label={t(`reports.staff.redaction.${side}`)}
                inputMode="decimal"
                maxLength={5}
                value={typed[side]}
                error={side === 'x' ? wrong : undefined}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setTyped((v) => ({ ...v, [side]: value }));
                }}
              />
            ))}
          </div>
        </Fieldset>
        <Button type="submit" variant="secondary" disabled={full}>
          {t('reports.staff.redaction.add')}
        </Button>
      </Form>
      {areas.length ? (
        <>
          <ul className="city-stack-list">
            {areas.map((a, i) => (
              <li key={`${a.x}-${a.y}-${a.width}-${a.height}`}>
                {describe(a)}
                <RowActions
                  actions={[
                    {
                      word: t('reports.staff.redaction.remove'),
                      name: t('reports.staff.redaction.removeName', { area: describe(a) }),
                      onClick: () => setAreas((list) => list.filter((_, j) => j !== i)),
                    },
                  ]}
                />
              </li>
            ))}
          </ul>
          <Button
            variant="danger"
            busy={action.busy === 'redact'}
            onClick={async () => {
              const body: Redaction = { regions: areas };
              const done = await action.send(
                'redact',
                adminApi.redaction(report.publicId),
                body,
                () => t('reports.staff.redaction.done'),
              );
              if (done) {
                setAreas([]);
                changes.onRedacted();
              }
            }}
          >
            {t('reports.staff.redaction.submit')}
          </Button>
        </>
      ) : (
        <p>{t('reports.staff.redaction.none')}</p>
      )}
    </section>
  );
}
