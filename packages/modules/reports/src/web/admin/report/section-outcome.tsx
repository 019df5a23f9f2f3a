import { Status } from '@city-app/ui';
import { ActionFailure } from '@city-app/web';
import type { Staff } from '../staff.js';

/** What came of a section's last action: said in the live region, or the refusal shown. */
export function SectionOutcome({
  staff,
  action,
}: {
  staff: Pick<Staff, 't'>;
  action: { announcement: string; failure: string | null };
}) {
  return (
    <>
      <Status>{action.announcement}</Status>
      <ActionFailure staff={staff} failure={action.failure} />
    </>
  );
}
