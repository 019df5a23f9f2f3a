/** A parsed e-mail: headers (lower-case names, decoded), text body and attachments. */
export interface ParsedMail {
  headers: Record<string, string>;
  text: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

function decodeWords(value: string): string {
  // RFC 2047 encoded words, as nodemailer writes them for non-ASCII subjects.
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(
      /=\?([^?]+)\?([BQbq])\?([^?]*)\?=/g,
      (_, _charset: string, enc: string, text: string) =>
        enc.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64').toString('utf8')
          : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const ch = soft[i] as string;
    if (ch === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(ch, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function splitPart(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? '' : raw.slice(at + 4);
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(
        line.slice(colon + 1).trim(),
      );
  }
  return { headers, body };
}

function decodeBody(body: string, encoding = '7bit'): string {
  const e = encoding.toLowerCase();
  if (e === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (e === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

/** Parses what nodemailer writes: a text part, optionally in multipart/mixed with attachments. */
export function parseMail(raw: string): ParsedMail {
  const { headers, body } = splitPart(raw);
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
  if (!boundary) {
    return {
      headers,
      text: decodeBody(body, headers['content-transfer-encoding']),
      attachments: [],
    };
  }
  let text = '';
  const attachments: ParsedMail['attachments'] = [];
  for (const chunk of body.split(`--${boundary}`).slice(1)) {
    if (chunk.startsWith('--')) break;
    const part = splitPart(chunk.replace(/^\r\n/, '').replace(/\r\n$/, ''));
    const content = decodeBody(part.body, part.headers['content-transfer-encoding']);
    const disposition = part.headers['content-disposition'] ?? '';
    const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1];
    if (filename) {
      attachments.push({ filename, contentType: part.headers['content-type'] ?? '', content });
    } else if ((part.headers['content-type'] ?? '').startsWith('text/plain')) text = content;
  }
  return { headers, text, attachments };
}
