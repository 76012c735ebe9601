/**
 * 为什么偏低 (/why/:target?org=…): the schools that keep a target's figure down in one unit, ranked
 * by how much each would raise it if it counted (for T4 at the city: the counties not passing both
 * county standards yet), with the attribute that counts, its value, and links to each school.
 */
import { Alert, Card, Empty, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TargetWhyResponse, WhyBasis, WhyCounty, WhySchool } from '../../api';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { formatPercent } from '../../format';
import { useI18n, type Translate } from '../../i18n/i18n';
import { attributeText, labelOf, query } from '../../labels';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';
import './why-page.css';

interface Props {
  target: string;
  org: string | undefined;
  year: number | undefined;
  navigate: Navigate;
}

/** "办学性质为公办" / "幼儿园等级为省级示范或一类". */
export function basisText(t: Translate, basis: WhyBasis): string {
  const parts: string[] = [];
  if (basis.ownerships) {
    parts.push(
      t('why.basisOwnership', {
        values: basis.ownerships.map((o) => labelOf(t, 'ownership', o)).join(t('why.or')),
      }),
    );
  }
  if (basis.attribute) {
    parts.push(
      t('why.basisAttribute', {
        name: labelOf(t, 'attr', basis.attribute),
        values: basis.values.map((v) => attributeText(t, v)).join(t('why.or')),
      }),
    );
  }
  return parts.join(t('why.and'));
}

/** 0.2 → "+20.0 个百分点" */
const points = (t: Translate, gain: number) => t('why.points', { points: (gain * 100).toFixed(1) });

export default function WhyPage({ target, org, year, navigate }: Props) {
  const { t } = useI18n();
  const [why, retry] = useApiGet<TargetWhyResponse>(`/api/v1/targets/${target}/why?${query({ org, year })}`);

  if (why.kind === 'loading') return <PageLoading />;
  if (why.kind === 'error')
    return (
      <div className="why-page" id="why-page">
        <PageError error={why.error} onRetry={retry} />
        <a href={appHref('/counties', year)} onClick={linkClick(navigate, '/counties')}>
          {t('why.backCounties')}
        </a>
      </div>
    );
  const d = why.data;
  const partial = d.coverage !== null && !d.coverage.complete;
  const isCounty = d.org.level === 'county';
  const back = isCounty ? `/counties/${d.org.code}` : '/counties';
  const attribute = d.basis?.attribute ?? null;

  const schoolColumns: ColumnsType<WhySchool> = [
    { title: t('why.col.rank'), dataIndex: 'rank', key: 'rank', width: 64, align: 'right' },
    {
      title: t('why.col.school'),
      dataIndex: 'institutionName',
      key: 'name',
      render: (name: string, row) => (
        <a
          href={appHref(`/schools/${row.institutionCode}`, year)}
          onClick={linkClick(navigate, `/schools/${row.institutionCode}`)}
          className="why-school-link"
          data-code={row.institutionCode}
        >
          {name}
        </a>
      ),
    },
    ...(d.org.level === 'city'
      ? [{ title: t('why.col.county'), dataIndex: 'countyName', key: 'county' }]
      : []),
    { title: t('why.col.township'), dataIndex: 'townshipName', key: 'township' },
    {
      title: t('col.runningType'),
      dataIndex: 'runningType',
      key: 'runningType',
      render: (v: string) => labelOf(t, 'runningType', v),
    },
    {
      title: t('col.ownership'),
      dataIndex: 'ownership',
      key: 'ownership',
      render: (v: string) => labelOf(t, 'ownership', v),
    },
    ...(attribute
      ? [
          {
            title: labelOf(t, 'attr', attribute),
            dataIndex: 'attributeValue',
            key: 'attribute',
            render: (v: unknown) =>
              v === null || v === undefined ? t('countyPage.notRecorded') : attributeText(t, v),
          },
        ]
      : []),
    {
      title: t('why.col.weight'),
      dataIndex: 'denominator',
      key: 'weight',
      align: 'right',
      render: (v: number, row) => (row.missingStatistics ? t('why.missing') : v),
    },
    {
      title: t('why.col.gain'),
      dataIndex: 'gain',
      key: 'gain',
      align: 'right',
      render: (v: number) => <span className="why-gain">{points(t, v)}</span>,
    },
    {
      title: t('why.col.valueIfCounted'),
      dataIndex: 'valueIfCounted',
      key: 'valueIfCounted',
      align: 'right',
      render: (v: number) => formatPercent(v),
    },
  ];

  const countyColumns: ColumnsType<WhyCounty> = [
    { title: t('why.col.rank'), dataIndex: 'rank', key: 'rank', width: 64, align: 'right' },
    {
      title: t('why.col.county'),
      dataIndex: 'orgName',
      key: 'name',
      render: (name: string, row) => (
        <a
          href={appHref(`/standards/${row.orgCode}`, year)}
          onClick={linkClick(navigate, `/standards/${row.orgCode}`)}
          className="why-county-link"
          data-org={row.orgCode}
        >
          {name}
        </a>
      ),
    },
    {
      title: t('why.col.gainCounty'),
      dataIndex: 'gain',
      key: 'gain',
      align: 'right',
      render: (v: number) => <span className="why-gain">{points(t, v)}</span>,
    },
    {
      title: t('why.col.valueIfCounted'),
      dataIndex: 'valueIfCounted',
      key: 'valueIfCounted',
      align: 'right',
      render: (v: number) => formatPercent(v),
    },
  ];

  const reach =
    d.neededToReach === null
      ? d.kind === 'none' || (d.schools.length === 0 && d.counties.length === 0)
        ? null
        : t('why.unreachable')
      : d.neededToReach === 0
        ? t('why.reached')
        : t(d.kind === 'counties' ? 'why.neededCounties' : 'why.needed', { count: d.neededToReach });

  return (
    <div className="why-page" id="why-page">
      <DemoBanner demo={d.dataset.demo} />
      <div className="cockpit-bar">
        <Space wrap>
          <a href={appHref(back, year)} onClick={linkClick(navigate, back)} className="why-back">
            {isCounty ? t('why.back', { org: d.org.name }) : t('why.backCounties')}
          </a>
          <Typography.Title level={4} style={{ margin: 0 }} className="why-heading">
            {t('why.heading', { org: d.org.name, target: d.target.id, title: d.target.shortTitle })}
          </Typography.Title>
        </Space>
      </div>
      {partial && d.coverage && (
        <Alert
          className="why-partial"
          type="warning"
          showIcon
          title={t('league.partial', {
            year: d.year,
            next: d.year + 1,
            reported: d.coverage.reported,
            expected: d.coverage.expected,
            share: formatPercent(d.coverage.share),
          })}
        />
      )}
      <Card size="small" className="why-summary-card">
        <Typography.Paragraph className="why-summary">
          {t('why.summary', {
            year: d.year,
            next: d.year + 1,
            value: formatPercent(d.total.value),
            numerator: d.total.numerator,
            denominator: d.total.denominator,
            threshold: `${Math.round(d.target.threshold * 100)}%`,
          })}
          {!partial && d.total.status !== 'notComputed' && (
            <span className="why-status" data-status={d.total.status}>
              {' '}
              · {t(`status.${d.total.status}`)}
            </span>
          )}
        </Typography.Paragraph>
        {d.basis && (
          <Typography.Paragraph className="why-basis">
            {t('why.basis', { basis: basisText(t, d.basis) })}
          </Typography.Paragraph>
        )}
        {reach && <Typography.Paragraph className="why-reach">{reach}</Typography.Paragraph>}
      </Card>
      {d.kind === 'none' ? (
        <Card size="small" className="why-none">
          <Typography.Paragraph>{d.reason}</Typography.Paragraph>
          {isCounty && (
            <a
              href={appHref(`/standards/${d.org.code}`, year)}
              onClick={linkClick(navigate, `/standards/${d.org.code}`)}
            >
              {t('why.standardsLink')}
            </a>
          )}
        </Card>
      ) : d.kind === 'counties' ? (
        <Card size="small" title={t('why.countiesTitle')} className="why-list">
          <Typography.Paragraph type="secondary">{t('why.introCounties')}</Typography.Paragraph>
          <Table<WhyCounty>
            rowKey="orgCode"
            size="small"
            columns={countyColumns}
            dataSource={d.counties}
            pagination={false}
            locale={{ emptyText: d.reason ?? t('why.empty') }}
          />
        </Card>
      ) : (
        <Card size="small" title={t('why.schoolsTitle')} className="why-list">
          <Typography.Paragraph type="secondary">{t('why.intro')}</Typography.Paragraph>
          {d.schools.length === 0 ? (
            <Empty description={d.reason ?? t('why.empty')} />
          ) : (
            <Table<WhySchool>
              rowKey="institutionCode"
              size="small"
              columns={schoolColumns}
              dataSource={d.schools}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
            />
          )}
        </Card>
      )}
    </div>
  );
}
