/**
 * Excel upload in two steps: the file is checked completely and previewed (which school, which
 * field, old → new; every problem with sheet, row, column, value and rule; every hard and soft
 * rule of the form on each row, as the entry form checks them) without writing anything; only
 * then can it be committed, all or nothing — never while a hard rule breaks. The problem list
 * downloads as .xlsx, sorted by row. The commit sends the preview's token
 * (the version of each school's form it compared against): when a school's form changed since,
 * the server refuses the whole file and names each school, and the dialog asks for a new preview.
 */
import { Alert, App, Button, Modal, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import {
  ApiError,
  apiUpload,
  type FieldValue,
  type ImportResult,
  type Session,
  type ValidationIssue,
} from '../../api';
import { ExportButton } from '../../components/ExportButton';
import { errorMessage } from '../../errors';
import { formatCount } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { formatValue } from './form';
import { downloadProblemList } from './problem-list';
import { StateTag } from './StateTag';
import './import-dialog.css';

interface Props {
  session: Session;
  periodId: string;
  open: boolean;
  onClose(): void;
  /** After a commit (the lists refresh). */
  onCommitted(): void;
}

export function ImportDialog({ session, periodId, open, onClose, onCommitted }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'preview' | 'commit' | null>(null);
  /** The commit was refused because the data changed since the preview: preview again first. */
  const [stale, setStale] = useState(false);
  const school = session.account.scope.kind === 'institution';
  const base = `/api/v1/collection/${encodeURIComponent(periodId)}/import`;

  function reset() {
    setFile(null);
    setResult(null);
    setError(null);
    setStale(false);
  }

  // Only the latest file's answer counts (a quick second choice must not show the first's preview).
  const latest = useRef(0);

  async function preview(f: File) {
    const seq = ++latest.current;
    setFile(f);
    setResult(null);
    setError(null);
    setStale(false);
    setBusy('preview');
    try {
      const r = await apiUpload<ImportResult>(
        `${base}/preview?fileName=${encodeURIComponent(f.name)}`,
        f,
        session.csrfToken,
      );
      if (seq === latest.current) setResult(r);
    } catch (e) {
      if (seq === latest.current) setError(e);
    } finally {
      if (seq === latest.current) setBusy(null);
    }
  }

  async function commit() {
    if (!file || !result?.previewToken) return;
    setBusy('commit');
    setError(null);
    try {
      const query = `previewToken=${encodeURIComponent(result.previewToken)}&fileName=${encodeURIComponent(file.name)}`;
      const r = await apiUpload<ImportResult>(
        `${base}/${school ? 'commit' : 'county-commit'}?${query}`,
        file,
        session.csrfToken,
      );
      setResult(r);
      if (r.committed) {
        message.success(
          t('import.committed', { rows: r.summary.changedRows, fields: r.summary.changedFields }),
        );
        onCommitted();
      }
    } catch (e) {
      setError(e);
      // A school's form changed since the preview (or its state no longer allows the import):
      // the preview shown is out of date.
      if (e instanceof ApiError && e.code === 'CONFLICT') setStale(true);
    } finally {
      setBusy(null);
    }
  }

  // The refusal of a commit names each school (or row) concerned.
  const details = stale && error instanceof ApiError ? error.details : [];
  const changes =
    result?.rows.flatMap((r) =>
      r.changes.map((c, i) => ({
        key: `${r.row}:${i}`,
        row: r.row,
        school: `${r.institution.name}（${r.institution.code}）`,
        label: c.label,
        old: c.old,
        new: c.new,
      })),
    ) ?? [];
  const show = (v: FieldValue) => formatValue(v) || t('common.none');
  const ruleProblems = result?.problems.filter((p) => p.kind === 'rule').length ?? 0;
  const checked = result?.rows ?? [];
  const flaggedRows = checked.filter((r) => r.checks.issues.length > 0).length;
  const problemColumns = [
    { title: t('import.col.row'), dataIndex: 'row', width: 56 },
    { title: t('import.col.column'), dataIndex: 'column', width: 56 },
    { title: t('import.col.header'), dataIndex: 'header', width: 180 },
    { title: t('import.col.value'), dataIndex: 'value', width: 90 },
    { title: t('import.col.rule'), dataIndex: 'rule', width: 160 },
    { title: t('import.col.message'), dataIndex: 'message' },
  ];
  const issueItem = (i: ValidationIssue, explained: boolean, n: number) => (
    <li key={n} className={i.severity === 'hard' ? 'issue-hard' : 'issue-soft'}>
      <Tag color={i.severity === 'hard' ? 'red' : 'orange'}>
        {t(i.severity === 'hard' ? 'import.check.hard' : 'import.check.soft')}
      </Tag>
      {i.message}
      {explained && <Tag className="import-explained">{t('import.check.explained')}</Tag>}
    </li>
  );

  return (
    <Modal
      open={open}
      width={960}
      title={t('import.title')}
      onCancel={() => {
        reset();
        onClose();
      }}
      footer={
        <Space>
          <Button
            onClick={() => {
              reset();
              onClose();
            }}
          >
            {t('collection.close')}
          </Button>
          {stale && file && (
            <Button id="import-preview-again" loading={busy === 'preview'} onClick={() => void preview(file)}>
              {t('import.previewAgain')}
            </Button>
          )}
          <Button
            id="import-commit"
            type="primary"
            disabled={
              !result ||
              !result.canCommit ||
              result.committed ||
              !result.previewToken ||
              stale ||
              result.summary.changedRows === 0
            }
            loading={busy === 'commit'}
            onClick={() => void commit()}
          >
            {t('import.commit')}
          </Button>
        </Space>
      }
      destroyOnHidden
    >
      <Typography.Paragraph>{t(school ? 'import.hintSchool' : 'import.hintCounty')}</Typography.Paragraph>
      <Upload
        accept=".xlsx"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(f) => {
          void preview(f);
          return false;
        }}
      >
        <Button id="import-choose" loading={busy === 'preview'}>
          {file ? t('import.chooseAnother') : t('import.choose')}
        </Button>
      </Upload>
      {file && (
        <Typography.Text type="secondary" className="import-file">
          {' '}
          {file.name}
        </Typography.Text>
      )}
      {error !== null && (
        <Alert
          id="import-error"
          className="import-error"
          type="error"
          showIcon
          title={errorMessage(error, t)}
          description={
            stale ? (
              <>
                {details.length > 0 && (
                  <ul className="refusal-details">
                    {details.map((d, i) => (
                      <li key={i}>{d.message}</li>
                    ))}
                  </ul>
                )}
                {stale && <Typography.Text>{t('import.stale')}</Typography.Text>}
              </>
            ) : undefined
          }
          style={{ marginTop: 12 }}
        />
      )}
      {result && (
        <div className="import-result" style={{ marginTop: 12 }}>
          {result.committed ? (
            <Alert
              id="import-done"
              type="success"
              showIcon
              title={t('import.committed', {
                rows: result.summary.changedRows,
                fields: result.summary.changedFields,
              })}
            />
          ) : result.problems.length > 0 ? (
            <Alert
              id="import-problems"
              type="error"
              showIcon
              title={t('import.problems', { count: result.problems.length })}
              description={ruleProblems > 0 ? t('import.ruleProblems', { count: ruleProblems }) : undefined}
            />
          ) : (
            <Alert
              id="import-preview"
              type="info"
              showIcon
              title={t('import.summary', {
                rows: formatCount(result.summary.rows),
                changed: formatCount(result.summary.changedRows),
                unchanged: formatCount(result.summary.unchangedRows),
                fields: formatCount(result.summary.changedFields),
              })}
            />
          )}
          {!result.committed && result.warnings.length > 0 && (
            <Alert
              id="import-warnings"
              className="import-warnings-alert"
              type="warning"
              showIcon
              title={t('import.warnings', { count: result.warnings.length })}
            />
          )}
          {file && !result.committed && result.problems.length + result.warnings.length > 0 && (
            <div className="import-problem-download">
              <ExportButton
                id="import-problem-list"
                size="middle"
                label={t('import.problemList')}
                onExport={() =>
                  downloadProblemList(
                    `${base}/problems?fileName=${encodeURIComponent(file.name)}`,
                    file,
                    session.csrfToken,
                    `${t('import.problemListFile')}.xlsx`,
                  )
                }
              />
            </div>
          )}
          <Tabs
            items={[
              {
                key: 'problems',
                label: t('import.tabProblems', { count: result.problems.length }),
                children: (
                  <Table
                    size="small"
                    className="import-problem-table"
                    rowKey={(p) => `${p.sheet}:${p.row}:${p.column}:${p.rule}:${p.message}`}
                    dataSource={result.problems}
                    pagination={{ pageSize: 20, hideOnSinglePage: true }}
                    scroll={{ x: 'max-content' }}
                    locale={{ emptyText: t('import.noProblems') }}
                    columns={problemColumns}
                  />
                ),
              },
              {
                key: 'warnings',
                label: t('import.tabWarnings', { count: result.warnings.length }),
                children: (
                  <>
                    <Typography.Paragraph type="secondary">{t('import.warningsHint')}</Typography.Paragraph>
                    <Table
                      size="small"
                      className="import-warning-table"
                      rowKey={(p) => `${p.sheet}:${p.row}:${p.column}:${p.rule}:${p.message}`}
                      dataSource={result.warnings}
                      pagination={{ pageSize: 20, hideOnSinglePage: true }}
                      scroll={{ x: 'max-content' }}
                      locale={{ emptyText: t('import.noWarnings') }}
                      columns={problemColumns}
                    />
                  </>
                ),
              },
              {
                key: 'checks',
                label: t('import.tabChecks', { count: flaggedRows }),
                children: (
                  <Table
                    size="small"
                    className="import-check-table"
                    rowKey="row"
                    dataSource={checked}
                    pagination={{ pageSize: 20, hideOnSinglePage: true }}
                    locale={{ emptyText: t('import.noRows') }}
                    columns={[
                      { title: t('import.col.row'), dataIndex: 'row', width: 56 },
                      {
                        title: t('import.col.school'),
                        key: 'school',
                        width: 220,
                        render: (_: unknown, r) => (
                          <>
                            <div>{r.institution.name}</div>
                            <Typography.Text type="secondary">{r.institution.code}</Typography.Text>
                            <div>
                              <StateTag state={r.state} />
                              {r.changes.length === 0 && <Tag>{t('import.check.unchanged')}</Tag>}
                            </div>
                          </>
                        ),
                      },
                      {
                        title: t('import.col.checks'),
                        key: 'checks',
                        render: (_: unknown, r) => {
                          const hard = r.checks.issues.filter((i) => i.severity === 'hard').length;
                          const soft = r.checks.issues.length - hard;
                          return (
                            <div className="import-row-checks" data-hard={hard} data-soft={soft}>
                              {r.checks.issues.length === 0 ? (
                                <span className="issue-ok">{t('import.check.pass')}</span>
                              ) : (
                                <ul className="issue-list">
                                  {r.checks.issues.map((i, n) =>
                                    issueItem(i, r.checks.explained.includes(i.ruleId), n),
                                  )}
                                </ul>
                              )}
                              {r.checks.unfilled > 0 && (
                                <Typography.Text type="secondary">
                                  {t('import.check.unfilled', { count: r.checks.unfilled })}
                                </Typography.Text>
                              )}
                            </div>
                          );
                        },
                      },
                    ]}
                  />
                ),
              },
              {
                key: 'changes',
                label: t('import.tabChanges', { count: changes.length }),
                children: (
                  <Table
                    size="small"
                    className="import-change-table"
                    dataSource={changes}
                    pagination={{ pageSize: 20, hideOnSinglePage: true }}
                    locale={{ emptyText: t('import.noChanges') }}
                    columns={[
                      { title: t('import.col.row'), dataIndex: 'row', width: 60 },
                      { title: t('import.col.school'), dataIndex: 'school' },
                      { title: t('collection.col.item'), dataIndex: 'label' },
                      { title: t('collection.col.old'), dataIndex: 'old', render: show },
                      { title: t('collection.col.new'), dataIndex: 'new', render: show },
                    ]}
                  />
                ),
              },
            ]}
            defaultActiveKey={
              result.problems.length > 0 ? 'problems' : result.warnings.length > 0 ? 'warnings' : 'changes'
            }
          />
        </div>
      )}
    </Modal>
  );
}
