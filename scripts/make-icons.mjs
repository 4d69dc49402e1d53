// Draws the extension icon (a white speech bubble on Sendbird purple) as PNGs in public/icons.
// Run by hand when the design changes: `node scripts/make-icons.mjs`. Pure node, no image library.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const PURPLE = [0x62, 0x10, 0xcc];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/** Colour at a point of the unit square: background tile, bubble, tail, and three dots. */
function sample(u, v) {
  if (!insideRoundedRect(u, v, 0, 0, 1, 1, 0.22)) return null;
  const inBubble = insideRoundedRect(u, v, 0.2, 0.24, 0.8, 0.66, 0.12);
  const inTail = v >= 0.6 && v <= 0.8 && u >= 0.3 && u <= 0.46 && u - 0.3 <= (0.8 - v) * 0.8;
  if (inBubble || inTail) {
    for (const dx of [0.36, 0.5, 0.64]) if ((u - dx) ** 2 + (v - 0.45) ** 2 <= 0.05 ** 2) return PURPLE;
    return WHITE;
  }
  return PURPLE;
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const n = 4; // 4x4 supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) for (let sx = 0; sx < n; sx++) {
        const c = sample((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? r / a : 0; raw[o + 1] = a ? g / a : 0; raw[o + 2] = a ? b / a : 0; raw[o + 3] = (a / (n * n)) * 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
console.log('icons written to public/icons');
