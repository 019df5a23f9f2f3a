import { wasteParseError } from '../../../errors/parse.js';

/**
 * Bytes of an authority's file → text. UTF-8 with or without BOM is read as such; UTF-16 is
 * recognised by its BOM. Anything that is not valid UTF-8 is Windows-1252, the superset of
 * ISO-8859-1 that German exports from Windows tools are written in ("Stra\xdfe"). An explicit
 * charset (from a Content-Type header or the import form) is honoured, except a "UTF-8" that
 * the bytes contradict: servers often claim it for Latin-1 files, and guessing right there
 * avoids "StraÃŸe" as much as "Stra�e".
 */
export function decodeText(bytes: Uint8Array, charset?: string): string {
  const declared = charset
    ?.trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (declared) {
    const decoder = decoderFor(declared);
    if (decoder.encoding === 'windows-1252') return windows1252(bytes);
    if (decoder.encoding !== 'utf-8') return stripBom(decoder.decode(bytes));
  }
  if (hasBom(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (hasBom(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // The decoder drops a leading BOM itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

// Windows-1252's printable characters at 0x80–0x9F, where ISO-8859-1 has control codes
// (undefined positions stay as they are). Node's own 'windows-1252' decoder, depending on
// its version, reads these bytes as the control codes, so they are mapped here.
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function windows1252(bytes: Uint8Array): string {
  return stripBom(new TextDecoder('latin1').decode(bytes)).replace(
    /[\x80-\x9f]/g,
    (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string,
  );
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    throw wasteParseError('waste_file_unknown_charset', { charset: label.slice(0, 40) });
  }
}

function hasBom(bytes: Uint8Array, bom: number[]): boolean {
  return bom.every((byte, i) => bytes[i] === byte);
}

const stripBom = (text: string) => (text.startsWith('\ufeff') ? text.slice(1) : text);
