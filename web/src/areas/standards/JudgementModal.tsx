/**
 * 录入认定: an evaluator's verdict on a judgement item (POST …/judgements) — 是否达标, the score as a
 * percentage for the items judged by score (社会认可度), and the evidence. For a one-vote-veto item
 * the form says what 是 means and that 否 fails the whole standard.
 */
import { Alert, App, Button, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, type JudgementItemDef, type RuleResult } from '../../api';
import { errorMessage } from '../../errors';
import { formatPercent } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { RuleCode } from './RuleName';
import {
  formatRecordedAt,
  formErrorsOf,
  fractionFromPercent,
  metByScore,
  percentFromFraction,
} from './recording';

/** What the form sends (POST /api/v1/standards/counties/:county/judgements without the year). */
export interface JudgementSubmission {
  itemId: string;
  met: boolean;
  /** A fraction (0.875 = 87.5%), or null for an item not judged by score. */
  score: number | null;
  evidence: string;
}

interface Props {
  /** The judgement rule to record; null: the modal is closed. */
  rule: RuleResult | null;
  /** The item's definition in the rule pack (metMeans, minScore), when the packs are loaded. */
  item: JudgementItemDef | undefined;
  /** e.g. 义务教育优质均衡 */
  standardName: string;
  countyName: string;
  year: number;
  onClose(): void;
  submit(submission: JudgementSubmission): Promise<void>;
  afterSave(): Promise<void>;
}

export function JudgementModal(props: Props) {
  const { t } = useI18n();
  return (
    <Modal
      open={props.rule !== null}
      title={t('judge.title')}
      footer={null}
      onCancel={props.onClose}
      destroyOnHidden
      className="judgement-modal"
      width={560}
    >
      {props.rule && <JudgementForm {...props} rule={props.rule} />}
    </Modal>
  );
}

interface FormValues {
  met?: boolean;
  /** Percent, 0–100. */
  score?: number | null;
  evidence?: string;
}

/** The minimum score (a fraction) of an item judged by score, else undefined. */
function minScoreOf(rule: RuleResult, item: JudgementItemDef | undefined): number | undefined {
  return item?.minScore ?? rule.threshold ?? undefined;
}

function JudgementForm({
  rule,
  item,
  standardName,
  countyName,
  year,
  onClose,
  submit,
  afterSave,
}: Props & { rule: RuleResult }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const minScore = minScoreOf(rule, item);
  const byScore = minScore !== undefined;
  const current = rule.judgement ?? null;
  const means = item?.metMeans;
  const veto = rule.veto === true || item?.veto === true;

  const metNote = byScore
    ? [
        t('judge.scoreMet', { min: formatPercent(minScore) }),
        veto ? t('judge.vetoScore', { standard: standardName }) : null,
      ]
        .filter(Boolean)
        .join('')
    : veto
      ? t('judge.vetoNote', {
          means: means ?? t('verdict.pass'),
          name: item?.name ?? rule.name,
          standard: standardName,
        })
      : means
        ? t('judge.metMeans', { means })
        : t('judge.plainNote');

  const currentText = current
    ? t('judge.current', {
        text: [
          t('rules.judgementBy', {
            evaluator: current.evaluator,
            at: formatRecordedAt(current.recordedAt, language),
            verdict: t(current.met ? 'verdict.pass' : 'verdict.fail'),
          }),
          current.score !== null && current.score !== undefined
            ? t('rules.judgementScore', { score: formatPercent(current.score) })
            : null,
          t('rules.judgementEvidence', { evidence: current.evidence }),
        ]
          .filter(Boolean)
          .join(t('common.clauseSeparator')),
      })
    : t('judge.currentNone');

  async function finish(values: FormValues) {
    setGeneral([]);
    setBusy(true);
    const score = byScore && typeof values.score === 'number' ? fractionFromPercent(values.score) : null;
    try {
      await submit({
        itemId: rule.ruleId,
        met: values.met === true,
        score,
        evidence: (values.evidence ?? '').trim(),
      });
    } catch (error) {
      setBusy(false);
      const shown = formErrorsOf(errorMessage(error, t), error instanceof ApiError ? error.details : [], [
        'met',
        'score',
        'evidence',
      ]);
      form.setFields(shown.fields);
      setGeneral(shown.general);
      return;
    }
    await afterSave();
    setBusy(false);
    void message.success(t('judge.saved', { name: rule.name }));
    onClose();
  }

  return (
    <Form<FormValues>
      form={form}
      name="judgement-form"
      layout="vertical"
      className="recording-form"
      data-rule={rule.ruleId}
      initialValues={{
        met: current?.met,
        score:
          byScore && current?.score !== null && current?.score !== undefined
            ? percentFromFraction(current.score)
            : undefined,
      }}
      onValuesChange={(changed: FormValues) => {
        if (general.length > 0) setGeneral([]);
        // Judged by score: the score decides 是否达标.
        if (byScore && typeof changed.score === 'number' && changed.score >= 0 && changed.score <= 100) {
          form.setFieldValue('met', metByScore(fractionFromPercent(changed.score), minScore));
          void form.validateFields(['met']).catch(() => undefined);
        }
      }}
      onFinish={(v) => void finish(v)}
    >
      <Typography.Paragraph className="recording-subtitle">
        <Typography.Text strong>
          {t('judge.subtitle', { county: countyName, year, next: year + 1, name: rule.name })}
        </Typography.Text>{' '}
        <RuleCode id={rule.ruleId} />
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="judgement-current">
        {currentText}
      </Typography.Paragraph>
      <Form.Item
        name="met"
        label={t('judge.met')}
        extra={<span className="judgement-met-note">{metNote}</span>}
        dependencies={byScore ? ['score'] : []}
        rules={[
          { required: true, message: t('judge.metRequired') },
          ({ getFieldValue }) => ({
            validator: (_rule, met: unknown) => {
              const score: unknown = getFieldValue('score');
              if (!byScore || typeof met !== 'boolean' || typeof score !== 'number') return Promise.resolve();
              const expected = metByScore(fractionFromPercent(score), minScore);
              if (expected === met) return Promise.resolve();
              return Promise.reject(
                new Error(
                  t('judge.scoreMismatch', {
                    score: `${score}%`,
                    compare: t(expected ? 'judge.notBelow' : 'judge.below'),
                    min: formatPercent(minScore),
                    expected: t(expected ? 'common.yes' : 'common.no'),
                  }),
                ),
              );
            },
          }),
        ]}
      >
        <Radio.Group
          className="judgement-met"
          options={[
            { value: true, label: t('common.yes') },
            { value: false, label: t('common.no') },
          ]}
        />
      </Form.Item>
      {byScore && (
        <Form.Item
          name="score"
          label={t('judge.score')}
          extra={t('judge.scoreNote')}
          rules={[
            { required: true, message: t('judge.scoreRequired') },
            {
              validator: (_rule, value: unknown) =>
                typeof value === 'number' && (value < 0 || value > 100)
                  ? Promise.reject(new Error(t('judge.scoreRange')))
                  : Promise.resolve(),
            },
          ]}
        >
          <InputNumber<number>
            className="judgement-score"
            style={{ width: '100%' }}
            inputMode="decimal"
            step={0.1}
            suffix="%"
            controls={false}
          />
        </Form.Item>
      )}
      <Form.Item
        name="evidence"
        label={t('figuresForm.evidence')}
        rules={[
          { required: true, whitespace: true, message: t('figuresForm.evidenceRequired') },
          { max: 500, message: t('figuresForm.evidenceTooLong') },
        ]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('judge.evidencePlaceholder')} />
      </Form.Item>
      <Typography.Paragraph type="secondary" className="judgement-note">
        {t('judge.note')}
      </Typography.Paragraph>
      {general.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="recording-error"
          title={general.join(t('common.clauseSeparator'))}
        />
      )}
      <div className="recording-actions">
        <Button onClick={onClose} disabled={busy}>
          {t('form.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={busy} className="recording-submit">
          {t('form.submit')}
        </Button>
      </div>
    </Form>
  );
}
