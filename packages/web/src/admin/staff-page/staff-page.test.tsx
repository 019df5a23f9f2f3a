import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StaffPage } from './staff-page.js';

describe('StaffPage', () => {
  it('gives the screen one heading and a named navigation with the current section marked', () => {
    const html = renderToStaticMarkup(
      <StaffPage
        staff={{ navigate() {} }}
        title="Veranstaltungsorte"
        navLabel="Bereiche der Veranstaltungen"
        sections={[
          { to: '/admin/veranstaltungen', word: 'Veranstaltungen', current: false },
          { to: '/admin/veranstaltungen/orte', word: 'Veranstaltungsorte', current: true },
        ]}
      >
        <p>Inhalt</p>
      </StaffPage>,
    );
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain('>Veranstaltungsorte</h1>');
    expect(html).toContain('<nav aria-label="Bereiche der Veranstaltungen">');
    const links = [...html.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map((m) => [m[2], m[1]]);
    expect(links).toEqual([
      ['Veranstaltungen', 'href="/admin/veranstaltungen"'],
      ['Veranstaltungsorte', 'href="/admin/veranstaltungen/orte" aria-current="page"'],
    ]);
    // The content after the navigation.
    expect(html.indexOf('<p>Inhalt</p>')).toBeGreaterThan(html.indexOf('</nav>'));
  });
});
