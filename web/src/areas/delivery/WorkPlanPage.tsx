/**
 * One county's work plan (工作方案): the county edits its measures in a table (a form per measure),
 * saves the draft and submits it; the city sees what changed since the approved version (rows and
 * fields highlighted) and approves or returns it with a comment. Every refusal shows the server's
 * Chinese message naming the field, the value and the rule.
 */
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, type Session } from '../../api';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { errorMessage } from '../../errors';
import { formatDateTime } from '../../format';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { useApiGet } from '../../use-api';
import {
  draftOf,
  STATE_COLOURS,
  type CountyWorkPlan,
  type DatasetNotice,
  type MeasureDraft,
  type OwnerUnit,
} from './types';
import './delivery.css';

type Response = { workPlan: CountyWorkPlan; dataset: DatasetNotice };
type Row = MeasureDraft & {
  key: string;
  ownerUnit: string;
  mark: 'added' | 'changed' | null;
  changed: string[];
};

interface FormValues {
  taskNumber: number;
  title: string;
  output: string;
  outputTarget?: number | null;
  outputUnit?: string;
  ownerName: string;
  ownerUnitCode: string;
  dueDate: string;
}

function MeasureForm({
  initial,
  units,
  onOk,
  onCancel,
}: {
  initial: MeasureDraft | null;
  units: readonly OwnerUnit[];
  onOk(m: Omit<MeasureDraft, 'id'>): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const required = [{ required: true, whitespace: true, message: t('delivery.form.required') }];
  return (
    <Modal
      open
      title={t('delivery.form.title')}
      okText={t('delivery.form.ok')}
      cancelText={t('delivery.form.cancel')}
      onCancel={onCancel}
      okButtonProps={{ id: 'measure-ok' }}
      onOk={() =>
        void form.validateFields().then((v) =>
          onOk({
            taskNumber: v.taskNumber,
            title: v.title,
            output: v.output,
            outputTarget: v.outputTarget ?? null,
            outputUnit: v.outputUnit?.trim() ? v.outputUnit : null,
            ownerName: v.ownerName,
            ownerUnitCode: v.ownerUnitCode,
            dueDate: v.dueDate,
          }),
        )
      }
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        name="measure-form"
        initialValues={initial ? { ...initial, outputUnit: initial.outputUnit ?? '' } : { taskNumber: 1 }}
      >
        <Form.Item name="taskNumber" label={t('delivery.form.task')} rules={[{ required: true }]}>
          <Select
            options={Array.from({ length: 19 }, (_, i) => ({
              value: i + 1,
              label: t('delivery.task', { n: i + 1 }),
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('delivery.form.title.label')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="output" label={t('delivery.form.output')} rules={required}>
          <Input.TextArea maxLength={300} autoSize />
        </Form.Item>
        <Space>
          <Form.Item name="outputTarget" label={t('delivery.form.outputTarget')}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="outputUnit" label={t('delivery.form.outputUnit')}>
            <Input maxLength={20} />
          </Form.Item>
        </Space>
        <Form.Item name="ownerName" label={t('delivery.form.ownerName')} rules={required}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="ownerUnitCode"
          label={t('delivery.form.ownerUnit')}
          rules={[{ required: true, message: t('delivery.form.required') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={units.map((u) => ({ value: u.code, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="dueDate" label={t('delivery.form.dueDate')} rules={required}>
          <Input placeholder="2026-12-31" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function WorkPlanPage({ session, code }: { session: Session; code: string }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [state, retry, refresh] = useApiGet<Response>(`/api/v1/work-plans/${code}`);
  const [draft, setDraft] = useState<MeasureDraft[] | null>(null);
  const [editing, setEditing] = useState<{ index: number | null } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const plan = state.kind === 'loaded' ? state.data.workPlan : null;
  const units = useMemo(() => new Map((plan?.units ?? []).map((u) => [u.code, u.name])), [plan]);

  if (state.kind === 'loading') return <PageLoading />;
  if (state.kind === 'error') return <PageError error={state.error} onRetry={retry} />;
  const wp = state.data.workPlan;
  const canEdit = wp.actions.includes('save');
  const measures = draft ?? (wp.current?.measures ?? []).map(draftOf);
  const revision = wp.current?.version.revision ?? null;

  const call = async (method: 'PUT' | 'POST', path: string, body: object, done: MessageKey) => {
    setBusy(true);
    setProblems([]);
    try {
      await api(method, `/api/v1/work-plans/${code}/${path}`, { body, csrfToken: session.csrfToken });
      setDraft(null);
      await refresh();
      void message.success(t(done));
      return true;
    } catch (error) {
      setProblems([
        errorMessage(error, t),
        ...(error instanceof ApiError ? error.details.map((d) => d.message) : []),
      ]);
      return false;
    } finally {
      setBusy(false);
    }
  };

  // The diff to the approved version, shown on the rows of the saved latest version.
  const diff = draft === null ? wp.diff : null;
  const added = new Set(diff?.added.map((m) => m.id) ?? []);
  const changed = new Map(
    diff?.changed.map((c) => [c.measure.id, c.changes.map((x) => x.field as string)]) ?? [],
  );
  const rows: Row[] = measures.map((m, i) => ({
    ...m,
    key: m.id ?? `new-${i}`,
    ownerUnit: units.get(m.ownerUnitCode) ?? m.ownerUnitCode,
    mark: m.id && added.has(m.id) ? 'added' : m.id && changed.has(m.id) ? 'changed' : null,
    changed: (m.id && changed.get(m.id)) || [],
  }));
  const cell = (r: Row, field: string, text: ReactNode) => (
    <span className={r.changed.includes(field) ? 'delivery-changed-cell' : undefined}>{text}</span>
  );
  const columns: ColumnsType<Row> = [
    {
      title: t('delivery.col.id'),
      key: 'id',
      render: (_, r) => (
        <Space size={4}>
          {r.id ?? '—'}
          {r.mark && <Tag color={r.mark === 'added' ? 'green' : 'gold'}>{t(`delivery.diff.${r.mark}`)}</Tag>}
        </Space>
      ),
    },
    {
      title: t('delivery.col.task'),
      key: 'task',
      render: (_, r) => cell(r, 'taskNumber', t('delivery.task', { n: r.taskNumber })),
    },
    { title: t('delivery.col.title'), key: 'title', render: (_, r) => cell(r, 'title', r.title) },
    {
      title: t('delivery.col.output'),
      key: 'output',
      render: (_, r) =>
        cell(
          r,
          'output',
          `${r.output}${r.outputTarget === null ? '' : `（${r.outputTarget} ${r.outputUnit ?? ''}）`}`,
        ),
    },
    { title: t('delivery.col.owner'), key: 'owner', render: (_, r) => cell(r, 'ownerName', r.ownerName) },
    { title: t('delivery.col.ownerUnit'), key: 'unit', render: (_, r) => cell(r, 'ownerUnit', r.ownerUnit) },
    { title: t('delivery.col.dueDate'), key: 'due', render: (_, r) => cell(r, 'dueDate', r.dueDate) },
  ];
  if (canEdit) {
    columns.push({
      title: t('delivery.col.edit'),
      key: 'edit',
      render: (_, _r, index) => (
        <Space>
          <Button size="small" className="measure-edit" onClick={() => setEditing({ index })}>
            {t('delivery.edit')}
          </Button>
          <Button
            size="small"
            danger
            className="measure-remove"
            onClick={() => setDraft(measures.filter((_, i) => i !== index))}
          >
            {t('delivery.remove')}
          </Button>
        </Space>
      ),
    });
  }
  const latest = wp.state;
  const approvedText =
    latest.approvedVersion === null
      ? t('delivery.none')
      : t('delivery.versionN', { n: latest.approvedVersion });

  return (
    <div className="page" id="delivery-plan" data-state={latest.state}>
      <DemoBanner demo={state.data.dataset.demo} />
      <Typography.Title level={3}>{t('delivery.plan.heading', { county: wp.county.name })}</Typography.Title>
      <Space style={{ marginBottom: 12 }} wrap>
        <Tag color={STATE_COLOURS[latest.state]} id="plan-state" data-state={latest.state}>
          {t(`delivery.state.${latest.state}`)}
        </Tag>
        {latest.version !== null && (
          <Typography.Text>
            {t('delivery.plan.summary', {
              version: latest.version,
              state: t(`delivery.state.${latest.state}`),
              approved: approvedText,
            })}
          </Typography.Text>
        )}
        {draft !== null && <Tag color="orange">{t('delivery.plan.dirty')}</Tag>}
      </Space>
      {wp.current?.version.state === 'returned' && wp.current.version.decisionComment && (
        <Alert
          type="warning"
          showIcon
          id="plan-returned"
          message={t('delivery.plan.returned', { comment: wp.current.version.decisionComment })}
          style={{ marginBottom: 12 }}
        />
      )}
      {latest.state === 'submitted' && (
        <Alert type="info" showIcon message={t('delivery.plan.waiting')} style={{ marginBottom: 12 }} />
      )}
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          id="plan-problems"
          message={t('delivery.problems')}
          description={
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {diff && wp.approved && (
        <Card
          size="small"
          id="plan-diff"
          title={t('delivery.diff.heading', { version: wp.approved.version })}
          style={{ marginBottom: 12 }}
        >
          <Typography.Paragraph>
            {t('delivery.diff.summary', {
              added: diff.added.length,
              removed: diff.removed.length,
              changed: diff.changed.length,
              unchanged: diff.unchanged,
            })}
          </Typography.Paragraph>
          <ul className="delivery-diff">
            {diff.added.map((m) => (
              <li
                key={`a-${m.id}`}
                className="diff-added"
              >{`${t('delivery.diff.added')} ${m.id} ${m.title}`}</li>
            ))}
            {diff.removed.map((m) => (
              <li
                key={`r-${m.id}`}
                className="diff-removed"
              >{`${t('delivery.diff.removed')} ${m.id} ${m.title}`}</li>
            ))}
            {diff.changed.map((c) => (
              <li key={`c-${c.measure.id}`} className="diff-changed">
                {`${t('delivery.diff.changed')} ${c.measure.id} ${c.measure.title}：`}
                {c.changes
                  .map((x) =>
                    t('delivery.diff.change', {
                      field: t(`delivery.field.${x.field}` as MessageKey),
                      from: String(x.from ?? '—'),
                      to: String(x.to ?? '—'),
                    }),
                  )
                  .join('；')}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card>
        {measures.length === 0 && canEdit && (
          <Alert type="info" message={t('delivery.plan.empty')} style={{ marginBottom: 12 }} />
        )}
        <Table<Row>
          rowKey="key"
          columns={columns}
          dataSource={rows}
          pagination={false}
          size="small"
          rowClassName={(r) => (r.mark ? `measure-row measure-${r.mark}` : 'measure-row')}
        />
        <Space style={{ marginTop: 12 }} wrap>
          {canEdit && (
            <Button id="measure-add" onClick={() => setEditing({ index: null })}>
              {t('delivery.add')}
            </Button>
          )}
          {canEdit && (
            <Button
              id="plan-save"
              type="primary"
              loading={busy}
              disabled={draft === null}
              onClick={() => void call('PUT', 'draft', { revision, measures }, 'delivery.saved')}
            >
              {t('delivery.save')}
            </Button>
          )}
          {wp.actions.includes('submit') && (
            <Button
              id="plan-submit"
              disabled={draft !== null || busy}
              onClick={() => void call('POST', 'submit', { revision }, 'delivery.submitted')}
            >
              {t('delivery.submit')}
            </Button>
          )}
          {wp.actions.includes('revise') && (
            <Button
              id="plan-revise"
              disabled={busy}
              onClick={() => void call('POST', 'revise', { revision }, 'delivery.revised')}
            >
              {t('delivery.revise')}
            </Button>
          )}
          {wp.actions.includes('approve') && (
            <Button
              id="plan-approve"
              type="primary"
              disabled={busy}
              onClick={() => void call('POST', 'approve', { revision }, 'delivery.approved')}
            >
              {t('delivery.approve')}
            </Button>
          )}
          {wp.actions.includes('return') && (
            <Button id="plan-return" danger disabled={busy} onClick={() => setReturning(true)}>
              {t('delivery.return')}
            </Button>
          )}
        </Space>
      </Card>
      {wp.history.length > 0 && (
        <Card size="small" title={t('delivery.history')} style={{ marginTop: 12 }}>
          <Timeline
            items={[...wp.history].reverse().map((h, i) => ({
              key: i,
              children: `${formatDateTime(new Date(h.at), language)} ${t('delivery.versionN', { n: h.version })} ${t(`delivery.action.${h.action}`)} · ${h.actor}${h.comment ? `：${h.comment}` : ''}`,
            }))}
          />
        </Card>
      )}
      {editing && (
        <MeasureForm
          initial={editing.index === null ? null : measures[editing.index]!}
          units={wp.units}
          onCancel={() => setEditing(null)}
          onOk={(m) => {
            const next = measures.slice();
            if (editing.index === null) next.push(m);
            else
              next[editing.index] = {
                ...m,
                ...(measures[editing.index]!.id ? { id: measures[editing.index]!.id } : {}),
              };
            setDraft(next);
            setEditing(null);
          }}
        />
      )}
      {returning && (
        <Modal
          open
          title={t('delivery.return.title')}
          okText={t('delivery.return')}
          cancelText={t('delivery.form.cancel')}
          okButtonProps={{ id: 'return-ok', disabled: comment.trim() === '' }}
          onCancel={() => setReturning(false)}
          onOk={() =>
            void call('POST', 'return', { revision, comment }, 'delivery.returnedDone').then(
              (ok) => ok && setReturning(false),
            )
          }
        >
          <Input.TextArea
            id="return-comment"
            placeholder={t('delivery.return.required')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            maxLength={500}
          />
        </Modal>
      )}
    </div>
  );
}
