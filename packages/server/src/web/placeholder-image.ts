/**
 * Placeholder product images for the demo shop: a coloured tile with the product's name, drawn as SVG so
 * the catalogue needs no image files and no external assets. The colour comes from the handle, so a product
 * keeps its colour across restarts.
 */
export interface PlaceholderText {
  /** The main line(s), e.g. the Chinese title. */
  title: string;
  /** A smaller line under it, e.g. the English title. */
  subtitle?: string;
}

const SIZE = 600;
const TITLE_UNITS_PER_LINE = 16;
const SUBTITLE_UNITS_PER_LINE = 30;

export function placeholderColour(handle: string): { background: string; accent: string } {
  let hash = 2166136261;
  for (const char of handle) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  const hue = Math.abs(hash) % 360;
  // Dark enough that white text on it passes WCAG AA at any hue.
  return { background: `hsl(${hue} 55% 32%)`, accent: `hsl(${(hue + 40) % 360} 60% 42%)` };
}

/** Wraps text into lines of about `units` width, counting CJK characters as two units. */
export function wrapText(text: string, units: number, maxLines: number): string[] {
  const tokens =
    text.match(
      /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+/g,
    ) ?? [];
  const width = (token: string) =>
    [...token].length === 1 && /[\u2E80-\uFFEF]/.test(token) ? 2 : [...token].length;
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (used > 0) {
        line += ' ';
        used += 1;
      }
      continue;
    }
    if (used + width(token) > units && used > 0) {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
    }
    line += token;
    used += width(token);
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, -1)}…`;
  return kept;
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderPlaceholderSvg(handle: string, text: PlaceholderText): string {
  const { background, accent } = placeholderColour(handle);
  const title = wrapText(text.title, TITLE_UNITS_PER_LINE, 4);
  const subtitle = text.subtitle ? wrapText(text.subtitle, SUBTITLE_UNITS_PER_LINE, 2) : [];
  const titleSize = 44;
  const subtitleSize = 24;
  const blockHeight =
    title.length * titleSize * 1.25 + (subtitle.length ? 24 + subtitle.length * subtitleSize * 1.3 : 0);
  let y = (SIZE - blockHeight) / 2 + titleSize;
  const lines: string[] = [];
  for (const line of title) {
    lines.push(
      `<text x="300" y="${y.toFixed(0)}" font-size="${titleSize}" font-weight="700">${escapeXml(line)}</text>`,
    );
    y += titleSize * 1.25;
  }
  y += 24 - titleSize * 0.25;
  for (const line of subtitle) {
    lines.push(
      `<text x="300" y="${y.toFixed(0)}" font-size="${subtitleSize}" opacity="0.9">${escapeXml(line)}</text>`,
    );
    y += subtitleSize * 1.3;
  }
  const label = escapeXml([text.title, text.subtitle].filter(Boolean).join(' — '));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img" aria-label="${label}">
<rect width="${SIZE}" height="${SIZE}" fill="${background}"/>
<circle cx="520" cy="80" r="150" fill="${accent}" opacity="0.55"/>
<circle cx="60" cy="560" r="110" fill="${accent}" opacity="0.4"/>
<g fill="#fff" text-anchor="middle" font-family="-apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif">
${lines.join('\n')}
</g>
</svg>
`;
}

/** "trail-pro-hiking-shoe" -> "Trail Pro Hiking Shoe", for images whose product is not in the catalogue file. */
export function titleFromHandle(handle: string): string {
  return handle
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}
