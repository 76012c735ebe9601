/** The county-standards area (创建达标分析): rule packs, evaluations, gap plans, recordings, T4. */
import { standardsRecordMarker } from '../../db/standards/standards.repository.ts';
import { STANDARDS_PERMISSIONS } from '../../domain/standards/standards.permissions.ts';
import type { RulePackSet } from '../../domain/standards/standards.types.ts';
import { defineArea } from '../area.ts';
import { zoneAssessmentCounties } from '../registry/registry-config.loader.ts';
import { loadRulePacks } from './rule-pack.loader.ts';
import { STANDARDS_RECORDS_MARKER, StandardsService } from './standards.service.ts';

declare module '../area.ts' {
  interface AreaServices {
    standards: StandardsService;
  }
  interface AreaOptions {
    /** County-standard rule packs (default: catalog/standards). */
    rulePacks?: RulePackSet;
    /** Zone → county its own schools are assessed with (default: config/functional-zones.yaml). */
    zoneCounties?: ReadonlyMap<string, string>;
  }
}

export const standardsArea = defineArea({
  name: 'standards',
  title: '创建达标分析',
  permissions: STANDARDS_PERMISSIONS,
  markers: { [STANDARDS_RECORDS_MARKER]: standardsRecordMarker },
  create: (ctx) => ({
    standards: new StandardsService(
      ctx.db,
      ctx.data,
      ctx.audit,
      ctx.options.rulePacks ?? loadRulePacks(),
      ctx.options.zoneCounties ?? zoneAssessmentCounties(),
    ),
  }),
});
