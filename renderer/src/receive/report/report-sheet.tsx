import type { ReportContent } from './report-content.ts';

const numeric = ['expected', 'counted', 'difference', 'unitPrice', 'value'] as const;

/** One A4 page of the discrepancy report, drawn from its content (report-content.ts). */
export function ReportSheet({ content }: { content: ReportContent }) {
  const { columns } = content;
  return (
    <article className={content.dense ? 'receive-report dense' : 'receive-report'} lang={content.language}>
      <h1>{content.title}</h1>
      <dl className="receive-report-details">
        {content.details.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {content.rows.length > 0 && (
        <table className="receive-report-rows">
          <colgroup>
            <col className="code" />
            <col className="name" />
            {numeric.map((key) => (
              <col key={key} className={key} />
            ))}
            <col className="state" />
          </colgroup>
          <thead>
            <tr>
              <th>{columns.code}</th>
              <th>{columns.name}</th>
              {numeric.map((key) => (
                <th key={key} className="number">
                  {columns[key]}
                </th>
              ))}
              <th>{columns.state}</th>
            </tr>
          </thead>
          <tbody>
            {content.rows.map((row) => (
              <tr key={row.key} data-state={row.state}>
                <td>{row.code}</td>
                <td className="name">{row.name}</td>
                {numeric.map((key) => (
                  <td key={key} className="number">
                    {row[key]}
                  </td>
                ))}
                <td>{row.stateLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {content.notes.map((note) => (
        <p key={note} className="receive-report-note">
          {note}
        </p>
      ))}
      <section className="receive-report-totals">
        <h2>{content.totalsTitle}</h2>
        <dl>
          {content.totals.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <footer>{content.footer}</footer>
    </article>
  );
}
