/**
 * One process per PGlite data folder: PGlite is a single-writer database, and two processes
 * writing the same folder corrupt it. `lockDataDir` creates `eduplan.lock` in the folder with
 * O_EXCL (`'wx'`), holding the process id, host, start time and command; a second process is
 * refused with a message naming the holder. A lock left by a process that no longer runs on this
 * host (killed, crashed) is taken over. The lock is released on close and on process exit.
 */
import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

export const LOCK_FILE = 'eduplan.lock';

/** What the lock file holds. */
export interface LockInfo {
  pid: number;
  host: string;
  /** When the holding process took the lock (ISO). */
  startedAt: string;
  /** The holder's command line, when it could be read. */
  command: string | null;
  /** Linux: the process's start time in clock ticks since boot (/proc/<pid>/stat), to tell a reused pid. */
  procStart: string | null;
  /** Random: tells this lock from a later one of the same process. */
  nonce: string;
}

/** Refusal to open a data folder or a database (Chinese message for the operator). */
export class DataDirLockedError extends Error {
  constructor(
    message: string,
    readonly holder: LockInfo,
  ) {
    super(message);
    this.name = 'DataDirLockedError';
  }
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

/** The process's command line from /proc (null where there is no /proc or it is not readable). */
export function processCommand(pid: number): string | null {
  const raw = readProc(pid, 'cmdline');
  if (!raw) return null;
  const text = raw.split('\0').filter(Boolean).join(' ');
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** Field 22 of /proc/<pid>/stat (start time since boot): a reused pid has another one. */
function processStart(pid: number): string | null {
  const raw = readProc(pid, 'stat');
  if (!raw) return null;
  const fields = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process that wrote `info` still runs (always true for another host: we cannot tell). */
function holderRuns(info: LockInfo): boolean {
  if (info.host !== hostname()) return true;
  if (!isAlive(info.pid)) return false;
  const start = processStart(info.pid);
  return info.procStart === null || start === null || start === info.procStart;
}

function parseLock(text: string): LockInfo | null {
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (typeof v.pid !== 'number' || typeof v.host !== 'string') return null;
    return {
      pid: v.pid,
      host: v.host,
      startedAt: typeof v.startedAt === 'string' ? v.startedAt : '',
      command: typeof v.command === 'string' ? v.command : null,
      procStart: typeof v.procStart === 'string' ? v.procStart : null,
      nonce: typeof v.nonce === 'string' ? v.nonce : '',
    };
  } catch {
    return null;
  }
}

function readLock(path: string): { text: string; info: LockInfo | null } | null {
  try {
    const text = readFileSync(path, 'utf8');
    return { text, info: parseLock(text) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function refusal(dataDir: string, info: LockInfo): DataDirLockedError {
  const command = info.host === hostname() ? (processCommand(info.pid) ?? info.command) : info.command;
  const who = [
    `进程号 ${info.pid}`,
    ...(command ? [`命令 ${command}`] : []),
    `主机 ${info.host}`,
    ...(info.startedAt ? [`自 ${info.startedAt} 起`] : []),
  ].join('，');
  return new DataDirLockedError(
    `数据目录 ${dataDir} 正被另一个进程使用（${who}）：内置数据库 PGlite 只允许一个进程打开，两个进程同时写入会损坏数据。请先停止该进程，或用 --data-dir 指定其他数据目录；若确认该进程已不存在，可删除 ${join(dataDir, LOCK_FILE)}`,
    info,
  );
}

export interface DataDirLock {
  info: LockInfo;
  /** Removes the lock file if it is still this lock's (idempotent). */
  release(): void;
}

/** Takes the data folder's lock or throws DataDirLockedError naming the process that holds it. */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    command: processCommand(process.pid) ?? process.argv.join(' '),
    procStart: processStart(process.pid),
    nonce: randomBytes(12).toString('hex'),
  };
  const text = `${JSON.stringify(info)}\n`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o644);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const held = readLock(path);
      if (held === null) continue; // released meanwhile: try again
      // A lock file that cannot be parsed (e.g. cut short by a crash while writing) is stale too.
      if (held.info && holderRuns(held.info)) throw refusal(dataDir, held.info);
      // Stale: move it aside atomically, then check that what was moved is the stale one (and not
      // a fresh lock another process took in between); put a fresh one back.
      const aside = `${path}.stale-${process.pid}-${info.nonce}`;
      try {
        renameSync(path, aside);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw err;
      }
      const moved = readLock(aside);
      if (moved && moved.text !== held.text && moved.info && holderRuns(moved.info)) {
        renameSync(aside, path);
        throw refusal(dataDir, moved.info);
      }
      unlinkSync(aside);
      continue;
    }
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      process.removeListener('exit', release);
      const now = readLock(path);
      if (now && now.info?.nonce === info.nonce) {
        try {
          unlinkSync(path);
        } catch {
          /* already gone */
        }
      }
    };
    process.on('exit', release);
    return { info, release };
  }
  const held = readLock(path);
  if (held?.info) throw refusal(dataDir, held.info);
  throw new Error(`cannot take the lock ${path}`);
}
