/**
 * The UI text of 县区对比 (league table, map), the county page's additions and the "why" view
 * (为什么偏低): zh-CN first, English second; the type demands both. Merged into the targets area's
 * messages in index.tsx.
 */
import type { AreaMessageTable } from '../area';

export const zhCN = {
  'league.column': '{id} {title}',
  'league.threshold': '目标 ≥{threshold}',
  'league.legend': '图例',
  'league.legendDash':
    '“—”：该单位没有此类学校（无统计对象），或该学年尚无已报数据；T4 为全市指标，各县列出两项县域标准的结论。',
  'league.legendClick': '点击数值查看拉低该数值的学校。',
  'league.partial':
    '{year}—{next} 学年的数据尚不完整：已有 {reported} / {expected} 所学校的数据（{share}）。数值只反映已报学校，灰色显示，不作达标判断。',
  'league.partialWord': '数据不完整',
  'league.partialNoData': '尚无已报数据',
  'league.t4Compulsory': '优质均衡',
  'league.t4Preschool': '普及普惠',
  'league.t4Zone': '不参评',
  'league.t4ZoneNote': '功能区不单独参加县域评估，其学校计入所在的法定县市区',
  'league.t4NoAccess': '见创建达标分析',
  'league.cellTitle': '{status} · 分子 {numerator} / 分母 {denominator}',
  'countyPage.basisColumn': '计入依据（{name}）',
  'countyPage.basisOwnership': '办学性质',
  'countyPage.notRecorded': '未记录',
  'countyPage.whyLink': '为什么偏低？查看拉低 {target} 的学校',
  'why.heading': '{org} · {target} {title} · 为什么偏低',
  'why.back': '返回{org}',
  'why.backCounties': '返回县区对比',
  'why.summary':
    '{year}—{next} 学年：{value}（分子 {numerator} / 分母 {denominator}），2027 年目标 ≥{threshold}',
  'why.basis': '计入分子的条件：{basis}',
  'why.basisOwnership': '办学性质为{values}',
  'why.basisAttribute': '{name}为{values}',
  'why.or': '或',
  'why.and': '且',
  'why.needed': '按下表顺序，再有 {count} 所计入即可达到 2027 年目标。',
  'why.neededCounties': '按下表顺序，再有 {count} 个县市区两项标准均达标即可达到 2027 年目标。',
  'why.reached': '已达到 2027 年目标；下表为仍未计入的学校。',
  'why.unreachable': '下表全部计入也达不到 2027 年目标。',
  'why.intro': '未计入分子的学校，按“若该校计入，数值提高多少”从大到小排列。',
  'why.introCounties': '两项县域标准尚未均达标的县市区，按“若该县达标，全市 T4 提高多少”排列。',
  'why.col.rank': '序号',
  'why.col.school': '学校',
  'why.col.county': '县市区',
  'why.col.township': '乡镇街道',
  'why.col.weight': '分母中的权重',
  'why.col.gain': '计入后提高',
  'why.col.valueIfCounted': '计入后数值',
  'why.col.gainCounty': '达标后提高',
  'why.missing': '缺统计数据',
  'why.points': '+{points} 个百分点',
  'why.empty': '没有未计入分子的学校',
  'why.standardsLink': '查看创建达标分析',
  'why.schoolsTitle': '拉低数值的学校',
  'why.countiesTitle': '尚未达标的县市区',
} as const;

export const en: Record<keyof typeof zhCN, string> = {
  'league.column': '{id} {title}',
  'league.threshold': 'Target ≥{threshold}',
  'league.legend': 'Legend',
  'league.legendDash':
    '"—": the unit has no such school (nothing to count), or no data has been reported for the year yet; T4 is a city figure, each county shows its two county-standard verdicts.',
  'league.legendClick': 'Click a value to see the schools that keep it down.',
  'league.partial':
    'Data for {year}–{next} is incomplete: {reported} of {expected} schools ({share}). Values cover only the schools reported, shown in grey, without a verdict.',
  'league.partialWord': 'Incomplete',
  'league.partialNoData': 'Nothing reported yet',
  'league.t4Compulsory': 'Compulsory',
  'league.t4Preschool': 'Preschool',
  'league.t4Zone': 'Not assessed',
  'league.t4ZoneNote': 'Functional zones are not assessed; their schools count in their legal county',
  'league.t4NoAccess': 'See county standards',
  'league.cellTitle': '{status} · numerator {numerator} / denominator {denominator}',
  'countyPage.basisColumn': 'What counts ({name})',
  'countyPage.basisOwnership': 'Ownership',
  'countyPage.notRecorded': 'Not recorded',
  'countyPage.whyLink': 'Why so low? Schools keeping {target} down',
  'why.heading': '{org} · {target} {title} · why so low',
  'why.back': 'Back to {org}',
  'why.backCounties': 'Back to county comparison',
  'why.summary':
    '{year}–{next}: {value} (numerator {numerator} / denominator {denominator}), 2027 target ≥{threshold}',
  'why.basis': 'Counted when: {basis}',
  'why.basisOwnership': 'ownership is {values}',
  'why.basisAttribute': '{name} is {values}',
  'why.or': ' or ',
  'why.and': ' and ',
  'why.needed': 'Counting the first {count} in this order reaches the 2027 target.',
  'why.neededCounties':
    'The first {count} counties in this order passing both standards reach the 2027 target.',
  'why.reached': 'The 2027 target is reached; below, the schools still not counted.',
  'why.unreachable': 'Even counting all of them does not reach the 2027 target.',
  'why.intro': 'Schools not counted, ranked by how much the figure would rise if each counted.',
  'why.introCounties':
    'Counties not passing both standards, ranked by how much T4 would rise if each passed.',
  'why.col.rank': 'Rank',
  'why.col.school': 'School',
  'why.col.county': 'County',
  'why.col.township': 'Township',
  'why.col.weight': 'Weight in the denominator',
  'why.col.gain': 'Rise if counted',
  'why.col.valueIfCounted': 'Value if counted',
  'why.col.gainCounty': 'Rise if passed',
  'why.missing': 'No statistics',
  'why.points': '+{points} points',
  'why.empty': 'No school outside the numerator',
  'why.standardsLink': 'County standards analysis',
  'why.schoolsTitle': 'Schools keeping the figure down',
  'why.countiesTitle': 'Counties not passing yet',
};

export const countiesMessages: AreaMessageTable<keyof typeof zhCN> = { 'zh-CN': zhCN, en };

declare module '../../i18n/i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds these keys to MessageKey
  interface AreaMessages extends Record<keyof typeof zhCN, string> {}
}
