/** Two small SVG bar charts: chain coverage and regions' built vs planned platforms. */
import { t, type Lang } from './i18n.js';
import { displayName } from './words.js';

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
/** Shortens a label to fit a chart column (the full name stays in the bar's title). */
const clip = (s: string, lang: Lang): string => {
  const max = lang === 'zh' ? 11 : 20;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

export interface ChainRow {
  chain: { id: string; name: string; nameEn?: string | null };
  platformCount: number;
  covered: boolean;
}
export interface RegionRow {
  region: { id: string; name: string; nameEn?: string | null };
  total: number;
  existing: number;
  planned: number;
  unknown: number;
}

export function coverageChart(rows: ChainRow[], lang: Lang): string {
  const covered = rows.filter((r) => r.covered).length;
  const uncovered = rows.length - covered;
  const top = [...rows].sort((a, b) => b.platformCount - a.platformCount).slice(0, 8);
  const max = Math.max(1, ...top.map((r) => r.platformCount));
  const labelW = lang === 'zh' ? 120 : 130;
  const barW = 250 - labelW - 22;
  const bars = top
    .map((r, i) => {
      const name = displayName(r.chain, lang);
      const w = (r.platformCount / max) * barW;
      return (
        `<g transform="translate(0,${40 + i * 16})"><text x="0" y="10" font-size="10">${esc(clip(name, lang))}</text>` +
        `<rect x="${labelW}" y="2" height="10" width="${w}" fill="#393b79"><title>${esc(name)}: ${r.platformCount}</title></rect>` +
        `<text x="${labelW + 4 + w}" y="11" font-size="9">${r.platformCount}</text></g>`
      );
    })
    .join('');
  // One count per line: an English sentence and its number never run off the chart.
  return `<svg viewBox="0 0 260 ${44 + top.length * 16}" role="img" aria-label="${esc(`${t(lang, 'coverage')}: ${t(lang, 'covered')} ${covered}, ${t(lang, 'uncovered')} ${uncovered}`)}">
    <text x="0" y="12" font-size="11">${esc(t(lang, 'covered'))}: ${covered}</text>
    <text x="0" y="27" font-size="11">${esc(t(lang, 'uncovered'))}: ${uncovered}</text>${bars}</svg>`;
}

export function regionChart(rows: RegionRow[], lang: Lang): string {
  const shown = rows
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total)
    .slice(0, 10);
  const max = Math.max(1, ...shown.map((r) => r.total));
  const labelW = lang === 'zh' ? 60 : 80;
  const w = (n: number): number => (n / max) * (250 - labelW - 40);
  const bars = shown
    .map((r, i) => {
      const y = 20 + i * 16;
      const name = displayName(r.region, lang);
      return (
        `<g transform="translate(0,${y})"><text x="0" y="10" font-size="10">${esc(clip(name, lang))}</text>` +
        `<rect x="${labelW}" y="2" height="10" width="${w(r.existing)}" fill="#2ca02c"><title>${esc(t(lang, 'existing'))} ${r.existing}</title></rect>` +
        `<rect x="${labelW + w(r.existing)}" y="2" height="10" width="${w(r.planned)}" fill="#ff7f0e"><title>${esc(t(lang, 'planned'))} ${r.planned}</title></rect>` +
        `<rect x="${labelW + w(r.existing) + w(r.planned)}" y="2" height="10" width="${w(r.unknown)}" fill="#c7c7c7"><title>${esc(t(lang, 'unknown'))} ${r.unknown}</title></rect>` +
        `<text x="${labelW + 4 + w(r.total)}" y="11" font-size="9">${r.existing}/${r.planned}</text></g>`
      );
    })
    .join('');
  return `<svg viewBox="0 0 260 ${24 + shown.length * 16}" role="img" aria-label="${esc(t(lang, 'regions'))}">
    <text x="0" y="12" font-size="10"><tspan fill="#1e6b1e">■ ${esc(t(lang, 'existing'))}</tspan> <tspan fill="#a34700">■ ${esc(t(lang, 'planned'))}</tspan></text>${bars}</svg>`;
}
