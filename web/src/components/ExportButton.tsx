import { App, Button } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../errors';
import { useI18n } from '../i18n/i18n';

/** 导出 Excel: runs the export, shows a spinner meanwhile and the error (in Chinese) if it fails. */
export function ExportButton({ onExport, className }: { onExport: () => Promise<void>; className?: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="small"
      className={className ?? 'export-xlsx'}
      loading={busy}
      onClick={() => {
        setBusy(true);
        onExport()
          .catch((error: unknown) => message.error(`${t('export.failed')}：${errorMessage(error, t)}`))
          .finally(() => setBusy(false));
      }}
    >
      {t('export.xlsx')}
    </Button>
  );
}
