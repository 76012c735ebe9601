import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n';
import type { RuleVerdict, SchoolVerdict } from '../../api';
import { VERDICT_TAG_COLOURS } from './values';

/** 达标 / 未达标 / 待补充 / 不适用 / 不参评 as a coloured tag (data-verdict for tests and styles). */
export function VerdictTag({
  verdict,
  className,
}: {
  verdict: RuleVerdict | SchoolVerdict;
  className?: string;
}) {
  const { t } = useI18n();
  return (
    <Tag
      color={VERDICT_TAG_COLOURS[verdict]}
      className={className ? `verdict-tag ${className}` : 'verdict-tag'}
      data-verdict={verdict}
    >
      {t(`verdict.${verdict}`)}
    </Tag>
  );
}
