import { DownloadOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useI18n } from '../i18n/i18n';
import { safeFileName, savePng, type PngSize } from './png';

interface Props {
  option: object;
  size: PngSize;
  fileName: string;
  /** Icon only (target cards); otherwise icon and text. */
  compact?: boolean;
}

/** 保存图片: the chart as a PNG file. */
export function SavePngButton({ option, size, fileName, compact }: Props) {
  const { t } = useI18n();
  const save = () => savePng(option, size, safeFileName(fileName));
  if (compact) {
    return (
      <Tooltip title={t('chart.savePng')}>
        <Button
          size="small"
          type="text"
          className="save-png"
          icon={<DownloadOutlined />}
          aria-label={t('chart.savePng')}
          onClick={save}
        />
      </Tooltip>
    );
  }
  return (
    <Button size="small" className="save-png" icon={<DownloadOutlined />} onClick={save}>
      {t('chart.savePng')}
    </Button>
  );
}
