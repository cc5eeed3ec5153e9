import type { PrintLabel } from '../bridge/contract.ts';
import { BarcodeGraphic } from './barcode/barcode-graphic.tsx';
import { type FaceMetrics, lineHeight, type TextRow } from './face-metrics.ts';
import { labelDate } from './label-date.ts';
import { labelPriceText } from './label-text.ts';
import { fitFontSize, mmPerPt } from './text-fit.ts';

const mm = (value: number) => `${+value.toFixed(3)}mm`;

/**
 * Font size and line height for `text` in `row`; `height: false` for a row inside the title
 * block, `clamp` for the name (cut after its lines; other rows are one line with an ellipsis).
 */
function rowStyle(row: TextRow, text: string, widthMm: number, bold: boolean, height = true, clamp = false) {
  const pt = fitFontSize(text, { widthMm, lines: row.lines }, row, bold);
  return {
    fontSize: `${pt}pt`,
    lineHeight: mm(pt * mmPerPt * lineHeight),
    ...(height ? { height: mm(row.heightMm) } : {}),
    ...(clamp ? { WebkitLineClamp: row.lines } : {}),
  };
}

export interface LabelFaceProps {
  label: PrintLabel;
  metrics: FaceMetrics;
  fields: { outlet: boolean; date: boolean };
  outletName: string;
  /** yyyy-mm-dd */
  date: string;
}

/**
 * One label: name, variant, barcode, code, price, then outlet and date, each where the profile
 * shows it. On a low label name and variant share a line and the name is cut first. Row heights come from the profile, not the text, so every label of a job has its
 * barcode in the same place; a long name shrinks, then wraps, then is cut at the row's end.
 */
export function LabelFace({ label, metrics, fields, outletName, date }: LabelFaceProps) {
  const width = metrics.contentWidthMm;
  const title = (metrics.name?.heightMm ?? 0) + (metrics.variant?.heightMm ?? 0);
  const price = labelPriceText(label);
  const footer = [fields.outlet ? outletName : null, fields.date ? labelDate(date) : null].filter(
    (part): part is string => part !== null,
  );
  return (
    <div
      className="label-face"
      style={{ width: mm(metrics.widthMm), height: mm(metrics.heightMm), padding: mm(metrics.paddingMm) }}
    >
      {metrics.titleInline && metrics.name ? (
        <div
          className="label-row label-title-line"
          style={rowStyle(metrics.name, [label.name, label.variant].join(' '), width, true)}
        >
          <span className="label-title-name">{label.name}</span>
          {label.variant ? <span className="label-title-variant">{label.variant}</span> : null}
        </div>
      ) : title > 0 ? (
        // Name and variant share one block of fixed height, centred in it: a one-line name
        // leaves its spare line above and below the pair, not between them.
        <div className="label-title" style={{ height: mm(title) }}>
          {metrics.name ? (
            <div
              className="label-row label-name"
              style={rowStyle(metrics.name, label.name, width, true, false, true)}
            >
              {label.name}
            </div>
          ) : null}
          {metrics.variant && label.variant ? (
            <div
              className="label-row label-variant"
              style={rowStyle(metrics.variant, label.variant, width, false, false)}
            >
              {label.variant}
            </div>
          ) : null}
        </div>
      ) : null}
      {metrics.barcode ? (
        <BarcodeGraphic
          code={label.code}
          symbology={label.symbology}
          widthMm={width}
          dpi={metrics.dpi}
          gapBelowMm={metrics.code ? metrics.codeGapMm : 0}
          gapAboveMm={metrics.name || metrics.variant ? metrics.titleGapMm : 0}
        />
      ) : (
        <div className="label-spacer" />
      )}
      {metrics.code ? (
        <div className="label-row label-code" style={rowStyle(metrics.code, label.code, width, false)}>
          {label.code}
        </div>
      ) : null}
      {metrics.price ? (
        <div className="label-row label-price" style={rowStyle(metrics.price, price, width, true)}>
          {price}
        </div>
      ) : null}
      {metrics.footer ? (
        <div
          className={`label-row label-footer${footer.length > 1 ? ' label-footer-split' : ''}`}
          style={rowStyle(metrics.footer, footer.join('  '), width, false)}
        >
          {footer.map((part) => (
            <span key={part}>{part}</span>
          ))}
        </div>
      ) : null}
    </div>
  );
}
