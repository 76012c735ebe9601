/**
 * Evidence files (佐证材料) on any page that takes them: <EvidenceUpload> uploads each chosen file
 * (the raw file as the request body, its name in X-File-Name) and shows the server's Chinese
 * refusal per file (not what its name says, too large, empty); <EvidenceList> lists files with
 * their sizes and download links. The server checks the type by content; `accept` only narrows
 * the file chooser.
 */
import { Button, List, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, ApiError, apiDownload, NETWORK_ERROR, type Session } from '../api';
import { errorMessage } from '../errors';
import { formatDateTime } from '../format';
import type { components } from '../generated/openapi';
import { useI18n } from '../i18n/i18n';

/** One stored evidence file, as the API describes it. */
export type EvidenceFile = components['schemas']['EvidenceFile'];

type UploadAnswer = { file: EvidenceFile };

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.doc,.xlsx,.xls';

/** "2.4 MB", "512 KB", "900 B". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

/** Uploads one file for `orgCode`: the stored file, or an ApiError with the server's message. */
export async function uploadEvidence(
  file: Blob & { name: string },
  orgCode: string,
  csrfToken: string,
): Promise<EvidenceFile> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/evidence?org=${encodeURIComponent(orgCode)}`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/octet-stream',
        'X-File-Name': encodeURIComponent(file.name),
        'X-CSRF-Token': csrfToken,
      },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  const body = (await response.json().catch(() => null)) as
    | (UploadAnswer & { error?: undefined })
    | { error?: { code?: string; message?: string; details?: Array<{ field: string; message: string }> } }
    | null;
  if (!response.ok || !body || !('file' in body)) {
    const error = body && 'error' in body ? body.error : undefined;
    throw new ApiError(
      response.status,
      error?.code ?? 'UNEXPECTED',
      error?.message ?? '',
      error?.details ?? [],
    );
  }
  return body.file;
}

export function EvidenceUpload({
  orgCode,
  value,
  onChange,
  disabled,
  csrfToken,
}: {
  /** The unit the files belong to (a county or township code). */
  orgCode: string;
  value: EvidenceFile[];
  onChange: (files: EvidenceFile[]) => void;
  disabled?: boolean;
  /** The session's CSRF token (read from the session when not given). */
  csrfToken?: string;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  const token = async () => csrfToken ?? (await api<Session>('GET', '/api/v1/session')).csrfToken;

  const uploadAll = async (files: File[]) => {
    const problems: string[] = [];
    let current = value;
    const csrf = await token().catch(() => '');
    for (const f of files) {
      setBusy(f.name);
      try {
        const stored = await uploadEvidence(f, orgCode, csrf);
        if (!current.some((x) => x.id === stored.id)) current = [...current, stored];
        onChange(current);
      } catch (error) {
        problems.push(t('evidence.failed', { name: f.name, reason: errorMessage(error, t) }));
      }
    }
    setBusy(null);
    setErrors(problems);
  };

  return (
    <div className="evidence-upload">
      <Upload
        accept={ACCEPT}
        multiple
        showUploadList={false}
        disabled={disabled || busy !== null}
        beforeUpload={(file, list) => {
          // antd calls this once per file with the whole selection: upload the selection once.
          if (file === list[0]) void uploadAll(list);
          return false;
        }}
      >
        <Button className="evidence-choose" disabled={disabled} loading={busy !== null}>
          {busy !== null ? t('evidence.uploading', { name: busy }) : t('evidence.choose')}
        </Button>
      </Upload>
      <Typography.Paragraph type="secondary" className="evidence-accept">
        {t('evidence.accept')}
      </Typography.Paragraph>
      {errors.map((e) => (
        <Typography.Paragraph key={e} type="danger" className="evidence-error">
          {e}
        </Typography.Paragraph>
      ))}
      <EvidenceList
        files={value}
        onRemove={disabled ? undefined : (id) => onChange(value.filter((f) => f.id !== id))}
      />
    </div>
  );
}

export function EvidenceList({
  files,
  onRemove,
}: {
  files: EvidenceFile[];
  /** Offered when given: takes a file off the list (the stored file stays: evidence is never deleted). */
  onRemove?: (id: string) => void;
}) {
  const { t, language } = useI18n();
  const [error, setError] = useState<string | null>(null);
  if (files.length === 0) {
    return (
      <Typography.Text type="secondary" className="evidence-empty">
        {t('evidence.empty')}
      </Typography.Text>
    );
  }
  return (
    <>
      <List
        size="small"
        className="evidence-list"
        dataSource={files}
        renderItem={(f) => (
          <List.Item
            className="evidence-item"
            actions={[
              <Button
                key="download"
                type="link"
                size="small"
                className="evidence-download"
                onClick={() => {
                  setError(null);
                  apiDownload(`/api/v1/evidence/${f.id}`, f.fileName).catch((e: unknown) =>
                    setError(errorMessage(e, t)),
                  );
                }}
              >
                {t('evidence.download')}
              </Button>,
              ...(onRemove
                ? [
                    <Button key="remove" type="link" size="small" danger onClick={() => onRemove(f.id)}>
                      {t('evidence.remove')}
                    </Button>,
                  ]
                : []),
            ]}
          >
            <Space size="small" wrap>
              <Tag>{t(`evidence.kind.${f.kind}`)}</Tag>
              <span className="evidence-name">{f.fileName}</span>
              <Typography.Text type="secondary">{formatBytes(f.size)}</Typography.Text>
              <Typography.Text type="secondary">
                {t('evidence.uploadedBy', {
                  user: f.uploadedBy,
                  at: formatDateTime(new Date(f.uploadedAt), language),
                })}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {error && (
        <Typography.Paragraph type="danger" className="evidence-error">
          {error}
        </Typography.Paragraph>
      )}
    </>
  );
}
