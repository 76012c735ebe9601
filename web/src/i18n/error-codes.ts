/**
 * The text of every error code the API answers with (`{ error: { code, message, details } }`):
 * the codes registered in src/app/app-error.ts and the areas' *.errors.ts, and the framework's
 * refusals of src/api/error-handler.ts. The Chinese UI shows the server's own message, which names
 * the field, the value and the rule; these Chinese texts stand in only when it sent none. The
 * English UI shows the English text of the code (test/api/home-error-codes.test.ts checks that
 * every registered code has one).
 */
/** The UI's languages (as in i18n.tsx; spelt here so that the API tests can import this file alone). */
type Language = 'zh-CN' | 'en';

export const ERROR_CODE_TEXT: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  VALIDATION_FAILED: {
    'zh-CN': '请求参数有误',
    en: 'Some of the values sent are not valid. Check the fields named below and try again.',
  },
  NOT_FOUND: {
    'zh-CN': '请求的资源不存在',
    en: 'What you asked for does not exist or is outside your scope.',
  },
  ORG_UNIT_NOT_FOUND: {
    'zh-CN': '单位不存在或不在您的范围内',
    en: 'This org unit does not exist or is outside your scope.',
  },
  WORK_PLAN_NOT_FOUND: {
    'zh-CN': '该县市区没有这一版工作方案',
    en: 'This county has no such version of its work plan.',
  },
  INSTITUTION_NOT_FOUND: {
    'zh-CN': '学校不存在或不在您的范围内',
    en: 'This school does not exist or is outside your scope.',
  },
  YEAR_NOT_AVAILABLE: {
    'zh-CN': '没有该学年的数据',
    en: 'There are no figures for this school year.',
  },
  NO_DATA: { 'zh-CN': '数据库中还没有统计数据', en: 'The database holds no statistics yet.' },
  PLAN_ORG_MISMATCH: {
    'zh-CN': '行动方案的单位与数据库中的单位不符',
    en: 'The action plan is for another city than the data in the database.',
  },
  UNAUTHENTICATED: {
    'zh-CN': '请先登录（会话不存在或已过期）',
    en: 'Please sign in (your session has ended or does not exist).',
  },
  LOGIN_FAILED: { 'zh-CN': '用户名或密码错误', en: 'Wrong user name or password.' },
  ACCOUNT_LOCKED: {
    'zh-CN': '账号已锁定，请稍后再试或联系管理员',
    en: 'This account is locked after too many wrong passwords. Try again later or ask your administrator.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    'zh-CN': '首次登录或密码重置后，请先修改密码',
    en: 'Please change your password first (first sign-in or after a reset).',
  },
  FORBIDDEN: { 'zh-CN': '没有此操作的权限', en: 'Your role may not do this.' },
  CSRF_FAILED: {
    'zh-CN': '请求缺少有效的防伪令牌，请刷新页面后重试',
    en: 'The page has expired (missing or wrong security token). Reload the page and try again.',
  },
  RATE_LIMITED: {
    'zh-CN': '尝试过于频繁，请稍后再试',
    en: 'Too many attempts. Wait a little and try again.',
  },
  WORK_IN_PROGRESS: {
    'zh-CN': '您已有同类任务正在运行，请等它完成后再试',
    en: 'You already have such a task running (an import, export or evaluation). Try again when it has finished.',
  },
  SERVER_BUSY: {
    'zh-CN': '服务器繁忙，请稍后再试',
    en: 'The server is busy. Try again in a moment.',
  },
  USERNAME_TAKEN: { 'zh-CN': '用户名已被使用', en: 'This user name is already taken.' },
  ACCOUNT_NOT_FOUND: {
    'zh-CN': '账号不存在或不在您的范围内',
    en: 'This account does not exist or is outside your scope.',
  },
  IMPORT_REJECTED: {
    'zh-CN': '导入文件有误，未导入任何数据',
    en: 'The file has errors; nothing was imported. The rows and fields are listed below.',
  },
  CONFLICT: {
    'zh-CN': '记录已被修改或当前状态不允许此操作，请刷新后重试',
    en: 'The record was changed meanwhile, or its state does not allow this. Reload and try again.',
  },
  INTERNAL_ERROR: {
    'zh-CN': '服务器内部错误，请稍后重试或联系管理员',
    en: 'Internal server error. Try again later or contact your administrator.',
  },
  // The areas' codes (src/app/<area>/<area>.errors.ts).
  TARGET_NOT_FOUND: { 'zh-CN': '目标不存在', en: 'This target does not exist in the action plan.' },
  NOT_AN_ASSESSED_COUNTY: {
    'zh-CN': '该单位不是县域评估的对象',
    en: 'This unit is not assessed against the county standards.',
  },
  // The framework's refusals (src/api/error-handler.ts).
  PAYLOAD_TOO_LARGE: {
    'zh-CN': '请求内容超过上限，未作任何修改',
    en: 'What was sent is over the size limit; nothing was changed.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    'zh-CN': '不支持的请求体类型',
    en: 'This kind of file or content is not accepted here.',
  },
  URI_TOO_LONG: { 'zh-CN': '请求地址过长', en: 'The address is too long.' },
  HEADERS_TOO_LARGE: { 'zh-CN': '请求头过大', en: 'The request headers are too large.' },
  REQUEST_TIMEOUT: { 'zh-CN': '请求超时', en: 'The request took too long. Try again.' },
  SERVICE_UNAVAILABLE: {
    'zh-CN': '服务暂不可用，请稍后再试',
    en: 'The service is not available right now. Try again later.',
  },
  BAD_REQUEST: { 'zh-CN': '请求无法处理', en: 'The request could not be handled.' },
  METHOD_NOT_ALLOWED: { 'zh-CN': '不支持此请求方法', en: 'This request method is not supported here.' },
  NOT_ACCEPTABLE: {
    'zh-CN': '无法按请求的格式答复',
    en: 'The server cannot answer in the format asked for.',
  },
  RANGE_NOT_SATISFIABLE: {
    'zh-CN': '请求的范围超出了文件',
    en: 'The requested range lies outside the file.',
  },
  MILESTONE_NOT_FOUND: {
    'zh-CN': '方案中没有这个时间节点',
    en: 'The plan has no such milestone.',
  },
  MILESTONE_NOT_REPORTED: {
    'zh-CN': '这个时间节点由平台根据数据判定，不需要报送',
    en: 'The platform computes this milestone from the data; it is not reported.',
  },
  MILESTONE_RECORD_NOT_FOUND: {
    'zh-CN': '没有这条报送记录，或不在您的范围内',
    en: 'There is no such record, or it is outside your scope.',
  },
  MILESTONE_REVIEW_CONFLICT: {
    'zh-CN': '这条记录已经核实过，不能再次核实',
    en: 'This record has already been reviewed.',
  },
  ROUND_NOT_FOUND: {
    'zh-CN': '没有这个报送轮次',
    en: 'There is no such reporting round.',
  },
  ROUND_CLOSED: {
    'zh-CN': '本轮进展报送已截止或尚未开始',
    en: 'This reporting round is closed or has not opened yet.',
  },
  MEASURE_NOT_FOUND: {
    'zh-CN': '举措不存在或不在您的范围内',
    en: 'This measure does not exist or is outside your scope.',
  },
  REPORT_STATE_CONFLICT: {
    'zh-CN': '这份进展报送当前的状态不允许这一操作',
    en: 'The report is not in a state that allows this action.',
  },
  STOCKTAKE_LABEL_TAKEN: {
    'zh-CN': '已有同名的调度记录，请换一个名称',
    en: 'A stocktake with this name has been recorded already; choose another name.',
  },
  STOCKTAKE_ORG_LEVEL: {
    'zh-CN': '月度调度只针对全市或县市区（功能区）',
    en: 'A stocktake is for the city or a county-level unit only.',
  },
  EVIDENCE_NOT_FOUND: {
    'zh-CN': '佐证材料不存在或不在您的范围内',
    en: 'This evidence file does not exist or is outside your scope.',
  },
  EVIDENCE_REJECTED: {
    'zh-CN': '文件不能作为佐证材料上传',
    en: 'The file was refused: it is empty, or its content is not what its name says (PDF, image, Word or Excel).',
  },
  EVIDENCE_TOO_LARGE: {
    'zh-CN': '文件超过佐证材料的大小上限',
    en: 'The file is larger than the evidence size limit. Compress it or split it into several files.',
  },
  EVIDENCE_NOT_ATTACHABLE: {
    'zh-CN': '该佐证材料属于其他单位，不能附在此处',
    en: 'This evidence file belongs to another unit and cannot be attached here.',
  },
};
