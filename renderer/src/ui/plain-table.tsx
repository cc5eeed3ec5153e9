import type { ReactNode } from 'react';

/** A column's heading; with a class where the column is drawn apart (numbers aligned right). */
export type ColumnHead = string | { label: string; className: string };

export interface PlainTableProps {
  /** The scrolling frame around the table. */
  frameClassName: string;
  className: string;
  testId?: string;
  columns: readonly ColumnHead[];
  /** The rows (each a <tr>). */
  children: ReactNode;
}

/**
 * A plain table under a row of column headings: Radix's Table wraps itself in a ScrollArea whose
 * inline style the CSP refuses.
 */
export function PlainTable({ frameClassName, className, testId, columns, children }: PlainTableProps) {
  return (
    <div className={frameClassName}>
      <table className={className} data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === 'string' ? (
                <th key={column} scope="col">
                  {column}
                </th>
              ) : (
                <th key={column.label} scope="col" className={column.className}>
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
