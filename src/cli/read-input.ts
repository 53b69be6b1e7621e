/**
 * Reads the answers file for the command line, refusing anything that is not a regular file of answers size:
 * a FIFO, a device such as /dev/zero, a directory or a huge file ends at once with a coded error instead of
 * blocking or filling memory. The file is opened non-blocking (so a FIFO with no writer cannot hang the open)
 * and checked with fstat on the open descriptor (so the checked file is the file read). Standard input ("-")
 * is read up to the cap whatever it is connected to.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export type InputErrorCode = 'ENOTREG' | 'EFBIG' | 'ETTY';

/** A refusal of the input itself (as opposed to an operating-system error such as ENOENT). */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Reads at most maxBytes + 1 bytes, so a larger input is known to be too large without reading it all. */
function readCapped(fd: number, maxBytes: number): Uint8Array {
  const buffer = Buffer.alloc(maxBytes + 1);
  let length = 0;
  while (length < buffer.length) {
    let n: number;
    try {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    } catch (error) {
      // A non-blocking standard input with nothing yet: wait a little rather than spin.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      continue;
    }
    if (n === 0) break;
    length += n;
  }
  if (length > maxBytes) throw new InputError('EFBIG', `more than ${maxBytes} bytes`);
  return buffer.subarray(0, length);
}

export function readInput(path: string, maxBytes: number): Uint8Array {
  if (path === '-') {
    if (fstatSync(0).isCharacterDevice() && process.stdin.isTTY)
      throw new InputError('ETTY', 'standard input is a terminal');
    return readCapped(0, maxBytes);
  }
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory())
      throw Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' });
    if (!stats.isFile()) throw new InputError('ENOTREG', kindOf(stats));
    if (stats.size > maxBytes) throw new InputError('EFBIG', `${stats.size} bytes`);
    return readCapped(fd, maxBytes);
  } finally {
    closeSync(fd);
  }
}
