import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MINI_PACK } from '../../testing/fixtures.ts';
import { deflatedZeros, lyingZip, zipOfEntries } from '../../testing/zips.ts';
import { MAX_UNPACKED_BYTES, packFilesFromBytes } from './load.ts';
import { readUpload } from './upload.ts';

const miniText = readFileSync(join(MINI_PACK, 'board.yaml'));

function refusalOf(name: string, zip: Uint8Array) {
  const result = readUpload([{ name, bytes: zip }]);
  expect(result.ok).toBe(false);
  if (result.ok || !('unreadable' in result)) throw new Error('expected the upload to be refused as unreadable');
  return result.unreadable;
}

describe('unpacking a zip of a board pack', () => {
  it('refuses an entry that holds a gigabyte while its header says 100 bytes, naming the entry', () => {
    const zip = lyingZip('pack/board.yaml');
    expect(zip.length).toBeLessThan(1.2 * 1024 * 1024);
    expect(refusalOf('lying.zip', zip)).toMatchObject({
      file: 'lying.zip',
      path: 'pack/board.yaml',
      code: 'zip-entry-larger',
      params: { entry: 'pack/board.yaml', claimed: 100 },
    });
  });

  it('refuses an entry whose bytes do not match its CRC-32', () => {
    const zip = zipOfEntries([
      {
        name: 'board.yaml',
        data: deflateRawSync(miniText),
        claimedSize: miniText.length,
        claimedCrc: (crc32(miniText) + 1) >>> 0,
      },
    ]);
    expect(refusalOf('damaged.zip', zip)).toMatchObject({ path: 'board.yaml', code: 'zip-entry-checksum' });
  });

  it('refuses an entry that holds less than its header says', () => {
    const zip = zipOfEntries([
      {
        name: 'board.yaml',
        data: miniText,
        claimedSize: miniText.length + 10,
        claimedCrc: crc32(miniText),
        stored: true,
      },
    ]);
    expect(refusalOf('short.zip', zip).code).toBe('zip-entry-checksum');
  });

  it('refuses an entry that says it is larger than a pack may be, without unpacking it', () => {
    const zip = zipOfEntries([
      { name: 'board.yaml', data: deflatedZeros(1024), claimedSize: MAX_UNPACKED_BYTES + 1, claimedCrc: 0 },
    ]);
    expect(refusalOf('big.zip', zip)).toMatchObject({ code: 'too-large', params: { limit: 32 } });
  });

  it('counts the bytes of every entry together: honest entries past the limit in all are refused', () => {
    const eleven = Buffer.alloc(11 * 1024 * 1024, 32);
    const entry = (name: string) => ({
      name,
      data: deflateRawSync(eleven),
      claimedSize: eleven.length,
      claimedCrc: crc32(eleven),
    });
    const zip = zipOfEntries([entry('a.yaml'), entry('b.yaml'), entry('c.yaml')]);
    expect(refusalOf('three.zip', zip)).toMatchObject({ path: 'c.yaml', code: 'too-large' });
  });

  it('refuses what is not a zip, and a zip using another compression method', () => {
    expect(refusalOf('not.zip', strToU8('not a zip at all')).code).toBe('unreadable');
    const zip = zipOfEntries([
      { name: 'board.yaml', data: miniText, claimedSize: miniText.length, claimedCrc: crc32(miniText) },
    ]);
    zip.writeUInt16LE(12, 8);
    expect(refusalOf('bzip2.zip', zip).code).toBe('unreadable');
  });

  it('reads honest zips of other writers as before, stored or deflated', () => {
    for (const level of [0, 9] as const) {
      const zip = zipSync({ 'pack/board.yaml': new Uint8Array(miniText), 'pack/notes.txt': strToU8('x') }, { level });
      const files = packFilesFromBytes('mini.zip', zip);
      expect(files.map((file) => [file.name, file.text])).toEqual([['pack/board.yaml', miniText.toString('utf8')]]);
    }
  });
});
