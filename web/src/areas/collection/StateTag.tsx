import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n';
import type { CompletenessState } from '../../api';

const COLOURS: Record<CompletenessState, string> = {
  notStarted: 'default',
  draft: 'processing',
  submitted: 'blue',
  returned: 'red',
  countyApproved: 'cyan',
  cityApproved: 'green',
  unlockRequested: 'orange',
};

/** A submission's state as a coloured tag (未开始, 草稿, 已提交 …). */
export function StateTag({ state }: { state: CompletenessState }) {
  const { t } = useI18n();
  return (
    <Tag color={COLOURS[state]} className="state-tag" data-state={state}>
      {t(`collection.state.${state}`)}
    </Tag>
  );
}
