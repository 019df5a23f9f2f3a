import { type CityEnv, describeRoute, type ModuleServerContext, validated } from '@city-app/server';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import {
  type TemplateInput,
  templateInputSchema,
  templateListSchema,
  templateSchema,
} from '../../api/staff-report.js';
import type { ReportsConfig } from '../../config.js';
import { REPORTS_ROLE } from '../../meta.js';
import {
  createTemplate,
  deleteTemplate,
  listTemplates,
  updateTemplate,
} from '../staff/templates.js';

const tags = ['reports (staff)'];
const role = REPORTS_ROLE;
const idSchema = z.strictObject({ id: z.uuid() });
const notFound = { description: 'No such template (`reports_template_not_found`).' };

/** Response templates: the public notes staff write again and again. */
export function staffTemplateRoutes(ctx: ModuleServerContext<ReportsConfig>): Hono<CityEnv> {
  const app = new Hono<CityEnv>();
  const id = (c: Context<CityEnv>) => validated<{ id: string }>(c, 'params').id;

  app.get(
    '/admin/templates',
    describeRoute({
      summary: 'The response templates, by title',
      tags,
      role,
      responses: { 200: { description: 'All of them.', schema: templateListSchema } },
    }),
    async (c) => c.json({ items: await listTemplates(ctx.db) }),
  );

  app.post(
    '/admin/templates',
    describeRoute({
      summary: 'Add a response template',
      tags,
      role,
      body: templateInputSchema,
      responses: { 201: { description: 'Added.', schema: templateSchema } },
    }),
    async (c) => c.json(await createTemplate(ctx.db, validated<TemplateInput>(c, 'body')), 201),
  );

  app.put(
    '/admin/templates/:id',
    describeRoute({
      summary: 'Change a response template',
      tags,
      role,
      params: idSchema,
      body: templateInputSchema,
      responses: { 200: { description: 'Changed.', schema: templateSchema }, 404: notFound },
    }),
    async (c) => c.json(await updateTemplate(ctx.db, id(c), validated<TemplateInput>(c, 'body'))),
  );

  app.delete(
    '/admin/templates/:id',
    describeRoute({
      summary: 'Remove a response template',
      tags,
      role,
      params: idSchema,
      responses: { 204: { description: 'Removed.' }, 404: notFound },
    }),
    async (c) => {
      await deleteTemplate(ctx.db, id(c));
      return c.body(null, 204);
    },
  );
  return app;
}
