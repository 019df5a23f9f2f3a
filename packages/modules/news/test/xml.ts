import { DOMParser, type Document } from '@xmldom/xmldom';

/** Parses XML strictly: any well-formedness error or warning fails the test. */
export function parseXml(text: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(text, 'application/xml');
  if (problems.length) throw new Error(`Not well-formed XML:\n${problems.join('\n')}`);
  return doc;
}

export const ATOM = 'http://www.w3.org/2005/Atom';
