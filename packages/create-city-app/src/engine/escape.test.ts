import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, formatJson, toTsLiteral, tsString } from './escape.js';

const nasty = [
  '',
  'plain',
  `it's "quoted"`,
  'back\\slash\\"',
  'line\nbreak\u2028sep',
  '</script><!--',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a string that merely looks like a template
  '${x}`y`',
  'Ä ö ß 🏰',
];

describe('escapers', () => {
  it('writes TypeScript string literals that evaluate to the original', () => {
    for (const value of nasty) {
      const literal = tsString(value);
      expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
      expect(new Function(`return ${literal};`)()).toBe(value);
    }
  });

  it('writes TypeScript object literals that evaluate to the original value', () => {
    const value = {
      town: { name: nasty[2], 'odd-key': [1, true, null] },
      list: nasty,
      empty: {},
      none: [],
    };
    expect(new Function(`return ${toTsLiteral(value)};`)()).toEqual(value);
    expect(toTsLiteral({ a: undefined, b: 1 })).toBe('{\n  b: 1,\n}');
    expect(() => toTsLiteral({ n: Number.NaN })).toThrow(TypeError);
  });

  it('formats JSON that parses back and keeps short lists on one line', () => {
    const value = {
      name: nasty[5],
      locales: ['de', 'en'],
      nested: { list: [{ a: 1 }], empty: [] },
    };
    const text = formatJson(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('"locales": ["de", "en"]');
    expect(text).toContain('"list": [\n      {\n        "a": 1\n      }\n    ]');
  });

  it('escapes HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('escapes Markdown so user text cannot open markup or a new block', () => {
    expect(escapeMarkdown('*Bad* [link](x) <b> # 1\nline')).toBe(
      '\\*Bad\\* \\[link\\]\\(x\\) \\<b\\> \\# 1 line',
    );
  });
});
