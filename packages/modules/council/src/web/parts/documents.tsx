import type { Locale, Translate } from '@city-app/core';
import type { CouncilDocument } from '../../api/document.js';
import { formatSize } from '../format.js';
import { SourceText } from './source-text.js';

/** The kind of a file as residents name it: "PDF", else the subtype of its MIME type. */
function kindOf(mimeType: string | null): string | null {
  if (!mimeType) return null;
  const subtype = mimeType.split('/')[1]?.split(';')[0] ?? '';
  return subtype === 'pdf' ? 'PDF' : subtype.toUpperCase().slice(0, 12) || null;
}

/** A meeting's or paper's documents, each a link to the file at the council system. */
export function Documents({
  documents,
  locale,
  t,
}: {
  documents: CouncilDocument[];
  locale: Locale;
  t: Translate;
}) {
  return (
    <section className="council-documents" aria-labelledby="council-documents">
      <h2 id="council-documents">{t('council.documents.heading')}</h2>
      {documents.length ? (
        <>
          <p>{t('council.documents.note')}</p>
          <ul>
            {documents.map((doc) => {
              const kind = kindOf(doc.mimeType);
              return (
                <li key={doc.url}>
                  <a href={doc.url} rel="noopener noreferrer external">
                    <SourceText>{doc.name}</SourceText>
                  </a>
                  {kind && doc.size !== null
                    ? ` (${t('council.documents.size', { kind, size: formatSize(doc.size, locale) })})`
                    : kind
                      ? ` (${kind})`
                      : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p>{t('council.documents.empty')}</p>
      )}
    </section>
  );
}
