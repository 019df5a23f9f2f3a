import type { Queryable } from '@city-app/server';
import type { ResponseTemplate, TemplateInput } from '../../api/staff-report.js';
import { staffError } from '../../errors/staff.js';
import { iso } from '../reports/row.js';

type Row = {
  id: string;
  title: string;
  text: string;
  status: ResponseTemplate['status'];
  updated_at: Date | string;
};
const COLUMNS = 'id, title, text, status, updated_at';
const toTemplate = (row: Row): ResponseTemplate => ({
  id: row.id,
  title: row.title,
  text: row.text,
  status: row.status,
  updatedAt: iso(row.updated_at),
});
const notFound = () => staffError('reports_template_not_found');

/** The town's response templates: public notes staff use again and again, by title. */
export async function listTemplates(db: Queryable): Promise<ResponseTemplate[]> {
  const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM reports_templates ORDER BY title`);
  return rows.map(toTemplate);
}

export async function createTemplate(db: Queryable, input: TemplateInput) {
  const { rows } = await db.query<Row>(
    `INSERT INTO reports_templates (title, text, status) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
    [input.title, input.text, input.status],
  );
  return toTemplate(rows[0] as Row);
}

export async function updateTemplate(db: Queryable, id: string, input: TemplateInput) {
  const { rows } = await db.query<Row>(
    `UPDATE reports_templates SET title = $2, text = $3, status = $4, updated_at = now()
      WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, input.title, input.text, input.status],
  );
  if (!rows[0]) throw notFound();
  return toTemplate(rows[0]);
}

export async function deleteTemplate(db: Queryable, id: string): Promise<void> {
  const { rows } = await db.query('DELETE FROM reports_templates WHERE id = $1 RETURNING id', [id]);
  if (!rows[0]) throw notFound();
}
