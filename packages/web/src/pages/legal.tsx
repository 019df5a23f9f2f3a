import { PageHeading } from '@city-app/ui';
import { useCity, useShell } from '../app/context.js';
import { accessibilityDocument } from '../legal/accessibility.js';
import type { LegalBlock, LegalDocument } from '../legal/document.js';
import { imprintDocument } from '../legal/imprint.js';
import { privacyDocument } from '../legal/privacy.js';
import { Link } from '../router/router.js';

function Block({ block }: { block: LegalBlock }) {
  switch (block.kind) {
    case 'text':
      return <p>{block.text}</p>;
    case 'address':
      return (
        <address className="city-legal__address">
          {block.lines.map((line) => (
            <span key={line}>
              {line}
              <br />
            </span>
          ))}
        </address>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'contact':
      return (
        <dl className="city-legal__contact">
          {block.email ? (
            <div>
              <dt>{block.emailLabel}</dt>
              <dd>
                <a href={`mailto:${block.email}`}>{block.email}</a>
              </dd>
            </div>
          ) : null}
          {block.phone ? (
            <div>
              <dt>{block.phoneLabel}</dt>
              <dd>
                <a href={`tel:${block.phone.replace(/[^\d+]/g, '')}`}>{block.phone}</a>
              </dd>
            </div>
          ) : null}
        </dl>
      );
    case 'record':
      return (
        <>
          <h3>{block.heading}</h3>
          <dl className="city-legal__contact city-legal__record">
            {block.rows.map((row) => (
              <div key={row.label}>
                <dt>{row.label}</dt>
                <dd>{row.text}</dd>
              </div>
            ))}
          </dl>
        </>
      );
    case 'link':
      return (
        <p>
          {block.internal ? (
            <Link to={block.href}>{block.text}</Link>
          ) : (
            <a href={block.href}>{block.text}</a>
          )}
        </p>
      );
  }
}

export function LegalPage({ document }: { document: LegalDocument }) {
  return (
    <article className="city-legal">
      <PageHeading lead={document.lead}>{document.title}</PageHeading>
      {document.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.blocks.map((block, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks are static text in a fixed order
            <Block key={i} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}

export function ImprintPage() {
  const { city, locale } = useCity();
  return <LegalPage document={imprintDocument(city, locale)} />;
}

export function PrivacyPage() {
  const { city, locale } = useCity();
  const { modules } = useShell();
  return (
    <LegalPage
      document={privacyDocument(
        city,
        locale,
        modules.map((m) => ({ ...m.manifest, options: m.options })),
      )}
    />
  );
}

export function AccessibilityPage() {
  const { city, locale } = useCity();
  const { accessibility } = useShell();
  return <LegalPage document={accessibilityDocument(city, accessibility, locale)} />;
}
