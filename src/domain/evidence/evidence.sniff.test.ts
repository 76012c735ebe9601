/**
 * The content sniffer and the zip directory reader on real minimal files built in the test: a
 * PDF, a PNG, a JPEG, a GIF, a .docx, an .xlsx written by exceljs, an OLE header, an executable.
 */
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  MACRO_WORD_MAIN,
  oleHeader,
  plainZip,
  tinyDocx,
  tinyExe,
  tinyGif,
  tinyJpeg,
  tinyPdf,
  tinyPng,
  tinyXlsx,
} from '../../../test/support/evidence-files.ts';
import { readEntries } from '../../../test/support/zip-bomb.ts';
import {
  checkHead,
  checkOfficeZip,
  classifyOfficeZip,
  EVIDENCE_FORMATS,
  extensionOf,
  fileNameProblem,
  identifyHead,
} from './evidence.sniff.ts';
import {
  entryDataOffset,
  findCentralDirectory,
  isZipProblem,
  parseCentralDirectory,
} from './zip-directory.ts';

const format = (id: string) => EVIDENCE_FORMATS.find((f) => f.id === id)!;

/** [Content_Types].xml of a zip, read with the domain's directory reader (the file is whole here). */
function contentTypes(zip: Buffer): string | null {
  const cd = findCentralDirectory(zip, 0, zip.length);
  if (isZipProblem(cd)) throw new Error(cd.problem);
  const entries = parseCentralDirectory(zip.subarray(cd.offset, cd.offset + cd.length), cd.entries);
  if (isZipProblem(entries)) throw new Error(entries.problem);
  const ct = entries.find((e) => e.name === '[Content_Types].xml');
  if (!ct) return null;
  const start = entryDataOffset(ct, zip.subarray(ct.localOffset, ct.localOffset + 30));
  if (isZipProblem(start)) throw new Error(start.problem);
  const data = zip.subarray(start, start + ct.compressedSize);
  return (ct.method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
}

describe('identifyHead', () => {
  it('names each format by its first bytes', async () => {
    expect(identifyHead(tinyPdf())).toBe('pdf');
    expect(identifyHead(tinyPng())).toBe('png');
    expect(identifyHead(tinyJpeg())).toBe('jpeg');
    expect(identifyHead(tinyGif())).toBe('gif');
    expect(identifyHead(Buffer.from('RIFF\x24\0\0\0WEBPVP8 ', 'latin1'))).toBe('webp');
    expect(identifyHead(tinyDocx())).toBe('zip');
    expect(identifyHead(await tinyXlsx())).toBe('zip');
    expect(identifyHead(oleHeader())).toBe('ole');
    expect(identifyHead(tinyExe())).toBe('exe');
    expect(identifyHead(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]))).toBe('elf');
  });

  it('tells web pages, SVG, scripts and text apart from binary noise', () => {
    expect(identifyHead(Buffer.from('\ufeff  <!DOCTYPE html><html><script>alert(1)</script>'))).toBe('html');
    expect(identifyHead(Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'))).toBe(
      'svg',
    );
    expect(identifyHead(Buffer.from('#!/bin/sh\nrm -rf /'))).toBe('script');
    expect(identifyHead(Buffer.from('一二三，纯文本\n'))).toBe('text');
    expect(identifyHead(Buffer.from([0x00, 0x01, 0x02, 0x03]))).toBe('unknown');
  });
});

describe('checkHead', () => {
  it('accepts a file whose content is what its extension says, any case of the extension', () => {
    expect(checkHead('报告.PDF', tinyPdf())).toMatchObject({
      ok: true,
      format: { id: 'pdf' },
      needsZip: false,
    });
    expect(checkHead('照片.jpeg', tinyJpeg())).toMatchObject({ ok: true, format: { id: 'jpeg' } });
    expect(checkHead('照片.jpg', tinyJpeg())).toMatchObject({ ok: true, format: { id: 'jpeg' } });
    expect(checkHead('方案.docx', tinyDocx())).toMatchObject({ ok: true, needsZip: true });
    // Legacy Office: only with its own extension.
    expect(checkHead('旧表.xls', oleHeader())).toMatchObject({
      ok: true,
      format: { id: 'xls', kind: 'excel' },
    });
    expect(checkHead('旧文档.doc', oleHeader())).toMatchObject({
      ok: true,
      format: { id: 'doc', kind: 'word' },
    });
  });

  it('refuses an .exe renamed .pdf, naming the file, what it claims and what it is', () => {
    expect(checkHead('验收报告.pdf', tinyExe())).toEqual({
      ok: false,
      claims: format('pdf'),
      is: 'exe',
      message:
        '文件“验收报告.pdf”的扩展名是 .pdf（PDF 文档），但内容是Windows 可执行程序（EXE/DLL）：文件类型按内容检查，请上传真实的PDF 文档',
    });
  });

  it('refuses a PNG named .jpg, an OLE file named .docx, a web page named .png', () => {
    expect(checkHead('a.jpg', tinyPng())).toMatchObject({ ok: false, is: 'png' });
    const ole = checkHead('a.docx', oleHeader());
    expect(ole).toMatchObject({ ok: false, is: 'ole' });
    expect(!ole.ok && ole.message).toContain('但内容是旧版 Office 文件');
    expect(checkHead('a.png', Buffer.from('<html><body>x</body></html>'))).toMatchObject({
      ok: false,
      is: 'html',
    });
  });

  it('refuses an extension that is not an evidence type, and a name without one', () => {
    const exe = checkHead('setup.exe', tinyExe());
    expect(!exe.ok && exe.message).toBe(
      '文件“setup.exe”的扩展名 .exe，不是可上传的佐证材料类型（内容为Windows 可执行程序（EXE/DLL））：只接受 PDF（.pdf）、图片（.png、.jpg、.jpeg、.gif、.webp）、Word（.docx、.doc）和 Excel（.xlsx、.xls）',
    );
    const none = checkHead('README', tinyPdf());
    expect(!none.ok && none.message).toContain('名称没有扩展名');
    expect(checkHead('x.svg', Buffer.from('<svg/>'))).toMatchObject({ ok: false, claims: null, is: 'svg' });
  });
});

describe('Office zips by their content types', () => {
  it('reads the .docx built here and the .xlsx exceljs writes', async () => {
    expect(classifyOfficeZip(contentTypes(tinyDocx()))).toBe('docx');
    expect(classifyOfficeZip(contentTypes(await tinyXlsx()))).toBe('xlsx');
    expect(classifyOfficeZip(contentTypes(tinyDocx(MACRO_WORD_MAIN)))).toBe('docm');
    expect(classifyOfficeZip(contentTypes(plainZip()))).toBe('plainZip');
    expect(
      classifyOfficeZip(
        contentTypes(
          tinyDocx('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'),
        ),
      ),
    ).toBe('pptx');
  });

  it('the entries the directory reader finds are those the zip holds', () => {
    const zip = tinyDocx();
    const cd = findCentralDirectory(zip, 0, zip.length);
    if (isZipProblem(cd)) throw new Error(cd.problem);
    const entries = parseCentralDirectory(zip.subarray(cd.offset, cd.offset + cd.length), cd.entries);
    expect(isZipProblem(entries) ? entries : entries.map((e) => e.name)).toEqual(
      readEntries(zip).map((e) => e.name),
    );
  });

  it('finds no directory in a zip cut short, and refuses a directory outside the file', () => {
    const zip = tinyDocx();
    expect(findCentralDirectory(zip.subarray(0, 100), 0, 100)).toEqual({
      problem: '找不到 ZIP 中央目录（文件不完整或不是 ZIP）',
    });
    const lying = Buffer.from(zip);
    lying.writeUInt32LE(zip.length * 2, zip.length - 6); // the EOCD's directory offset
    expect(findCentralDirectory(lying, 0, lying.length)).toEqual({ problem: '中央目录位置超出文件范围' });
  });

  it('checkOfficeZip names what a mismatched package is', () => {
    expect(checkOfficeZip('a.xlsx', format('xlsx'), 'xlsx')).toEqual({ ok: true });
    const r = checkOfficeZip('台账.xlsx', format('xlsx'), 'docx');
    expect(!r.ok && r.message).toBe(
      '文件“台账.xlsx”的扩展名是 .xlsx（Excel 表格（.xlsx）），但内容是Word 文档（.docx）：文件类型按内容检查，请上传真实的Excel 表格（.xlsx）',
    );
  });
});

describe('file names', () => {
  it('takes the last extension, lower-cased', () => {
    expect(extensionOf('a.tar.PDF')).toBe('pdf');
    expect(extensionOf('.pdf')).toBe('');
    expect(extensionOf('a.')).toBe('');
  });

  it('refuses paths, control characters, dots only, empty and over-long names', () => {
    expect(fileNameProblem('方案.pdf', 200)).toBeNull();
    expect(fileNameProblem('a/b.pdf', 200)).toBe('文件名不能含有路径分隔符（/ 或 \\）');
    expect(fileNameProblem('a\\b.pdf', 200)).toBe('文件名不能含有路径分隔符（/ 或 \\）');
    expect(fileNameProblem('a\nb.pdf', 200)).toBe('文件名不能含有控制字符');
    expect(fileNameProblem('..', 200)).toBe('文件名不能只由点组成');
    expect(fileNameProblem('  ', 200)).toBe('文件名不能为空');
    // 200 characters (Chinese characters count one each) pass, 201 do not.
    expect(fileNameProblem(`${'报'.repeat(196)}.pdf`, 200)).toBeNull();
    expect(fileNameProblem(`${'报'.repeat(197)}.pdf`, 200)).toBe('文件名不能超过 200 个字符');
  });
});
