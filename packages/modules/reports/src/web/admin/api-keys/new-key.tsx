import { Alert, Button, TextField } from '@city-app/ui';
import { useEffect, useRef, useState } from 'react';
import type { NewApiKey } from '../../../api/open311-keys.js';
import type { Staff } from '../staff.js';

/**
 * A key just created, shown this once: the server keeps only its hash. A read-only field
 * selects it whole on focus, and a button copies it where the browser allows.
 */
export function NewKey({ staff, created }: { staff: Staff; created: NewApiKey }) {
  const { t } = staff;
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'' | 'yes' | 'no'>('');
  // Keyboard and screen reader users land on the key as it appears.
  useEffect(() => heading.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <section aria-labelledby="reports-new-key-heading">
      <h2 id="reports-new-key-heading" tabIndex={-1} ref={heading}>
        {t('reports.staff.keys.createdTitle', { name: created.name })}
      </h2>
      <Alert tone="warning" live="off" title={t('reports.staff.keys.onlyNow')}>
        {t('reports.staff.keys.onlyNowText')}
      </Alert>
      <TextField
        id="reports-new-key"
        label={t('reports.staff.keys.key')}
        readOnly
        value={created.key}
        spellCheck={false}
        autoComplete="off"
        style={{ fontFamily: 'monospace' }}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="city-row-actions">
        <Button variant="secondary" onClick={copy}>
          {t('reports.staff.keys.copy')}
        </Button>
      </div>
      <p role="status">
        {copied
          ? t(copied === 'yes' ? 'reports.staff.keys.copied' : 'reports.staff.keys.copyFailed')
          : null}
      </p>
    </section>
  );
}
