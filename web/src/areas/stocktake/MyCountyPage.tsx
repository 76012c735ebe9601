/**
 * Monday morning for a county officer (本县工作台): in one screen, which targets, milestones and
 * measures of the county are behind, why (the why view of a target, the missing townships of a
 * milestone, the measure's report), and what falls due this month. A county account lands here.
 */
import { Alert, Card, Empty, Space, Tag, Typography } from 'antd';
import type { Session } from '../../api';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { formatPercent } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { labelOf } from '../../labels';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { useApiGet } from '../../use-api';
import { CollectionReminder } from '../collection/CollectionReminder';
import { whyClick, whyHref } from '../targets/why-link';
import { MeasureFlags, MilestoneTag, RankMove, reportHref, changeLines } from './StocktakeParts';
import { stocktakePath } from './StocktakePage';
import './stocktake.css';
import type { StocktakeResponse } from './types';

export default function MyCountyPage({ session, navigate }: { session: Session; navigate: Navigate }) {
  const { t } = useI18n();
  const scope = session.account.scope;
  const code = scope.kind === 'org' ? scope.orgCode : undefined;
  const [state, retry] = useApiGet<StocktakeResponse>(code ? stocktakePath(code) : null);
  if (!code) return <Alert type="info" showIcon title={t('stocktake.start.notCounty')} />;
  if (state.kind === 'loading') return <PageLoading />;
  if (state.kind === 'error') return <PageError error={state.error} onRetry={retry} />;
  const s = state.data.stocktake;
  if (s.level !== 'county') return <Alert type="info" showIcon title={t('stocktake.start.notCounty')} />;
  const row = s.rows[0]!;
  const a = s.attention;
  const canReport = session.permissions.includes('reporting.submit');
  const nothingBehind =
    a.targetsBehind.length + a.milestonesOverdue.length + a.measuresLateOrBlocked.length === 0;
  const fullPath = `/stocktake/${s.org.code}`;
  const changes = changeLines(t, row.changes);
  return (
    <div id="my-county-page" className="my-county-page">
      <DemoBanner demo={state.data.dataset.demo} />
      <Typography.Title level={3} id="my-county-title">
        {t('stocktake.start.title', { org: s.org.name })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('stocktake.start.subtitle')} ·{' '}
        {t('stocktake.asOf', { date: s.asOf, year: s.year, next: s.year + 1 })}
      </Typography.Paragraph>
      {/* The open collection period's deadline and who has not reported: due this month too. */}
      <CollectionReminder session={session} navigate={navigate} />
      <Space wrap>
        <Tag id="my-county-rank" color="blue">
          {t('stocktake.rank', { rank: row.rank, count: s.countyCount })}
        </Tag>
        <RankMove changes={row.changes} />
        <a href={appHref(fullPath, undefined)} onClick={linkClick(navigate, fullPath)} id="my-county-full">
          {t('stocktake.start.full')}
        </a>
      </Space>
      {changes.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('stocktake.col.changes')}
          description={changes.map((l) => (
            <div key={l}>{l}</div>
          ))}
        />
      )}
      {!row.workPlan.approved && (
        <Alert id="my-county-no-plan" type="error" showIcon title={t('stocktake.start.noPlan')} />
      )}
      <Card size="small" title={t('stocktake.start.behind')} id="my-county-behind">
        {nothingBehind && <Empty description={t('stocktake.start.behindNone')} />}
        {a.targetsBehind.length > 0 && (
          <>
            <Typography.Text strong>{t('stocktake.start.targetsBehind')}</Typography.Text>
            <ul className="my-county-list" id="my-county-targets">
              {a.targetsBehind.map((x) => {
                const href = whyHref(x.targetId, s.org.code, x.year);
                return (
                  <li key={x.targetId}>
                    {t('stocktake.start.targetLine', {
                      title: `${x.targetId} ${x.shortTitle}`,
                      value: formatPercent(x.value),
                      expected: formatPercent(x.expected),
                      status: labelOf(t, 'status', x.status),
                    })}{' '}
                    <a href={href} onClick={whyClick(href)} className="my-county-why">
                      {t('stocktake.why')}
                    </a>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {a.milestonesOverdue.length > 0 && (
          <>
            <Typography.Text strong>{t('stocktake.start.milestonesOverdue')}</Typography.Text>
            <ul className="my-county-list" id="my-county-milestones">
              {a.milestonesOverdue.map((m) => (
                <li key={m.id} className="my-county-milestone">
                  {m.title}（{m.deadline}） <MilestoneTag m={m} />
                  {m.missing.length > 0 && (
                    <div className="milestone-missing">
                      {t('stocktake.start.missing', { names: m.missing.map((x) => x.name).join('、') })}{' '}
                      <a
                        href={appHref('/milestones', undefined)}
                        onClick={linkClick(navigate, '/milestones')}
                      >
                        {t('stocktake.start.milestoneLink')}
                      </a>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {a.measuresLateOrBlocked.length > 0 && (
          <>
            <Typography.Text strong>{t('stocktake.start.measuresLate')}</Typography.Text>
            <ul className="my-county-list" id="my-county-measures">
              {a.measuresLateOrBlocked.map((m) => (
                <li key={m.id} className="my-county-measure">
                  {m.title}（{m.ownerName}，{m.dueDate}） <MeasureFlags m={m} />{' '}
                  {canReport && (
                    <a href={reportHref(s.org.code, m.id)} className="my-county-report">
                      {t('stocktake.report')}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
      <Card size="small" title={t('stocktake.start.dueThisMonth', { month: s.month })} id="my-county-due">
        {a.milestonesDueThisMonth.length + a.measuresDueThisMonth.length === 0 ? (
          <Empty description={t('stocktake.start.dueNone')} />
        ) : (
          <ul className="my-county-list">
            {a.milestonesDueThisMonth.map((m) => (
              <li key={m.id}>
                {m.deadline} {m.title} <MilestoneTag m={m} />
              </li>
            ))}
            {a.measuresDueThisMonth.map((m) => (
              <li key={m.id}>
                {m.dueDate} {m.title}（{m.ownerName}） <MeasureFlags m={m} />{' '}
                {canReport && <a href={reportHref(s.org.code, m.id)}>{t('stocktake.report')}</a>}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
