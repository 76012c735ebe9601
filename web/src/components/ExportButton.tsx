import { App, Button } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../errors';
import { useI18n } from '../i18n/i18n';

/**
 * 导出 Excel (or another download: a template, a period's data): runs it, shows a spinner meanwhile
 * and the error (in Chinese) if it fails.
 */
export function ExportButton({
  onExport,
  className,
  id,
  label,
  size = 'small',
}: {
  onExport: () => Promise<void>;
  className?: string;
  id?: string;
  label?: string;
  size?: 'small' | 'middle';
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      id={id}
      size={size}
      className={className ?? 'export-xlsx'}
      loading={busy}
      onClick={() => {
        setBusy(true);
        onExport()
          .catch((error: unknown) => message.error(`${t('export.failed')}：${errorMessage(error, t)}`))
          .finally(() => setBusy(false));
      }}
    >
      {label ?? t('export.xlsx')}
    </Button>
  );
}
