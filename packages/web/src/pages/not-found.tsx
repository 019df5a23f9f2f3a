import { PageHeading } from '@city-app/ui';
import { useCity } from '../app/context.js';
import { Link, useRouter } from '../router/router.js';

export function NotFoundPage() {
  const { t } = useCity();
  const { location } = useRouter();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text', { path: location.pathname })}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
