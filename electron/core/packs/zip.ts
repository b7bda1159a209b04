import { crc32, inflateRawSync } from 'node:zlib';

/** Why a zip was refused: a problem code of the translations (`problems.<code>`), its params and the entry. */
export class PackZipError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly entry: string;
  constructor(code: string, params: Record<string, string | number>, entry = '', detail = code) {
    super(detail);
    this.name = 'PackZipError';
    this.code = code;
    this.params = params;
    this.entry = entry;
  }
}

export interface ZipLimits {
  /** Bytes unpacked in all, counted as they come out, whatever the headers say. */
  maxBytes: number;
  /** Entries unpacked; one more than a pack may have, so the pack's own check refuses it with its message. */
  maxEntries: number;
  /** Which entries to unpack (the others are skipped unread). */
  wanted: (name: string) => boolean;
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

const unreadable = (detail: string, entry = '') => new PackZipError('unreadable', {}, entry, detail);

function endOfDirectory(bytes: Buffer): number {
  // The record is 22 bytes, followed by a comment of at most 65,535.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  throw unreadable('no end of central directory: not a zip');
}

/** The central directory: the only place a zip lists its entries with their sizes and checksums. */
function entriesOf(bytes: Buffer): Entry[] {
  const end = endOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY)
      throw unreadable('damaged central directory');
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    entries.push({
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + skip;
  }
  return entries;
}

function compressedData(bytes: Buffer, entry: Entry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_ENTRY)
    throw unreadable('damaged local header', entry.name);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length) throw unreadable('entry runs past the end of the file', entry.name);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Unpacks one entry, never more than it claims (nor more than is left of the budget): inflating
 * stops one byte past that, so an entry that holds more than its header says is caught at once.
 */
function unpack(bytes: Buffer, entry: Entry, budget: number): Buffer {
  if (entry.flags & 1) throw unreadable('encrypted entry', entry.name);
  if (entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK) throw unreadable('zip64 entry', entry.name);
  const data = compressedData(bytes, entry);
  const limit = Math.min(entry.size, budget) + 1;
  const larger = () => new PackZipError('zip-entry-larger', { entry: entry.name, claimed: entry.size }, entry.name);
  let out: Buffer;
  if (entry.method === 0) out = data.subarray(0, limit);
  else if (entry.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: limit });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw larger();
      throw unreadable(`cannot inflate: ${(error as Error).message}`, entry.name);
    }
  } else throw unreadable(`compression method ${entry.method}`, entry.name);
  if (out.length > entry.size) throw larger();
  if (out.length !== entry.size || crc32(out) !== entry.crc)
    throw new PackZipError('zip-entry-checksum', { entry: entry.name }, entry.name);
  return out;
}

/**
 * The wanted entries of a zip, each checked against its size and CRC-32, the bytes counted as they
 * are unpacked: a zip whose headers lie, or that unpacks to more than `maxBytes`, is refused before
 * it costs more than that.
 */
export function unzipChecked(zip: Uint8Array, limits: ZipLimits): { name: string; bytes: Buffer }[] {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const entries = entriesOf(bytes).filter((entry) => !entry.name.endsWith('/') && limits.wanted(entry.name));
  let left = limits.maxBytes;
  return entries.slice(0, limits.maxEntries).map((entry) => {
    if (entry.size > left)
      throw new PackZipError(
        'too-large',
        { limit: limits.maxBytes / 1024 / 1024 },
        entry.name,
        `the zip unpacks to more than ${limits.maxBytes / 1024 / 1024} MB of YAML`,
      );
    const out = unpack(bytes, entry, left);
    left -= out.length;
    return { name: entry.name, bytes: out };
  });
}
