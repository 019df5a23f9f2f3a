import { cityError } from '@city-app/core';
import iconv from 'iconv-lite';

/** The encoding an XML file declares in its first line (`<?xml … encoding="ISO-8859-1"?>`). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every encoding an XML file may declare (UTF-16 has a BOM).
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
  return /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(head)?.[1];
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

// Labels that mean Windows-1252 in the WHATWG Encoding Standard: a feed that says
// ISO-8859-1 and uses € or „“ (bytes 0x80–0x9F) means Windows-1252, as browsers read it.
const WINDOWS_1252 = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii']);

/**
 * A file's text, decoded by what it says about itself: a byte-order mark, then the encoding
 * given (`--encoding`, as an HTTP charset would), then an XML declaration, else UTF-8. A file
 * that declares nothing and is not UTF-8 is read as Windows-1252, what German office software
 * writes. iconv-lite decodes: Node 20's TextDecoder reads Windows-1252 as ISO-8859-1.
 */
export function decodeText(bytes: Uint8Array, given?: string): { text: string; encoding: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declared = bomEncoding(bytes) ?? given ?? declaredEncoding(bytes);
  if (declared) {
    const lower = declared.toLowerCase();
    const encoding = WINDOWS_1252.has(lower) ? 'windows-1252' : lower;
    if (!iconv.encodingExists(encoding)) {
      throw cityError(
        'unknown_encoding',
        { encoding: declared },
        { field: given ? '--encoding' : 'file' },
      );
    }
    // iconv-lite drops a byte-order mark by default.
    return { text: iconv.decode(buffer, encoding), encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buffer, 'windows-1252'), encoding: 'windows-1252' };
  }
}
