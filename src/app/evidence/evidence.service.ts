/**
 * Evidence files (佐证材料), decision 0014: an upload streams into staging chunks of 1 MiB while its
 * SHA-256 is computed and its size counted (reading stops at the limit of config/evidence.yaml);
 * its type is checked by content against the name's extension as soon as the first bytes are in,
 * and for Word/Excel once the whole zip is there; then one transaction stores the content once
 * per SHA-256 (deduplicated) and the file record, and audits the upload. A refusal or a crash
 * leaves only staging rows, which nothing reads (deleted at once, or swept later). Downloads
 * stream chunk by chunk and are audited. Scope: a file belongs to a unit; readers outside that
 * unit's subtree are told it does not exist.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Db } from '../../db/database.ts';
import {
  chunkSeqs,
  deleteStaged,
  findFiles,
  listBlobs,
  promoteUpload,
  readChunk,
  readStagedRange,
  stageChunk,
  sweepStaged,
  type EvidenceFileRow,
} from '../../db/evidence/evidence.repository.ts';
import type { Scope } from '../../domain/access/access.types.ts';
import { isOrgWithin, scopeIncludesOrg } from '../../domain/access/scope.ts';
import {
  checkHead,
  checkOfficeZip,
  fileNameProblem,
  HEAD_BYTES,
  type EvidenceFormat,
} from '../../domain/evidence/evidence.sniff.ts';
import {
  EVIDENCE_CHUNK_BYTES,
  MAX_FILE_NAME_LENGTH,
  type EvidenceFile,
  type EvidenceKind,
} from '../../domain/evidence/evidence.types.ts';
import { AppError } from '../app-error.ts';
import type { Clock } from '../access/auth.service.ts';
import type { AuditService } from '../access/audit.service.ts';
import { hasPermission, readerMay, readerScope, type Caller, type Reader } from '../access/caller.ts';
import type { DataSnapshots } from '../shared/data.snapshot.ts';
import type { DatasetView } from '../shared/dataset.cache.ts';
import type { EvidenceSettings } from './evidence-config.loader.ts';
import './evidence.errors.ts';
import { readOfficeZip } from './office-zip.ts';

export type { EvidenceFile, EvidenceKind } from '../../domain/evidence/evidence.types.ts';

export interface EvidenceUploadInput {
  /** The unit the file belongs to (a county or township code in the caller's scope). */
  orgCode: string;
  /** The file's name as the user chose it (checked: no path, at most 200 characters). */
  fileName: string;
  body: AsyncIterable<Uint8Array>;
  /** The size the request declares (Content-Length), when it declares one: refused before reading when over the limit. */
  declaredSize?: number;
}

/** The result of `eduplan evidence verify`. */
export interface EvidenceVerifyReport {
  blobs: number;
  bytes: number;
  problems: Array<{ sha256: string; problem: string }>;
}

/** Staged chunks older than this belong to an upload that will never finish (a crash). */
const STALE_STAGING_MS = 6 * 3600_000;

const MB = 1024 * 1024;
const mb = (n: number) => `${(n / MB).toFixed(n < 10 * MB ? 2 : 1)} MB`;

interface Deps {
  db: Db;
  data: DataSnapshots;
  audit: AuditService;
  clock: Clock;
  settings: EvidenceSettings;
}

const toFile = (r: EvidenceFileRow): EvidenceFile => ({
  id: r.id,
  fileName: r.fileName,
  mediaType: r.mediaType,
  kind: r.kind as EvidenceKind,
  size: r.size,
  sha256: r.sha256,
  orgCode: r.orgCode,
  uploadedAt: r.uploadedAt,
  uploadedBy: r.uploadedBy,
});

export class EvidenceService {
  readonly settings: EvidenceSettings;

  constructor(private readonly deps: Deps) {
    this.settings = deps.settings;
  }

  // ------------------------------------------------------------------ upload

  async upload(caller: Caller, input: EvidenceUploadInput): Promise<EvidenceFile> {
    if (!hasPermission(caller, 'evidence.upload')) {
      throw new AppError('FORBIDDEN', '您的角色没有上传佐证材料的权限');
    }
    const view = await this.deps.data.current().view();
    const unit = this.requireUnit(view, caller.scope, input.orgCode);
    const nameProblem = fileNameProblem(input.fileName, MAX_FILE_NAME_LENGTH);
    if (nameProblem) {
      throw new AppError('EVIDENCE_REJECTED', `文件名“${input.fileName}”不可用：${nameProblem}`, [
        { field: 'fileName', value: input.fileName, message: nameProblem },
      ]);
    }
    const { maxBytes } = this.settings;
    if (input.declaredSize !== undefined && input.declaredSize > maxBytes) {
      throw await this.refused(caller, input, this.tooLarge(input.fileName, input.declaredSize, true));
    }

    const uploadId = randomUUID();
    await this.sweep();
    try {
      const staged = await this.stage(uploadId, input);
      if (staged.size === 0) {
        throw new AppError(
          'EVIDENCE_REJECTED',
          `文件“${input.fileName}”是空文件（0 字节），不能作为佐证材料`,
          [{ field: 'body', value: 0, message: '文件不能为空' }],
        );
      }
      const format = staged.format!;
      if (format.container === 'zip') {
        const found = await readOfficeZip(
          (offset, length) => readStagedRange(this.deps.db, uploadId, EVIDENCE_CHUNK_BYTES, offset, length),
          staged.size,
        );
        const verdict =
          typeof found === 'object'
            ? {
                ok: false as const,
                message: `文件“${input.fileName}”的扩展名是 .${input.fileName.split('.').pop()!.toLowerCase()}（${format.label}），但内容不是可读的 Office 文件（${found.problem}）`,
              }
            : checkOfficeZip(input.fileName, format, found);
        if (!verdict.ok) throw this.rejected(input.fileName, verdict.message);
      }
      const file: EvidenceFile = {
        id: randomUUID(),
        fileName: input.fileName,
        mediaType: format.mediaType,
        kind: format.kind,
        size: staged.size,
        sha256: staged.sha256,
        orgCode: unit,
        uploadedAt: this.deps.clock().toISOString(),
        uploadedBy: caller.actor.username,
      };
      await this.deps.data.write(async (tx) => {
        const { deduplicated } = await promoteUpload(tx, {
          uploadId,
          sha256: file.sha256,
          size: file.size,
          chunks: staged.chunks,
          mediaType: file.mediaType,
          file: {
            id: file.id,
            fileName: file.fileName,
            kind: file.kind,
            orgCode: file.orgCode,
            uploadedBy: file.uploadedBy,
            uploadedAt: file.uploadedAt,
          },
        });
        await this.deps.audit.record(
          caller.actor,
          {
            action: 'evidence.upload',
            outcome: 'success',
            targetType: 'evidence',
            targetId: file.id,
            newValue: {
              fileName: file.fileName,
              orgCode: file.orgCode,
              mediaType: file.mediaType,
              size: file.size,
              sha256: file.sha256,
              deduplicated,
            },
          },
          tx,
        );
      });
      return file;
    } catch (e) {
      await deleteStaged(this.deps.db, uploadId).catch(() => undefined);
      if (e instanceof AppError && (e.code === 'EVIDENCE_REJECTED' || e.code === 'EVIDENCE_TOO_LARGE')) {
        throw await this.refused(caller, input, e);
      }
      throw e;
    }
  }

  /**
   * Reads the body into staging chunks: hashing, counting (stops past the limit), checking the
   * first bytes against the name as soon as there are enough of them.
   */
  private async stage(
    uploadId: string,
    input: EvidenceUploadInput,
  ): Promise<{ size: number; chunks: number; sha256: string; format: EvidenceFormat | null }> {
    const { maxBytes } = this.settings;
    const hash = createHash('sha256');
    // One chunk buffer for the whole upload: stageChunk has encoded its bytes before it returns.
    const chunk = Buffer.allocUnsafe(EVIDENCE_CHUNK_BYTES);
    let filled = 0;
    let seq = 0;
    let size = 0;
    let format: EvidenceFormat | null = null;
    const checkFirstBytes = (head: Uint8Array) => {
      const verdict = checkHead(input.fileName, head);
      if (!verdict.ok) throw this.rejected(input.fileName, verdict.message);
      format = verdict.format;
    };
    const flush = async () => {
      if (filled === 0) return;
      if (format === null) checkFirstBytes(chunk.subarray(0, Math.min(filled, HEAD_BYTES)));
      await stageChunk(this.deps.db, uploadId, seq++, chunk.subarray(0, filled));
      filled = 0;
    };
    for await (const part of input.body) {
      const bytes =
        part instanceof Buffer ? part : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
      size += bytes.byteLength;
      if (size > maxBytes) throw this.tooLarge(input.fileName, size, false);
      hash.update(bytes);
      let at = 0;
      while (at < bytes.byteLength) {
        const n = Math.min(bytes.byteLength - at, EVIDENCE_CHUNK_BYTES - filled);
        bytes.copy(chunk, filled, at, at + n);
        filled += n;
        at += n;
        if (format === null && filled >= HEAD_BYTES) checkFirstBytes(chunk.subarray(0, HEAD_BYTES));
        if (filled === EVIDENCE_CHUNK_BYTES) await flush();
      }
    }
    await flush();
    return { size, chunks: seq, sha256: hash.digest('hex'), format };
  }

  private rejected(fileName: string, message: string): AppError {
    return new AppError('EVIDENCE_REJECTED', message, [
      { field: 'body', value: fileName, message: '文件内容与扩展名不符或不是可接受的类型' },
    ]);
  }

  private tooLarge(fileName: string, size: number, declared: boolean): AppError {
    const limit = this.settings.maxBytes;
    const message = declared
      ? `文件“${fileName}”大小 ${mb(size)}（${size} 字节），超过佐证材料的大小上限 ${mb(limit)}（${limit} 字节）：请压缩或分成几个文件上传`
      : `文件“${fileName}”超过佐证材料的大小上限 ${mb(limit)}（${limit} 字节）：读到 ${size} 字节时停止，未保存任何内容；请压缩或分成几个文件上传`;
    return new AppError('EVIDENCE_TOO_LARGE', message, [
      { field: 'body', value: size, message: `文件不能超过 ${limit} 字节` },
    ]);
  }

  /** A refused upload is audited (what was tried, by whom), then thrown. */
  private async refused(caller: Caller, input: EvidenceUploadInput, e: AppError): Promise<AppError> {
    this.deps.audit.recordSoon(caller.actor, {
      action: 'evidence.upload',
      outcome: 'failure',
      targetType: 'orgUnit',
      targetId: input.orgCode,
      detail: e.message.slice(0, 500),
    });
    return e;
  }

  /** Staging rows of uploads interrupted by a crash (at most once a minute). */
  private lastSweep = 0;
  private async sweep(): Promise<void> {
    const now = this.deps.clock().getTime();
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    await sweepStaged(this.deps.db, new Date(now - STALE_STAGING_MS).toISOString());
  }

  /** The unit a file may be stored for: exists, in scope, a county or township (not the city). */
  private requireUnit(view: DatasetView, scope: Scope | null, orgCode: string): string {
    const unit = view.orgIndex.byCode.get(orgCode);
    if (!unit || (scope && !scopeIncludesOrg(view.orgIndex, scope, orgCode))) {
      const e = new AppError('ORG_UNIT_NOT_FOUND', `组织机构代码 ${orgCode} 不存在`, [
        { field: 'org', value: orgCode, message: '组织机构代码不存在' },
      ]);
      throw unit ? e.hiding('orgUnit', unit.code) : e;
    }
    if (unit.level === 'city') {
      throw new AppError(
        'VALIDATION_FAILED',
        `佐证材料属于县市区或乡镇街道：${unit.name}（${orgCode}）是市级单位，请选择材料所属的县市区或乡镇街道`,
        [{ field: 'org', value: orgCode, message: '应为县级或乡镇级单位代码' }],
      );
    }
    return unit.code;
  }

  // ------------------------------------------------------------------ reading

  /** The files of `ids`, in that order; an unknown or out-of-scope id is not found. */
  async describe(reader: Reader, ids: readonly string[]): Promise<EvidenceFile[]> {
    if (!readerMay(reader, 'evidence.read'))
      throw new AppError('FORBIDDEN', '您的角色没有查看佐证材料的权限');
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const rows = new Map((await findFiles(this.deps.db, unique)).map((r) => [r.id, r]));
    const scope = readerScope(reader);
    const view = scope ? await this.deps.data.current().view() : null;
    const out = new Map<string, EvidenceFile>();
    for (const id of unique) {
      const row = rows.get(id);
      const inScope = row !== undefined && (!scope || scopeIncludesOrg(view!.orgIndex, scope, row.orgCode));
      if (!row || !inScope) {
        const e = new AppError('EVIDENCE_NOT_FOUND', `佐证材料 ${id} 不存在`, [
          { field: 'id', value: id, message: '佐证材料不存在' },
        ]);
        throw row ? e.hiding('evidence', id) : e;
      }
      out.set(id, toFile(row));
    }
    return ids.map((id) => out.get(id)!);
  }

  /**
   * For attaching to a report of `orgCode`: every id exists, the caller may read it, and it
   * belongs to `orgCode` or a unit below it (a county may attach its townships' files).
   */
  async requireAttachable(caller: Caller, ids: readonly string[], orgCode: string): Promise<EvidenceFile[]> {
    const files = await this.describe(caller, ids);
    if (files.length === 0) return files;
    const view = await this.deps.data.current().view();
    const target = view.orgIndex.byCode.get(orgCode);
    for (const [i, f] of files.entries()) {
      if (!isOrgWithin(view.orgIndex, f.orgCode, orgCode)) {
        const owner = view.orgIndex.byCode.get(f.orgCode)?.name ?? f.orgCode;
        throw new AppError(
          'EVIDENCE_NOT_ATTACHABLE',
          `佐证材料“${f.fileName}”属于${owner}（${f.orgCode}），不能作为${target?.name ?? orgCode}（${orgCode}）的佐证材料`,
          [{ field: `evidence[${i}]`, value: f.id, message: `应为 ${orgCode} 或其下属单位的佐证材料` }],
        );
      }
    }
    return files;
  }

  /** A file and its bytes as a stream (chunk by chunk); the download is audited. */
  async open(
    reader: Reader,
    id: string,
    actor?: Caller['actor'],
  ): Promise<{ file: EvidenceFile; stream: Readable }> {
    const [file] = await this.describe(reader, [id]);
    const who = actor ?? (reader && 'actor' in reader ? reader.actor : null);
    if (who) {
      await this.deps.audit.record(who, {
        action: 'evidence.download',
        outcome: 'success',
        targetType: 'evidence',
        targetId: file!.id,
        detail: `${file!.fileName}（${file!.orgCode}，${file!.size} 字节）`,
      });
    }
    return { file: file!, stream: Readable.from(this.chunks(file!.sha256, file!.size)) };
  }

  private async *chunks(sha256: string, size: number): AsyncGenerator<Uint8Array> {
    const count = Math.ceil(size / EVIDENCE_CHUNK_BYTES);
    for (let seq = 0; seq < count; seq++) {
      const data = await readChunk(this.deps.db, sha256, seq);
      if (!data) throw new Error(`evidence blob ${sha256}: chunk ${seq} is missing`);
      yield data;
    }
  }

  // ------------------------------------------------------------------ backup check

  /**
   * Recomputes every blob's SHA-256 from its chunks (one chunk in memory at a time) and reports
   * each blob whose chunks are missing, out of order, of the wrong size or whose hash differs.
   */
  async verify(onProgress?: (done: number) => void): Promise<EvidenceVerifyReport> {
    const report: EvidenceVerifyReport = { blobs: 0, bytes: 0, problems: [] };
    let after: string | null = null;
    for (;;) {
      const blobs = await listBlobs(this.deps.db, after, 200);
      if (blobs.length === 0) break;
      for (const blob of blobs) {
        after = blob.sha256;
        report.blobs += 1;
        const seqs = await chunkSeqs(this.deps.db, blob.sha256);
        const expected = Math.ceil(blob.size / EVIDENCE_CHUNK_BYTES);
        if (seqs.length !== expected || seqs.some((s, i) => s !== i) || blob.chunks !== expected) {
          report.problems.push({
            sha256: blob.sha256,
            problem: `应有 ${expected} 个分块（0–${expected - 1}），实有 ${seqs.length} 个`,
          });
          continue;
        }
        const hash = createHash('sha256');
        let bytes = 0;
        for (const seq of seqs) {
          const data = (await readChunk(this.deps.db, blob.sha256, seq))!;
          bytes += data.byteLength;
          hash.update(data);
        }
        report.bytes += bytes;
        const actual = hash.digest('hex');
        if (bytes !== blob.size) {
          report.problems.push({
            sha256: blob.sha256,
            problem: `大小应为 ${blob.size} 字节，分块合计 ${bytes} 字节`,
          });
        } else if (actual !== blob.sha256) {
          report.problems.push({
            sha256: blob.sha256,
            problem: `内容的 SHA-256 为 ${actual}，与地址不符（分块已损坏）`,
          });
        }
        onProgress?.(report.blobs);
      }
    }
    return report;
  }
}
