// What the screens show: content put in through the town's real API (a booking, a resident's
// report, a survey with a vote, a staff invitation) and the ids of what the town already has,
// so that no screen is taken empty. Each module only when the town has it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { residentApi, staffApi } from './town-api.mjs';

/** The device the screenshots are taken on: its reports and follows belong to it. */
export const INSTALLATION_ID = '0f6b7c3e-5a1d-4e2b-9c8f-2d4e6a8b0c1d';
const RESIDENT = { name: 'Erika Mustermann', email: 'erika@town.example' };
const DAY = 86_400_000;

const itemsOf = (answer) => (Array.isArray(answer) ? answer : (answer?.items ?? []));

/** A booking of the first resource anybody may book at once (no briefing, no approval). */
async function experimentSpace(api) {
  const resources = await api('/api/experiment-space/resources');
  const resource =
    resources.find((r) => !r.prerequisites?.length && !r.approvalRequired) ?? resources[0];
  const courses = itemsOf(await api('/api/experiment-space/courses').catch(() => []));
  const found = { resource, course: courses[0] };
  if (!resource) return found;
  const date = new Date(Date.now() + DAY);
  for (let day = 0; day < 14; day++, date.setDate(date.getDate() + 1)) {
    const iso = date.toISOString().slice(0, 10);
    const { slots } = await api(`/api/experiment-space/resources/${resource.id}/slots?date=${iso}`);
    if (!slots.length) continue;
    const booked = await api('/api/experiment-space/bookings', {
      resourceId: resource.id,
      start: slots[0].start,
      durationMinutes: 60,
      ...RESIDENT,
      locale: 'de',
    });
    return { ...found, bookingToken: booked.token, slotDate: iso };
  }
  return found;
}

async function events(api, staff) {
  const dates = itemsOf(await api('/api/events/dates'));
  const staffEvents = itemsOf(await staff('/api/events/admin/events'));
  return { eventId: dates[0]?.id ?? dates[0]?.eventId, staffEventId: staffEvents[0]?.id };
}

/** A resident's report from this device, published by staff so the public list shows it. */
async function reports(api, staff) {
  const categories = itemsOf(await api('/api/reports/categories'));
  // A report names a device that has signed up for notifications (no push subscription needed).
  await api(`/api/notify/installations/${INSTALLATION_ID}`, { language: 'de' }, 'PUT');
  const { publicId } = await api('/api/reports', {
    category: categories[0].id,
    address: 'Lange Straße 30',
    description: 'Die Straßenlaterne vor dem Rathaus leuchtet seit Tagen nicht mehr.',
    location: { lat: 53.4302, lon: 11.1869 },
    installationId: INSTALLATION_ID,
  });
  await staff(`/api/reports/admin/reports/${publicId}/moderation`, { state: 'public' });
  return { reportId: publicId };
}

/** An open survey with live results and one vote. */
async function surveys(api, staff) {
  const now = Date.now();
  const both = (de, en) => ({ de, en });
  const survey = await staff('/api/surveys/admin/surveys', {
    title: both('Neue Bänke am Mühlenteich', 'New benches at the mill pond'),
    intro: both(
      'Die Stadt stellt im Frühjahr neue Bänke auf. Wo sollen sie stehen?',
      'The town puts up new benches in spring. Where should they go?',
    ),
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 14 * DAY).toISOString(),
    results: 'live',
    comments: true,
    questions: [
      {
        kind: 'single',
        text: both('Wo fehlt eine Bank am meisten?', 'Where is a bench missed most?'),
        options: [
          { text: both('Am Spielplatz', 'At the playground') },
          { text: both('Am Bootssteg', 'At the jetty') },
          { text: both('Am Rundweg', 'On the circular path') },
        ],
      },
    ],
  });
  await staff(`/api/surveys/admin/surveys/${survey.id}/publish`, {});
  const open = await staff(`/api/surveys/admin/surveys/${survey.id}`);
  const question = open.questions[0];
  await api(`/api/surveys/surveys/${survey.id}/ballots`, {
    installationId: crypto.randomUUID(),
    answers: [{ question: question.id, choices: [question.options[1].id] }],
  });
  return { surveyId: survey.id };
}

async function waste(staff) {
  const { tours } = await staff('/api/waste/admin/tours');
  const { locations } = await staff('/api/waste/admin/locations');
  return { tourId: tours[0]?.id, locationId: locations[0]?.id };
}

/** A meeting with papers on its agenda, from the synced council data. */
async function council(api) {
  const meetings = itemsOf(await api('/api/council'));
  for (const meeting of meetings) {
    const detail = await api(`/api/council/meetings/${meeting.key}`);
    const paper = detail.agenda.flatMap((item) => item.papers)[0];
    if (paper) return { meetingKey: meeting.key, paperKey: paper.key };
  }
  return { meetingKey: meetings[0]?.key };
}

/** Invites a colleague; the invitation link (the first-login screen) arrives by mail. */
async function invitation(staff) {
  await staff('/api/staff', {
    name: 'Jonas Beispiel',
    email: 'jonas@town.example',
    roles: ['editor'],
  });
}

/** The invitation's link in the app's mail folder, waiting for it to be sent. */
export async function invitationLink(mailDir, until = Date.now() + 150_000) {
  while (Date.now() < until) {
    const files = existsSync(mailDir) ? readdirSync(mailDir).filter((f) => f.endsWith('.eml')) : [];
    for (const file of files) {
      const mail = await PostalMime.parse(readFileSync(join(mailDir, file)));
      const link = /https?:\/\/\S+#passwort-zuruecksetzen=[\w-]+/.exec(mail.text ?? '');
      if (link && mail.to?.some((to) => to.address === 'jonas@town.example')) return link[0];
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return undefined;
}

/**
 * Seeds and finds what the screens of the town's modules need. A module's step that fails is
 * reported and leaves its screens with a missing parameter, which the screen list names.
 */
export async function townContent(url, admin, modules) {
  const api = residentApi(url);
  const staff = admin ? await staffApi(url, admin) : undefined;
  const has = (id) => modules.some((m) => m.id === id);
  const news = await api('/api/news').catch(() => ({ items: [] }));
  const found = { article: news.items?.[0], problems: [] };
  const steps = {
    'experiment-space': () => experimentSpace(api),
    events: () => events(api, staff),
    reports: () => reports(api, staff),
    surveys: () => surveys(api, staff),
    waste: () => waste(staff),
    council: () => council(api),
  };
  for (const [id, step] of Object.entries(steps)) {
    if (!has(id)) continue;
    try {
      Object.assign(found, await step());
    } catch (error) {
      found.problems.push(`seeding ${id}: ${error.message}`);
    }
  }
  if (staff) {
    try {
      await invitation(staff);
      found.invited = true;
    } catch (error) {
      found.problems.push(`inviting a colleague: ${error.message}`);
    }
  }
  return found;
}
