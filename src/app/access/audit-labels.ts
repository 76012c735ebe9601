/**
 * The security audit log in words for people: every action the platform records (the `action` of
 * an audit entry), each outcome and each kind of record, in Chinese. The API returns them beside
 * the codes (GET /api/v1/audit) and `eduplan audit list` prints them; audit-labels.test.ts proves
 * that every action written anywhere in src/ has a label here. Wording follows the pages that do
 * the action (the collection area's 提交 / 退回 / 审核通过 / 申请解锁 …).
 */
import { APPROVAL_ACTIONS, type ApprovalAction } from '../../domain/collection/approval.ts';

/** The actions of the collection's approval flow, as they are recorded (`collection.<action>`). */
const APPROVAL_ACTION_LABELS: Record<ApprovalAction, string> = {
  save: '保存填报数据',
  submit: '提交填报表',
  return: '退回填报表',
  approve: '审核通过填报表',
  requestUnlock: '申请解锁填报表',
  grantUnlock: '批准解锁申请',
  rejectUnlock: '驳回解锁申请',
  unlock: '直接解锁填报表',
};

/** Every recorded action, by code. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  login: '登录',
  logout: '退出登录',
  'password.change': '修改密码',
  'access.denied': '拒绝访问',
  'account.create': '新建账号',
  'account.update': '修改账号姓名',
  'account.permission': '修改账号角色或单位',
  'account.disable': '停用账号',
  'account.enable': '启用账号',
  'account.unlock': '解除账号锁定',
  'account.reset': '重置密码',
  'account.import': '批量导入账号',
  export: '导出文件',
  'roles.change': '角色配置变更',
  'audit.verify': '校验审计日志哈希链',
  'orgUnits.sync': '同步组织机构',
  'demo.create': '生成演示数据',
  'standards.input': '录入县域评估补充数据',
  'standards.judgement': '录入人工认定结论',
  ...Object.fromEntries(APPROVAL_ACTIONS.map((a) => [`collection.${a}`, APPROVAL_ACTION_LABELS[a]])),
  'collection.template': '下载填报模板',
  'collection.import': 'Excel 导入填报数据',
  'collection.import.preview': '预览 Excel 导入',
  'collection.export': '导出填报数据',
  'evidence.upload': '上传佐证材料',
  'evidence.download': '下载佐证材料',
  'milestones.fact': '登记乡镇事项（时间节点）',
  'milestones.report': '报送时间节点完成情况',
  'milestones.review': '核实或退回时间节点登记',
  'delivery.workPlan.save': '保存工作方案草稿',
  'delivery.workPlan.submit': '提交工作方案',
  'delivery.workPlan.approve': '批准工作方案',
  'delivery.workPlan.return': '退回工作方案',
  'delivery.workPlan.revise': '新建工作方案修订版',
  'reporting.create': '填写进展报送',
  'reporting.save': '修改进展报送',
  'reporting.submit': '报送举措进展',
  'reporting.resubmit': '重新报送举措进展',
  'reporting.accept': '审核通过进展报送',
  'reporting.return': '退回进展报送',
  'stocktake.record': '记录月度调度',
};

export const AUDIT_OUTCOME_LABELS = {
  success: '成功',
  failure: '失败',
  denied: '拒绝',
} as const satisfies Record<'success' | 'failure' | 'denied', string>;

/** What an entry's target is (`targetType`). */
export const AUDIT_TARGET_TYPE_LABELS: Readonly<Record<string, string>> = {
  account: '账号',
  submission: '填报表',
  collectionPeriod: '采集期',
  config: '配置文件',
  county: '县市区',
  credentials: '初始密码清单',
  orgUnit: '组织机构',
  institution: '学校（机构）',
  route: '接口',
  evidence: '佐证材料',
  township: '乡镇（街道）',
  fact: '乡镇事项登记',
  report: '时间节点报送',
};

/** The Chinese name of an action; an action recorded by a newer version reads as such, with its code. */
export function auditActionLabel(action: string): string {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action)
    ? AUDIT_ACTION_LABELS[action]!
    : `未登记的操作（${action}）`;
}

export function auditOutcomeLabel(outcome: string): string {
  return Object.hasOwn(AUDIT_OUTCOME_LABELS, outcome)
    ? AUDIT_OUTCOME_LABELS[outcome as keyof typeof AUDIT_OUTCOME_LABELS]
    : outcome;
}

export function auditTargetTypeLabel(targetType: string | null): string | null {
  if (targetType === null) return null;
  return Object.hasOwn(AUDIT_TARGET_TYPE_LABELS, targetType)
    ? AUDIT_TARGET_TYPE_LABELS[targetType]!
    : targetType;
}

/** The actions with their labels, in the order above (for a filter's choices). */
export function auditActionChoices(): Array<{ code: string; label: string }> {
  return Object.entries(AUDIT_ACTION_LABELS).map(([code, label]) => ({ code, label }));
}
