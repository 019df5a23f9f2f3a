import { SETTINGS, type Setting } from './settings.js';

const list: readonly Setting[] = SETTINGS;

function comment(setting: Setting): string[] {
  const secret = setting.secret ? ' Geheim.' : '';
  const secretEn = setting.secret ? ' Secret.' : '';
  const lines = [
    `# ${setting.description.de}${setting.default ? ` Standard: ${setting.default.de}.` : ''}${secret}`,
    `# ${setting.description.en}${setting.default ? ` Default: ${setting.default.en}.` : ''}${secretEn}`,
    `# ${setting.name}=${setting.example ?? ''}`,
  ];
  return lines;
}

/** The text of a town project's `deploy/.env.example`: every setting, commented out. */
export function envExample(): string {
  const head = [
    '# Einstellungen der Stadt-App, aus der Umgebung gelesen. Diese Datei nach deploy/.env',
    '# kopieren und einkommentieren, was gebraucht wird. Jede Einstellung ist freiwillig.',
    '# Settings of the town app, read from the environment. Copy this file to deploy/.env and',
    '# uncomment what you need. Every setting is optional.',
    '# Generated from the list of settings in @city-app/server; `city-app doctor` checks them.',
  ];
  const body = list.flatMap((s) => ['', ...comment(s)]);
  const tail = [
    '',
    '# Nur für deploy/compose.yaml (dort Pflicht): Passwort des PostgreSQL-Benutzers "city".',
    '# Only for deploy/compose.yaml (required there): password of the PostgreSQL user "city".',
    'POSTGRES_PASSWORD=',
  ];
  return `${[...head, ...body, ...tail].join('\n')}\n`;
}

/**
 * The `environment:` entries of the app service in `deploy/compose.yaml`: what compose fixes
 * for the container, and every other setting passed through from `deploy/.env`.
 */
export function composeEnvironment(indent = '      '): string {
  return list
    .filter((s) => s.compose !== false)
    .map((s) => {
      const value = s.compose ? s.compose.value : `\${${s.name}:-}`;
      return `${indent}${s.name}: ${JSON.stringify(value)}`;
    })
    .join('\n');
}
