import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Dialog,
  ENGLISH_UI_STRINGS,
  ErrorSummary,
  Fieldset,
  Form,
  PageHeading,
  Radio,
  Select,
  SkipLink,
  Spinner,
  Status,
  TextArea,
  TextField,
  UiStringsProvider,
} from '../index.js';

/** Attributes of the first element matching a tag and an attribute value. */
function attrsOf(html: string, tag: string, where: string): Record<string, string> {
  const match = new RegExp(`<${tag}\\b[^>]*${where}[^>]*>`).exec(html);
  if (!match) throw new Error(`no <${tag}> with ${where} in ${html}`);
  return Object.fromEntries(
    [...match[0].matchAll(/([\w-]+)(?:="([^"]*)")?/g)].slice(1).map((m) => [m[1], m[2] ?? '']),
  );
}

function idsExist(html: string, ids: string): void {
  for (const id of ids.split(' ')) expect(html, `element #${id}`).toContain(`id="${id}"`);
}

describe('text fields', () => {
  it('tie label, description and error to the control', () => {
    const html = renderToStaticMarkup(
      <TextField
        id="email"
        name="email"
        label="E-Mail"
        description="Für Rückfragen"
        error="Bitte geben Sie eine E-Mail-Adresse an."
        required
      />,
    );
    expect(attrsOf(html, 'label', 'for=')).toMatchObject({ for: 'email' });
    const input = attrsOf(html, 'input', 'id="email"');
    expect(input['aria-invalid']).toBe('true');
    expect(input['aria-describedby']).toBe('email-description email-error');
    idsExist(html, input['aria-describedby'] ?? '');
    expect(input).toHaveProperty('required');
    expect(html).toContain('(Pflichtfeld)');
    expect(html).toContain('Fehler:');
  });

  it('generate distinct, selector-safe ids and describe nothing when there is nothing to say', () => {
    const html = renderToStaticMarkup(
      <>
        <TextField label="Vorname" />
        <TextArea label="Nachricht" />
      </>,
    );
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).toMatch(/^[a-zA-Z][\w-]*$/);
    expect(html).not.toContain('aria-describedby');
    expect(html).not.toContain('aria-invalid');
    for (const id of ids) expect(html).toContain(`for="${id}"`);
  });

  it('keep a caller-provided aria-describedby', () => {
    const html = renderToStaticMarkup(
      <TextArea id="msg" label="Nachricht" aria-describedby="counter" error="Zu lang" />,
    );
    expect(attrsOf(html, 'textarea', 'id="msg"')['aria-describedby']).toBe('msg-error counter');
  });
});

describe('select and checkbox', () => {
  it('label a select and list its options', () => {
    const html = renderToStaticMarkup(
      <Select
        id="lang"
        label="Sprache"
        options={[
          { value: 'de', label: 'Deutsch' },
          { value: 'en', label: 'English' },
        ]}
        error="Bitte wählen"
      />,
    );
    expect(html).toContain('for="lang"');
    expect(attrsOf(html, 'select', 'id="lang"')['aria-describedby']).toBe('lang-error');
    expect(html).toContain('<option value="en">English</option>');
  });

  it('put the checkbox before its label and describe it', () => {
    const html = renderToStaticMarkup(
      <Checkbox id="consent" label="Ich stimme zu" description="Widerruf jederzeit" />,
    );
    expect(html.indexOf('<input')).toBeLessThan(html.indexOf('<label'));
    expect(attrsOf(html, 'input', 'id="consent"')).toMatchObject({
      type: 'checkbox',
      'aria-describedby': 'consent-description',
    });
  });

  it('group radios under a legend', () => {
    const html = renderToStaticMarkup(
      <Fieldset legend="Sprache" description="Gilt für die ganze App">
        <Radio name="l" value="de" label="Deutsch" />
        <Radio name="l" value="en" label="English" />
      </Fieldset>,
    );
    expect(html).toMatch(
      /<fieldset[^>]*aria-describedby="([^"]+)".*<legend[^>]*>Sprache<\/legend>/,
    );
    const radioIds = [...html.matchAll(/type="radio" id="([^"]+)"/g)].map((m) => m[1]);
    expect(radioIds).toHaveLength(2);
    for (const id of radioIds) expect(html).toContain(`for="${id}"`);
  });
});

describe('forms', () => {
  it('summarise errors with links to their fields', () => {
    const html = renderToStaticMarkup(
      <Form
        onSubmit={() => {}}
        errors={[
          { fieldId: 'message', message: 'Bitte schreiben Sie eine Nachricht.' },
          { message: 'Server nicht erreichbar.' },
        ]}
      >
        <TextArea id="message" label="Nachricht" error="Bitte schreiben Sie eine Nachricht." />
      </Form>,
    );
    expect(html).toMatch(/novalidate/i);
    const summary = attrsOf(html, 'section', 'class="city-error-summary"');
    expect(summary.tabindex).toBe('-1');
    idsExist(html, summary['aria-labelledby'] ?? '');
    expect(html).toContain('<a href="#message">Bitte schreiben Sie eine Nachricht.</a>');
    expect(html).toContain('<li>Server nicht erreichbar.</li>');
    expect(html.indexOf('city-error-summary')).toBeLessThan(html.indexOf('<textarea'));
  });

  it('show no summary without errors', () => {
    expect(renderToStaticMarkup(<ErrorSummary errors={[]} />)).toBe('');
    expect(renderToStaticMarkup(<Form onSubmit={() => {}}>x</Form>)).not.toContain(
      'city-error-summary',
    );
  });

  it('speak the provided language', () => {
    const html = renderToStaticMarkup(
      <UiStringsProvider value={ENGLISH_UI_STRINGS}>
        <ErrorSummary errors={[{ message: 'Missing' }]} />
        <TextField label="Name" required error="Missing" />
        <Spinner />
      </UiStringsProvider>,
    );
    expect(html).toContain('Please correct the following');
    expect(html).toContain('(required)');
    expect(html).toContain('Error:');
    expect(html).toContain('Loading …');
  });
});

describe('messages and structure', () => {
  it('announce errors assertively and other messages politely', () => {
    expect(
      attrsOf(renderToStaticMarkup(<Alert tone="error" title="Fehler" />), 'div', 'class='),
    ).toMatchObject({ role: 'alert' });
    expect(
      attrsOf(renderToStaticMarkup(<Alert tone="success">Danke</Alert>), 'div', 'class='),
    ).toMatchObject({ role: 'status' });
    expect(renderToStaticMarkup(<Alert live="off">Hinweis</Alert>)).not.toContain('role=');
    expect(renderToStaticMarkup(<Status />)).toContain('aria-live="polite"');
  });

  it('give the spinner an accessible name and hide its graphic', () => {
    const html = renderToStaticMarkup(<Spinner label="Nachrichten werden geladen" />);
    expect(html).toContain('role="status"');
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('Nachrichten werden geladen');
  });

  it('render buttons as type=button unless told, and busy buttons as busy', () => {
    expect(renderToStaticMarkup(<Button>Senden</Button>)).toContain('type="button"');
    expect(renderToStaticMarkup(<Button type="submit">Senden</Button>)).toContain('type="submit"');
    const busy = renderToStaticMarkup(
      <Button busy variant="secondary">
        Senden
      </Button>,
    );
    expect(busy).toContain('aria-busy="true"');
    expect(busy).toContain('city-button--secondary');
  });

  it('give cards, headings, dialogs and skip links their semantics', () => {
    expect(
      renderToStaticMarkup(
        <Card title="Aktuelles" headingLevel={3} as="article">
          x
        </Card>,
      ),
    ).toMatch(/^<article[^>]*><h3[^>]*>Aktuelles<\/h3>/);
    expect(renderToStaticMarkup(<PageHeading lead="Alles">Start</PageHeading>)).toContain(
      '<h1 id="page-title" tabindex="-1">Start</h1>',
    );
    expect(renderToStaticMarkup(<SkipLink>Zum Inhalt</SkipLink>)).toBe(
      '<a class="city-skip-link" href="#main">Zum Inhalt</a>',
    );
    const dialog = renderToStaticMarkup(
      <Dialog open={false} title="Abmelden?" onClose={() => {}} />,
    );
    const labelledBy = attrsOf(dialog, 'dialog', 'aria-labelledby=')['aria-labelledby'] ?? '';
    idsExist(dialog, labelledBy);
    expect(dialog).toContain('Schließen');
  });
});
