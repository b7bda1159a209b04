import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  /** The entry's data as stored (deflated unless `stored`). */
  data: Buffer;
  /** What the headers say: size unpacked and CRC-32. */
  claimedSize: number;
  claimedCrc: number;
  stored?: boolean;
}

/** A zip written by hand, so its headers can say what the test wants them to, true or not. */
export function zipOfEntries(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(entry.claimedCrc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.claimedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(entry.claimedCrc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.claimedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    directory.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

/**
 * Raw deflate of `size` zeros without holding them: independent 16 MB pieces flushed to a byte
 * boundary, not final, then an empty final block. About 1 KB per MB.
 */
export function deflatedZeros(size: number): Buffer {
  const pieceSize = 16 * 1024 * 1024;
  const piece = deflateRawSync(Buffer.alloc(pieceSize), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const pieces: Buffer[] = [];
  for (let done = 0; done < size; done += pieceSize) {
    const rest = size - done;
    pieces.push(
      rest >= pieceSize ? piece : deflateRawSync(Buffer.alloc(rest), { level: 9, finishFlush: constants.Z_SYNC_FLUSH }),
    );
  }
  pieces.push(deflateRawSync(Buffer.alloc(0)));
  return Buffer.concat(pieces);
}

/** The zip of the finding: one entry that claims 100 bytes and holds a gigabyte of zeros. */
export function lyingZip(entryName = 'board.yaml'): Buffer {
  return zipOfEntries([
    {
      name: entryName,
      data: deflatedZeros(1024 * 1024 * 1024),
      claimedSize: 100,
      claimedCrc: crc32(Buffer.alloc(100)),
    },
  ]);
}
