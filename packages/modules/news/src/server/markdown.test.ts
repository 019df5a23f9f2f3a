import { describe, expect, it } from 'vitest';
import { renderMarkdown, safeUrl } from './markdown.js';

/**
 * Every tag with its attribute names, read the way a browser tokenises them: attribute
 * values are double-quoted, so an attribute smuggled inside a value does not count, while
 * one that broke out of its quotes does.
 */
function tags(html: string): string[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>/gi)].map(
    ([, name, attrs]) =>
      `${name}${[...(attrs ?? '').matchAll(/\s+([a-z-]+)(?:="[^"]*")?/gi)].map((a) => ` ${a[1]}`).join('')}`,
  );
}

describe('renderMarkdown', () => {
  it('renders ordinary Markdown, with headings one level below the page title', () => {
    const html = renderMarkdown(
      '# Sperrung\n\nDie **Lange Straße** ist *ab Montag* gesperrt.\n\n- eins\n- zwei',
    );
    expect(html).toContain('<h2>Sperrung</h2>');
    expect(html).toContain('<strong>Lange Straße</strong>');
    expect(html).toContain('<em>ab Montag</em>');
    expect(html).toContain('<li>eins</li>');
  });

  it('shows raw HTML as text instead of passing it through', () => {
    const html = renderMarkdown(
      'Hallo <script>alert(1)</script>\n\n<div onclick="x()">Block</div>\n\n<img src=x onerror=alert(1)>',
    );
    expect(html).not.toMatch(/<script|<div|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tags(html).every((t) => t === 'p')).toBe(true);
  });

  it('keeps http, https, mailto, tel and relative links; only external ones get rel', () => {
    const html = renderMarkdown(
      '[a](https://www.hagenow.de/x?a=1&b=2) [b](http://example.org) [c](mailto:rathaus@hagenow.de) [d](tel:+493883) [e](/abfall) [f](#oben) [g](../x)',
    );
    expect(html).toContain(
      '<a href="https://www.hagenow.de/x?a=1&amp;b=2" rel="noopener noreferrer">a</a>',
    );
    expect(html).toContain('<a href="http://example.org" rel="noopener noreferrer">b</a>');
    expect(html).toContain('<a href="mailto:rathaus@hagenow.de">c</a>');
    expect(html).toContain('<a href="tel:+493883">d</a>');
    expect(html).toContain('<a href="/abfall">e</a>');
    expect(html).toContain('<a href="#oben">f</a>');
    expect(html).toContain('<a href="../x">g</a>');
  });

  it.each([
    ['javascript:', '[klick](javascript:alert(1))'],
    ['upper-case scheme', '[klick](JaVaScRiPt:alert(1))'],
    ['entity-encoded scheme', '[klick](&#106;avascript:alert(1))'],
    ['hex entity colon', '[klick](javascript&#x3a;alert(1))'],
    ['named entity colon', '[klick](javascript&colon;alert(1))'],
    ['tab inside the scheme', '[klick](<java\tscript:alert(1)>)'],
    ['leading space', '[klick](< javascript:alert(1)>)'],
    ['vbscript', '[klick](vbscript:msgbox(1))'],
    ['data: URL', '[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['autolink', '<javascript:alert(1)>'],
    ['reference definition', '[klick][x]\n\n[x]: javascript:alert(1)'],
  ])('drops a dangerous link target (%s) and keeps the text', (_name, markdown) => {
    const html = renderMarkdown(markdown);
    expect(html).not.toMatch(/<a\b/i);
    expect(html.toLowerCase()).not.toMatch(/href=/);
  });

  it('escapes quotes in link titles and targets so attributes cannot be broken out of', () => {
    const html = renderMarkdown('[x](/a "t\\" onmouseover=\\"alert(1)")');
    expect(tags(html)).toEqual(['p', 'a href title']);
    expect(html).toContain('title="t&quot; onmouseover=&quot;alert(1)"');
  });

  it('keeps images from this site with their alt text and drops the rest', () => {
    const html = renderMarkdown(
      '![Rathaus am Markt](/img/rathaus.jpg) ![Karte](https://example.org/k.png) ![Böse](data:image/svg+xml;base64,PHN2Zz4=) ![Auch böse](javascript:alert(1))',
    );
    expect(html).toContain('<img src="/img/rathaus.jpg" alt="Rathaus am Markt" loading="lazy">');
    expect(html).not.toContain('example.org');
    expect(html).toContain('Karte');
    expect(html).not.toContain('data:');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Böse');
    expect(html).toContain('Auch böse');
    expect(tags(html).filter((t) => t.startsWith('img'))).toEqual(['img src alt loading']);
  });

  it('escapes markup hidden in alt text', () => {
    const html = renderMarkdown('![a" onerror="alert(1)](/x.png) ![<b onmouseover=1>](/y.png)');
    expect(tags(html)).toEqual(['p', 'img src alt loading', 'img src alt loading']);
    expect(html).toContain('alt="a&quot; onerror=&quot;alert(1)"');
  });

  it('never turns entities back into markup', () => {
    const html = renderMarkdown(
      '&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;',
    );
    expect(tags(html)).toEqual(['p']);
  });

  it('escapes code blocks', () => {
    const html = renderMarkdown('```html\n<script>alert(1)</script>\n```\n\n`<b>`');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<code>&lt;b&gt;</code>');
  });
});

describe('safeUrl', () => {
  it('classifies targets', () => {
    expect(safeUrl('https://hagenow.de')?.kind).toBe('external');
    expect(safeUrl('//evil.example/x')?.kind).toBe('external');
    expect(safeUrl('/news/a')?.kind).toBe('relative');
    expect(safeUrl('mailto:a@b.de')?.kind).toBe('other');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('java\u0000script:alert(1)')).toBeNull();
    expect(safeUrl('')).toBeNull();
  });
});
