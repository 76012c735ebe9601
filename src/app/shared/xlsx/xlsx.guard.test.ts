import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkZipSizes } from './xlsx.guard.ts';

/** A minimal zip with one stored entry whose central directory claims `declaredSize` bytes. */
function zipClaiming(declaredSize: number): Uint8Array {
  const name = Buffer.from('a.xml');
  const local = Buffer.alloc(30 + name.length);
  local.writeUInt32LE(0x04034b50, 0);
  name.copy(local, 30);
  const central = Buffer.alloc(46 + name.length);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(name.length, 28);
  name.copy(central, 46);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length, 12);
  eocd.writeUInt32LE(local.length, 16);
  return new Uint8Array(Buffer.concat([local, central, eocd]));
}

describe('checkZipSizes', () => {
  it('accepts a real workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('账号').addRow(['用户名', '姓名', '角色', '所属单位代码']);
    expect(checkZipSizes(new Uint8Array(await wb.xlsx.writeBuffer()))).toBeNull();
  });

  it('refuses a file whose entries claim to unpack beyond the limit', () => {
    // 1 GB declared in a file of about a hundred bytes.
    expect(checkZipSizes(zipClaiming(1_000_000_000))).toContain('解压后超过 64 MB');
    expect(checkZipSizes(zipClaiming(1_000))).toBeNull();
    expect(checkZipSizes(zipClaiming(0xffffffff))).toContain('ZIP64');
  });

  it('leaves files that are not zips to the parser', () => {
    expect(checkZipSizes(new Uint8Array(Buffer.from('hello')))).toBeNull();
  });
});
