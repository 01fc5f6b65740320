import { useId, type ChangeEvent } from 'react';
import type { ReportOptions, ReportSection } from '../../../contract/report.ts';
import { MAX_LOGO_BYTES } from './logo-store.ts';
import { MARGINS, PAGE_SIZES, SECTION_LABEL, SECTIONS, TREE_DEPTHS, TREE_LAYOUTS, XMATRIX_SIZES } from './options.ts';
import { t } from '../i18n/intl.ts';
import type { MessageKey } from '../i18n/messages/index.ts';

const TREE_LABEL: Record<ReportOptions['tree'], MessageKey> = {
  landscape: 'report.tree.landscape',
  portrait: 'report.tree.portrait',
  'poster-A2': 'report.tree.posterA2',
  'poster-A1': 'report.tree.posterA1',
  'poster-A0': 'report.tree.posterA0',
};
const DEPTH_LABEL: Record<ReportOptions['treeDepth'], MessageKey> = {
  auto: 'report.depth.auto',
  tactics: 'report.depth.tactics',
  goals: 'report.depth.goals',
};
const XMATRIX_LABEL: Record<ReportOptions['xmatrix'], MessageKey> = {
  same: 'report.xmatrix.same',
  A3: 'report.xmatrix.A3',
};
const MARGIN_LABEL: Record<ReportOptions['margins'], MessageKey> = {
  normal: 'report.margin.normal',
  narrow: 'report.margin.narrow',
  wide: 'report.margin.wide',
};

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
    if (!/^image\/(png|jpeg|svg\+xml|webp)$/.test(file.type)) return onLogoError(t('report.logoType'));
    if (file.size > MAX_LOGO_BYTES) return onLogoError(t('report.logoSize'));
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
    <form className="report-options" onSubmit={(e) => e.preventDefault()} aria-label={t('report.options')}>
      <fieldset className="report-options__group">
        <legend>{t('report.sections')}</legend>
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
        <legend>{t('report.pagesGroup')}</legend>
        <label className="report-options__field">
          <span>{t('report.pageSize')}</span>
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
          <span>{t('report.orientation')}</span>
          <select
            value={options.landscape ? 'landscape' : 'portrait'}
            onChange={(e) => set('landscape', e.target.value === 'landscape')}
          >
            <option value="portrait">{t('report.portrait')}</option>
            <option value="landscape">{t('report.landscape')}</option>
          </select>
        </label>
        <label className="report-options__field">
          <span>{t('report.margins')}</span>
          <select value={options.margins} onChange={(e) => set('margins', e.target.value as ReportOptions['margins'])}>
            {MARGINS.map((m) => (
              <option key={m} value={m}>
                {t(MARGIN_LABEL[m])}
              </option>
            ))}
          </select>
        </label>
        <label className="report-options__field">
          <span>{t('report.tree')}</span>
          <select value={options.tree} onChange={(e) => set('tree', e.target.value as ReportOptions['tree'])}>
            {TREE_LAYOUTS.map((layout) => (
              <option key={layout} value={layout}>
                {t(TREE_LABEL[layout])}
              </option>
            ))}
          </select>
        </label>
        <label className="report-options__field">
          <span>{t('report.treeDepth')}</span>
          <select
            value={options.treeDepth}
            onChange={(e) => set('treeDepth', e.target.value as ReportOptions['treeDepth'])}
          >
            {TREE_DEPTHS.map((depth) => (
              <option key={depth} value={depth}>
                {t(DEPTH_LABEL[depth])}
              </option>
            ))}
          </select>
        </label>
        <label className="report-options__field">
          <span>{t('report.xmatrix')}</span>
          <select value={options.xmatrix} onChange={(e) => set('xmatrix', e.target.value as ReportOptions['xmatrix'])}>
            {XMATRIX_SIZES.map((x) => (
              <option key={x} value={x}>
                {t(XMATRIX_LABEL[x])}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset className="report-options__group">
        <legend>{t('report.look')}</legend>
        <label className="report-options__field">
          <span>{t('report.accent')}</span>
          <input
            type="color"
            value={`#${options.accent}`}
            onChange={(e) => set('accent', e.target.value.slice(1).toLowerCase())}
          />
        </label>
        <label className="report-options__check">
          <input type="checkbox" checked={options.watermark} onChange={(e) => set('watermark', e.target.checked)} />
          {t('report.watermark')}
        </label>
        <div className="report-options__field">
          <span id={`${id}-logo`}>{t('report.logo')}</span>
          <div className="report-options__logo">
            {logo && options.logo ? <img src={logo} alt="" className="report-options__logo-img" /> : null}
            <label className="button button--small">
              {logo && options.logo ? t('report.logoChange') : t('report.logoChoose')}
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
                {t('report.logoRemove')}
              </button>
            ) : null}
          </div>
        </div>
      </fieldset>
    </form>
  );
}
