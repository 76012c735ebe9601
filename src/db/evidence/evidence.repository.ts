/**
 * SQL of the evidence files (decision 0014): staging an upload's chunks, promoting a checked
 * upload to a blob and a file record in one transaction, reading files and chunks back, and the
 * listing `eduplan evidence verify` walks.
 */
import { asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../database.ts';
import { evidenceBlob, evidenceChunk, evidenceFile, evidenceUploadChunk } from './evidence.schema.ts';

export interface EvidenceFileRow {
  id: string;
  sha256: string;
  fileName: string;
  mediaType: string;
  kind: string;
  size: number;
  orgCode: string;
  uploadedBy: string;
  uploadedAt: string;
}

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
const bytes = (x: Uint8Array) =>
  x instanceof Buffer ? x : Buffer.from(x.buffer, x.byteOffset, x.byteLength);

/*
 * Bytes cross the driver as text: written as hex and decoded by the database, read back as
 * base64. PGlite converts bytea parameters and results in JavaScript byte by byte (about 0.7 s per
 * MiB each way, measured); hex in and base64 out take under a tenth of that on PGlite and cost
 * nothing measurable on PostgreSQL (node-postgres sends a Buffer as hex text anyway).
 */
const fromBase64 = (s: string) => Buffer.from(s, 'base64');

/**
 * Stores chunk `seq` of an upload in progress (committed at once: nothing reads staging rows).
 * `data` is encoded before this returns its promise: the caller may reuse the buffer at once.
 */
export async function stageChunk(db: Db, uploadId: string, seq: number, data: Uint8Array): Promise<void> {
  await db.execute(sql`
    INSERT INTO evidence_upload_chunk (upload_id, seq, data)
    VALUES (${uploadId}, ${seq}, decode(${bytes(data).toString('hex')}, 'hex'))`);
}

/** Removes an upload's staged chunks (after a refusal, or after promotion inside its transaction). */
export async function deleteStaged(db: Db, uploadId: string): Promise<void> {
  await db.delete(evidenceUploadChunk).where(eq(evidenceUploadChunk.uploadId, uploadId));
}

/** Removes staged chunks older than `before` (uploads interrupted by a crash); the rows removed. */
export async function sweepStaged(db: Db, before: string): Promise<number> {
  const r = await db
    .delete(evidenceUploadChunk)
    .where(lt(evidenceUploadChunk.stagedAt, before))
    .returning({ seq: evidenceUploadChunk.seq });
  return r.length;
}

/**
 * Bytes [offset, offset + length) of a staged upload whose chunks are `chunkBytes` long (the last
 * one shorter); fewer when the upload ends sooner.
 */
export async function readStagedRange(
  db: Db,
  uploadId: string,
  chunkBytes: number,
  offset: number,
  length: number,
): Promise<Buffer> {
  if (length <= 0) return Buffer.alloc(0);
  const first = Math.floor(offset / chunkBytes);
  const last = Math.floor((offset + length - 1) / chunkBytes);
  const r = await db.execute(sql`
    SELECT seq, encode(data, 'base64') AS data
    FROM evidence_upload_chunk
    WHERE upload_id = ${uploadId} AND seq BETWEEN ${first} AND ${last}
    ORDER BY seq`);
  const parts = rowsOf<{ seq: number; data: string }>(r).map((x) => fromBase64(x.data));
  const all = Buffer.concat(parts);
  const start = offset - first * chunkBytes;
  return all.subarray(start, start + length);
}

export interface Promotion {
  uploadId: string;
  sha256: string;
  size: number;
  chunks: number;
  mediaType: string;
  file: Omit<EvidenceFileRow, 'sha256' | 'size' | 'mediaType'>;
}

/**
 * Within the caller's transaction: the blob (unless the same content is stored already: then the
 * staged copy is dropped), its chunks copied from staging by the database itself, and the file
 * record; the staging rows are deleted. Returns whether the content was already stored.
 */
export async function promoteUpload(tx: Db, p: Promotion): Promise<{ deduplicated: boolean }> {
  const inserted = await tx
    .insert(evidenceBlob)
    .values({ sha256: p.sha256, size: p.size, chunks: p.chunks, mediaType: p.mediaType })
    .onConflictDoNothing()
    .returning({ sha256: evidenceBlob.sha256 });
  if (inserted.length === 1) {
    const copied = await tx.execute(sql`
      INSERT INTO evidence_chunk (sha256, seq, data)
      SELECT ${p.sha256}, seq, data FROM evidence_upload_chunk WHERE upload_id = ${p.uploadId}`);
    const n =
      (copied as { rowCount?: number | null; affectedRows?: number }).rowCount ??
      (copied as { affectedRows?: number }).affectedRows;
    if (n !== undefined && n !== null && n !== p.chunks) {
      throw new Error(`evidence upload ${p.uploadId}: ${n} chunks staged, ${p.chunks} expected`);
    }
  } else {
    const [existing] = await tx
      .select({ size: evidenceBlob.size })
      .from(evidenceBlob)
      .where(eq(evidenceBlob.sha256, p.sha256));
    if (existing?.size !== p.size) {
      throw new Error(`evidence blob ${p.sha256}: stored size ${existing?.size} differs from ${p.size}`);
    }
  }
  await tx.insert(evidenceFile).values({
    ...p.file,
    sha256: p.sha256,
    size: p.size,
    mediaType: p.mediaType,
  });
  await deleteStaged(tx, p.uploadId);
  return { deduplicated: inserted.length === 0 };
}

const fileColumns = {
  id: evidenceFile.id,
  sha256: evidenceFile.sha256,
  fileName: evidenceFile.fileName,
  mediaType: evidenceFile.mediaType,
  kind: evidenceFile.kind,
  size: evidenceFile.size,
  orgCode: evidenceFile.orgCode,
  uploadedBy: evidenceFile.uploadedBy,
  uploadedAt: evidenceFile.uploadedAt,
};

const isoOf = (r: EvidenceFileRow): EvidenceFileRow => ({
  ...r,
  uploadedAt: new Date(r.uploadedAt).toISOString(),
});

/** The file records of `ids` that exist (ids that are not uuids are simply absent). */
export async function findFiles(db: Db, ids: readonly string[]): Promise<EvidenceFileRow[]> {
  const valid = ids.filter((id) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
  );
  if (valid.length === 0) return [];
  const rows = await db.select(fileColumns).from(evidenceFile).where(inArray(evidenceFile.id, valid));
  return rows.map(isoOf);
}

/** Chunk `seq` of a blob, or null. */
export async function readChunk(db: Db, sha256: string, seq: number): Promise<Uint8Array | null> {
  const r = await db.execute(
    sql`SELECT encode(data, 'base64') AS data FROM evidence_chunk WHERE sha256 = ${sha256} AND seq = ${seq}`,
  );
  const row = rowsOf<{ data: string }>(r)[0];
  return row ? fromBase64(row.data) : null;
}

export interface BlobRow {
  sha256: string;
  size: number;
  chunks: number;
  mediaType: string;
}

/** Blobs in address order after `after` (null: from the first), at most `limit`. */
export async function listBlobs(db: Db, after: string | null, limit: number): Promise<BlobRow[]> {
  const q = db
    .select({
      sha256: evidenceBlob.sha256,
      size: evidenceBlob.size,
      chunks: evidenceBlob.chunks,
      mediaType: evidenceBlob.mediaType,
    })
    .from(evidenceBlob);
  return (after === null ? q : q.where(gt(evidenceBlob.sha256, after)))
    .orderBy(asc(evidenceBlob.sha256))
    .limit(limit);
}

/** The chunk numbers a blob has, in order (their data is read one by one). */
export async function chunkSeqs(db: Db, sha256: string): Promise<number[]> {
  const rows = await db
    .select({ seq: evidenceChunk.seq })
    .from(evidenceChunk)
    .where(eq(evidenceChunk.sha256, sha256))
    .orderBy(asc(evidenceChunk.seq));
  return rows.map((r) => r.seq);
}

/**
 * A small content and its file record written directly (the demo data, one chunk): the blob and
 * its chunk unless stored already, then the file.
 */
export async function insertStoredFile(tx: Db, f: EvidenceFileRow & { data: Uint8Array }): Promise<void> {
  const inserted = await tx
    .insert(evidenceBlob)
    .values({ sha256: f.sha256, size: f.size, chunks: 1, mediaType: f.mediaType })
    .onConflictDoNothing()
    .returning({ sha256: evidenceBlob.sha256 });
  if (inserted.length === 1) {
    await tx.execute(sql`
      INSERT INTO evidence_chunk (sha256, seq, data)
      VALUES (${f.sha256}, 0, decode(${bytes(f.data).toString('hex')}, 'hex'))`);
  }
  const { data: _data, ...file } = f;
  await tx.insert(evidenceFile).values(file);
}

/** Rows of the evidence tables (tests prove that a refused upload leaves nothing behind). */
export async function countEvidenceRows(
  db: Db,
): Promise<{ blobs: number; chunks: number; files: number; staged: number }> {
  const r = await db.execute(sql`
    SELECT (SELECT count(*) FROM evidence_blob)::int AS blobs,
           (SELECT count(*) FROM evidence_chunk)::int AS chunks,
           (SELECT count(*) FROM evidence_file)::int AS files,
           (SELECT count(*) FROM evidence_upload_chunk)::int AS staged`);
  return rowsOf<{ blobs: number; chunks: number; files: number; staged: number }>(r)[0]!;
}
