import { useId, type ChangeEvent } from 'react';
import type { ReportOptions, ReportSection } from '../../../contract/report.ts';
import { MAX_LOGO_BYTES } from './logo-store.ts';
import { MARGINS, PAGE_SIZES, SECTION_LABEL, SECTIONS, TREE_DEPTHS, TREE_LAYOUTS, XMATRIX_SIZES } from './options.ts';

const TREE_LABEL: Record<ReportOptions['tree'], string> = {
  landscape: 'Landscape pages',
  portrait: 'Portrait pages',
  'poster-A2': 'One poster page, A2',
  'poster-A1': 'One poster page, A1',
  'poster-A0': 'One poster page, A0',
};
const DEPTH_LABEL: Record<ReportOptions['treeDepth'], string> = {
  auto: 'Tactics when there are few',
  tactics: 'Every tactic',
  goals: 'Goals with tactic counts',
};
const XMATRIX_LABEL: Record<ReportOptions['xmatrix'], string> = { same: 'Landscape, same size', A3: 'A3 landscape' };
const MARGIN_LABEL: Record<ReportOptions['margins'], string> = { normal: 'Normal', narrow: 'Narrow', wide: 'Wide' };

/** The export dialog's choices; every change shows in the preview beside it. */
export function ExportOptionsForm({
  options,
  onChange,
  logo,
  onLogo,
  onLogoError,
}: {
  options: ReportOptions;
  onChange: (options: ReportOptions) => void;
  logo: string | null;
  onLogo: (dataUrl: string | null) => void;
  onLogoError: (message: string) => void;
}) {
  const id = useId();
  const set = <K extends keyof ReportOptions>(key: K, value: ReportOptions[K]) =>
    onChange({ ...options, [key]: value });
  const toggle = (section: ReportSection, on: boolean) =>
    set(
      'sections',
      on
        ? SECTIONS.filter((s) => s === section || options.sections.includes(s))
        : options.sections.filter((s) => s !== section),
    );
  const pickLogo = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!/^image\/(png|jpeg|svg\+xml|webp)$/.test(file.type))
      return onLogoError('A logo must be a PNG, JPEG, SVG or WebP image.');
    if (file.size > MAX_LOGO_BYTES) return onLogoError('A logo must be at most 1 MB.');
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') {
        onLogo(reader.result);
        set('logo', true);
      }
    };
    reader.readAsDataURL(file);
  };

  return (
    <form className="report-options" onSubmit={(e) => e.preventDefault()} aria-label="Report options">
      <fieldset className="report-options__group">
        <legend>Sections</legend>
        {SECTIONS.map((s) => (
          <label key={s} className="report-options__check">
            <input
              type="checkbox"
              checked={options.sections.includes(s)}
              onChange={(e) => toggle(s, e.target.checked)}
            />
            {SECTION_LABEL[s]}
          </label>
        ))}
      </fieldset>
      <fieldset className="report-options__group">
        <legend>Pages</legend>
        <label className="report-options__field">
          <span>Page size</span>
          <select
            value={options.pageSize}
            onChange={(e) => set('pageSize', e.target.value as ReportOptions['pageSize'])}
          >
            {PAGE_SIZES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label className="report-options__field">
          <span>Orientation</span>
          <select
            value={options.landscape ? 'landscape' : 'portrait'}
            onChange={(e) => set('landscape', e.target.value === 'landscape')}
          >
            <option value="portrait">Portrait</option>
            <option value="landscape">Landscape</option>
          </select>
        </label>
        <label className="report-options__field">
          <span>Margins</span>
          <select value={options.margins} onChange={(e) => set('margins', e.target.value as ReportOptions['margins'])}>
            {MARGINS.map((m) => (
              <option key={m} value={m}>
                {MARGIN_LABEL[m]}
              </option>
            ))}
          </select>
        </label>
        <label className="report-options__field">
          <span>Cascade tree</span>
          <select value={options.tree} onChange={(e) => set('tree', e.target.value as ReportOptions['tree'])}>
            {TREE_LAYOUTS.map((t) => (
              <option key={t} value={t}>
                {TREE_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="report-options__field">
          <span>Tree shows</span>
          <select
            value={options.treeDepth}
            onChange={(e) => set('treeDepth', e.target.value as ReportOptions['treeDepth'])}
          >
            {TREE_DEPTHS.map((t) => (
              <option key={t} value={t}>
                {DEPTH_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="report-options__field">
          <span>X-matrix page</span>
          <select value={options.xmatrix} onChange={(e) => set('xmatrix', e.target.value as ReportOptions['xmatrix'])}>
            {XMATRIX_SIZES.map((x) => (
              <option key={x} value={x}>
                {XMATRIX_LABEL[x]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset className="report-options__group">
        <legend>Look</legend>
        <label className="report-options__field">
          <span>Accent colour</span>
          <input
            type="color"
            value={`#${options.accent}`}
            onChange={(e) => set('accent', e.target.value.slice(1).toLowerCase())}
          />
        </label>
        <label className="report-options__check">
          <input type="checkbox" checked={options.watermark} onChange={(e) => set('watermark', e.target.checked)} />
          “Draft” watermark
        </label>
        <div className="report-options__field">
          <span id={`${id}-logo`}>Logo on the cover</span>
          <div className="report-options__logo">
            {logo && options.logo ? <img src={logo} alt="" className="report-options__logo-img" /> : null}
            <label className="button button--small">
              {logo && options.logo ? 'Change…' : 'Choose…'}
              <input
                type="file"
                accept="image/png,image/jpeg,image/svg+xml,image/webp"
                className="visually-hidden"
                aria-labelledby={`${id}-logo`}
                onChange={pickLogo}
              />
            </label>
            {logo && options.logo ? (
              <button type="button" className="button button--small" onClick={() => set('logo', false)}>
                Remove
              </button>
            ) : null}
          </div>
        </div>
      </fieldset>
    </form>
  );
}
