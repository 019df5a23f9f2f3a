import { createTranslator } from '@city-app/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { shellMessages } from '../i18n/messages.js';
import { ActionFailure } from './action-failure.js';

describe('ActionFailure', () => {
  it('shows a refusal under a title in the page’s language, and nothing without one', () => {
    const english = { t: createTranslator('en', shellMessages) };
    const html = renderToStaticMarkup(
      <ActionFailure staff={english} failure="The date is taken." />,
    );
    expect(html).toContain('That did not work.');
    expect(html).toContain('The date is taken.');
    expect(renderToStaticMarkup(<ActionFailure staff={english} failure={null} />)).toBe('');
  });
});
