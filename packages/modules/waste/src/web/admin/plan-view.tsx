import { WideTable } from '@city-app/ui';
import { formatStaffDate, StaffLink } from '@city-app/web';
import type { ImportPlan } from '../../api/import-plan.js';
import type { CalendarSummary } from '../../summary.js';
import { adminPaths } from './paths.js';
import type { Staff } from './staff.js';
import { TypeName } from './type-name.js';

/**
 * What an import does or would do: the counts, the changes one by one, the texts that name no
 * waste type yet (with the way to the mapping table) and what was skipped.
 */
export function PlanView({
  staff,
  plan,
  types,
}: {
  staff: Staff;
  plan: ImportPlan;
  types: CalendarSummary['types'];
}) {
  const { t, locale } = staff;
  const date = (d: string | null) => (d ? formatStaffDate(d, locale) : '–');
  const counts: Array<[string, number]> = [
    ['locationsAdded', plan.locations.added],
    ['locationsMatched', plan.locations.matched],
    ['added', plan.pickups.added],
    ['moved', plan.pickups.moved],
    ['cancelled', plan.pickups.cancelled],
    ['removed', plan.pickups.removed],
    ['unchanged', plan.pickups.unchanged],
  ];
  const shownChanges = plan.changes.length;
  const allChanges =
    plan.pickups.added + plan.pickups.moved + plan.pickups.cancelled + plan.pickups.removed;
  return (
    <section aria-labelledby="waste-plan-heading" className="waste-admin__panel">
      <h2 id="waste-plan-heading" tabIndex={-1}>
        {t(plan.dryRun ? 'waste.admin.plan.dryRunTitle' : 'waste.admin.plan.appliedTitle')}
      </h2>
      {plan.range.from || plan.range.to ? (
        <p>
          {t('waste.admin.plan.range', { from: date(plan.range.from), to: date(plan.range.to) })}
        </p>
      ) : null}
      <dl className="waste-admin__counts">
        {counts.map(([key, n]) => (
          <div key={key}>
            <dt>{t(`waste.admin.plan.count.${key}`)}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>

      {plan.unmapped.length ? (
        <>
          <h3>{t('waste.admin.plan.unmapped')}</h3>
          <p>{t('waste.admin.plan.unmappedLead')}</p>
          <ul>
            {plan.unmapped.map((u) => (
              <li key={u.label}>
                {/* Opens the mapping table with the text filled in, ready to choose its type. */}
                <StaffLink
                  staff={staff}
                  to={`${adminPaths.mappings}?${new URLSearchParams({ text: u.label })}`}
                >
                  {t('waste.admin.plan.unmappedItem', { label: u.label, count: u.count })}
                </StaffLink>
              </li>
            ))}
          </ul>
          <p>
            <StaffLink staff={staff} to={adminPaths.mappings}>
              {t('waste.admin.plan.toMappings')}
            </StaffLink>
          </p>
        </>
      ) : null}

      {plan.warnings.length ? (
        <>
          <h3>{t('waste.admin.plan.warnings')}</h3>
          <ul>
            {plan.warnings.map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings may repeat word for word
              <li key={i}>
                {w.message}
                {w.ref ? ` (${w.ref})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>{t('waste.admin.plan.changes')}</h3>
      {shownChanges ? (
        <WideTable label={t('waste.admin.plan.changes')}>
          <thead>
            <tr>
              <th scope="col">{t('waste.admin.plan.location')}</th>
              <th scope="col">{t('waste.admin.tours.type')}</th>
              <th scope="col">{t('waste.admin.plan.kind')}</th>
              <th scope="col">{t('waste.admin.plan.oldDate')}</th>
              <th scope="col">{t('waste.admin.plan.newDate')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.changes.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is the server's, in its order
              <tr key={i}>
                <th scope="row">{c.location}</th>
                <td>
                  <TypeName staff={staff} types={types} typeId={c.typeId} />
                </td>
                <td>{t(`waste.admin.plan.kind.${c.kind}`)}</td>
                <td>{date(c.oldDate)}</td>
                <td>{date(c.newDate)}</td>
              </tr>
            ))}
          </tbody>
        </WideTable>
      ) : (
        <p>{t('waste.admin.plan.noChanges')}</p>
      )}
      {allChanges > shownChanges ? (
        <p>{t('waste.admin.plan.more', { shown: shownChanges, count: allChanges })}</p>
      ) : null}
    </section>
  );
}
