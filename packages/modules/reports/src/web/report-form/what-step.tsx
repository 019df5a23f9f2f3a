import type { Locale, Translate } from '@city-app/core';
import { Fieldset } from '@city-app/ui';
import { CategoryIcon } from '../admin/parts/category-icon.js';
import type { CategoryChoice } from '../parts/categories.js';
import { categoryId } from './draft.js';

/**
 * Step 1: the town's categories as radio cards, each the radio, its icon and its words on one
 * line. Native radios: arrow keys move between them, a screen reader names the group and the
 * choice.
 */
export function WhatStep({
  categories,
  value,
  error,
  onChange,
  t,
  locale,
}: {
  categories: CategoryChoice[];
  value: string;
  error: string | undefined;
  onChange(category: string): void;
  t: Translate;
  locale: Locale;
}) {
  return (
    <Fieldset legend={<h2>{t('reports.new.what')}</h2>}>
      <div className={error ? 'city-field city-field--invalid' : 'city-field'}>
        {error ? (
          <p className="city-field__error" id="reports-category-error">
            {error}
          </p>
        ) : null}
        <div className="city-grid city-grid--choices">
          {categories.map((category) => (
            <div key={category.id} className="city-checkbox city-card city-card--choice">
              <input
                type="radio"
                name="category"
                className="city-checkbox__control"
                id={categoryId(category.id)}
                value={category.id}
                checked={value === category.id}
                aria-describedby={error ? 'reports-category-error' : undefined}
                onChange={() => onChange(category.id)}
              />
              <div className="city-checkbox__text">
                <label className="city-field__label" htmlFor={categoryId(category.id)}>
                  <CategoryIcon icon={category.icon} />
                  {category.title[locale]}
                </label>
              </div>
            </div>
          ))}
        </div>
      </div>
    </Fieldset>
  );
}
