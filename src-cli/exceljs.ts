// exceljs for Node, with JSZip's string chunking mended. In Node, exceljs hands each XML part to
// JSZip as a string; JSZip cuts strings into 16 KiB chunks and UTF-8-encodes each chunk alone, so a
// character outside the BMP (an emoji, some CJK) that straddles a cut is written as two U+FFFD.
// The browser build of exceljs encodes with TextEncoder first and is not affected.
import { createRequire } from 'node:module';
import type ExcelJsNamespace from 'exceljs';

interface DataWorkerLike {
  isPaused: boolean;
  isFinished: boolean;
  type: string;
  data: string;
  index: number;
  max: number;
  end(): boolean;
  push(chunk: { data: string; meta: { percent: number } }): boolean;
}

const CHUNK = 16 * 1024;
let mended = false;

/** Makes JSZip's DataWorker end its string chunks between characters, never inside a pair. */
function mendJsZipStringChunks(): void {
  if (mended) return;
  const require = createRequire(import.meta.url);
  const exceljsMain = require.resolve('exceljs');
  const jszipDataWorker = createRequire(exceljsMain).resolve('jszip/lib/stream/DataWorker');
  const DataWorker = createRequire(exceljsMain)(jszipDataWorker) as {
    prototype: { _tick(this: DataWorkerLike): boolean };
  };
  const original = DataWorker.prototype._tick;
  DataWorker.prototype._tick = function tick(this: DataWorkerLike): boolean {
    if (this.type !== 'string' || this.isPaused || this.isFinished || this.index >= this.max) {
      return original.call(this);
    }
    let next = Math.min(this.max, this.index + CHUNK);
    const last = this.data.charCodeAt(next - 1);
    if (next < this.max && last >= 0xd800 && last <= 0xdbff) next += 1;
    const data = this.data.substring(this.index, next);
    this.index = next;
    return this.push({ data, meta: { percent: this.max ? (this.index / this.max) * 100 : 0 } });
  };
  mended = true;
}

/** The exceljs module for Node, JSZip mended (see above). */
export async function loadExcelJs(): Promise<typeof ExcelJsNamespace> {
  mendJsZipStringChunks();
  return (await import('exceljs')).default;
}
