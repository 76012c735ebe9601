/**
 * 县级数据: the five county figures the school statistics do not hold (3–5 population, rotation,
 * special-education funding) with the value the evaluation uses, who recorded it, when and on what
 * evidence; for accounts with standards.record the 录入/更正 form (POST …/inputs).
 */
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, type CountyInputKey } from '../../api';
import { errorMessage } from '../../errors';
import { useI18n } from '../../i18n/i18n';
import {
  FIGURE_KINDS,
  figureProblem,
  formatFigure,
  formatRecordedAt,
  formErrorsOf,
  givenFigures,
  type CurrentFigure,
} from './recording';
import { COUNTY_INPUT_KEYS } from './types';

/** What the form sends (POST /api/v1/standards/counties/:county/inputs without the year). */
export interface FiguresSubmission {
  values: Partial<Record<CountyInputKey, number>>;
  evidence: string;
}

interface Props {
  figures: CurrentFigure[];
  countyName: string;
  year: number;
  canRecord: boolean;
  /** Number of recordings of the year (figures and verdicts), null while loading. */
  recordCount: number | null;
  onOpenHistory(): void;
  /** POSTs the figures; rejects with the ApiError. */
  submit(submission: FiguresSubmission): Promise<void>;
  /** Reloads the evaluation, the plan and the history; resolves when done (never rejects). */
  afterSave(): Promise<void>;
}

export function CountyFiguresCard(props: Props) {
  const { figures, canRecord, recordCount, onOpenHistory } = props;
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Card
      size="small"
      className="county-figures-card"
      title={t('figures.title')}
      extra={
        <Space size={8} wrap className="county-figures-actions">
          <Button size="small" className="records-open" onClick={onOpenHistory}>
            {recordCount === null ? t('figures.history') : t('figures.historyCount', { count: recordCount })}
          </Button>
          {canRecord && (
            <Button size="small" type="primary" className="figures-record" onClick={() => setOpen(true)}>
              {t('figures.record')}
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" className="county-figures-note">
        {t('figures.note')}
      </Typography.Paragraph>
      <div className="county-figures">
        {figures.map((f) => (
          <div key={f.key} className="county-figure" data-figure={f.key}>
            <div className="total-label">{t(`figure.${f.key}`)}</div>
            <div className="total-value county-figure-value">
              {f.value === null ? t('figures.notRecorded') : formatFigure(f.key, f.value, t, language)}
            </div>
            {f.latest && (
              <div className="county-figure-meta">
                <div className="county-figure-by">
                  {t('figures.recordedBy', {
                    user: f.latest.recordedBy,
                    at: formatRecordedAt(f.latest.recordedAt, language),
                  })}
                </div>
                <div className="county-figure-evidence">
                  {t('figures.evidence', { evidence: f.latest.evidence })}
                </div>
              </div>
            )}
            {f.ruleIds.length > 0 && (
              <div className="county-figure-rules">
                {t('figures.rules', {
                  rules: f.ruleNames
                    .map((n) => t('figures.ruleName', { name: n }))
                    .join(t('common.enumSeparator')),
                })}
              </div>
            )}
          </div>
        ))}
      </div>
      {canRecord && (
        <Modal
          open={open}
          title={t('figuresForm.title')}
          footer={null}
          onCancel={() => setOpen(false)}
          destroyOnHidden
          className="figures-modal"
          width={560}
        >
          <FiguresForm {...props} onDone={() => setOpen(false)} />
        </Modal>
      )}
    </Card>
  );
}

type FormValues = Partial<Record<CountyInputKey, number | null>> & { evidence?: string };

function FiguresForm({ figures, countyName, year, submit, afterSave, onDone }: Props & { onDone(): void }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function finish(values: FormValues) {
    const given = givenFigures(values);
    const count = Object.keys(given).length;
    if (count === 0) {
      setGeneral([t('figuresForm.nothing')]);
      return;
    }
    setGeneral([]);
    setBusy(true);
    try {
      await submit({ values: given, evidence: (values.evidence ?? '').trim() });
    } catch (error) {
      setBusy(false);
      const shown = formErrorsOf(errorMessage(error, t), error instanceof ApiError ? error.details : [], [
        ...COUNTY_INPUT_KEYS,
        'evidence',
      ]);
      form.setFields(shown.fields);
      setGeneral(shown.general);
      return;
    }
    await afterSave();
    setBusy(false);
    void message.success(t('figuresForm.saved', { count }));
    onDone();
  }

  return (
    <Form<FormValues>
      form={form}
      name="figures-form"
      layout="vertical"
      onFinish={(v) => void finish(v)}
      onValuesChange={() => general.length > 0 && setGeneral([])}
      className="recording-form"
    >
      <Typography.Paragraph type="secondary" className="recording-subtitle">
        {t('figuresForm.subtitle', { county: countyName, year, next: year + 1 })}
      </Typography.Paragraph>
      <Alert type="info" className="recording-note" title={t('figuresForm.note')} />
      {figures.map((f) => {
        const kind = FIGURE_KINDS[f.key];
        const current =
          f.value === null
            ? t('figuresForm.currentNone')
            : f.latest
              ? t('figuresForm.currentBy', {
                  value: formatFigure(f.key, f.value, t, language),
                  user: f.latest.recordedBy,
                  at: formatRecordedAt(f.latest.recordedAt, language),
                })
              : t('figuresForm.current', { value: formatFigure(f.key, f.value, t, language) });
        return (
          <Form.Item
            key={f.key}
            name={f.key}
            label={t(`figure.${f.key}`)}
            extra={<span className="figure-current">{current}</span>}
            rules={[
              {
                validator: (_rule, value: unknown) => {
                  const problem = figureProblem(value, kind);
                  return problem
                    ? Promise.reject(new Error(t(`figureProblem.${problem}`)))
                    : Promise.resolve();
                },
              },
            ]}
          >
            <InputNumber<number>
              className="figure-input"
              style={{ width: '100%' }}
              inputMode={kind === 'yuan' ? 'decimal' : 'numeric'}
              step={kind === 'yuan' ? 100 : 1}
              suffix={t(`figureUnit.${kind}`)}
              controls={false}
            />
          </Form.Item>
        );
      })}
      <Form.Item
        name="evidence"
        label={t('figuresForm.evidence')}
        rules={[
          { required: true, whitespace: true, message: t('figuresForm.evidenceRequired') },
          { max: 500, message: t('figuresForm.evidenceTooLong') },
        ]}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          placeholder={t('figuresForm.evidencePlaceholder')}
        />
      </Form.Item>
      {general.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="recording-error"
          title={general.length === 1 ? general[0] : undefined}
          description={
            general.length > 1 ? (
              <ul>
                {general.map((g) => (
                  <li key={g}>{g}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <div className="recording-actions">
        <Button onClick={onDone} disabled={busy}>
          {t('form.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={busy} className="recording-submit">
          {t('form.submit')}
        </Button>
      </div>
    </Form>
  );
}
