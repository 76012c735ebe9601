/**
 * Server-rendered pages that work on any office PC browser: login and forced password change,
 * the start page (the seven targets and the scorecard of the caller's own scope) and the audit
 * search page for the city administrator. The full web app (cockpit, map, drill-down) comes
 * later; these pages stay as the fallback.
 */
import { formatShanghai } from '../domain/shared/time.ts';
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app/app.context.ts';
import { DEMO_NOTICE, formatPercent, STATUS_LABELS } from '../app/shared/labels.ts';
import type { TargetFigure } from '../domain/targets/target.engine.ts';
import { intParam, textParam } from './api.schema.ts';
import { sessionOf } from './auth.plugin.ts';

const SESSION_JS = readFileSync(new URL('./assets/session.js', import.meta.url), 'utf8');

export const esc = (s: string) =>
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

const STYLE = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;background:#f5f6f8;color:#1f1f1f}
header{background:#003a8c;color:#fff;padding:14px 24px;display:flex;justify-content:space-between;align-items:center;gap:12px;flex-wrap:wrap}
header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.85;font-size:13px}header .me{font-size:13px}
header button,header a{color:#fff;background:transparent;border:1px solid rgba(255,255,255,.6);border-radius:4px;padding:3px 10px;cursor:pointer;font-size:13px;text-decoration:none;margin-left:6px}
main{padding:16px 24px}.demo{background:#fff7e6;border:1px solid #ffd591;color:#ad4e00;padding:8px 12px;margin-bottom:12px;font-weight:bold}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px;margin-bottom:18px}
.card{background:#fff;border-radius:6px;padding:10px 12px;box-shadow:0 1px 2px rgba(0,0,0,.08);font-size:13px}
.card .id{color:#8c8c8c;font-size:12px}.card .t{font-weight:bold;min-height:34px}.card .big{font-size:26px;font-weight:bold;margin:4px 0}.card b{white-space:nowrap}
.muted{color:#8c8c8c;font-size:12px}table{border-collapse:collapse;background:#fff;font-size:13px;width:100%}
th,td{border:1px solid #e8e8e8;padding:6px 8px;text-align:center}tbody th{text-align:left;white-space:nowrap}
td .v{display:block;font-weight:bold}td .s{font-size:12px}small{color:#8c8c8c;font-weight:normal}
footer{padding:12px 24px;color:#8c8c8c;font-size:12px}a{color:#0958d9}
.box{max-width:380px;margin:60px auto;background:#fff;border-radius:8px;padding:24px 28px;box-shadow:0 2px 8px rgba(0,0,0,.1)}
.box h2{margin-top:0}.box label{display:block;margin:12px 0 4px;font-size:14px}.box input{width:100%;box-sizing:border-box;padding:8px;font-size:15px;border:1px solid #d9d9d9;border-radius:4px}
.box button{margin-top:18px;width:100%;padding:9px;font-size:15px;background:#0958d9;color:#fff;border:0;border-radius:4px;cursor:pointer}
.err{color:#cf1322;margin-top:12px;font-size:14px}form.search{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:12px;align-items:end}
form.search label{font-size:12px;display:flex;flex-direction:column;gap:2px}form.search input,form.search select{padding:4px 6px}
td.l{text-align:left;max-width:420px;word-break:break-all}`;

function page(title: string, header: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body>
${header}
${body}
<footer>接口文档：<a href="/api/docs">/api/docs</a> · OpenAPI：<a href="/api/openapi.json">/api/openapi.json</a></footer>
<script src="/assets/session.js"></script>
</body></html>`;
}

function cell(f: TargetFigure | undefined): string {
  if (!f) return '<td>—</td>';
  const label = STATUS_LABELS[f.status];
  const title = f.reason ?? `${f.numerator} / ${f.denominator}`;
  return `<td title="${esc(title)}"><span class="v">${f.value === null ? '—' : formatPercent(f.value)}</span><span class="s" style="color:${STATUS_COLOURS[f.status]}">${label}</span></td>`;
}

export function homeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const bar = (ctxTitle: string, sub: string, who: string) =>
    `<header><div><h1>${esc(ctxTitle)}</h1><p>${esc(sub)}</p></div>${who}</header>`;

  return async (app) => {
    app.get(
      '/assets/session.js',
      { schema: { hide: true }, config: { access: { public: true } } },
      async (_r, reply) => {
        reply.type('text/javascript; charset=utf-8').header('Cache-Control', 'no-cache');
        return SESSION_JS;
      },
    );

    app.get(
      '/favicon.ico',
      { schema: { hide: true }, config: { access: { public: true } } },
      async (_r, reply) => reply.status(204).header('Cache-Control', 'max-age=86400').send(),
    );

    app.get('/', { schema: { hide: true }, config: { access: { public: true } } }, async (request, reply) => {
      reply.type('text/html; charset=utf-8');
      const title = 'EduPlan 扩优提质行动平台';
      const auth = request.auth;
      if (!auth) {
        return page(
          `${title} — 登录`,
          bar(title, `${ctx.plan.title}（${ctx.plan.documentNumber}）`, ''),
          `<main><form class="box" id="login-form" method="post" action="/" autocomplete="on"><h2>登录</h2>
<label for="username">用户名</label><input id="username" name="username" autocomplete="username" required maxlength="64">
<label for="password">密码</label><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256">
<button type="submit" disabled>登录</button><div class="err" id="login-error" role="alert" hidden></div>
<p class="muted">连续 5 次密码错误，账号锁定 15 分钟。忘记密码请联系本单位管理员重置。</p></form></main>`,
        );
      }
      const who = `<div class="me">${esc(auth.account.displayName)}（${esc(auth.role.name)}）${auth.permissions.has('targets.read') ? '<a href="/app/">驾驶舱</a>' : ''}${auth.permissions.has('audit.read') ? '<a href="/audit">审计日志</a>' : ''}<button id="logout" type="button">退出</button></div>`;
      if (auth.account.mustChangePassword) {
        return page(
          `${title} — 修改密码`,
          bar(title, '首次登录或密码已被重置：请先修改密码', who),
          `<main><form class="box" id="password-form" method="post" action="/"><h2>修改密码</h2>
<p class="muted">新密码至少 8 位，含小写字母、大写字母、数字、符号中的至少 3 类，不含用户名，不能是常见密码（如 Password1、P@ssw0rd）或最近 5 次用过的密码。当前密码连续输错 5 次，账号锁定 15 分钟。</p>
<label for="currentPassword">当前密码</label><input id="currentPassword" name="currentPassword" type="password" autocomplete="current-password" required>
<label for="newPassword">新密码</label><input id="newPassword" name="newPassword" type="password" autocomplete="new-password" required>
<label for="confirmPassword">再次输入新密码</label><input id="confirmPassword" name="confirmPassword" type="password" autocomplete="new-password" required>
<button type="submit" disabled>修改密码</button><div class="err" id="password-error" role="alert" hidden></div></form></main>`,
        );
      }
      if (!auth.permissions.has('targets.read')) {
        const scope = auth.account.scope;
        const inst =
          scope.kind === 'institution'
            ? await ctx.registry.getInstitution(scope.institutionCode, scope)
            : null;
        return page(
          title,
          bar(title, `${ctx.plan.title}（${ctx.plan.documentNumber}）`, who),
          `<main>${inst?.demo ? `<div class="demo">${DEMO_NOTICE}：本页数据为合成的演示数据，不代表真实情况。</div>` : ''}<h2>${esc(inst?.name ?? '')}</h2>
<p>学校（机构）代码 ${esc(inst?.code ?? '')} · ${esc(inst?.countyName ?? '')} ${esc(inst?.townshipName ?? '')}</p>
<p class="muted">本校数据的接口：<a href="/api/v1/institutions/${esc(inst?.code ?? '')}">/api/v1/institutions/${esc(inst?.code ?? '')}</a>。数据填报功能将在后续版本提供。</p></main>`,
        );
      }
      const scopeAcc = auth.account.scope;
      const { years, figures, view } = await ctx.targets.scorecard(scopeAcc);
      const year = years[years.length - 1];
      const root = scopeAcc.kind === 'org' ? view.orgIndex.byCode.get(scopeAcc.orgCode)! : view.orgIndex.city;
      const demoBanner = view.demo
        ? `<div class="demo">${DEMO_NOTICE}：本页数据为合成的演示数据（种子 ${view.demo.seed}），按济宁市公开统计口径校准，不代表真实情况。</div>`
        : '';
      if (year === undefined) {
        return page(title, bar(title, ctx.plan.title, who), '<main><p>数据库中还没有统计数据。</p></main>');
      }
      const at = new Map(
        figures.filter((f) => f.year === year).map((f) => [`${f.targetId}:${f.orgCode}`, f]),
      );
      const targets = ctx.plan.targets;
      const cards = targets
        .map((t) => {
          const f = at.get(`${t.id}:${root.code}`);
          const value = f?.value === null || f === undefined ? '—' : formatPercent(f.value);
          const status = f ? STATUS_LABELS[f.status] : '不适用';
          const colour = f ? STATUS_COLOURS[f.status] : '#8c8c8c';
          const expected =
            f?.expected != null ? `按进度应达 ${formatPercent(f.expected)}` : (f?.reason ?? '');
          return `<div class="card"><div class="id">${t.id}</div><div class="t">${esc(t.shortTitle)}</div><div class="big">${value}</div><div>2027 年目标 ≥ ${formatPercent(t.threshold, 0)} · <b style="color:${colour}">${status}</b></div><div class="muted">${esc(expected)}</div></div>`;
        })
        .join('');
      const head = targets.map((t) => `<th>${t.id} ${esc(t.shortTitle)}</th>`).join('');
      const units = [view.orgIndex.city, ...view.orgIndex.counties].filter((o) =>
        figures.some((f) => f.orgCode === o.code),
      );
      const rows = units
        .map(
          (o) =>
            `<tr><th>${esc(o.name)}${o.countyKind === 'zone' ? '<small>（功能区）</small>' : ''}</th>${targets.map((t) => cell(at.get(`${t.id}:${o.code}`))).join('')}</tr>`,
        )
        .join('');
      return page(
        `${title} — ${root.name}`,
        bar(
          `${title} · ${root.name}`,
          `${ctx.plan.title}（${ctx.plan.documentNumber}）· ${year}—${year + 1} 学年秋季统计`,
          who,
        ),
        `<main>${demoBanner}
<h2>${esc(root.name)}七项 2027 年目标</h2><div class="cards">${cards}</div>
<h2>${root.level === 'city' ? '县市区、功能区目标进度' : '目标进度'}（${year} 学年）</h2>
<div style="overflow-x:auto"><table><thead><tr><th>单位</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>
<p class="muted">状态按各单位 ${targets[0]?.baselineYear ?? ''} 学年基线到 2027 年目标的直线进度判定：达标、进度正常（落后进度不超过 ${formatPercent(ctx.plan.statusRules.onTrackMaxGap, 0)}）、滞后（不超过 ${formatPercent(ctx.plan.statusRules.lagMaxGap, 0)}）、严重滞后。鼠标悬停单元格可见分子/分母。</p>
</main>`,
      );
    });

    app.get(
      '/audit',
      {
        schema: {
          hide: true,
          querystring: z.strictObject({
            actor: textParam('操作人', 64).optional(),
            action: textParam('操作类型', 64).optional(),
            outcome: z.enum(['', 'success', 'failure', 'denied']).optional(),
            target: textParam('对象', 100).optional(),
            from: z
              .union([z.literal(''), z.iso.date({ error: () => '起始日期应为有效日期 YYYY-MM-DD' })])
              .optional(),
            to: z
              .union([z.literal(''), z.iso.date({ error: () => '截止日期应为有效日期 YYYY-MM-DD' })])
              .optional(),
            page: intParam('页码', 1, 100_000),
          }),
        },
        config: { access: { permission: 'audit.read' } },
      },
      async (request, reply) => {
        const auth = sessionOf(request);
        const q = request.query;
        const page_ = q.page ?? 1;
        // Dates are Asia/Shanghai days.
        const r = await ctx.audit.search({
          page: page_,
          pageSize: 50,
          ...(q.actor ? { actor: q.actor } : {}),
          ...(q.action ? { action: q.action } : {}),
          ...(q.outcome ? { outcome: q.outcome } : {}),
          ...(q.target ? { target: q.target } : {}),
          ...(q.from ? { from: new Date(`${q.from}T00:00:00+08:00`).toISOString() } : {}),
          ...(q.to ? { to: new Date(`${q.to}T23:59:59.999+08:00`).toISOString() } : {}),
        });

        const outcomeLabel: Record<string, string> = { success: '成功', failure: '失败', denied: '拒绝' };
        const json = (v: unknown) => (v === null || v === undefined ? '' : esc(JSON.stringify(v)));
        const rows = r.items
          .map(
            (e) =>
              `<tr><td>${esc(formatShanghai(Date.parse(e.at), 'second'))}</td><td>${esc(e.actorUsername ?? '')}</td><td>${esc(e.ip ?? '')}</td><td>${esc(e.action)}</td><td>${esc(outcomeLabel[e.outcome] ?? e.outcome)}</td><td>${esc(e.targetType ?? '')} ${esc(e.targetId ?? '')}</td><td class="l">${esc(e.detail ?? '')}</td><td class="l">${json(e.oldValue)}</td><td class="l">${json(e.newValue)}</td></tr>`,
          )
          .join('');
        const qs = (p: number) =>
          new URLSearchParams({
            ...(Object.fromEntries(Object.entries(q).filter(([k, v]) => k !== 'page' && v)) as Record<
              string,
              string
            >),
            page: String(p),
          }).toString();
        const pages = Math.max(1, Math.ceil(r.total / 50));
        const val = (v: string | undefined) => esc(v ?? '');
        reply.type('text/html; charset=utf-8');
        return page(
          '安全审计日志',
          bar(
            'EduPlan 安全审计日志',
            '登录、数据变更、导出和权限变更记录；日志只能追加，不能修改或删除',
            `<div class="me">${esc(auth.account.displayName)}（${esc(auth.role.name)}）<a href="/">首页</a><button id="logout" type="button">退出</button></div>`,
          ),
          `<main><form class="search" method="get" action="/audit">
<label>操作人<input name="actor" value="${val(q.actor)}" maxlength="64"></label>
<label>操作类型<input name="action" value="${val(q.action)}" maxlength="64" placeholder="如 login、account.create"></label>
<label>结果<select name="outcome"><option value="">全部</option>${['success', 'failure', 'denied'].map((o) => `<option value="${o}"${q.outcome === o ? ' selected' : ''}>${outcomeLabel[o]}</option>`).join('')}</select></label>
<label>对象或说明<input name="target" value="${val(q.target)}" maxlength="100"></label>
<label>起始日期<input name="from" type="date" value="${val(q.from)}"></label>
<label>截止日期<input name="to" type="date" value="${val(q.to)}"></label>
<button type="submit">查询</button></form>
<p>共 ${r.total} 条，第 ${page_} / ${pages} 页${page_ > 1 ? ` · <a href="/audit?${qs(page_ - 1)}">上一页</a>` : ''}${page_ < pages ? ` · <a href="/audit?${qs(page_ + 1)}">下一页</a>` : ''}</p>
<div style="overflow-x:auto"><table><thead><tr><th>时间</th><th>操作人</th><th>来源地址</th><th>操作</th><th>结果</th><th>对象</th><th>说明</th><th>原值</th><th>新值</th></tr></thead><tbody>${rows || '<tr><td colspan="9">没有符合条件的记录</td></tr>'}</tbody></table></div></main>`,
        );
      },
    );
  };
}
