/**
 * Chinese labels for codes, for the CLI and exports. The web app translates codes through its own
 * i18n keys; these are the official terms as the plan and the standards write them.
 */
import type { TargetStatus } from '../../domain/targets/target.status.ts';
import type { KgClass, RunningType, UrbanRural } from '../../domain/registry/registry.types.ts';

export const RUNNING_TYPE_LABELS: Record<RunningType, string> = {
  '111': '幼儿园',
  '211': '小学',
  '218': '小学教学点',
  '311': '初级中学',
  '312': '九年一贯制学校',
  '341': '完全中学',
  '342': '高级中学',
  '345': '十二年一贯制学校',
  '511': '盲人学校',
  '512': '聋人学校',
  '513': '培智学校',
  '514': '其他特教学校',
};

export const KG_CLASS_LABELS: Record<KgClass, string> = {
  provincialDemo: '省级示范',
  class1: '省一类',
  class2: '省二类',
  class3: '省三类',
  unrated: '未定级',
};

export const URBAN_RURAL_LABELS: Record<UrbanRural, string> = {
  '111': '主城区',
  '112': '城乡结合区',
  '121': '镇中心区',
  '122': '镇乡结合区',
  '123': '特殊区域',
  '210': '乡中心区',
  '220': '村庄',
};

export const STATUS_LABELS: Record<TargetStatus, string> = {
  met: '达标',
  onTrack: '进度正常',
  lagging: '滞后',
  severelyLagging: '严重滞后',
  preBaseline: '基线年前',
  noData: '无统计对象',
  notComputed: '暂未计算',
};

export const DEMO_NOTICE = '演示数据';

/** 0.6834 → "68.3%" (Chinese convention: percent with one decimal). */
export function formatPercent(value: number | null, digits = 1): string {
  if (value === null) return '—';
  return `${(value * 100).toFixed(digits)}%`;
}
