import type { Locale } from '@city-app/core';
import { categoryOf, departmentOf, type ReportsConfig } from '../../config.js';
import { open311Error } from '../../errors/open311.js';
import { text } from '../notices/texts.js';
import type { XmlElement } from './xml.js';

/**
 * The town's categories as Open311 services, in the town's order: the code is the category's
 * id, the group its department. None has attributes (`metadata: false`): a report needs only
 * what every Open311 request carries.
 */
export function listServices(config: ReportsConfig, locale: Locale): XmlElement[] {
  return config.categories.map((category) => {
    const department = departmentOf(config, category.department)?.name ?? category.department;
    return {
      service_code: category.id,
      service_name: category.title[locale],
      description: text(locale, 'reports.open311.serviceDescription', {
        category: category.title[locale],
        department,
      }),
      metadata: false,
      type: 'realtime',
      keywords: category.title[locale === 'de' ? 'en' : 'de'],
      group: department,
    };
  });
}

/**
 * A service's definition: its code and its attributes — none, since no category asks for more
 * than the standard's fields. An unknown code is a 404.
 */
export function serviceDefinition(config: ReportsConfig, code: string) {
  if (!categoryOf(config, code)) {
    throw open311Error(
      'open311_service_not_found',
      { code: code.slice(0, 40) },
      { field: 'service_code' },
    );
  }
  return { service_code: code, attributes: [] as XmlElement[] };
}
