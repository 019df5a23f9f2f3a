/** Where a report stands, in the words residents read on its page (and Open311's `status` maps to). */
export const REPORT_STATUSES = ['new', 'confirmed', 'in_progress', 'fixed', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Still to be done: counted as open, shown as "already reported" to a resident nearby. */
export const OPEN_STATUSES: readonly ReportStatus[] = ['new', 'confirmed', 'in_progress'];

/** Why a report was closed without being fixed; residents read it on the report's page. */
export const CLOSING_REASONS = [
  'duplicate',
  'not_responsible',
  'not_found',
  'no_action_needed',
  'other',
] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];

/** Who may see a report's words and photo: nobody before staff looked at it. */
export const MODERATION_STATES = ['pending', 'public', 'hidden'] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];
