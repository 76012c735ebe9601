/**
 * The cockpit's lagging panel, per target, judged by the trajectory (按应达进度): for the city the
 * county-level units behind it and, for T4, the counties not yet passing both county standards;
 * for a county its townships behind it, the schools keeping a lagging figure down, and its own
 * county-standards verdicts for T4. A partial year gets no verdicts.
 */
import { Empty, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import {
  api,
  type InstitutionBreakdownResponse,
  type OrgTreeNode,
  type ScorecardResponse,
  type StandardsOverviewResponse,
  type TargetCard,
} from '../../api';
import { STATUS_COLOURS } from '../../charts/status';
import { PageError, PageLoading } from '../../components/PageStates';
import { useI18n } from '../../i18n/i18n';
import { appHref, linkClick, type Navigate } from '../../navigation';
import type { Loadable } from '../../use-api';
import { VerdictTag } from '../standards/VerdictTag';
import {
  countiesNotPassing,
  laggingChildren,
  schoolsKeepingDown,
  type LaggingUnit,
  type SchoolKeepingDown,
} from './cockpit-lagging';
import { laggingCounties } from './milestones';

/** How many schools a row names before "等 N 所". */
const SCHOOLS_SHOWN = 3;

interface Props {
  year: number;
  org: Pick<OrgTreeNode, 'code' | 'name' | 'level'>;
  targets: TargetCard[];
  pending: boolean;
  /** The selected year's data is partial: no lagging verdicts. */
  partial: boolean;
  /** The county-standards overview (null: the account may not read it). */
  standards: Loadable<StandardsOverviewResponse> | null;
  navigate: Navigate;
}

interface UnitRow {
  units: LaggingUnit[];
  schools: { shown: SchoolKeepingDown[]; total: number } | null;
}

type ChildRows = {
  rows: Array<{ orgCode: string; orgName: string; status: TargetCard['figure']['status'] }>;
};

const query = (p: Record<string, string | number | boolean>) =>
  new URLSearchParams(Object.entries(p).map(([k, v]) => [k, String(v)])).toString();

/** A county's rows: its townships behind their trajectory; the schools behind a lagging figure. */
function useUnitRows(
  enabled: boolean,
  org: string,
  year: number,
  pending: boolean,
  targets: TargetCard[],
): [Loadable<Record<string, UnitRow>>, () => void] {
  const [state, setState] = useState<Loadable<Record<string, UnitRow>>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const wanted = targets
    .filter((c) => c.figure.status !== 'notComputed')
    .map((c) => [c.target.id, c.figure.status] as const);
  const key = JSON.stringify(wanted);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setState({ kind: 'loading' });
    const list = JSON.parse(key) as Array<[string, TargetCard['figure']['status']]>;
    Promise.all(
      list.map(async ([id, status]) => {
        const base = { year, org, pending };
        const child = await api<ChildRows>(
          'GET',
          `/api/v1/targets/${id}/breakdown?${query({ ...base, by: 'child' })}`,
        );
        const lagging = status === 'lagging' || status === 'severelyLagging';
        const schools = lagging
          ? schoolsKeepingDown(
              (
                await api<InstitutionBreakdownResponse>(
                  'GET',
                  `/api/v1/targets/${id}/breakdown?${query({ ...base, by: 'institution' })}`,
                )
              ).rows,
              SCHOOLS_SHOWN,
            )
          : null;
        return [id, { units: laggingChildren(child.rows), schools }] as const;
      }),
    )
      .then((rows) => live && setState({ kind: 'loaded', data: Object.fromEntries(rows) }))
      .catch((error: unknown) => live && setState({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [enabled, org, year, pending, key, attempt]);
  return [state, () => setAttempt((n) => n + 1)];
}

export function CockpitLagging({ year, org, targets, pending, partial, standards, navigate }: Props) {
  const { t } = useI18n();
  const city = org.level === 'city';
  const [scorecard, setScorecard] = useState<Loadable<ScorecardResponse>>({ kind: 'loading' });
  const [scoreAttempt, setScoreAttempt] = useState(0);
  useEffect(() => {
    if (!city || partial) return;
    let live = true;
    setScorecard({ kind: 'loading' });
    api<ScorecardResponse>('GET', `/api/v1/targets/scorecard?${query({ pending })}`)
      .then((data) => live && setScorecard({ kind: 'loaded', data }))
      .catch((error: unknown) => live && setScorecard({ kind: 'error', error }));
    return () => {
      live = false;
    };
  }, [city, partial, pending, scoreAttempt]);
  const [unitRows, retryUnits] = useUnitRows(!city && !partial, org.code, year, pending, targets);

  if (targets.length === 0) return <Empty description={t('cockpit.laggingEmpty')} />;
  if (partial) {
    return (
      <Typography.Paragraph type="secondary" className="lagging-partial">
        {t('cockpit.laggingPartial', { year })}
      </Typography.Paragraph>
    );
  }
  const rows = city ? scorecard : unitRows;
  if (rows.kind === 'loading') return <PageLoading />;
  if (rows.kind === 'error')
    return <PageError error={rows.error} onRetry={city ? () => setScoreAttempt((n) => n + 1) : retryUnits} />;
  const byCounty = scorecard.kind === 'loaded' ? laggingCounties(scorecard.data, year) : {};
  const byUnit = unitRows.kind === 'loaded' ? unitRows.data : {};
  const overview = standards?.kind === 'loaded' ? standards.data : null;

  const unitTags = (units: LaggingUnit[], link: boolean) =>
    units.map((u) => (
      <Tag key={u.code} color={STATUS_COLOURS[u.status]} className="lagging-unit" data-org={u.code}>
        {link ? (
          <a
            href={appHref(`/counties/${u.code}`, year)}
            onClick={linkClick(navigate, `/counties/${u.code}`)}
            title={t(`status.${u.status}`)}
          >
            {u.name}
          </a>
        ) : (
          <span title={t(`status.${u.status}`)}>{u.name}</span>
        )}
      </Tag>
    ));

  /** T4: the counties not yet passing both (city), or the county's own verdicts. */
  const t4Row = () => {
    if (!overview) return null;
    if (city) {
      const failing = countiesNotPassing(overview.counties);
      return failing.length === 0 ? (
        <Typography.Text type="secondary">{t('cockpit.t4AllPass')}</Typography.Text>
      ) : (
        <div className="lagging-t4">
          <Typography.Text type="secondary">{t('cockpit.t4Failing')}：</Typography.Text>
          {failing.map((c) => (
            <span key={c.code} className="lagging-county-standards" data-org={c.code}>
              <a
                href={appHref(`/standards/${c.code}`, year)}
                onClick={linkClick(navigate, `/standards/${c.code}`)}
              >
                {c.name}
              </a>{' '}
              <VerdictTag verdict={c.verdict} />
            </span>
          ))}
        </div>
      );
    }
    const own = overview.counties.find((c) => c.countyCode === org.code);
    if (!own) return null;
    return (
      <div className="lagging-t4" data-org={own.countyCode}>
        <Typography.Text type="secondary">{t('cockpit.t4Own')}：</Typography.Text>
        {t('standard.compulsoryBalanced')} <VerdictTag verdict={own.compulsoryBalanced.verdict} />
        {t('standard.preschoolUniversal')} <VerdictTag verdict={own.preschoolUniversal.verdict} />
        <a
          href={appHref(`/standards/${own.countyCode}`, year)}
          onClick={linkClick(navigate, `/standards/${own.countyCode}`)}
        >
          {t('county.standardsLink')}
        </a>
      </div>
    );
  };

  return (
    <ul className="lagging-list">
      {targets.map((card) => {
        const id = card.target.id;
        const own = card.figure.status;
        let body;
        if (id === 'T4' || own === 'notComputed') {
          body = t4Row() ?? (
            <Typography.Text type="secondary">
              {card.figure.reason ?? t('status.notComputed')}
            </Typography.Text>
          );
        } else if (city) {
          const units = byCounty[id] ?? [];
          body =
            units.length === 0 ? (
              <Typography.Text type="secondary">{t('cockpit.noLaggingCounties')}</Typography.Text>
            ) : (
              unitTags(units, true)
            );
        } else {
          const row = byUnit[id];
          const units = row?.units ?? [];
          body = (
            <>
              <div className="lagging-townships">
                {units.length === 0 ? (
                  <Typography.Text type="secondary">{t('cockpit.noLaggingTownships')}</Typography.Text>
                ) : (
                  <>
                    <Typography.Text type="secondary">{t('cockpit.laggingTownships')}：</Typography.Text>
                    {unitTags(units, false)}
                  </>
                )}
              </div>
              {row?.schools && row.schools.total > 0 && (
                <div className="lagging-schools">
                  <Typography.Text type="secondary">{t('cockpit.laggingSchools')}：</Typography.Text>
                  {row.schools.shown.map((s, i) => (
                    <span key={s.code} className="lagging-school" data-institution={s.code}>
                      {i > 0 && '、'}
                      <a
                        href={appHref(`/schools/${s.code}`, year)}
                        onClick={linkClick(navigate, `/schools/${s.code}`)}
                      >
                        {s.name}
                      </a>
                    </span>
                  ))}
                  {row.schools.total > row.schools.shown.length && (
                    <Typography.Text type="secondary">
                      {' '}
                      {t('cockpit.moreSchools', { count: row.schools.total })}
                    </Typography.Text>
                  )}
                </div>
              )}
            </>
          );
        }
        return (
          <li key={id} data-target={id}>
            <Typography.Text strong>
              {id} {card.target.shortTitle}
            </Typography.Text>{' '}
            {own !== 'notComputed' && (
              <Tag color={STATUS_COLOURS[own]} className="lagging-own" data-status={own}>
                {t('cockpit.ownStatus', { status: t(`status.${own}`) })}
              </Tag>
            )}
            <div>{body}</div>
          </li>
        );
      })}
    </ul>
  );
}
