/**
 * The one-time list of new accounts and their initial passwords, as an .xlsx for the
 * administrator to hand out. It is never stored; producing it is audited as an export.
 */
import { newWorkbook, writeWorkbook } from '../shared/xlsx/xlsx.file.ts';
import type { UserImportRow } from '../../domain/access/access.types.ts';

export async function buildCredentialsWorkbook(
  created: Array<{ row: UserImportRow; initialPassword: string }>,
): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('新账号');
  ws.columns = [
    { header: '用户名', key: 'username', width: 18 },
    { header: '姓名', key: 'displayName', width: 14 },
    { header: '角色', key: 'role', width: 14 },
    { header: '所属单位代码', key: 'scopeCode', width: 16 },
    { header: '初始密码（首次登录须修改）', key: 'password', width: 28 },
  ];
  for (const c of created) {
    ws.addRow({ ...c.row, password: c.initialPassword });
  }
  ws.getRow(1).font = { bold: true };
  return writeWorkbook(wb);
}
