/** Chinese wording of completion rules and of what was checked (pure; labels of the names rules use). */
import type {
  AttributeCondition,
  CompletionRule,
  CountyFigureName,
  CountyVerdictName,
  TownshipFactName,
  TownshipSelection,
} from '../plan/plan.types.ts';
import type { AttributeName, CountyKind, RunningType } from '../registry/registry.types.ts';

export const RUNNING_TYPE_NAMES: Record<RunningType, string> = {
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

const SPECIAL: readonly RunningType[] = ['511', '512', '513', '514'];

export const ATTRIBUTE_NAMES_ZH: Record<AttributeName, string> = {
  ownership: '举办者',
  kgClass: '幼儿园等级',
  strongSchoolProgramme: '纳入强校扩优行动',
  highSchoolEvaluationCompleted: '完成市级办学质量评价',
  featuredHighSchool: '特色高中',
  subjectBases: '学科基地',
  specialEdEvaluation: '办学质量评价',
  resourceCentre: '设有特殊教育资源中心',
  preschoolDepartment: '附设学前教育部（班）',
  vocationalDepartment: '设置中等职业教育部（班）',
  townshipSeat: '乡镇驻地学校',
  conditionsClass: '省定办学条件标准',
};

const VALUE_NAMES: Record<string, string> = {
  public: '公办',
  inclusivePrivate: '普惠性民办',
  private: '其他民办',
  provincialDemo: '省级示范',
  class1: '省一类',
  class2: '省二类',
  class3: '省三类',
  unrated: '未定级',
  provincial: '省级',
  city: '市级',
  none: '无',
  passed: '通过',
  failed: '未通过',
  notEvaluated: '未评价',
  classI: 'I类',
  classII: 'II类',
  belowClassII: '未达II类',
};

export const COUNTY_FIGURE_NAMES_ZH: Record<CountyFigureName, string> = {
  population3to5: '3—5 岁常住人口',
  rotationEligibleTeachers: '符合交流轮岗条件的教师数',
  rotatedTeachers: '本年度交流轮岗教师数',
  rotatedBackboneTeachers: '交流轮岗的县级及以上骨干教师数',
  specialEducationFundingPerStudent: '义务教育阶段特殊教育生均公用经费（元）',
};

export const COUNTY_VERDICT_NAMES_ZH: Record<CountyVerdictName, string> = {
  compulsoryBalanced: '县域义务教育优质均衡',
  preschoolUniversal: '县域学前教育普及普惠',
  countyStandards: '县域义务教育优质均衡和学前教育普及普惠',
};

export const TOWNSHIP_FACT_NAMES_ZH: Record<TownshipFactName, string> = {
  townVillageIntegration: '完成幼儿园镇村一体化管理体制改革',
  strongTownshipPilot: '纳入省市县强镇筑基试点',
};

const COUNTY_KIND_NAMES: Record<CountyKind, string> = {
  district: '区',
  county: '县',
  countyCity: '县级市',
  zone: '功能区',
};

export function runningTypesText(types: readonly RunningType[]): string {
  if (types.length === SPECIAL.length && SPECIAL.every((t) => types.includes(t))) return '特殊教育学校';
  const names = types.map((t) => RUNNING_TYPE_NAMES[t]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join('、')}或${names.at(-1)}`;
}

function valueText(v: string | boolean): string {
  if (typeof v === 'boolean') return v ? '是' : '否';
  return VALUE_NAMES[v] ?? v;
}

/** "附设学前教育部（班）且设置中等职业教育部（班）" / "省定办学条件标准为I类或II类". */
export function conditionText(cond: AttributeCondition): string {
  return Object.entries(cond)
    .map(([name, values]) => {
      const label = ATTRIBUTE_NAMES_ZH[name as AttributeName];
      const vs = values ?? [];
      if (vs.length === 1 && vs[0] === true) return label;
      if (vs.length === 1 && vs[0] === false) return `非${label}`;
      return `${label}为${vs.map(valueText).join('或')}`;
    })
    .join('且');
}

function townshipsText(sel: TownshipSelection): string {
  return sel === 'towns' ? '每个乡镇（不含街道）' : '每个乡镇（街道）';
}

function kindsText(kinds: readonly CountyKind[] | undefined): string {
  if (!kinds) return '各县市区（功能区）';
  return kinds.map((k) => COUNTY_KIND_NAMES[k]).join('、');
}

/** The rule in one Chinese sentence, for officials. */
export function ruleText(rule: CompletionRule): string {
  const who = kindsText(rule.countyKinds);
  switch (rule.kind) {
    case 'countyInstitution': {
      const pop = rule.population ? `常住人口 ${rule.population.atLeast10k} 万人及以上的` : '';
      const attrs = rule.attributes ? `（${conditionText(rule.attributes)}）` : '';
      return `${pop}${who}至少有 1 所在办的${runningTypesText(rule.runningTypes)}${attrs}`;
    }
    case 'townshipInstitution':
      return `${who}的${townshipsText(rule.townships)}至少有 1 所${conditionText(rule.attributes)}的${runningTypesText(rule.runningTypes)}`;
    case 'everyInstitution': {
      const where = rule.where ? `${conditionText(rule.where)}的` : '';
      const area = rule.townships === 'towns' ? '乡镇（不含街道）' : '';
      return `${who}${area}每所在办的${where}${runningTypesText(rule.runningTypes)}都${conditionText(rule.attributes)}`;
    }
    case 'countyFigure':
      return `${who}的${COUNTY_FIGURE_NAMES_ZH[rule.figure]}不低于 ${rule.atLeast.toLocaleString('en-US')}（县级数据，创建达标分析中录入）`;
    case 'townshipFact':
      return `${who}的${townshipsText(rule.townships)}${TOWNSHIP_FACT_NAMES_ZH[rule.fact]}（县市区登记并附佐证材料，市级核实）`;
    case 'countyVerdict':
      return `${who}${COUNTY_VERDICT_NAMES_ZH[rule.verdict]}评估结论为达标`;
    case 'reported':
      return `${who}报送完成情况：${rule.evidence}（附佐证材料，市级核实）`;
  }
}
