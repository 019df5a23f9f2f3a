import { PageHeading } from '@city-app/ui';
import { useCity } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';

/** `/admin/abfall`: the staff's start page. */
export default function OverviewScreen(_props: ScreenProps) {
  const { t } = useCity();
  return <PageHeading>{t('waste.admin.title')}</PageHeading>;
}
