/**
 * One county's 创建达标 analysis: the combined verdict and the two standards' verdicts; the county
 * figures (县级数据) with who recorded them, and the history of every recording; for
 * 义务教育优质均衡 the CV bars of each section, the rules, every school section's seven
 * indicators and the gap-to-pass plan; for 学前教育普及普惠 the county's kindergarten totals, the
 * rules and the plan. Accounts with standards.record record the county figures, accounts with
 * standards.judge the evaluators' verdicts; after a recording the verdicts reload at once.
 */
import { Alert, App, Card, Col, Empty, Row, Space, Tabs, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import {
  api,
  type CompulsoryBalancedPack,
  type CountyEvaluation,
  type CountyEvaluationResponse,
  type GapPlanResponse,
  type IndicatorDef,
  type JudgementItemDef,
  type PreschoolTotals,
  type RecordsResponse,
  type RulePacksResponse,
  type RuleResult,
  type Session,
  type StandardId,
} from '../../api';
import { buildCvBarsOption } from '../../charts/cv-bars';
import { CvBarChart } from '../../charts/CvBarChart';
import { chartTitle } from '../../charts/png';
import { DemoBanner, PageError, PageLoading } from '../../components/PageStates';
import { YearSelect } from '../../components/YearSelect';
import { errorMessage } from '../../errors';
import { formatCount, formatFixed } from '../../format';
import { useI18n } from '../../i18n/i18n';
import { query } from '../../labels';
import { appHref, linkClick, type Navigate } from '../../navigation';
import { CountyFiguresCard, type FiguresSubmission } from './CountyFiguresCard';
import { GapPlanCard } from './GapPlanCard';
import { JudgementModal, type JudgementSubmission } from './JudgementModal';
import { RecordsDrawer } from './RecordsDrawer';
import { currentFigures } from './recording';
import { RuleCard } from './RuleCard';
import { SchoolSectionsCard } from './SchoolSectionsCard';
import { SECTIONS } from './types';
import { packKinds, ruleNames } from './values';
import { VerdictTag } from './VerdictTag';
import { useApiGet, type Loadable } from '../../use-api';

interface Props {
  session: Session;
  code: string;
  year: number | undefined;
  onYearChange(year: number): void;
  navigate: Navigate;
}

function Verdicts({ evaluation }: { evaluation: CountyEvaluation }) {
  const { t } = useI18n();
  const tiles = [
    {
      key: 'combined',
      label: t('standard.combined'),
      verdict: evaluation.countyStandardsVerdict,
      note: t('standardsCounty.combinedNote'),
    },
    ...(['compulsoryBalanced', 'preschoolUniversal'] as const).map((id) => ({
      key: id,
      label: t(`standard.${id}`),
      verdict: evaluation[id].verdict,
      note: evaluation[id].summary,
    })),
  ];
  return (
    <Row gutter={[12, 12]} className="standards-verdicts">
      {tiles.map((tile) => (
        <Col key={tile.key} xs={24} md={8}>
          <Card size="small" className="verdict-tile" data-standard={tile.key}>
            <div className="verdict-tile-head">
              <Typography.Text strong>{tile.label}</Typography.Text>
              <VerdictTag verdict={tile.verdict} />
            </div>
            <Typography.Text type="secondary" className="verdict-tile-note">
              {tile.note}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function GapSection({
  gap,
  retry,
  standard,
  ruleNames,
  fileBase,
  demo,
}: {
  gap: Loadable<GapPlanResponse>;
  retry: () => void;
  standard: StandardId;
  ruleNames: Map<string, string>;
  fileBase: string;
  demo: boolean;
}) {
  const { t } = useI18n();
  if (gap.kind === 'loaded')
    return (
      <GapPlanCard
        plan={gap.data.plan}
        standard={standard}
        ruleNames={ruleNames}
        fileBase={fileBase}
        demo={demo}
      />
    );
  return (
    <Card size="small" className="gap-plan" title={t('gap.title')}>
      {gap.kind === 'loading' ? <PageLoading /> : <PageError error={gap.error} onRetry={retry} />}
    </Card>
  );
}

function PreschoolTotalsCard({ totals }: { totals: PreschoolTotals }) {
  const { t } = useI18n();
  const figures = [
    {
      key: 'kindergartens',
      label: t('preschool.kindergartens'),
      value: t('unit.institutions', { count: formatCount(totals.kindergartens) }),
    },
    {
      key: 'children',
      label: t('preschool.children'),
      value: t('unit.persons', { count: formatCount(totals.children) }),
      parts: [
        `${t('preschool.public')} ${formatCount(totals.publicChildren)}`,
        `${t('preschool.inclusive')} ${formatCount(totals.inclusivePrivateChildren)}`,
        `${t('preschool.private')} ${formatCount(totals.privateChildren)}`,
      ],
    },
    {
      key: 'teachers',
      label: t('preschool.teachers'),
      value: t('unit.persons', { count: formatCount(totals.teachers) }),
      parts: [`${t('preschool.certified')} ${formatCount(totals.certifiedTeachers)}`],
    },
    {
      key: 'classes',
      label: t('preschool.classes'),
      value: t('unit.classes', { count: formatCount(totals.classes) }),
    },
  ];
  return (
    <Card size="small" title={t('preschool.totals')} className="preschool-totals">
      <Row gutter={[12, 12]}>
        {figures.map((f) => (
          <Col key={f.key} xs={12} md={6}>
            <div className="total-figure" data-figure={f.key}>
              <div className="total-label">{f.label}</div>
              <div className="total-value">{f.value}</div>
              {f.parts && <div className="total-parts">{f.parts.join(' · ')}</div>}
            </div>
          </Col>
        ))}
      </Row>
    </Card>
  );
}

/** The CV bars of 小学 and 初中 with the section summaries. */
function CvCard({
  evaluation: e,
  demo,
  indicators,
}: {
  evaluation: CountyEvaluation;
  demo: boolean;
  indicators: Map<string, IndicatorDef>;
}) {
  const { t } = useI18n();
  const options = useMemo(
    () =>
      SECTIONS.map((section) => {
        const summary = e.compulsoryBalanced.sections[section];
        if (!summary.applicable || summary.cv.length === 0) return null;
        return buildCvBarsOption(summary.cv, summary.cv[0]!.limit, {
          title: chartTitle(
            t('cv.chartTitle', {
              county: e.countyName,
              section: t(`stage.${section}`),
              year: e.year,
              next: e.year + 1,
            }),
            demo,
            t,
          ),
          cv: t('cv.series'),
          limit: t('cv.limit'),
          mean: t('cv.mean'),
          units: Object.fromEntries([...indicators].map(([code, def]) => [code, def.unit])),
          verdicts: {
            pass: t('verdict.pass'),
            fail: t('verdict.fail'),
            incomplete: t('verdict.incomplete'),
            notApplicable: t('verdict.notApplicable'),
          },
        });
      }),
    [e, demo, t, indicators],
  );
  return (
    <Card size="small" title={t('cv.title')} className="cv-card">
      <Row gutter={[16, 16]}>
        {SECTIONS.map((section, i) => {
          const summary = e.compulsoryBalanced.sections[section];
          const sectionName = t(`stage.${section}`);
          const option = options[i];
          return (
            <Col key={section} xs={24} lg={12}>
              {option ? (
                <CvBarChart
                  section={section}
                  screenTitle={t('cv.sectionTitle', { section: sectionName })}
                  option={option}
                  fileName={`${e.countyName}-${sectionName}-${t('cv.series')}-${e.year}`}
                />
              ) : (
                <Empty
                  className="cv-empty"
                  description={t('cv.notApplicable', { reason: summary.reason ?? sectionName })}
                />
              )}
              <Typography.Paragraph type="secondary" className="cv-summary" data-section={section}>
                {t('cv.summary', {
                  section: sectionName,
                  evaluated: summary.schoolsEvaluated,
                  excluded: summary.schoolsExcluded,
                  passing: summary.schoolsPassing,
                  composite: formatFixed(summary.compositeCv, 3),
                })}
              </Typography.Paragraph>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}

export default function StandardsCountyPage({ session, code, year, onYearChange, navigate }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const q = query({ year });
  const base = `/api/v1/standards/counties/${code}`;
  const [evaluation, retry, refreshEvaluation] = useApiGet<CountyEvaluationResponse>(`${base}?${q}`);
  const [gap, retryGap, refreshGap] = useApiGet<GapPlanResponse>(`${base}/gap?${q}`);
  const [records, retryRecords, refreshRecords] = useApiGet<RecordsResponse>(`${base}/records?${q}`);
  const [packs] = useApiGet<RulePacksResponse>('/api/v1/standards/rule-packs');
  const [tab, setTab] = useState<StandardId>('compulsoryBalanced');
  const [judging, setJudging] = useState<RuleResult | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const canRecord = session.permissions.includes('standards.record');
  const canJudge = session.permissions.includes('standards.judge');
  const packData = packs.kind === 'loaded' ? packs.data : null;
  const kinds = useMemo(() => packKinds(packData), [packData]);
  const indicators = useMemo(
    () =>
      new Map<string, IndicatorDef>(
        (
          packData?.packs.find((p): p is CompulsoryBalancedPack => p.id === 'compulsoryBalanced')
            ?.indicators ?? []
        ).map((d) => [d.code, d]),
      ),
    [packData],
  );
  const judgementItems = useMemo(
    () =>
      new Map<string, JudgementItemDef>(
        (packData?.packs ?? []).flatMap((p) => p.judgements ?? []).map((j) => [j.id, j]),
      ),
    [packData],
  );

  // Institutions outside the account's scope counted here (a zone's schools): code "<unit>#NN".
  // Once per loaded evaluation, not on every render (the evaluation is several hundred kB).
  const evaluationData = evaluation.kind === 'loaded' ? evaluation.data.evaluation : null;
  const pseudonymised = useMemo(
    () =>
      evaluationData
        ? new Set(JSON.stringify(evaluationData).match(/"institutionCode":"[^"]*#\d+"/g) ?? []).size
        : 0,
    [evaluationData],
  );

  /** After a recording: the verdicts, the plan and the history again, without a spinner. */
  const afterSave = useCallback(async () => {
    const results = await Promise.allSettled([refreshEvaluation(), refreshGap(), refreshRecords()]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) void message.error(t('form.reloadFailed', { message: errorMessage(failed.reason, t) }));
  }, [refreshEvaluation, refreshGap, refreshRecords, message, t]);

  const back = (
    <a
      href={appHref('/standards', year)}
      onClick={linkClick(navigate, '/standards')}
      className="standards-back"
    >
      {t('standardsCounty.back')}
    </a>
  );
  if (evaluation.kind === 'loading') return <PageLoading />;
  if (evaluation.kind === 'error')
    return (
      <div className="standards-county">
        <PageError error={evaluation.error} onRetry={retry} />
        {back}
      </div>
    );

  const { evaluation: e, years, dataset } = evaluation.data;
  const demo = dataset.demo;
  const cb = e.compulsoryBalanced;
  const pu = e.preschoolUniversal;
  const name = (what: string) => `${e.countyName}-${what}-${e.year}`;
  const recordsData = records.kind === 'loaded' ? records.data : null;
  const figures = currentFigures([...cb.rules, ...pu.rules], recordsData?.inputs ?? null);
  const itemNames = new Map(
    [...cb.rules, ...pu.rules].filter((r) => r.kind === 'judgement').map((r) => [r.ruleId, r.name]),
  );
  const names = ruleNames([...cb.rules, ...pu.rules]);
  const onJudge = canJudge ? setJudging : undefined;
  const submitFigures = (s: FiguresSubmission) =>
    api<{ ok: true }>('POST', `${base}/inputs`, {
      body: { year: e.year, values: s.values, evidence: s.evidence },
      csrfToken: session.csrfToken,
    }).then(() => undefined);
  const submitJudgement = (s: JudgementSubmission) =>
    api<{ ok: true }>('POST', `${base}/judgements`, {
      body: { year: e.year, ...s },
      csrfToken: session.csrfToken,
    }).then(() => undefined);

  const compulsory = (
    <div className="standards-tab">
      <CvCard evaluation={e} demo={demo} indicators={indicators} />
      <RuleCard
        className="rules-compulsoryBalanced"
        rules={cb.rules}
        kinds={kinds}
        standardName={t('standard.compulsoryBalanced')}
        fileBase={name(`${t('standard.compulsoryBalanced')}${t('rules.title')}`)}
        demo={demo}
        onJudge={onJudge}
      />
      <SchoolSectionsCard
        schools={cb.schools}
        indicators={indicators}
        fileBase={name(t('sections.sheet'))}
        demo={demo}
      />
      <GapSection
        gap={gap}
        retry={retryGap}
        standard="compulsoryBalanced"
        ruleNames={names}
        fileBase={name(`${t('standard.compulsoryBalanced')}${t('gap.title')}`)}
        demo={demo}
      />
    </div>
  );

  const preschool = (
    <div className="standards-tab">
      <PreschoolTotalsCard totals={pu.totals} />
      <RuleCard
        className="rules-preschoolUniversal"
        rules={pu.rules}
        kinds={kinds}
        standardName={t('standard.preschoolUniversal')}
        fileBase={name(`${t('standard.preschoolUniversal')}${t('rules.title')}`)}
        demo={demo}
        onJudge={onJudge}
      />
      <GapSection
        gap={gap}
        retry={retryGap}
        standard="preschoolUniversal"
        ruleNames={names}
        fileBase={name(`${t('standard.preschoolUniversal')}${t('gap.title')}`)}
        demo={demo}
      />
    </div>
  );

  return (
    <div className="standards-county">
      <DemoBanner demo={demo} />
      <div className="cockpit-bar">
        <Space wrap>
          {back}
          <Typography.Title level={4} style={{ margin: 0 }} className="standards-county-heading">
            {t('standardsCounty.heading', { county: e.countyName, year: e.year, next: e.year + 1 })}
          </Typography.Title>
          <a
            href={appHref(`/counties/${e.countyCode}`, year)}
            onClick={linkClick(navigate, `/counties/${e.countyCode}`)}
            className="standards-county-page"
          >
            {t('standardsCounty.countyPage')}
          </a>
        </Space>
        <YearSelect year={e.year} years={years} onChange={onYearChange} />
      </div>
      <Verdicts evaluation={e} />
      {pseudonymised > 0 && (
        <Alert
          className="standards-pseudonyms"
          type="info"
          showIcon
          title={t('standardsCounty.pseudonyms', { count: pseudonymised })}
        />
      )}
      {e.warnings.length > 0 && (
        <Alert
          className="standards-warnings"
          type="warning"
          showIcon
          title={t('standardsCounty.warnings')}
          description={
            <ul>
              {e.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      )}
      <CountyFiguresCard
        figures={figures}
        countyName={e.countyName}
        year={e.year}
        canRecord={canRecord}
        recordCount={recordsData ? recordsData.inputs.length + recordsData.judgements.length : null}
        onOpenHistory={() => setHistoryOpen(true)}
        submit={submitFigures}
        afterSave={afterSave}
      />
      <Tabs
        className="standards-tabs"
        activeKey={tab}
        onChange={(key) => setTab(key as StandardId)}
        items={[
          { key: 'compulsoryBalanced', label: t('standard.compulsoryBalanced'), children: compulsory },
          { key: 'preschoolUniversal', label: t('standard.preschoolUniversal'), children: preschool },
        ]}
      />
      {canJudge && (
        <JudgementModal
          rule={judging}
          item={judging ? judgementItems.get(judging.ruleId) : undefined}
          standardName={judging ? t(`standard.${judging.standard}`) : ''}
          countyName={e.countyName}
          year={e.year}
          onClose={() => setJudging(null)}
          submit={submitJudgement}
          afterSave={afterSave}
        />
      )}
      <RecordsDrawer
        open={historyOpen}
        onClose={() => setHistoryOpen(false)}
        records={records}
        retry={retryRecords}
        countyName={e.countyName}
        year={e.year}
        itemNames={itemNames}
      />
    </div>
  );
}
