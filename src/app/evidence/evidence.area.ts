/**
 * Evidence files (佐证材料): content-addressed by SHA-256, type checked by content, size-limited, streamed in and out, every download audited.
 */
import { EVIDENCE_PERMISSIONS } from '../../domain/evidence/evidence.permissions.ts';
import { defineArea } from '../area.ts';

export const evidenceArea = defineArea({
  name: 'evidence',
  title: '佐证材料',
  permissions: EVIDENCE_PERMISSIONS,
  create: () => ({}),
});
