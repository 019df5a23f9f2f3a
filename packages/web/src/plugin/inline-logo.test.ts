import { describe, expect, it } from 'vitest';
import { inlineLogo } from './inline-logo.js';

const simple = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="HageNOW!">
  <rect width="64" height="64" rx="14" fill="#005a8c"/>
  <text x="32" y="44" text-anchor="middle" font-size="34" fill="#ffffff">H</text>
</svg>`;

describe('inlineLogo', () => {
  it('takes a small SVG of shapes and text as it is, without prolog, doctype or comments', () => {
    expect(inlineLogo(simple)).toBe(simple);
    expect(
      inlineLogo(
        `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<!-- Wappen -->\n${simple}\n`,
      ),
    ).toBe(simple);
    const named = simple.replace('H</text>', 'H &amp; W</text>');
    expect(inlineLogo(named)).toBe(named);
  });

  it('leaves to an <img> what the page could not show the same way or must not run', () => {
    const variants = [
      simple.replace('<rect', '<script>alert(1)</script><rect'),
      simple.replace('<rect', '<style>rect{fill:red}</style><rect'),
      simple.replace('<rect', '<rect style="fill:red"'),
      simple.replace('<rect', '<rect onclick="alert(1)"'),
      simple.replace('<rect', '<rect id="a"'),
      simple.replace('<rect', '<rect class="city-header"'),
      simple.replace('<rect', '<rect fill="url(#g)"'),
      simple.replace('<rect', '<use href="#a"/><rect'),
      simple.replace('<rect', '<image href="https://example.org/x.png"/><rect'),
      simple.replace('<rect', '<foreignObject><p>x</p></foreignObject><rect'),
      simple.replace('H</text>', '&ent;</text>'),
      `${simple}<svg></svg>`,
      '<div>not an svg</div>',
      simple.replace('<rect', `<path d="${'M0 0L1 1'.repeat(1200)}"/><rect`),
    ];
    for (const svg of variants) expect(inlineLogo(svg), svg.slice(0, 160)).toBeUndefined();
  });
});
