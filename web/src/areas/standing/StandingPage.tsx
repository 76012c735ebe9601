/**
 * 本校概况: one school's own figures against its county and the city — the targets it counts in
 * (whether it is in the numerator, the attribute that decides it), its sections' resource
 * indicators L1–L7 of the county standards (or a kindergarten's 普及普惠 ratios), and its returns
 * with their deadlines, with the way to its form at the top. A school account sees its own school;
 * county and city users reach a school of their scope by its code (/my-school/:code).
 */
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import type {
  KindergartenMeasure,
  Session,
  StandingIndicator,
  StandingResponse,
  StandingReturn,
  StandingSection,
  StandingTarget,
} from '../../api';
import { STATUS_COLOURS } from '../../charts/status';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { YearSelect } from '../../components/YearSelect';
import { formatCount, formatDateTime, formatFixed, formatPercent } from '../../format';
import { useI18n, type Translate } from '../../i18n/i18n';
import { attributeText, labelOf, query } from '../../labels';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';
import { CollectionReminder } from '../collection/CollectionReminder';
import { StateTag } from '../collection/StateTag';
import { indicatorState, INDICATOR_STATE_COLOURS } from '../standards/values';
import { VerdictTag } from '../standards/VerdictTag';
import './standing.css';

interface Props {
  session: Session;
  /** The school in the address; undefined: the session's own school. */
  code: string | undefined;
  year: number | undefined;
  onYearChange(year: number): void;
  navigate: Navigate;
}

/** The period whose form the page leads to: the open one, else the latest. */
export function formPeriod(returns: readonly StandingReturn[]): StandingReturn | null {
  return returns.find((r) => r.open) ?? returns[0] ?? null;
}

function attributeLabel(t: Translate, target: StandingTarget): string | null {
  if (target.attribute === null) return null;
  const name =
    target.attribute === 'ownership' ? t('standing.attr.ownership') : labelOf(t, 'attr', target.attribute);
  const value =
    target.attribute === 'ownership' && typeof target.value === 'string'
      ? labelOf(t, 'ownership', target.value)
      : attributeText(t, target.value);
  return t('standing.attrValue', { name, value });
}

function FigureCell({ figure }: { figure: StandingTarget['county'] }) {
  const { t } = useI18n();
  return (
    <span className="standing-figure" data-org={figure.orgCode}>
      <span className="standing-figure-value">
        {t('standing.figure', {
          value: formatPercent(figure.value),
          numerator: formatCount(figure.numerator),
          denominator: formatCount(figure.denominator),
        })}
      </span>
      <Tag color={STATUS_COLOURS[figure.status]} className="standing-status" data-status={figure.status}>
        {t(`status.${figure.status}`)}
      </Tag>
    </span>
  );
}

export default function StandingPage({ session, code, year, onYearChange, navigate }: Props) {
  const { t, language } = useI18n();
  const scope = session.account.scope;
  const school = code ?? (scope.kind === 'institution' ? scope.institutionCode : undefined);
  const [standing, retry] = useApiGet<StandingResponse>(
    school === undefined
      ? null
      : `/api/v1/standing/${encodeURIComponent(school)}${year === undefined ? '' : `?${query({ year })}`}`,
  );

  if (school === undefined) {
    return (
      <div id="standing-page" className="standing-page">
        <Alert
          type="info"
          showIcon
          title={t('standing.chooseSchool')}
          action={
            <a href={appHref('/schools', year)} onClick={linkClick(navigate, '/schools')}>
              {t('standing.toDirectory')}
            </a>
          }
        />
      </div>
    );
  }
  if (standing.kind === 'loading') return <PageLoading />;
  if (standing.kind === 'error') {
    return (
      <div id="standing-page" className="standing-page">
        <PageError error={standing.error} onRetry={retry} />
      </div>
    );
  }
  const { standing: s, dataset } = standing.data;
  const next = s.year + 1;
  const formPath = (r: StandingReturn) => `/collection/${r.periodId}/${s.institution.code}`;
  const chosen = s.returns ? formPeriod(s.returns) : null;
  const closeDate = (r: StandingReturn) => formatDateTime(new Date(r.closeAt), language);

  const returnColumns: ColumnsType<StandingReturn> = [
    { title: t('standing.col.period'), dataIndex: 'periodName', key: 'period' },
    {
      title: t('standing.col.state'),
      key: 'state',
      render: (_, r) => (
        <Space size={4}>
          <StateTag state={r.state} />
          {r.late && <Tag color="red">{t('standing.late')}</Tag>}
        </Space>
      ),
    },
    { title: t('standing.col.closeAt'), key: 'closeAt', render: (_, r) => closeDate(r) },
    {
      title: t('standing.col.daysLeft'),
      key: 'daysLeft',
      render: (_, r) =>
        r.daysLeft >= 0
          ? t('standing.daysLeft', { days: r.daysLeft })
          : t('standing.closed', { days: -r.daysLeft }),
    },
    {
      title: t('standing.col.action'),
      key: 'action',
      render: (_, r) => (
        <a href={appHref(formPath(r), undefined)} onClick={linkClick(navigate, formPath(r))}>
          {t('standing.openForm')}
        </a>
      ),
    },
  ];

  const targetColumns: ColumnsType<StandingTarget> = [
    {
      title: t('standing.col.target'),
      key: 'target',
      render: (_, r) => (
        <div>
          <div className="standing-target-title">
            {r.target.id} {r.target.shortTitle}
          </div>
          <Typography.Text type="secondary">
            {t('standing.threshold', { value: formatPercent(r.target.threshold) })}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('standing.col.own'),
      key: 'own',
      render: (_, r) => (
        <div className="standing-own" data-in-numerator={String(r.inNumerator)}>
          <Tag color={r.inNumerator ? 'success' : 'default'}>
            {t(r.inNumerator ? 'standing.inNumerator' : 'standing.notInNumerator')}
          </Tag>
          <span className="standing-weight">
            {r.weight === 'enrolment'
              ? t('standing.weightEnrolment', { count: formatCount(r.denominator) })
              : t('standing.weightInstitution')}
          </span>
          {attributeLabel(t, r) && <div className="standing-attribute">{attributeLabel(t, r)}</div>}
        </div>
      ),
    },
    {
      title: t('standing.col.county', { name: s.institution.countyName }),
      key: 'county',
      render: (_, r) => <FigureCell figure={r.county} />,
    },
    {
      title: t('standing.col.city', { name: s.city.name }),
      key: 'city',
      render: (_, r) => <FigureCell figure={r.city} />,
    },
  ];

  const indicatorColumns: ColumnsType<StandingIndicator> = [
    {
      title: t('standing.col.indicator'),
      key: 'indicator',
      render: (_, i) => (
        <span>
          {i.code} {i.name}
          <Typography.Text type="secondary" className="standing-unit">
            {i.unit}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: t('standing.col.own'),
      key: 'own',
      align: 'right',
      render: (_, i) => {
        const state = indicatorState(i);
        return (
          <span
            className="standing-indicator-value"
            data-indicator={i.code}
            data-state={state}
            style={{ color: INDICATOR_STATE_COLOURS[state] }}
          >
            {formatFixed(i.value, 2)}
          </span>
        );
      },
    },
    {
      title: t('standing.col.standard'),
      key: 'standard',
      align: 'right',
      render: (_, i) => formatFixed(i.threshold, 2),
    },
    {
      title: t('standing.col.countyMean'),
      key: 'countyMean',
      align: 'right',
      render: (_, i) => formatFixed(i.countyMean, 2),
    },
    {
      title: t('standing.col.cityMean'),
      key: 'cityMean',
      align: 'right',
      render: (_, i) => formatFixed(i.cityMean, 2),
    },
    {
      title: t('standing.col.result'),
      key: 'result',
      render: (_, i) => {
        const state = indicatorState(i);
        return t(state === 'met' ? 'standing.met' : state === 'floor' ? 'standing.floor' : 'standing.below');
      },
    },
  ];

  const measureText = (m: KindergartenMeasure, v: number | null) =>
    m.key === 'childrenPerTeacher' ? formatFixed(v, 1) : formatPercent(v);
  const measureColumns: ColumnsType<KindergartenMeasure> = [
    { title: t('standing.col.indicator'), dataIndex: 'name', key: 'name' },
    {
      title: t('standing.col.own'),
      key: 'own',
      align: 'right',
      render: (_, m) => (
        <span className="standing-measure-value" data-measure={m.key} data-met={String(m.met)}>
          {measureText(m, m.own)}
        </span>
      ),
    },
    {
      title: t('standing.col.requirement'),
      key: 'requirement',
      align: 'right',
      render: (_, m) => `${m.comparator === '<=' ? '≤' : '≥'} ${measureText(m, m.threshold)}`,
    },
    {
      title: t('standing.col.countyMean'),
      key: 'county',
      align: 'right',
      render: (_, m) => measureText(m, m.county),
    },
    {
      title: t('standing.col.cityMean'),
      key: 'city',
      align: 'right',
      render: (_, m) => measureText(m, m.city),
    },
  ];

  const st = s.standards;
  return (
    <div id="standing-page" className="standing-page" data-institution={s.institution.code}>
      <DemoBanner demo={dataset.demo} />
      <div className="standing-header">
        <div>
          <Typography.Title level={3} id="standing-title">
            {t('standing.heading', { name: s.institution.name })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('standing.where', {
              county: s.institution.countyName,
              township: s.institution.townshipName,
              type: labelOf(t, 'runningType', s.institution.runningType),
            })}
          </Typography.Text>
        </div>
        <YearSelect year={s.year} years={s.years} onChange={onYearChange} />
      </div>

      {/* The school's own reminder (its form still to submit, or returned), as on the cockpit. */}
      {scope.kind === 'institution' && <CollectionReminder session={session} navigate={navigate} />}

      {s.returns !== null && (
        <Card size="small" className="standing-form" title={t('standing.form.title')}>
          {chosen ? (
            <Space wrap size={16}>
              <Button
                type="primary"
                id="standing-form-link"
                href={appHref(formPath(chosen), undefined)}
                onClick={linkClick(navigate, formPath(chosen))}
              >
                {t(chosen.open ? 'standing.form.open' : 'standing.form.view', { period: chosen.periodName })}
              </Button>
              <Typography.Text>
                {chosen.open
                  ? t('standing.form.openNow', {
                      period: chosen.periodName,
                      date: closeDate(chosen),
                      days: chosen.daysLeft,
                    })
                  : t('standing.form.noneOpen')}
              </Typography.Text>
            </Space>
          ) : (
            <Typography.Text>{t('standing.returns.empty')}</Typography.Text>
          )}
        </Card>
      )}

      {!s.operating && (
        <Alert type="warning" showIcon title={t('standing.notOperating', { year: s.year, next })} />
      )}

      <Card
        size="small"
        className="standing-targets"
        title={t('standing.targets.title', { year: s.year, next })}
      >
        <Table<StandingTarget>
          rowKey={(r) => r.target.id}
          size="small"
          pagination={false}
          columns={targetColumns}
          dataSource={s.targets}
          onRow={(r) => ({ 'data-target': r.target.id }) as HTMLAttributes<HTMLElement>}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('standing.targets.empty') }}
        />
        <Typography.Text type="secondary" className="standing-note">
          {t('standing.aggregatesNote')}
        </Typography.Text>
      </Card>

      <Card size="small" className="standing-standards" title={t('standing.standards.title')}>
        {st.note && <Typography.Paragraph>{st.note}</Typography.Paragraph>}
        {st.county && st.verdicts && (
          <Space wrap className="standing-verdicts">
            <span>{t('standing.standards.county', { name: st.county.name })}</span>
            <span>
              {t('standard.compulsoryBalanced')}{' '}
              <VerdictTag verdict={st.verdicts.compulsoryBalanced} className="verdict-compulsory" />
            </span>
            <span>
              {t('standard.preschoolUniversal')}{' '}
              <VerdictTag verdict={st.verdicts.preschoolUniversal} className="verdict-preschool" />
            </span>
          </Space>
        )}
        {st.sections.map((sec: StandingSection) => (
          <div key={sec.section} className="standing-section" data-section={sec.section}>
            <Typography.Title level={5}>
              {t('standing.section.title', {
                section: t(`stage.${sec.section}`),
                students: formatCount(sec.students),
              })}{' '}
              <VerdictTag verdict={sec.verdict} />
            </Typography.Title>
            <Typography.Paragraph type="secondary">{sec.explanation}</Typography.Paragraph>
            {sec.indicators.length > 0 && (
              <Table<StandingIndicator>
                rowKey="code"
                size="small"
                pagination={false}
                columns={indicatorColumns}
                dataSource={sec.indicators}
                scroll={{ x: 'max-content' }}
              />
            )}
            <Typography.Text type="secondary">
              {t('standing.section.countyPassing', {
                evaluated: sec.countySchoolsEvaluated,
                passing: sec.countySchoolsPassing,
              })}
            </Typography.Text>
          </div>
        ))}
        {st.kindergarten && (
          <div className="standing-kindergarten">
            <Typography.Title level={5}>{t('standing.kg.title')}</Typography.Title>
            <Typography.Paragraph type="secondary">
              {t('standing.kg.facts', {
                children: formatCount(st.kindergarten.children),
                teachers: formatCount(st.kindergarten.teachers),
                certified: formatCount(st.kindergarten.certifiedTeachers),
                classes: st.kindergarten.classes,
              })}
            </Typography.Paragraph>
            <Table<KindergartenMeasure>
              rowKey="key"
              size="small"
              pagination={false}
              columns={measureColumns}
              dataSource={st.kindergarten.measures}
              scroll={{ x: 'max-content' }}
            />
          </div>
        )}
      </Card>

      <Card size="small" className="standing-returns" title={t('standing.returns.title')}>
        {s.returns === null ? (
          <Typography.Text>{t('standing.returns.hidden')}</Typography.Text>
        ) : (
          <Table<StandingReturn>
            rowKey="periodId"
            size="small"
            pagination={false}
            columns={returnColumns}
            dataSource={s.returns}
            onRow={(r) => ({ 'data-period': r.periodId }) as HTMLAttributes<HTMLElement>}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('standing.returns.empty') }}
          />
        )}
      </Card>
    </div>
  );
}
