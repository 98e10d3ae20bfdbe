/**
 * Reads a file of newline-terminated lines a few MiB at a time, so that no file is ever held
 * whole in memory or as one string.
 */
import * as fs from 'fs';

const CHUNK_BYTES = 4 * 1024 * 1024;

export interface Line {
  text: string;
  /** Byte offset of the line's first byte. */
  offset: number;
  /** Byte offset just after its newline. */
  end: number;
  /** 1-based. */
  number: number;
  /** Its newline is the file's last byte. */
  last: boolean;
}

/**
 * Calls `onLine` for every complete line (the newline excluded); answers the file's size, the
 * number of complete lines and the bytes after the last newline (a line cut short, or 0). `onFirstChunk` may look at the start of
 * the file and answer true to stop before any line is read.
 */
export function readLines(
  file: string,
  onLine: (line: Line) => void,
  onFirstChunk?: (start: Buffer) => boolean,
): { size: number; lines: number; tail: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, Math.max(size, 1)));
    let carry: Buffer | null = null;
    let position = 0;
    let lineStart = 0;
    let number = 0;
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, position);
      if (n === 0) break;
      const data = chunk.subarray(0, n);
      if (position === 0 && onFirstChunk?.(data)) return { size, lines: 0, tail: 0 };
      let start = 0;
      for (let nl = data.indexOf(0x0a, start); nl !== -1; nl = data.indexOf(0x0a, start)) {
        const text: string = carry
          ? Buffer.concat([carry, data.subarray(start, nl)]).toString('utf8')
          : data.toString('utf8', start, nl);
        carry = null;
        onLine({ text, offset: lineStart, end: position + nl + 1, number: ++number, last: position + nl === size - 1 });
        lineStart = position + nl + 1;
        start = nl + 1;
      }
      if (start < n) carry = carry ? Buffer.concat([carry, data.subarray(start)]) : Buffer.from(data.subarray(start));
      position += n;
    }
    return { size, lines: number, tail: size - lineStart };
  } finally {
    fs.closeSync(fd);
  }
}
