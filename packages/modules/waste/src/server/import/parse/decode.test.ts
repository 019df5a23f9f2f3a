import { describe, expect, it } from 'vitest';
import { catalogueError } from '../../../../test/catalogue-error.js';
import { decodeText } from './decode.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(utf8('Bahnhofstraße'))).toBe('Bahnhofstraße');
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Größe')]))).toBe('Größe');
  });

  it('reads a file that is not valid UTF-8 as ISO-8859-1 / Windows-1252, without mojibake', () => {
    expect(decodeText(latin1('Stra\xdfe, M\xfchlenweg, \xc4u\xdferer Ring'))).toBe(
      'Straße, Mühlenweg, Äußerer Ring',
    );
    // 0x80 is the euro sign in Windows-1252.
    expect(decodeText(Uint8Array.from([0x80, 0x20, 0x35]))).toBe('€ 5');
  });

  it('honours a declared charset, but not a UTF-8 that the bytes contradict', () => {
    // These bytes are valid UTF-8 ("ß"), yet the sender says Latin-1.
    expect(decodeText(utf8('ß'), 'ISO-8859-1')).toBe('ÃŸ');
    expect(decodeText(latin1('Stra\xdfe'), 'utf-8')).toBe('Straße');
    expect(decodeText(utf8('Straße'), '"UTF-8"')).toBe('Straße');
  });

  it('recognises UTF-16 by its byte-order mark', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x53, 0x00, 0xdf, 0x00]);
    expect(decodeText(le)).toBe('Sß');
  });

  it('refuses an unknown charset with a catalogue error naming it', () => {
    const error = catalogueError(() => decodeText(utf8('x'), 'klingon-8'));
    expect(error.code).toBe('waste_invalid_file');
    expect(error.message).toContain('klingon-8');
  });
});
