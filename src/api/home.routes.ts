/**
 * The start page: the city's seven targets and the county scorecard for the latest year, rendered
 * on the server as plain HTML (works on any office PC browser without scripts). The full web app
 * (cockpit, map, drill-down) replaces it later; this page stays as the no-script fallback.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/app.context.ts';
import { DEMO_NOTICE, formatPercent, STATUS_LABELS } from '../app/labels.ts';
import type { TargetFigure } from '../domain/targets/target.engine.ts';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STATUS_COLOURS: Record<TargetFigure['status'], string> = {
  met: '#237804',
  onTrack: '#1677ff',
  lagging: '#d48806',
  severelyLagging: '#cf1322',
  preBaseline: '#8c8c8c',
  noData: '#8c8c8c',
  notComputed: '#8c8c8c',
};

function cell(f: TargetFigure | undefined): string {
  if (!f) return '<td>—</td>';
  const label = STATUS_LABELS[f.status];
  const title = f.reason ?? `${f.numerator} / ${f.denominator}`;
  return `<td title="${esc(title)}"><span class="v">${f.value === null ? '—' : formatPercent(f.value)}</span><span class="s" style="color:${STATUS_COLOURS[f.status]}">${label}</span></td>`;
}

export function homeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/', { schema: { hide: true } }, async (_request, reply) => {
      const { years, figures, view } = await ctx.targets.scorecard();
      const year = years[years.length - 1];
      reply.type('text/html; charset=utf-8');
      const demoBanner = view.demo
        ? `<div class="demo">${DEMO_NOTICE}：本页数据为合成的演示数据（种子 ${view.demo.seed}），按济宁市公开统计口径校准，不代表真实情况。</div>`
        : '';
      if (year === undefined) {
        return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>EduPlan</title><body><h1>EduPlan 扩优提质行动平台</h1><p>数据库中还没有统计数据。运行 <code>npm start</code> 生成演示数据。</p></body></html>`;
      }
      const at = new Map(
        figures.filter((f) => f.year === year).map((f) => [`${f.targetId}:${f.orgCode}`, f]),
      );
      const targets = ctx.plan.targets;
      const cityCode = view.orgIndex.city.code;
      const cards = targets
        .map((t) => {
          const f = at.get(`${t.id}:${cityCode}`);
          const value = f?.value === null || f === undefined ? '—' : formatPercent(f.value);
          const status = f ? STATUS_LABELS[f.status] : '';
          const colour = f ? STATUS_COLOURS[f.status] : '#8c8c8c';
          const expected =
            f?.expected != null ? `按进度应达 ${formatPercent(f.expected)}` : (f?.reason ?? '');
          return `<div class="card"><div class="id">${t.id}</div><div class="t">${esc(t.shortTitle)}</div><div class="big">${value}</div><div>2027 年目标 ≥ ${formatPercent(t.threshold, 0)} · <b style="color:${colour}">${status}</b></div><div class="muted">${esc(expected)}</div></div>`;
        })
        .join('');
      const head = targets.map((t) => `<th>${t.id} ${esc(t.shortTitle)}</th>`).join('');
      const rows = [view.orgIndex.city, ...view.orgIndex.counties]
        .map(
          (o) =>
            `<tr><th>${esc(o.name)}${o.countyKind === 'zone' ? '<small>（功能区）</small>' : ''}</th>${targets.map((t) => cell(at.get(`${t.id}:${o.code}`))).join('')}</tr>`,
        )
        .join('');
      return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>EduPlan 扩优提质行动平台 — ${esc(view.orgIndex.city.name)}</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;background:#f5f6f8;color:#1f1f1f}
header{background:#003a8c;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.85;font-size:13px}
main{padding:16px 24px}.demo{background:#fff7e6;border:1px solid #ffd591;color:#ad4e00;padding:8px 12px;margin-bottom:12px;font-weight:bold}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px;margin-bottom:18px}
.card{background:#fff;border-radius:6px;padding:10px 12px;box-shadow:0 1px 2px rgba(0,0,0,.08);font-size:13px}
.card .id{color:#8c8c8c;font-size:12px}.card .t{font-weight:bold;min-height:34px}.card .big{font-size:26px;font-weight:bold;margin:4px 0}.card b{white-space:nowrap}
.muted{color:#8c8c8c;font-size:12px}table{border-collapse:collapse;background:#fff;font-size:13px;width:100%}
th,td{border:1px solid #e8e8e8;padding:6px 8px;text-align:center}tbody th{text-align:left;white-space:nowrap}
td .v{display:block;font-weight:bold}td .s{font-size:12px}small{color:#8c8c8c;font-weight:normal}
footer{padding:12px 24px;color:#8c8c8c;font-size:12px}a{color:#0958d9}
</style></head><body>
<header><h1>EduPlan 扩优提质行动平台 · ${esc(view.orgIndex.city.name)}</h1><p>${esc(ctx.plan.title)}（${esc(ctx.plan.documentNumber)}）· ${year}—${year + 1} 学年秋季统计</p></header>
<main>${demoBanner}
<h2>全市七项 2027 年目标</h2><div class="cards">${cards}</div>
<h2>县市区、功能区目标进度（${year} 学年）</h2>
<div style="overflow-x:auto"><table><thead><tr><th>单位</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>
<p class="muted">状态按各单位 ${targets[0]?.baselineYear ?? ''} 学年基线到 2027 年目标的直线进度判定：达标、进度正常（落后进度不超过 ${formatPercent(ctx.plan.statusRules.onTrackMaxGap, 0)}）、滞后（不超过 ${formatPercent(ctx.plan.statusRules.lagMaxGap, 0)}）、严重滞后。鼠标悬停单元格可见分子/分母。</p>
</main>
<footer>接口文档：<a href="/api/docs">/api/docs</a> · OpenAPI：<a href="/api/openapi.json">/api/openapi.json</a></footer>
</body></html>`;
    });
  };
}
