import { createTranslator, type Locale, localize } from '@city-app/core';
import { Fieldset, PageHeading, Radio, Spinner, Status } from '@city-app/ui';
import { Suspense, useState } from 'react';
import { type SettingsSection, useCity, useShell } from '../app/context.js';
import { LoadBoundary, lazyComponent } from '../app/lazy.js';
import { shellMessages } from '../i18n/messages.js';

/** The kernel's own sections; a town's `settingsSections` with the same id replaces one. */
const KERNEL_SECTIONS: readonly SettingsSection[] = [
  {
    id: 'interessen',
    title: { de: 'Meine Interessen', en: 'My interests' },
    panel: () => import('../interests/interests-panel.js'),
  },
];

/** Settings: the language, then the sections other packages add (see `SettingsSection`). */
export default function SettingsPage() {
  const { t, city, locale, setLocale } = useCity();
  const { settingsSections: added, modules } = useShell();
  const settingsSections = [
    ...KERNEL_SECTIONS.filter((own) => !added.some((section) => section.id === own.id)),
    ...added,
    // Each module's own section, in the town's order of its modules.
    ...modules.flatMap((m) => (m.settings ? [{ id: m.manifest.id, ...m.settings }] : [])),
  ];
  const [announcement, setAnnouncement] = useState('');

  const choose = (next: Locale) => {
    setLocale(next);
    // Announced in the new language, which is what the page now speaks.
    setAnnouncement(createTranslator(next, shellMessages)('settings.languageChanged'));
  };

  return (
    <>
      <PageHeading lead={t('settings.lead')}>{t('settings.title')}</PageHeading>
      {city.locales.length > 1 ? (
        <div className="city-settings__section">
          <Fieldset legend={t('settings.language')} description={t('settings.languageHint')}>
            {city.locales.map((option) => (
              <Radio
                key={option}
                name="locale"
                value={option}
                checked={locale === option}
                onChange={() => choose(option)}
                label={<span lang={option}>{t(`locale.${option}`)}</span>}
              />
            ))}
          </Fieldset>
          <Status visuallyHidden>{announcement}</Status>
        </div>
      ) : null}
      {/* The kernel's sections ("Meine Interessen"), those from CityWebOptions.settingsSections, the modules'. */}
      {settingsSections.map((section) => {
        const Panel = lazyComponent(section.panel);
        const headingId = `settings-${section.id}`;
        return (
          <section key={section.id} className="city-settings__section" aria-labelledby={headingId}>
            <h2 id={headingId}>{localize(section.title, locale)}</h2>
            <LoadBoundary message={t('page.loadFailed')} retryLabel={t('page.retry')}>
              <Suspense fallback={<Spinner />}>
                <Panel />
              </Suspense>
            </LoadBoundary>
          </section>
        );
      })}
    </>
  );
}
