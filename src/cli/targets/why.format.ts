/** Renders `eduplan targets why` for the terminal (a ranked table) and for scripts (JSON). */
import Table from 'cli-table3';
import type { TargetWhy } from '../../app/targets/why.ts';
import { DEMO_NOTICE, formatPercent, KG_CLASS_LABELS, STATUS_LABELS } from '../../app/shared/labels.ts';
import type { AttributeName, Ownership } from '../../domain/registry/registry.types.ts';
import type { WhyBasis } from '../../domain/targets/why.ts';

const OWNERSHIP_LABELS: Record<Ownership, string> = {
  public: '公办',
  inclusivePrivate: '普惠性民办',
  private: '其他民办',
};

const ATTRIBUTE_LABELS: Partial<Record<AttributeName, string>> = {
  ownership: '办学性质',
  kgClass: '幼儿园等级',
  strongSchoolProgramme: '纳入强校扩优行动',
  highSchoolEvaluationCompleted: '完成市级办学质量评价',
  featuredHighSchool: '特色高中',
  specialEdEvaluation: '办学质量达标评价',
  resourceCentre: '设有特殊教育资源中心',
  preschoolDepartment: '附设学前教育部（班）',
  vocationalDepartment: '设置中等职业教育部（班）',
  townshipSeat: '乡镇驻地学校',
  conditionsClass: '省定办学条件标准类别',
};

const VALUE_LABELS: Record<string, string> = {
  ...KG_CLASS_LABELS,
  provincial: '省级',
  city: '市级',
  none: '无',
  passed: '通过',
  failed: '未通过',
  notEvaluated: '未评估',
  classI: 'I类',
  classII: 'II类',
  belowClassII: '未达II类',
};

function valueText(v: unknown): string {
  if (v === null || v === undefined) return '未记录';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'string') return VALUE_LABELS[v] ?? v;
  return JSON.stringify(v);
}

/** "办学性质为公办" / "幼儿园等级为省级示范或一类" — what makes a school count. */
export function basisText(basis: WhyBasis): string {
  const parts: string[] = [];
  if (basis.ownerships) {
    parts.push(`办学性质为${basis.ownerships.map((o) => OWNERSHIP_LABELS[o]).join('或')}`);
  }
  if (basis.attribute) {
    const name = ATTRIBUTE_LABELS[basis.attribute] ?? basis.attribute;
    parts.push(`${name}为${basis.values.map(valueText).join('或')}`);
  }
  return parts.join('且');
}

/** "+20.0 个百分点" */
function points(gain: number): string {
  return `+${(gain * 100).toFixed(1)} 个百分点`;
}

export function renderWhyTable(why: TargetWhy): string {
  const demo = why.view.demo !== null;
  const banner = demo ? `【${DEMO_NOTICE}】以下为合成的演示数据，不代表真实情况。\n` : '';
  const f = why.total;
  const head =
    `${why.org.name} · ${why.year}—${why.year + 1} 学年 · ${why.target.id} ${why.target.shortTitle}\n` +
    `当前值 ${formatPercent(f.value)}（${f.numerator}/${f.denominator}），2027 年目标 ≥${formatPercent(why.target.threshold, 0)}，状态：${STATUS_LABELS[f.status]}\n`;
  const partial =
    why.coverage && !why.coverage.complete
      ? `注意：该学年数据尚不完整（已报 ${why.coverage.reported}/${why.coverage.expected} 所，${formatPercent(why.coverage.share)}），数值只反映已报学校，不作达标判断。\n`
      : '';
  const reach =
    why.neededToReach === null
      ? ''
      : why.neededToReach === 0
        ? '已达到 2027 年目标。\n'
        : `按下表顺序，再有 ${why.neededToReach} 个计入即可达到 2027 年目标。\n`;
  const attribute = why.basis?.attribute ?? null;
  if (why.kind === 'none') return `${banner}${head}${partial}${why.reason ?? ''}\n`;
  const table = new Table({
    head:
      why.kind === 'schools'
        ? [
            '序号',
            '学校',
            '乡镇街道',
            '办学性质',
            ...(attribute ? [ATTRIBUTE_LABELS[attribute] ?? attribute] : []),
            '权重',
            '计入后提高',
            '计入后数值',
          ]
        : ['序号', '县市区', '达标后提高', '达标后数值'],
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  if (why.kind === 'schools') {
    for (const s of why.schools) {
      table.push([
        s.rank,
        s.institutionName,
        s.townshipName,
        OWNERSHIP_LABELS[s.ownership],
        ...(attribute ? [valueText(s.attributeValue)] : []),
        s.missingStatistics ? '缺统计数据' : s.denominator,
        points(s.gain),
        formatPercent(s.valueIfCounted),
      ]);
    }
  } else {
    for (const c of why.counties) {
      table.push([c.rank, c.orgName, points(c.gain), formatPercent(c.valueIfCounted)]);
    }
  }
  const basis = why.basis ? `计入分子的条件：${basisText(why.basis)}\n` : '';
  const empty = why.reason ? `${why.reason}\n` : '';
  return `${banner}${head}${partial}${basis}${reach}${empty}${table.toString()}\n`;
}

export function renderWhyJson(why: TargetWhy): string {
  const { view, ...rest } = why;
  return `${JSON.stringify({ ...rest, demo: view.demo !== null }, null, 2)}\n`;
}
