import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

/**
 * Draws the skill's icons (108 and 512 pixels square, as the Alexa app
 * asks): a calm teal disc with a white figure on hands and knees, its
 * back rounded up as in cat-cow. Drawn in code so the skill package needs no design tool and the
 * files come out the same every time.
 */

/** Where the ASK skill package keeps images; skill.json names them as file://assets/images/... */
export const ICON_DIR = 'interaction-model/assets/images';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The colour of one pixel, in a size-independent unit square. */
function colour(x: number, y: number): [number, number, number] {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const r = Math.hypot(dx, dy);
  if (r > 0.46) return [255, 255, 255];
  // A figure on hands and knees with its back rounded up, as in cat-cow: the back is the top of a
  // circle centred below the icon, with a head in front and an arm and a leg down to the floor.
  const back = Math.abs(Math.hypot(dx, y - 1.05) - 0.6) < 0.04 && Math.abs(dx) < 0.28;
  const head = Math.hypot(x - 0.17, y - 0.5) < 0.06;
  const limb = y > 0.52 && y < 0.76 && (Math.abs(x - 0.245) < 0.025 || Math.abs(x - 0.755) < 0.025);
  const floor = Math.abs(y - 0.77) < 0.015 && Math.abs(dx) < 0.36;
  if (back || head || limb || floor) return [255, 255, 255];
  const shade = Math.round(20 * r);
  return [32 + shade, 138 + shade, 140 + shade];
}

/** A square RGB PNG of `size` pixels. */
export function iconPng(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let row = 0; row < size; row += 1) {
    const line = Buffer.alloc(1 + size * 3);
    for (let col = 0; col < size; col += 1) {
      const [r, g, b] = colour((col + 0.5) / size, (row + 0.5) / size);
      line.writeUInt8(r, 1 + col * 3);
      line.writeUInt8(g, 2 + col * 3);
      line.writeUInt8(b, 3 + col * 3);
    }
    rows.push(line);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8);
  header.writeUInt8(2, 9);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The two icons and their file names. */
export const ICONS = { 'small-icon.png': 108, 'large-icon.png': 512 } as const;

if (process.argv[1]?.endsWith('generate-icons.ts')) {
  mkdirSync(ICON_DIR, { recursive: true });
  for (const [name, size] of Object.entries(ICONS)) writeFileSync(join(ICON_DIR, name), iconPng(size));
  console.log(`wrote ${Object.keys(ICONS).join(', ')} in ${ICON_DIR}`);
}
