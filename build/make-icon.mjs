// Draws the app icon (build/icon.png, 512×512 RGBA) without any image library: a deep-blue rounded
// square with a white bar chart under a magnifying glass — analytics for supervision. Run
// `node build/make-icon.mjs` to regenerate; electron-builder derives .ico/.icns from it.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const N = 512;
const px = new Uint8Array(N * N * 4);

function blend(x, y, [r, g, b], a) {
  if (x < 0 || y < 0 || x >= N || y >= N || a <= 0) return;
  const i = (y * N + x) * 4;
  const k = Math.min(1, a);
  const da = px[i + 3] / 255;
  const oa = k + da * (1 - k);
  px[i] = Math.round((r * k + px[i] * da * (1 - k)) / oa);
  px[i + 1] = Math.round((g * k + px[i + 1] * da * (1 - k)) / oa);
  px[i + 2] = Math.round((b * k + px[i + 2] * da * (1 - k)) / oa);
  px[i + 3] = Math.round(oa * 255);
}

// Coverage of a shape given by a signed distance (negative inside), 1-px anti-aliasing.
const cover = (d) => Math.max(0, Math.min(1, 0.5 - d));
function fill(sdf, colour) {
  for (let y = 0; y < N; y++) for (let x = 0; x < N; x++) blend(x, y, colour(x, y), cover(sdf(x + 0.5, y + 0.5)));
}
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const qx = Math.max(x0 + r - x, x - (x1 - r), 0);
  const qy = Math.max(y0 + r - y, y - (y1 - r), 0);
  const inside = Math.min(Math.max(x0 + r - x, x - (x1 - r), y0 + r - y, y - (y1 - r)), 0);
  return Math.hypot(qx, qy) + inside - r;
};
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - w / 2;
const capsule = (ax, ay, bx, by, w) => (x, y) => {
  const [px_, py_, dx, dy] = [x - ax, y - ay, bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, (px_ * dx + py_ * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px_ - t * dx, py_ - t * dy) - w / 2;
};

const white = () => [255, 255, 255];
fill(roundRect(16, 16, 496, 496, 96), (x, y) => {
  const t = (x + y) / (2 * N);
  return [Math.round(20 + 20 * t), Math.round(72 + 50 * t), Math.round(160 + 60 * t)];
});
// Bar chart.
for (const [x0, h] of [[108, 120], [172, 190], [236, 150]]) fill(roundRect(x0, 392 - h, x0 + 44, 392, 10), white);
fill(roundRect(96, 404, 300, 418, 7), white);
// Magnifying glass over the chart.
fill(ring(350, 190, 82, 28), white);
fill(capsule(412, 252, 448, 290, 38), () => [255, 214, 102]);

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0;
  Buffer.from(px.buffer, y * N * 4, N * 4).copy(raw, y * (N * 4 + 1) + 1);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr.set([8, 6, 0, 0, 0], 8);
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(resolve(import.meta.dirname, 'icon.png'), png);
process.stdout.write(`build/icon.png ${png.length} bytes\n`);
