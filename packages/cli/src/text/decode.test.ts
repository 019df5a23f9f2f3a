import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('decodeText', () => {
  it('decodes a feed by its XML declaration', () => {
    const iso = latin1(
      '<?xml version="1.0" encoding="ISO-8859-1"?><title>Elbbrücke gesperrt</title>',
    );
    expect(decodeText(iso).text).toContain('Elbbrücke gesperrt');
    const cp1252 = Buffer.concat([
      latin1(`<?xml version='1.0' encoding='windows-1252'?><title>Eintritt 5 `),
      Buffer.from([0x80, 0x20, 0x84]),
      latin1('Museum'),
      Buffer.from([0x93]),
      latin1('</title>'),
    ]);
    expect(decodeText(cp1252).text).toContain('Eintritt 5 € „Museum“');
  });

  it('takes a byte-order mark first, then the encoding given, else UTF-8', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Größe', 'utf16le')]);
    expect(decodeText(utf16)).toEqual({ text: 'Größe', encoding: 'utf-16le' });
    expect(decodeText(latin1('Fähre'), 'iso-8859-1').text).toBe('Fähre');
    expect(decodeText(Buffer.from('Fähre')).text).toBe('Fähre');
  });

  it('reads a file that declares nothing and is not UTF-8 as Windows-1252', () => {
    expect(decodeText(latin1('Straße;Müll\n'))).toEqual({
      text: 'Straße;Müll\n',
      encoding: 'windows-1252',
    });
  });

  it('names an encoding it does not know', () => {
    expect(() => decodeText(latin1('<?xml version="1.0" encoding="x-klingon"?><a/>'))).toThrow(
      /"x-klingon" is not known/,
    );
  });

  it('reads any UTF-8 text unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!text.startsWith('\uFEFF'));
        expect(decodeText(Buffer.from(text, 'utf8')).text).toBe(text);
      }),
    );
  });
});
