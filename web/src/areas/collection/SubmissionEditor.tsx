/**
 * One school's form of a collection period: the school clerk enters it (last year's value beside
 * each field, issues checked live as they type, explanations for soft rules, save and submit);
 * the county and the city read it and act on it (return with a comment, approve, unlock). Every
 * value's history and every state change is one click away. Each data element of several fields
 * (在校生数 by grade and sex, 各班人数 by grade) has its own header row with the group's total,
 * last year's total, the change and how the group stands on the checks; its fields follow,
 * labelled by their options only (小班·男), so that no field reads as the total.
 */
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Input,
  Modal,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  api,
  ApiError,
  type ApprovalAction,
  type CheckResponse,
  type FieldValue,
  type FormFieldInfo,
  type HistoryResponse,
  type Session,
  type SubmissionResponse,
  type ValidationIssue,
} from '../../api';
import { errorMessage } from '../../errors';
import { formatCount, formatDateTime, formatPercent } from '../../format';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/i18n';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { useApiGet } from '../../use-api';
import { setLeaveQuestion } from '../../navigation';
import {
  changedValues,
  displayValue,
  formatValue,
  groupCheck,
  groupFields,
  groupTotal,
  issuesByField,
  MIN_EXPLANATION,
  optionLabel,
  parseInput,
  relativeChange,
  softRules,
} from './form';
import { StateTag } from './StateTag';
import './entry-groups.css';

interface Props {
  session: Session;
  periodId: string;
  code: string;
  /** Called after a save or a state change (the reminder and the lists refresh). */
  onChanged?: () => void;
  /** Show the 演示数据 banner (when the page around it does not). */
  demoBanner?: boolean;
}

/** Review actions (county and city) that need a written reason; the server enforces the same. */
const NEEDS_COMMENT: ReadonlySet<ApprovalAction> = new Set([
  'return',
  'requestUnlock',
  'rejectUnlock',
  'unlock',
]);
const REVIEW_ACTIONS: readonly ApprovalAction[] = [
  'approve',
  'return',
  'requestUnlock',
  'grantUnlock',
  'rejectUnlock',
  'unlock',
];

type Loaded =
  { kind: 'loading' } | { kind: 'error'; error: unknown } | { kind: 'loaded'; data: SubmissionResponse };

export function SubmissionEditor({ session, periodId, code, onChanged, demoBanner }: Props) {
  const { t, language } = useI18n();
  const { message, modal } = App.useApp();
  const cityLevel = session.permissions.includes('collection.approve');
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  /** What the clerk typed, by field key (only touched fields). */
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [explanations, setExplanations] = useState<Record<string, string>>({});
  const [live, setLive] = useState<CheckResponse | null>(null);
  const [busy, setBusy] = useState<ApprovalAction | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [commentFor, setCommentFor] = useState<ApprovalAction | null>(null);
  const [comment, setComment] = useState('');
  const [history, setHistory] = useState<{ field: FormFieldInfo | null } | null>(null);
  const base = `/api/v1/collection/${encodeURIComponent(periodId)}/submissions/${encodeURIComponent(code)}`;

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    api<SubmissionResponse>('GET', base)
      .then((data) => {
        if (!current) return;
        setState({ kind: 'loaded', data });
        setTyped({});
        setExplanations({});
        setLive(null);
      })
      .catch((error: unknown) => current && setState({ kind: 'error', error }));
    return () => {
      current = false;
    };
  }, [base, attempt]);

  const data = state.kind === 'loaded' ? state.data : null;
  const editable = data?.allowedActions.includes('save') ?? false;
  const pending = useMemo(
    () => (data ? changedValues(data.values, typed, data.fields) : { values: {}, unparsed: [] }),
    [data, typed],
  );
  const changedExplanations = useMemo(() => {
    if (!data) return {};
    return Object.fromEntries(
      Object.entries(explanations).filter(([rule, text]) => (data.explanations[rule] ?? '') !== text),
    );
  }, [data, explanations]);
  const dirty = Object.keys(pending.values).length > 0 || Object.keys(changedExplanations).length > 0;

  // Unsaved changes: the browser asks before the page is left or reloaded, the app before it
  // follows a link, changes the period or logs out.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    setLeaveQuestion(t('collection.leaveUnsaved'));
    return () => {
      window.removeEventListener('beforeunload', warn);
      setLeaveQuestion(null);
    };
  }, [dirty, t]);

  // Live validation: half a second after the last keystroke, the server checks the form as it
  // would on submission (last year's values, the county's peers) without saving anything.
  const checkSeq = useRef(0);
  useEffect(() => {
    if (!data || !editable) return;
    const seq = ++checkSeq.current;
    const timer = setTimeout(() => {
      api<CheckResponse>('POST', `${base}/check`, {
        csrfToken: session.csrfToken,
        body: { values: pending.values, explanations: changedExplanations },
      })
        .then((r) => seq === checkSeq.current && setLive(r))
        .catch(() => {
          // The check is a convenience: a failure leaves the last result; saving reports errors.
        });
    }, 500);
    return () => clearTimeout(timer);
  }, [data, editable, base, session.csrfToken, pending.values, changedExplanations]);

  const save = useCallback(async (): Promise<SubmissionResponse | null> => {
    if (!data) return null;
    if (pending.unparsed.length > 0) {
      message.error(t('collection.fixUnparsed', { count: pending.unparsed.length }));
      return null;
    }
    setBusy('save');
    setRefusal(null);
    try {
      const next = await api<SubmissionResponse>('PUT', base, {
        csrfToken: session.csrfToken,
        body: { version: data.version, values: pending.values, explanations: changedExplanations },
      });
      setState({ kind: 'loaded', data: next });
      setTyped({});
      setExplanations({});
      message.success(t('collection.saved'));
      onChanged?.();
      return next;
    } catch (error) {
      if (error instanceof ApiError) setRefusal(error);
      else message.error(errorMessage(error, t));
      return null;
    } finally {
      setBusy(null);
    }
  }, [data, pending, changedExplanations, base, session.csrfToken, message, t, onChanged]);

  async function act(action: ApprovalAction, text?: string) {
    if (!data) return;
    setRefusal(null);
    if (action === 'submit' && dirty) {
      const saved = await save();
      if (!saved) return;
    }
    setBusy(action);
    try {
      const path =
        action === 'submit'
          ? `${base}/submit`
          : session.permissions.includes('collection.approve')
            ? `${base}/decide`
            : `${base}/review`;
      const next = await api<SubmissionResponse>('POST', path, {
        csrfToken: session.csrfToken,
        body: action === 'submit' ? undefined : { action, comment: text || undefined },
      });
      setState({ kind: 'loaded', data: next });
      setTyped({});
      setExplanations({});
      setCommentFor(null);
      setComment('');
      message.success(t('collection.actionDone', { action: t(`collection.action.${action}` as MessageKey) }));
      onChanged?.();
    } catch (error) {
      if (error instanceof ApiError) setRefusal(error);
      else message.error(errorMessage(error, t));
    } finally {
      setBusy(null);
    }
  }

  if (state.kind === 'loading') return <PageLoading />;
  if (state.kind === 'error')
    return <PageError error={state.error} onRetry={() => setAttempt((n) => n + 1)} />;
  const d = state.data;
  const issues: ValidationIssue[] = editable && live ? live.issues : d.issues;
  const byField = issuesByField(issues);
  const required = issues.filter((i) => i.ruleId === 'REQUIRED');
  const hard = issues.filter((i) => i.severity === 'hard' && i.ruleId !== 'REQUIRED');
  const soft = softRules(issues);
  const explanationOf = (rule: string) => explanations[rule] ?? d.explanations[rule] ?? '';
  const unexplained = soft.filter((r) => explanationOf(r.ruleId).trim().length < MIN_EXPLANATION);
  const reviewActions = REVIEW_ACTIONS.filter((a) => d.allowedActions.includes(a));
  // Explanations the school wrote for rules that do not fire any more: a reviewer still reads them.
  const ruleNames = new Map(d.rules.map((r) => [r.id, r.name]));
  const otherExplanations = Object.entries(d.explanations).filter(
    ([rule, text]) => text.trim() !== '' && !soft.some((r) => r.ruleId === rule),
  );
  const canSubmit = d.allowedActions.includes('submit');

  const valueCell = (f: FormFieldInfo) => {
    const raw = typed[f.key] ?? formatValue(d.values[f.key]);
    if (!editable)
      return <span className="collection-value">{displayValue(d.values[f.key]) || t('common.none')}</span>;
    const parsed = parseInput(f, raw);
    const fieldIssues = byField.get(f.key) ?? [];
    const status =
      !parsed.ok || fieldIssues.some((i) => i.severity === 'hard')
        ? 'error'
        : fieldIssues.length > 0
          ? 'warning'
          : undefined;
    return (
      <Input
        size="small"
        className="collection-input"
        data-field={f.key}
        aria-label={f.label}
        inputMode={f.type === 'integerList' ? 'text' : 'decimal'}
        placeholder={f.type === 'integerList' ? t('collection.listPlaceholder') : undefined}
        status={status}
        value={raw}
        onChange={(e) => setTyped((prev) => ({ ...prev, [f.key]: e.target.value }))}
      />
    );
  };

  return (
    <div className="submission-editor" data-state={d.state}>
      {demoBanner && <DemoBanner demo={d.dataset.demo} />}
      <div className="collection-bar">
        <div className="submission-heading">
          <Typography.Title level={4} style={{ margin: 0 }} id="submission-title">
            {d.institution.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {d.form.name} · {t('collection.code', { code: d.institution.code })}
          </Typography.Text>
        </div>
        <Space wrap>
          <StateTag state={d.version === 0 ? 'notStarted' : d.state} />
          <Button id="open-history" onClick={() => setHistory({ field: null })} disabled={d.version === 0}>
            {t('collection.history')}
          </Button>
          {editable && (
            <Button id="save-draft" onClick={() => void save()} loading={busy === 'save'} disabled={!dirty}>
              {t('collection.saveDraft')}
            </Button>
          )}
          {canSubmit && (
            <Button
              id="submit-form"
              type="primary"
              onClick={() => void act('submit')}
              loading={busy === 'submit'}
            >
              {t('collection.submit')}
            </Button>
          )}
          {reviewActions.map((a) => (
            <Button
              key={a}
              id={`action-${a}`}
              type={a === 'approve' || a === 'grantUnlock' ? 'primary' : 'default'}
              danger={a === 'return' || a === 'rejectUnlock'}
              loading={busy === a}
              onClick={() => {
                if (NEEDS_COMMENT.has(a)) setCommentFor(a);
                else
                  modal.confirm({
                    title: t(
                      `collection.confirmAction.${a === 'approve' && cityLevel ? 'approveCity' : 'plain'}`,
                      {
                        action: t(`collection.action.${a}` as MessageKey),
                        school: d.institution.name,
                      },
                    ),
                    okText: t('collection.confirm'),
                    cancelText: t('collection.cancel'),
                    okButtonProps: { id: 'confirm-ok' },
                    onOk: () => act(a),
                  });
              }}
            >
              {t(`collection.action.${a}` as MessageKey)}
            </Button>
          ))}
        </Space>
      </div>

      <LastComment key={`${d.state}:${d.version}`} base={base} state={d.state} version={d.version} />
      {!editable &&
        session.account.scope.kind === 'institution' &&
        (d.state === 'draft' || d.state === 'returned') && (
          <Alert
            id="not-editable"
            className="collection-dirty"
            type="info"
            showIcon
            title={t('collection.notEditable')}
          />
        )}
      {dirty && <Alert className="collection-dirty" type="info" showIcon title={t('collection.unsaved')} />}
      {refusal && (
        <Alert
          id="collection-refusal"
          type="error"
          showIcon
          closable
          onClose={() => setRefusal(null)}
          title={errorMessage(refusal, t)}
          description={
            refusal.details.length > 0 ? (
              <ul className="refusal-details">
                {refusal.details.map((x, i) => (
                  <li key={i}>{x.message}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}

      <div className="collection-issues" id="collection-issues" aria-live="polite">
        {issues.length === 0 ? (
          <Alert type="success" showIcon title={t('collection.noIssues')} />
        ) : (
          <>
            {required.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title={t('collection.requiredCount', { count: required.length })}
              />
            )}
            {hard.length > 0 && (
              <Alert
                type="error"
                showIcon
                title={t('collection.hardCount', { count: hard.length })}
                description={
                  <ul className="issue-list">
                    {hard.map((i, n) => (
                      <li key={n} className="issue-hard">
                        <Tag color="red">{i.ruleName}</Tag>
                        {i.message}
                      </li>
                    ))}
                  </ul>
                }
              />
            )}
            {soft.length > 0 && (
              <Alert
                type="warning"
                showIcon
                title={t('collection.softCount', { count: soft.length, unexplained: unexplained.length })}
                description={
                  <div className="soft-rules">
                    {soft.map((r) => (
                      <div key={r.ruleId} className="soft-rule" data-rule={r.ruleId}>
                        <Typography.Text strong>{r.ruleName}</Typography.Text>
                        <ul className="issue-list">
                          {r.messages.map((m, n) => (
                            <li key={n}>{m}</li>
                          ))}
                        </ul>
                        {editable ? (
                          <Input.TextArea
                            className="explanation-input"
                            data-rule={r.ruleId}
                            aria-label={t('collection.explanationFor', { rule: r.ruleName })}
                            autoSize={{ minRows: 1, maxRows: 4 }}
                            maxLength={1000}
                            placeholder={t('collection.explanationPlaceholder', { min: MIN_EXPLANATION })}
                            value={explanationOf(r.ruleId)}
                            onChange={(e) =>
                              setExplanations((prev) => ({ ...prev, [r.ruleId]: e.target.value }))
                            }
                          />
                        ) : (
                          <Typography.Paragraph className="explanation-text">
                            {t('collection.explanation')}：{d.explanations[r.ruleId] || t('common.none')}
                          </Typography.Paragraph>
                        )}
                      </div>
                    ))}
                  </div>
                }
              />
            )}
          </>
        )}
        {!editable && otherExplanations.length > 0 && (
          <Alert
            id="other-explanations"
            type="info"
            showIcon
            title={t('collection.otherExplanations')}
            description={
              <ul className="issue-list">
                {otherExplanations.map(([rule, text]) => (
                  <li key={rule}>
                    <Typography.Text strong>{ruleNames.get(rule) ?? rule}</Typography.Text>：{text}
                  </li>
                ))}
              </ul>
            }
          />
        )}
      </div>

      {groupFields(d.fields).map((section) => (
        <section key={section.title} className="collection-section">
          <Typography.Title level={5}>{section.title}</Typography.Title>
          <table className="collection-table">
            <colgroup>
              <col className="c-item" />
              <col className="c-previous" />
              <col className="c-current" />
              <col className="c-change" />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th>{t('collection.col.item')}</th>
                <th className="num">{t('collection.col.previous', { year: d.schoolYear - 1 })}</th>
                <th className="num">{t('collection.col.current')}</th>
                <th className="num">{t('collection.col.change')}</th>
                <th>{t('collection.col.issues')}</th>
              </tr>
            </thead>
            <tbody>
              {section.elements.flatMap((group) => {
                const multi = group.fields.length > 1;
                const check = groupCheck(group, issues);
                const own = new Set(check.own);
                const currentOf = (key: string): FieldValue | undefined => {
                  if (typed[key] === undefined) return d.values[key];
                  const p = parseInput({ type: group.fields[0]!.type }, typed[key]!);
                  return p.ok ? p.value : undefined;
                };
                const now = groupTotal(group, currentOf);
                const before = d.previous ? groupTotal(group, (k) => d.previous![k]) : null;
                const totalText = (g: { total: number | null; classes: number | null } | null) =>
                  !g || g.total === null
                    ? t('common.none')
                    : g.classes !== null
                      ? t('collection.group.classes', {
                          classes: formatCount(g.classes),
                          total: formatCount(g.total),
                        })
                      : displayValue(g.total);
                const change =
                  now.total !== null && before && before.total !== null && before.total !== 0
                    ? (now.total - before.total) / before.total
                    : null;
                const header = multi ? (
                  <tr key={`${group.element}:header`} className="element-header" data-group={group.element}>
                    <th scope="rowgroup">
                      <span className="element-name">
                        {group.name}
                        <span className="unit">（{group.fields[0]!.unit}）</span>
                        <span className="group-total-label">{t('collection.group.total')}</span>
                      </span>
                      {group.fields[0]!.description && (
                        <Tooltip title={group.fields[0]!.description}>
                          <span
                            className="field-help"
                            tabIndex={0}
                            role="img"
                            aria-label={group.fields[0]!.description}
                          >
                            ?
                          </span>
                        </Tooltip>
                      )}
                    </th>
                    <td className="num previous group-previous">{totalText(before)}</td>
                    <td className="num group-total" data-total={now.total ?? ''}>
                      {totalText(now)}
                    </td>
                    <td
                      className={`num change${change !== null && Math.abs(change) > 0.3 ? ' change-large' : ''}`}
                    >
                      {change === null ? '' : `${change > 0 ? '+' : ''}${formatPercent(change)}`}
                    </td>
                    <td className="group-check" data-check={now.total === null ? 'empty' : check.state}>
                      {now.total === null ? (
                        <span className="group-empty">{t('collection.group.empty')}</span>
                      ) : check.state === 'ok' ? (
                        check.unfilled > 0 ? (
                          <span className="group-empty">
                            {t('collection.group.unfilled', { count: check.unfilled })}
                          </span>
                        ) : (
                          <span className="group-ok">{t('collection.group.ok')}</span>
                        )
                      ) : (
                        <span className={check.state === 'hard' ? 'issue-hard' : 'issue-soft'}>
                          {t(check.state === 'hard' ? 'collection.group.hard' : 'collection.group.soft', {
                            count: check.count,
                          })}
                        </span>
                      )}
                      {check.own.map((i, k) => (
                        <div key={k} className={i.severity === 'hard' ? 'issue-hard' : 'issue-soft'}>
                          {i.message}
                        </div>
                      ))}
                    </td>
                  </tr>
                ) : null;
                const rows = group.fields.map((f, n) => {
                  const shown = typed[f.key] !== undefined ? parseInput(f, typed[f.key]!) : null;
                  const current: FieldValue | undefined = shown
                    ? shown.ok
                      ? shown.value
                      : undefined
                    : d.values[f.key];
                  const change = relativeChange(current, d.previous?.[f.key]);
                  const fieldIssues = (byField.get(f.key) ?? []).filter((i) => !own.has(i));
                  return (
                    <tr
                      key={f.key}
                      data-row={f.key}
                      className={multi ? 'element-option' : n === 0 ? 'element-first' : undefined}
                    >
                      <th scope="row">
                        {!multi && (
                          <span className="element-name">
                            {group.name}
                            <span className="unit">（{f.unit}）</span>
                          </span>
                        )}
                        <span className="option-name">
                          {optionLabel(f) === f.label ? '' : optionLabel(f)}
                        </span>
                        {f.description && !multi && (
                          <Tooltip title={f.description}>
                            <span className="field-help" tabIndex={0} role="img" aria-label={f.description}>
                              ?
                            </span>
                          </Tooltip>
                        )}
                      </th>
                      <td className="num previous" data-previous={f.key}>
                        {d.previous ? displayValue(d.previous[f.key]) || t('common.none') : t('common.none')}
                      </td>
                      <td className="num">{valueCell(f)}</td>
                      <td
                        className={`num change${change !== null && Math.abs(change) > 0.3 ? ' change-large' : ''}`}
                      >
                        {change === null ? '' : `${change > 0 ? '+' : ''}${formatPercent(change)}`}
                      </td>
                      <td className="field-issues">
                        {shown && !shown.ok && (
                          <div className="issue-hard">{t(`collection.parse.${shown.reason}`)}</div>
                        )}
                        {fieldIssues
                          .filter(
                            (i) => i.ruleId !== 'REQUIRED' || typed[f.key] !== undefined || d.version > 0,
                          )
                          .map((i, k) => (
                            <div key={k} className={i.severity === 'hard' ? 'issue-hard' : 'issue-soft'}>
                              {i.message}
                            </div>
                          ))}
                        {d.version > 0 && (
                          <Button
                            type="link"
                            size="small"
                            className="field-history"
                            onClick={() => setHistory({ field: f })}
                          >
                            {t('collection.fieldHistory')}
                          </Button>
                        )}
                      </td>
                    </tr>
                  );
                });
                return header ? [header, ...rows] : rows;
              })}
            </tbody>
          </table>
        </section>
      ))}

      <Modal
        open={commentFor !== null}
        title={commentFor ? t(`collection.action.${commentFor}` as MessageKey) : ''}
        okText={t('collection.confirm')}
        cancelText={t('collection.cancel')}
        okButtonProps={{ id: 'comment-ok', disabled: comment.trim() === '', loading: busy !== null }}
        onOk={() => commentFor && void act(commentFor, comment.trim())}
        onCancel={() => {
          setCommentFor(null);
          setComment('');
          setRefusal(null);
        }}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('collection.commentHint')}</Typography.Paragraph>
        {refusal && (
          <Alert className="collection-dirty" type="error" showIcon title={errorMessage(refusal, t)} />
        )}
        <Input.TextArea
          id="action-comment"
          rows={4}
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-label={t('collection.comment')}
        />
      </Modal>

      {history && (
        <HistoryDrawer
          base={base}
          field={history.field}
          fields={d.fields}
          onClose={() => setHistory(null)}
          language={language}
        />
      )}
    </div>
  );
}

function HistoryDrawer({
  base,
  field,
  fields,
  onClose,
  language,
}: {
  base: string;
  field: FormFieldInfo | null;
  fields: FormFieldInfo[];
  onClose(): void;
  language: 'zh-CN' | 'en';
}) {
  const { t } = useI18n();
  const [state] = useApiGet<HistoryResponse>(
    `${base}/history${field ? `?field=${encodeURIComponent(field.key)}` : ''}`,
  );
  const labels = new Map(fields.map((f) => [f.key, f.label]));
  const when = (iso: string) => formatDateTime(new Date(iso), language);
  return (
    <Drawer
      open
      size="min(720px, 100vw)"
      onClose={onClose}
      title={field ? t('collection.historyOfField', { field: field.label }) : t('collection.history')}
      className="history-drawer"
    >
      {state.kind === 'loading' && <PageLoading />}
      {state.kind === 'error' && <PageError error={state.error} />}
      {state.kind === 'loaded' && (
        <>
          {!field && (
            <>
              <Typography.Title level={5}>{t('collection.events')}</Typography.Title>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                className="history-events"
                dataSource={state.data.events}
                locale={{ emptyText: t('collection.noEvents') }}
                columns={[
                  {
                    title: t('collection.col.when'),
                    dataIndex: 'at',
                    render: (v: string) => when(v),
                    width: 150,
                  },
                  {
                    title: t('collection.col.action'),
                    dataIndex: 'action',
                    render: (a: ApprovalAction) => t(`collection.action.${a}` as MessageKey),
                  },
                  {
                    title: t('collection.col.state'),
                    key: 'state',
                    render: (_: unknown, e) => (
                      <Space size={4}>
                        <StateTag state={e.fromState} />→<StateTag state={e.toState} />
                      </Space>
                    ),
                  },
                  { title: t('collection.col.who'), dataIndex: 'actorUsername' },
                  {
                    title: t('collection.comment'),
                    dataIndex: 'comment',
                    render: (c: string | null) => c ?? '',
                  },
                ]}
              />
            </>
          )}
          <Typography.Title level={5}>{t('collection.valueChanges')}</Typography.Title>
          <Table
            size="small"
            rowKey={(r) => `${r.id}:${r.fieldKey}`}
            className="history-values"
            dataSource={[...state.data.values].reverse()}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            locale={{ emptyText: t('collection.noValueChanges') }}
            columns={[
              {
                title: t('collection.col.when'),
                dataIndex: 'changedAt',
                render: (v: string) => when(v),
                width: 150,
              },
              ...(field
                ? []
                : [
                    {
                      title: t('collection.col.item'),
                      dataIndex: 'fieldKey',
                      render: (k: string) => labels.get(k) ?? k,
                    },
                  ]),
              {
                title: t('collection.col.old'),
                dataIndex: 'oldValue',
                render: (v: FieldValue) => displayValue(v) || t('common.none'),
              },
              {
                title: t('collection.col.new'),
                dataIndex: 'newValue',
                render: (v: FieldValue) => displayValue(v) || t('common.none'),
              },
              { title: t('collection.col.who'), dataIndex: 'changedBy' },
            ]}
          />
          <Descriptions size="small" column={1} className="history-note">
            <Descriptions.Item label={t('collection.historyNoteLabel')}>
              {t('collection.historyNote')}
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Drawer>
  );
}

/**
 * The comment that came with the last state change, when the school or reviewer must act on it:
 * why a form was returned, why an unlock was requested or refused.
 */
function LastComment({ base, state, version }: { base: string; state: string; version: number }) {
  const { t, language } = useI18n();
  const wanted =
    state === 'returned' ||
    state === 'unlockRequested' ||
    state === 'countyApproved' ||
    state === 'cityApproved';
  const [history] = useApiGet<HistoryResponse>(wanted && version > 0 ? `${base}/history` : null);
  if (!wanted || history.kind !== 'loaded') return null;
  const last = [...history.data.events].reverse().find((e) => e.toState === state && e.comment);
  if (!last) return null;
  return (
    <Alert
      id="last-comment"
      type={state === 'returned' ? 'warning' : 'info'}
      showIcon
      className="collection-dirty"
      title={t('collection.lastComment', {
        action: t(`collection.action.${last.action}` as MessageKey),
        who: last.actorUsername,
        when: formatDateTime(new Date(last.at), language),
      })}
      description={last.comment}
    />
  );
}
