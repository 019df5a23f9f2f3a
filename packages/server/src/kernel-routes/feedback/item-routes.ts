import { Hono } from 'hono';
import { z } from 'zod';
import type { KernelEnv } from '../../http/context.js';
import type { Database, StaffUser } from '../../module.js';
import { describeRoute, validated } from '../../openapi/describe.js';
import { type AnswerMailContext, AnswerNotSent, answerFeedback } from './answer.js';
import { deleteFeedback } from './deletion.js';
import { answerRecord, findFeedback, inboxItem, markRead, openedFeedback } from './inbox.js';
import { feedbackError } from './messages.js';

const idParams = z.object({ id: z.uuid() });
const readBody = z.object({ read: z.boolean().describe('false: mark as unread again.') });
const answerBody = z.object({
  text: z.string().trim().min(1).max(10_000).describe('The answer, sent as the e-mail text.'),
  locale: z
    .enum(['de', 'en'])
    .default('de')
    .describe('Language of the frame around the text (subject, the quoted message).'),
});

const notFound = { 404: { description: 'No such feedback (`feedback_not_found`).' } };

/** `/api/feedback/:id`: open (marks read), mark unread, answer by e-mail, delete. */
export function feedbackItemRoutes(
  db: Database,
  mail: AnswerMailContext,
  role: string,
): Hono<KernelEnv> {
  const router = new Hono<KernelEnv>();

  router.get(
    '/:id',
    describeRoute({
      summary: 'Open one feedback with its answers; marks it read',
      tags: ['feedback'],
      role,
      params: idParams,
      responses: { 200: { description: 'The feedback', schema: openedFeedback }, ...notFound },
    }),
    async (c) => {
      const { id } = validated<z.infer<typeof idParams>>(c, 'params');
      await markRead(db, id, true);
      const found = await findFeedback(db, id);
      if (!found) throw feedbackError('notFound');
      return c.json(found);
    },
  );

  router.patch(
    '/:id',
    describeRoute({
      summary: 'Mark one feedback read or unread',
      tags: ['feedback'],
      role,
      params: idParams,
      body: readBody,
      responses: { 200: { description: 'The feedback', schema: inboxItem }, ...notFound },
    }),
    async (c) => {
      const { id } = validated<z.infer<typeof idParams>>(c, 'params');
      const { read } = validated<z.infer<typeof readBody>>(c, 'body');
      const found = (await markRead(db, id, read)) ? await findFeedback(db, id) : undefined;
      if (!found) throw feedbackError('notFound');
      const { answers: _answers, ...item } = found;
      return c.json(item);
    },
  );

  router.post(
    '/:id/answers',
    describeRoute({
      summary: 'Answer by e-mail to the address the resident gave',
      description:
        'The answer is recorded with who sent it and when, once the mail has left. Feedback without an address cannot be answered (409 `feedback_without_email`).',
      tags: ['feedback'],
      role,
      params: idParams,
      body: answerBody,
      responses: {
        201: { description: 'Sent and recorded', schema: answerRecord },
        ...notFound,
        409: { description: 'No e-mail address to answer to (`feedback_without_email`).' },
        503: { description: 'The mail could not be sent (`mail_not_sent`); nothing recorded.' },
      },
    }),
    async (c) => {
      const { id } = validated<z.infer<typeof idParams>>(c, 'params');
      const { text, locale } = validated<z.infer<typeof answerBody>>(c, 'body');
      let answer: Awaited<ReturnType<typeof answerFeedback>>;
      try {
        answer = await answerFeedback(db, mail, {
          id,
          text,
          locale,
          staff: c.get('user') as StaffUser,
        });
      } catch (error) {
        throw error instanceof AnswerNotSent ? feedbackError('mailFailed') : error;
      }
      if (answer === 'no-email') throw feedbackError('noEmail');
      if (!answer) throw feedbackError('notFound');
      return c.json(answer, 201);
    },
  );

  router.delete(
    '/:id',
    describeRoute({
      summary: 'Delete one feedback, its answers and the e-mail copies naming its address',
      tags: ['feedback'],
      role,
      params: idParams,
      responses: { 204: { description: 'Deleted' }, ...notFound },
    }),
    async (c) => {
      const { id } = validated<z.infer<typeof idParams>>(c, 'params');
      if ((await deleteFeedback(db, mail.forgetRecipient, { id })) === 0)
        throw feedbackError('notFound');
      return c.body(null, 204);
    },
  );

  return router;
}
