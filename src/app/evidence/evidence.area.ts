/**
 * Evidence files (佐证材料): content-addressed by SHA-256, type checked by content, size-limited, streamed in and out, every download audited.
 */
import { EVIDENCE_PERMISSIONS } from '../../domain/evidence/evidence.permissions.ts';
import { defineArea } from '../area.ts';
import { loadEvidenceSettings, type EvidenceSettings } from './evidence-config.loader.ts';
import { EvidenceService } from './evidence.service.ts';

declare module '../area.ts' {
  interface AreaServices {
    evidence: EvidenceService;
  }
  interface AreaOptions {
    /** Evidence settings (default: config/evidence.yaml). */
    evidence?: EvidenceSettings;
  }
}

export const evidenceArea = defineArea({
  name: 'evidence',
  title: '佐证材料',
  permissions: EVIDENCE_PERMISSIONS,
  create: (ctx) => ({
    evidence: new EvidenceService({
      db: ctx.db,
      data: ctx.data,
      audit: ctx.audit,
      clock: ctx.clock,
      settings: ctx.options.evidence ?? loadEvidenceSettings(),
    }),
  }),
});
