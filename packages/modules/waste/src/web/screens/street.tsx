import { PageHeading, Status } from '@city-app/ui';
import { useModule } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { meta } from '../../meta.js';
import { useStoredLocation } from '../parts/stored-location.js';
import { StreetPicker } from '../parts/street-picker.js';
import { paths } from '../paths.js';

/** `/abfall/strasse`: choose or change the street; the choice stays on this device. */
export default function StreetScreen(_props: ScreenProps) {
  const { t, navigate } = useModule(meta.id);
  const [location, choose] = useStoredLocation();
  return (
    <>
      <PageHeading lead={t('waste.location.intro')}>{t('waste.location.heading')}</PageHeading>
      <Status>{location ? t('waste.location.current', { label: location.label }) : null}</Status>
      <StreetPicker
        onChoose={(chosen) => {
          choose(chosen);
          navigate(paths.screens);
        }}
      />
    </>
  );
}
