// Council information in a freshly generated town on its production build in Chromium, with
// the keyboard: the town names a council information system (a local OParl server), its IT
// syncs it with `city-app import council`, and a resident finds a meeting by a word, reads its
// agenda and a paper and follows a document to the source, in German and in English. axe-core
// checks every screen; the English pages show no German words but the council's own, marked so.
import { type OParlServer, startOParlServer } from '@city-app/module-council/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Cleanup,
  childEnv,
  expectOk,
  type RunningServer,
  run,
} from '../../create-city-app/test/e2e/support.js';
import { englishPage, expectNoGerman } from './support/english.js';
import {
  AxeReport,
  journeysRun,
  phonePage,
  press,
  startJourney,
  typeInto,
} from './support/journey.js';
import { expectNoOverflowAt200 } from './support/text-size.js';

const TOWN = { name: 'Boizenburg', slug: 'boizenburg', state: 'DE-MV' };
const ADMIN = { email: 'rat@boizenburg.example', password: 'Elbe-Ratsinfo-2027-Amt' };
// On two agendas of the sample council and in the papers on them, on no other meeting.
const WORD = 'Löschfahrzeug';
const GERMAN = [
  /\bund\b/,
  /\b(der|die|das|den|dem)\b/,
  /Sitzung/,
  /Tagesordnung/,
  /Vorlage/,
  /Dokumente/,
  /[Ss]uche/,
  /Ratsinformation/,
];

interface MeetingItem {
  key: string;
  name: string | null;
}

describe.skipIf(!journeysRun)(
  `council information in ${TOWN.name}: a resident finds a meeting, its agenda and documents, with the keyboard`,
  { timeout: 60_000 },
  () => {
    const cleanup = new Cleanup();
    let oparl: OParlServer;
    let server: RunningServer;
    let browser: Browser;
    const axe = new AxeReport();

    /** The meetings the app's API finds for `q`, as the screen must list them. */
    async function found(q: string): Promise<MeetingItem[]> {
      const answer = await fetch(`${server.url}/api/council/meetings?q=${encodeURIComponent(q)}`);
      expect(answer.status).toBe(200);
      return ((await answer.json()) as { items: MeetingItem[] }).items;
    }

    beforeAll(async () => {
      oparl = await startOParlServer();
      cleanup.add(() => oparl.close());
      ({ server, browser } = await startJourney(
        TOWN,
        ADMIN,
        cleanup,
        {},
        {
          configure: (config) =>
            config.replace(
              /^(\s*)council: \{\},$/m,
              `$1council: { oparl: { system: ${JSON.stringify(oparl.system)} } },`,
            ),
          // Synced before the server starts: the embedded database has one user at a time.
          beforeStart: async ({ project, dataDir }) => {
            const sync = await run('pnpm', ['city-app', 'import', 'council'], {
              cwd: project,
              env: childEnv({ CITY_APP_DATA_DIR: dataDir, DATABASE_URL: '' }),
              timeoutMs: 120_000,
            });
            expectOk(sync, 'city-app import council');
          },
        },
      ));
      expect(oparl.requests).toContain('/oparl/system');
    }, 360_000);

    afterAll(async () => {
      await cleanup.run();
    }, 60_000);

    /**
     * The resident's way from the home screen to a document, in `language`: the navigation's
     * entry, a search, a meeting with its agenda, a paper, and the document at the source.
     */
    async function journey(page: Page, language: 'de' | 'en'): Promise<void> {
      const words =
        language === 'de'
          ? {
              nav: 'Hauptnavigation',
              entry: 'Ratsinformation',
              heading: 'Sitzungen des Rats und der Ausschüsse',
              search: 'In Sitzungen, Tagesordnungen und Vorlagen suchen',
              submit: 'Suchen',
              agenda: 'Tagesordnung (öffentlicher Teil)',
              papers: 'Vorlagen zu diesem Punkt',
              documents: 'Dokumente',
            }
          : {
              nav: 'Main navigation',
              entry: 'Council information',
              heading: 'Meetings of the council and its committees',
              search: 'Search meetings, agendas and papers',
              submit: 'Search',
              agenda: 'Agenda (public part)',
              papers: 'Papers on this item',
              documents: 'Documents',
            };
      const where = (screen: string) => (language === 'de' ? screen : `${screen} (English)`);
      const expectEnglish = async (screen: string) => {
        if (language === 'en') await expectNoGerman(page, GERMAN, screen);
      };

      await page.goto(server.url, { waitUntil: 'load' });
      await press(
        page.getByRole('navigation', { name: words.nav }).getByRole('link', { name: words.entry }),
      );
      await page.getByRole('heading', { level: 1, name: words.heading }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/rat');
      // The sample council's twelve meetings are all to come.
      await expect.poll(() => page.locator('main h2 a').count()).toBe(12);
      await axe.check(page, where('/rat'));
      await expectEnglish('/rat');
      await expectNoOverflowAt200(page, where('/rat'));

      // Search by a word: the list shows what the API finds, and the word stays in the address.
      await typeInto(page.getByRole('searchbox', { name: words.search }), WORD);
      await press(page.getByRole('button', { name: words.submit }));
      await page.waitForURL((url) => url.searchParams.get('q') === WORD);
      const expected = await found(WORD);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(12);
      await expect
        .poll(() => page.locator('main h2 a').allInnerTexts())
        .toEqual(expected.map((m) => m.name));
      await axe.check(page, where('/rat?q=…'));
      await expectEnglish('/rat?q=…');

      // The first meeting found: the word is on its agenda, in an item or a paper on one.
      const meeting = expected[0] as MeetingItem;
      await press(page.getByRole('link', { name: meeting.name ?? '' }));
      await page.getByRole('heading', { level: 1, name: meeting.name ?? '' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/rat/${meeting.key}`);
      await page.getByRole('heading', { level: 2, name: words.agenda }).waitFor();
      expect(await page.locator('main ol.council-agenda > li').count()).toBeGreaterThan(0);
      expect(await page.locator('main ol.council-agenda').textContent()).toContain(WORD);
      // The meeting's own name and each item's name came from the council: German, marked so
      // on an English page (on a German one the page's own language says it).
      const marked = (locator: ReturnType<Page['locator']>) =>
        locator.evaluateAll((elements) =>
          elements.map((e) => e.closest('[lang]')?.getAttribute('lang') ?? null),
        );
      expect(await marked(page.locator('main h1 span'))).toEqual(['de']);
      expect(new Set(await marked(page.locator('main ol.council-agenda h3 span')))).toEqual(
        new Set(['de']),
      );
      if (language === 'en') {
        expect(await page.locator('main h1 [lang="de"]').textContent()).toBe(meeting.name);
      }
      await axe.check(page, where('/rat/<meeting>'));
      await expectEnglish('/rat/<meeting>');
      await expectNoOverflowAt200(page, where('/rat/<meeting>'));

      // The meeting's invitation links to the file at the council information system.
      await expectSourceLinks(page, words.documents);

      const paper = page.getByRole('list', { name: words.papers }).getByRole('link').first();
      const paperName = ((await paper.textContent()) ?? '').replace(/^[\d/]+: /, '');
      await press(paper);
      await page.getByRole('heading', { level: 1, name: paperName }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/rat\/vorlage\/[^/]+$/);
      await axe.check(page, where('/rat/vorlage/<paper>'));
      await expectEnglish('/rat/vorlage/<paper>');
      await expectNoOverflowAt200(page, where('/rat/vorlage/<paper>'));

      // Following the paper's document: the browser asks the council information system.
      const document = await expectSourceLinks(page, words.documents);
      const before = oparl.requests.length;
      await press(page.getByRole('link', { name: document.name }));
      await page.waitForURL(document.href);
      expect(oparl.requests.slice(before)).toContain(new URL(document.href).pathname);
      await page.goBack({ waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: paperName }).waitFor();
    }

    /**
     * Every document link in the section `heading` goes to a file the council information
     * system serves, opened without handing it the app's page; returns the first.
     */
    async function expectSourceLinks(
      page: Page,
      heading: string,
    ): Promise<{ name: string; href: string }> {
      const section = page.getByRole('region', { name: heading });
      const links = await section.getByRole('link').evaluateAll((anchors) =>
        anchors.map((a) => ({
          name: a.textContent ?? '',
          href: (a as HTMLAnchorElement).href,
          rel: (a as HTMLAnchorElement).rel.split(' '),
          target: (a as HTMLAnchorElement).target,
        })),
      );
      expect(links.length).toBeGreaterThan(0);
      const files = new Set(
        [...oparl.data.lists.meeting, ...oparl.data.lists.paper].flatMap(({ json }) =>
          [json.invitation, json.mainFile].map(
            (file) => (file as { accessUrl?: string })?.accessUrl,
          ),
        ),
      );
      for (const link of links) {
        expect(files, link.href).toContain(link.href);
        expect(link.rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
        expect(link.target).toBe('');
      }
      return links[0] as { name: string; href: string };
    }

    it('a resident finds a meeting by a word and follows its paper to the document, in German', async () => {
      await journey(await phonePage(browser, 'de-DE'), 'de');
    });

    it('a resident who chose English does the same; the council’s texts stay German, marked so', async () => {
      await journey(await englishPage(browser, server.url), 'en');
    });

    it('has no axe-core violations on any screen visited', () => {
      expect(axe.toString()).toBe('');
    });
  },
);
