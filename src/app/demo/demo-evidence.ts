/**
 * Writes the demo evidence files (演示数据, src/demo/demo.evidence.ts): three small PDFs per
 * county-level unit, stored as every upload is (SHA-256 address, one chunk each), in the demo's
 * transaction.
 */
import { createHash } from 'node:crypto';
import { insertStoredFile } from '../../db/evidence/evidence.repository.ts';
import { demoEvidenceFiles } from '../../demo/demo.evidence.ts';
import { EVIDENCE_CHUNK_BYTES } from '../../domain/evidence/evidence.types.ts';
import type { AreaDemo } from './area-demos.ts';

export const evidenceDemo: AreaDemo = {
  area: 'evidence',
  title: '佐证材料',
  async write({ tx, seed, now, config }) {
    const files = demoEvidenceFiles({ seed, now, orgUnits: config.orgUnits });
    for (const f of files) {
      if (f.bytes.byteLength > EVIDENCE_CHUNK_BYTES)
        throw new Error(`demo evidence ${f.fileName} is over one chunk`);
      await insertStoredFile(tx, {
        id: f.id,
        sha256: createHash('sha256').update(f.bytes).digest('hex'),
        fileName: f.fileName,
        mediaType: 'application/pdf',
        kind: 'pdf',
        size: f.bytes.byteLength,
        orgCode: f.orgCode,
        uploadedBy: f.uploadedBy,
        uploadedAt: f.uploadedAt,
        data: f.bytes,
      });
    }
    return `${files.length} 份佐证材料`;
  },
};
