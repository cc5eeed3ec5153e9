/** A CSV file main made: its suggested name and its text. */
export interface CsvFile {
  fileName: string;
  csv: string;
}

/**
 * Hands the CSV to the browser as a download (a Blob behind an <a download>): the CSP governs
 * no download, and no request leaves the page.
 */
export function downloadCsv({ fileName, csv }: CsvFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Chromium has read the Blob once the click's download has started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
