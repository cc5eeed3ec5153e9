import { memo } from 'react';
import type { PrintLabel } from '../bridge/contract.ts';
import { BarcodeGraphic } from './barcode/barcode-graphic.tsx';
import type { FaceMetrics } from './face-metrics.ts';
import type { FaceTexts } from './face-texts.ts';
import { labelDate } from './label-date.ts';
import { labelPriceText } from './label-text.ts';

const mm = (value: number) => `${+value.toFixed(3)}mm`;

export interface LabelFaceProps {
  label: PrintLabel;
  metrics: FaceMetrics;
  /** The job's texts, fitted and cut once per distinct text (face-texts.ts). */
  texts: FaceTexts;
  fields: { outlet: boolean; date: boolean };
  outletName: string;
  /** yyyy-mm-dd */
  date: string;
}

/**
 * One label: name, variant, barcode, code, price, then outlet and date, each where the profile
 * shows it. On a low label name and variant share a line and the name is cut first. Row heights
 * come from the profile, not the text, so every label of a job has its barcode in the same place;
 * a long name shrinks, then wraps, then is cut at the row's end with an ellipsis. Memoised: the
 * print page draws 1,000 of them once, and a copy of a line is the same label object.
 */
export const LabelFace = memo(function LabelFace({
  label,
  metrics,
  texts,
  fields,
  outletName,
  date,
}: LabelFaceProps) {
  const width = metrics.contentWidthMm;
  const title = (metrics.name?.heightMm ?? 0) + (metrics.variant?.heightMm ?? 0);
  const footer = metrics.footer
    ? texts.footer(
        [fields.outlet ? outletName : null, fields.date ? labelDate(date) : null].filter(
          (part): part is string => part !== null,
        ),
      )
    : null;
  const titleLine = metrics.titleInline && metrics.name ? texts.titleLine(label.name, label.variant) : null;
  const name = metrics.name && !titleLine ? texts.row('name', label.name) : null;
  const variant = metrics.variant && label.variant && !titleLine ? texts.row('variant', label.variant) : null;
  const code = metrics.code ? texts.row('code', label.code) : null;
  const price = metrics.price ? texts.row('price', labelPriceText(label)) : null;
  return (
    <div
      className="label-face"
      style={{ width: mm(metrics.widthMm), height: mm(metrics.heightMm), padding: mm(metrics.paddingMm) }}
    >
      {titleLine ? (
        <div className="label-row label-title-line" style={titleLine.style}>
          <span className="label-title-name">{titleLine.name}</span>
          {titleLine.variant ? <span className="label-title-variant">{titleLine.variant}</span> : null}
        </div>
      ) : title > 0 ? (
        // Name and variant share one block of fixed height, centred in it: a one-line name
        // leaves its spare line above and below the pair, not between them.
        <div className="label-title" style={{ height: mm(title) }}>
          {name ? (
            <div className="label-row label-name" style={name.style}>
              {name.text}
            </div>
          ) : null}
          {variant ? (
            <div className="label-row label-variant" style={variant.style}>
              {variant.text}
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
      {code ? (
        <div className="label-row label-code" style={code.style}>
          {code.text}
        </div>
      ) : null}
      {price ? (
        <div className="label-row label-price" style={price.style}>
          {price.text}
        </div>
      ) : null}
      {footer ? (
        <div
          className={`label-row label-footer${footer.parts.length > 1 ? ' label-footer-split' : ''}`}
          style={footer.style}
        >
          {footer.parts.map((part) => (
            <span key={part}>{part}</span>
          ))}
        </div>
      ) : null}
    </div>
  );
});
