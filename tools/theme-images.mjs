// Draws the theme's PNG images (the link-preview card and the web app icons) from code, so they are reproducible:
// `node tools/theme-images.mjs` rewrites theme/assets/social-card.png and theme/assets/icons/icon-{192,512}.png with
// the same bytes each time. Plain shapes and a 5×7 block font defined here; no image library.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const theme = join(dirname(fileURLToPath(import.meta.url)), "..", "theme", "assets");
const navy = [0x23, 0x2f, 0x3e];
const orange = [0xff, 0x99, 0x00];
const white = [0xff, 0xff, 0xff];
const grey = [0xc8, 0xd0, 0xda];

// 5 columns × 7 rows per letter, '#' is ink.
const font = {
  A: [" ### ", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"],
  C: [" ####", "#    ", "#    ", "#    ", "#    ", "#    ", " ####"],
  D: ["#### ", "#   #", "#   #", "#   #", "#   #", "#   #", "#### "],
  E: ["#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#####"],
  F: ["#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#    "],
  G: [" ####", "#    ", "#    ", "#  ##", "#   #", "#   #", " ### "],
  H: ["#   #", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"],
  I: ["#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "#####"],
  L: ["#    ", "#    ", "#    ", "#    ", "#    ", "#    ", "#####"],
  M: ["#   #", "## ##", "# # #", "# # #", "#   #", "#   #", "#   #"],
  N: ["#   #", "##  #", "# # #", "#  ##", "#   #", "#   #", "#   #"],
  O: [" ### ", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "],
  P: ["#### ", "#   #", "#   #", "#### ", "#    ", "#    ", "#    "],
  R: ["#### ", "#   #", "#   #", "#### ", "# #  ", "#  # ", "#   #"],
  S: [" ####", "#    ", "#    ", " ### ", "    #", "    #", "#### "],
  T: ["#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  "],
  U: ["#   #", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "],
  V: ["#   #", "#   #", "#   #", "#   #", "#   #", " # # ", "  #  "],
  W: ["#   #", "#   #", "#   #", "# # #", "# # #", "## ##", "#   #"],
  Y: ["#   #", "#   #", " # # ", "  #  ", "  #  ", "  #  ", "  #  "],
  Z: ["#####", "    #", "   # ", "  #  ", " #   ", "#    ", "#####"],
  " ": ["     ", "     ", "     ", "     ", "     ", "     ", "     "],
};

function canvas(width, height, colour) {
  const pixels = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) pixels.set(colour, i * 3);
  return { width, height, pixels };
}

function rect(c, x, y, w, h, colour) {
  for (let row = Math.max(0, y); row < Math.min(c.height, y + h); row++) {
    for (let col = Math.max(0, x); col < Math.min(c.width, x + w); col++) c.pixels.set(colour, (row * c.width + col) * 3);
  }
}

// Text in the block font with each font pixel `scale` pixels wide and one font pixel between letters.
function text(c, x, y, scale, words, colour) {
  for (const letter of words) {
    font[letter].forEach((line, row) => {
      [...line].forEach((ink, col) => { if (ink === "#") rect(c, x + col * scale, y + row * scale, scale, scale, colour); });
    });
    x += 6 * scale;
  }
}

const textWidth = (words, scale) => words.length * 6 * scale - scale;

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

// An 8-bit RGB PNG with no ancillary chunks (no time stamp), so the bytes depend only on the pixels.
function png(c) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(c.width, 0);
  header.writeUInt32BE(c.height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((c.width * 3 + 1) * c.height);
  for (let row = 0; row < c.height; row++) {
    raw[row * (c.width * 3 + 1)] = 0;
    Buffer.from(c.pixels.buffer, row * c.width * 3, c.width * 3).copy(raw, row * (c.width * 3 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function write(path, c) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, png(c));
}

// The link-preview card, 1200×630: the guide's name on navy with an orange rule.
const card = canvas(1200, 630, navy);
rect(card, 0, 0, 1200, 24, orange);
text(card, 100, 150, 11, "AMAZON PM", white);
text(card, 100, 270, 11, "INTERVIEW GUIDE", white);
rect(card, 100, 400, 240, 12, orange);
text(card, 100, 460, 6, "LEADERSHIP PRINCIPLES", grey);
text(card, 100, 520, 6, "STAR STORIES  OFFLINE", grey);
write(join(theme, "social-card.png"), card);

// The app icons: "PM" centred inside the middle 80% (the safe zone of a maskable icon), an orange rule under it.
for (const size of [192, 512]) {
  const icon = canvas(size, size, navy);
  const scale = Math.floor(size / 24);
  const x = Math.floor((size - textWidth("PM", scale)) / 2);
  const y = Math.floor(size / 2 - 5 * scale);
  text(icon, x, y, scale, "PM", white);
  rect(icon, x, y + 9 * scale, textWidth("PM", scale), scale, orange);
  write(join(theme, "icons", `icon-${size}.png`), icon);
}
