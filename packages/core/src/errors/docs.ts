import type { ErrorEntries, ErrorEntry } from './entry.js';
import { EXIT_CODES, EXIT_MEANINGS, type ExitKind } from './exit-codes.js';
import { errorDomains } from './registry.js';
import type { Bilingual } from './template.js';

const HEADINGS: Record<keyof typeof errorDomains, string> = {
  kernel: 'Kernel (configuration, input, access)',
  booking: 'Booking core',
  notify: 'Notifications',
  'experiment-space': 'Experiment space (module)',
  installation: 'Adding and removing modules (`city-app add`, `remove`)',
  moduleContract: 'Module contract',
  serverStart: 'Server start (settings, database, migrations, modules)',
  serverStaff: 'Staff, logins and limits',
  cli: 'The `city-app` command',
  createCityApp: 'The `create-city-app` command',
  news: 'News module',
  newsImport: 'News module: content files and feeds',
  images: 'Images uploaded by staff',
};

/** A table cell: pipes and line breaks would end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function rows(entries: ErrorEntries): string[][] {
  return Object.entries(entries).map(([id, entry]: [string, ErrorEntry]) => {
    const code = entry.code ?? id;
    const both = (text: Bilingual) => `${cell(text.en)}<br>${cell(text.de)}`;
    return [
      `\`${code}\`${code === id ? '' : ` (\`${id}\`)`}`,
      String(entry.status),
      String(EXIT_CODES[entry.exit]),
      both(entry.title),
      both(entry.message),
      entry.hint ? both(entry.hint) : '',
    ];
  });
}

/** A Markdown table with padded columns, as the repository's formatter writes it. */
function table(head: string[], body: string[][]): string[] {
  const widths = head.map((h, i) =>
    Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

/**
 * `docs/errors.md`, written from the catalogue (`pnpm --filter @city-app/core write:errors`);
 * a test fails when the committed file differs.
 */
export function errorsMarkdown(): string {
  const lines = [
    '# Errors',
    '',
    '<!-- Generated from packages/core/src/errors by `pnpm --filter @city-app/core write:errors`; do not edit. -->',
    '',
    'Every error the API sends is JSON `{ code, title, message, hint?, field?, details? }`, worded',
    'in the language of the request (`Accept-Language`; German unless English is asked for).',
    'Scripts match `code`; several entries may share one (the id in brackets tells them apart).',
    '`{name}` marks a value filled in when the error is raised.',
    '',
    '## Exit codes of `city-app` and `create-city-app`',
    '',
    ...table(
      ['exit', 'kind', 'meaning'],
      Object.entries(EXIT_CODES).map(([kind, exit]) => [
        String(exit),
        `\`${kind}\``,
        EXIT_MEANINGS[kind as ExitKind].en,
      ]),
    ),
  ];
  for (const [domain, entries] of Object.entries(errorDomains)) {
    lines.push(
      '',
      `## ${HEADINGS[domain as keyof typeof errorDomains]}`,
      '',
      ...table(['code', 'HTTP', 'exit', 'title', 'message', 'hint'], rows(entries)),
    );
  }
  return `${lines.join('\n')}\n`;
}
