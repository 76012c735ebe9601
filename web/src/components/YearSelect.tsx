import { Select, Space } from 'antd';
import { useI18n } from '../i18n/i18n';

/** The school-year selector (its choice goes to the address as ?year=). */
export function YearSelect({
  year,
  years,
  onChange,
}: {
  year: number;
  years: number[];
  onChange(y: number): void;
}) {
  const { t } = useI18n();
  return (
    <Space wrap>
      <label htmlFor="year-select">{t('cockpit.year')}</label>
      <Select
        id="year-select"
        value={year}
        style={{ minWidth: 170 }}
        onChange={(y: number) => onChange(y)}
        options={years.map((y) => ({ value: y, label: t('cockpit.yearOption', { year: y, next: y + 1 }) }))}
      />
    </Space>
  );
}
