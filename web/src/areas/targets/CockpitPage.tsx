/** 驾驶舱: the seven targets of the user's own unit for the selected school year. */
import { Alert, Button, Col, Empty, Row, Select, Space, Spin, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, type Session, type StandardsOverviewResponse, type TargetsResponse } from '../../api';
import { CockpitPlan } from './CockpitPlan';
import { CollectionReminder } from '../collection/CollectionReminder';
import { TargetCard } from './TargetCard';
import type { Navigate } from '../../navigation';
import { errorMessage } from '../../errors';
import { formatCount, formatDateTime, formatPercent } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { useApiGet } from '../../use-api';

interface Props {
  session: Session;
  /** The selected school year; undefined = the latest the API has. */
  year: number | undefined;
  onYearChange(year: number): void;
  navigate: Navigate;
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'loaded'; data: TargetsResponse; at: Date };

export default function CockpitPage({ session, year, onYearChange, navigate }: Props) {
  const { t, language } = useI18n();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Approved data by default; viewers above a school may include forms still under review.
  const [pending, setPending] = useState(false);
  const scope = session.account.scope;
  // The cockpit of an org-scoped account is its own unit; the API answers others as not found.
  const org = scope.kind === 'org' ? scope.orgCode : undefined;

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    const query = new URLSearchParams();
    if (year !== undefined) query.set('year', String(year));
    if (org !== undefined) query.set('org', org);
    if (pending) query.set('pending', 'true');
    api<TargetsResponse>('GET', `/api/v1/targets?${query}`)
      .then((data) => current && setState({ kind: 'loaded', data, at: new Date() }))
      .catch((error: unknown) => current && setState({ kind: 'error', error }));
    return () => {
      current = false;
    };
  }, [year, org, pending, attempt]);

  // The county-standards verdicts of the year shown: a county's own T4 verdicts on its card and
  // in the lagging panel; for the city, the counties that do not pass yet.
  const loadedYear = state.kind === 'loaded' ? state.data.year : null;
  const [standards] = useApiGet<StandardsOverviewResponse>(
    loadedYear !== null && session.permissions.includes('standards.read')
      ? `/api/v1/standards?year=${loadedYear}`
      : null,
  );

  if (state.kind === 'loading') {
    return (
      <div className="page-state">
        <Spin size="large" description={t('common.loading')} />
      </div>
    );
  }
  if (state.kind === 'error') {
    return (
      <Alert
        className="page-error"
        type="error"
        showIcon
        title={errorMessage(state.error, t)}
        action={<Button onClick={() => setAttempt((n) => n + 1)}>{t('common.retry')}</Button>}
      />
    );
  }

  const { data } = state;
  const coverage = data.coverage?.find((c) => c.year === data.year);
  const partial = new Set(data.coverage?.filter((c) => !c.complete).map((c) => c.year) ?? []);
  const canReadStandards = session.permissions.includes('standards.read');
  // A county-level unit's own verdicts (the overview lists only the counties in the caller's scope).
  const ownStandards =
    data.org.level !== 'city' && standards.kind === 'loaded'
      ? standards.data.counties.find((c) => c.countyCode === data.org.code)
      : undefined;
  return (
    <div className="cockpit">
      {data.dataset.demo && (
        <Alert className="demo-banner" type="warning" showIcon banner title={t('demo.banner')} />
      )}
      <CollectionReminder session={session} navigate={navigate} />
      {coverage && !coverage.complete && (
        <Alert
          id="coverage-notice"
          className="collection-reminder"
          type="warning"
          showIcon
          title={t('cockpit.partialYear', {
            year: data.year,
            // With pending forms included, pendingReported are the schools that have only those.
            reported: formatCount(coverage.reported + (pending ? coverage.pendingReported : 0)),
            expected: formatCount(coverage.expected),
            share: formatPercent(coverage.share),
          })}
        />
      )}
      <div className="cockpit-bar">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('cockpit.heading', { org: data.org.name })}
        </Typography.Title>
        <Space wrap>
          <label htmlFor="year-select">{t('cockpit.year')}</label>
          <Select
            id="year-select"
            value={data.year}
            style={{ minWidth: 170 }}
            onChange={(y: number) => onYearChange(y)}
            options={data.years.map((y) => ({
              value: y,
              label: partial.has(y)
                ? t('cockpit.yearOptionPartial', { year: y, next: y + 1 })
                : t('cockpit.yearOption', { year: y, next: y + 1 }),
            }))}
          />
          {scope.kind === 'org' && session.permissions.includes('collection.read') && (
            <Space size={4}>
              <Switch id="include-pending" size="small" checked={pending} onChange={setPending} />
              <label htmlFor="include-pending">{t('cockpit.includePending')}</label>
            </Space>
          )}
          <Typography.Text type="secondary" className="updated-at">
            {t('header.updatedAt', { time: formatDateTime(state.at, language) })}
          </Typography.Text>
        </Space>
      </div>
      {data.targets.length === 0 ? (
        <Empty description={t('cockpit.empty')} />
      ) : (
        <Row gutter={[12, 12]} className="target-cards">
          {data.targets.map((card) => (
            <Col key={card.target.id} xs={24} sm={12} lg={8} xl={6}>
              <TargetCard
                card={card}
                year={data.year}
                orgName={data.org.name}
                demo={data.dataset.demo}
                coverage={data.coverage}
                standards={ownStandards}
                navigate={navigate}
                orgCode={data.org.code}
              />
            </Col>
          ))}
        </Row>
      )}
      <CockpitPlan
        year={data.year}
        org={data.org}
        targets={data.targets}
        pending={pending}
        partial={partial.has(data.year)}
        standards={canReadStandards ? standards : null}
        navigate={navigate}
      />
    </div>
  );
}
