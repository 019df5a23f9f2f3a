import { createHash } from 'node:crypto';
import type { Locale } from '@city-app/core';
import type { ModuleServerContext } from '@city-app/server';
import type { ReportInput, Submitted } from '../../api/public-report.js';
import { categoryOf, type ReportsConfig } from '../../config.js';
import { reportError } from '../../errors/reports.js';
import { mailDepartment } from '../notices/department-mail.js';
import type { StoredPhoto } from '../photos/process.js';
import { nextPublicId } from './public-id.js';

export interface SubmitContext {
  /** The request's Idempotency-Key: a retry of the same report returns the first one. */
  idempotencyKey?: string;
  /** The year in the town's zone: it starts the report's number. */
  year: number;
  language: Locale;
  origin: string;
}

/** Checks what zod cannot: the category is the town's, and there is a place. */
export function checkReport(config: ReportsConfig, input: ReportInput) {
  const category = categoryOf(config, input.category);
  if (!category) {
    throw reportError(
      'reports_category_unknown',
      { category: input.category },
      { field: 'category' },
    );
  }
  if (!input.location && !input.address) {
    throw reportError('reports_place_missing', {}, { field: 'location' });
  }
  return category;
}

/**
 * Stores a resident's report with its first history entry and its photo, and queues the
 * e-mail to the category's department, all in one transaction: never a report without its
 * mail, nor a mail without its report. Nothing is public until staff review it.
 */
export async function submitReport(
  ctx: ModuleServerContext<ReportsConfig>,
  input: ReportInput,
  photo: StoredPhoto | null,
  at: SubmitContext,
): Promise<Submitted> {
  const category = checkReport(ctx.config, input);
  const idempotencyHash = at.idempotencyKey
    ? createHash('sha256').update(at.idempotencyKey).digest('hex')
    : null;
  return ctx.db.transaction(async (tx) => {
    if (idempotencyHash) {
      // Two tries of one report at once: the second waits here, then finds the first.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [idempotencyHash]);
      const { rows: sent } = await tx.query<{ public_id: string }>(
        'SELECT public_id FROM reports WHERE idempotency_hash = $1',
        [idempotencyHash],
      );
      if (sent[0])
        return { publicId: sent[0].public_id, status: 'new', moderation: 'pending' } as const;
    }
    const publicId = await nextPublicId(tx, at.year);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO reports (public_id, category, department, lat, lon, address, description,
         reporter_email, reporter_installation, language, idempotency_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        publicId,
        category.id,
        category.department,
        input.location?.lat ?? null,
        input.location?.lon ?? null,
        input.address ?? null,
        input.description || null,
        input.email?.trim() || null,
        input.installationId?.toLowerCase() ?? null,
        at.language,
        idempotencyHash,
      ],
    );
    const id = (rows[0] as { id: string }).id;
    await tx.query(`INSERT INTO reports_history (report_id, status) VALUES ($1, 'new')`, [id]);
    if (photo) {
      await tx.query(
        `INSERT INTO reports_photos (report_id, content_type, bytes, width, height)
         VALUES ($1, $2, $3, $4, $5)`,
        [id, photo.contentType, photo.bytes, photo.width, photo.height],
      );
    }
    await mailDepartment(
      ctx,
      tx,
      {
        publicId,
        category: category.id,
        department: category.department,
        location: input.location ?? null,
        address: input.address ?? null,
        description: input.description || null,
        hasPhoto: photo !== null,
      },
      at.origin,
    );
    return { publicId, status: 'new', moderation: 'pending' } as const;
  });
}
