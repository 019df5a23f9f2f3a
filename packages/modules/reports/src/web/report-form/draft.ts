import type { Translate } from '@city-app/core';
import type { ReportInput } from '../../api/public-report.js';
import type { Point } from '../parts/map-slot.js';
import type { PickedPhoto } from './photo.js';

/** What a resident has entered so far, in the three steps. */
export interface ReportDraft {
  category: string;
  address: string;
  /** From "Meinen Standort verwenden" or, later, a pin on a map. */
  point: Point | null;
  /** How far off the device said its position may be, in metres. */
  accuracy: number | null;
  photo: PickedPhoto | null;
  description: string;
  email: string;
  /** Notify this device of each new status. */
  push: boolean;
}

export const emptyDraft = (push: boolean): ReportDraft => ({
  category: '',
  address: '',
  point: null,
  accuracy: null,
  photo: null,
  description: '',
  email: '',
  push,
});

export type DraftField = 'category' | 'address' | 'photo' | 'description' | 'email' | 'push';
export type DraftErrors = Partial<Record<DraftField, string>>;

/** The id of the control a field's error leads to; the category's is its first choice. */
export function fieldId(field: DraftField, firstCategory = ''): string {
  return field === 'category' ? categoryId(firstCategory) : `reports-${field}`;
}
export const categoryId = (category: string) => `reports-category-${category}`;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the app can tell before sending, in the server's limits and the steps' order. */
export function checkDraft(draft: ReportDraft, t: Translate): DraftErrors {
  const errors: DraftErrors = {};
  const address = draft.address.trim();
  if (!draft.category) errors.category = t('reports.new.whatMissing');
  if (!draft.point && !address) errors.address = t('reports.new.placeMissing');
  else if (address && address.length < 3) errors.address = t('reports.new.addressShort');
  else if (address.length > 200) errors.address = t('reports.new.addressLong');
  if (draft.photo?.problem) errors.photo = t(draft.photo.problem);
  if (draft.description.trim().length > 2000) {
    errors.description = t('reports.new.descriptionLong');
  }
  const email = draft.email.trim();
  if (email && (!EMAIL.test(email) || email.length > 254)) {
    errors.email = t('reports.new.emailInvalid');
  }
  return errors;
}

/** The step's field a server's refusal names (`location.lat` is the place, as the address). */
export function draftFieldOf(field: string | undefined): DraftField | null {
  if (!field) return null;
  const head = field.split('.')[0];
  if (head === 'location' || head === 'address') return 'address';
  if (head === 'installationId') return 'push';
  if (head === 'category' || head === 'photo' || head === 'description' || head === 'email') {
    return head;
  }
  return null;
}

/** The request's body: only what was entered. */
export function reportBody(
  draft: ReportDraft,
  installationId: string | null,
  language: 'de' | 'en',
): ReportInput {
  const address = draft.address.trim();
  const description = draft.description.trim();
  const email = draft.email.trim();
  return {
    category: draft.category,
    ...(draft.point ? { location: draft.point } : {}),
    ...(address ? { address } : {}),
    ...(description ? { description } : {}),
    ...(draft.photo?.base64 ? { photo: draft.photo.base64 } : {}),
    ...(email ? { email } : {}),
    ...(installationId ? { installationId } : {}),
    language,
  };
}
