/** A CSV file main made: its suggested name and its text. */
export interface CsvFile {
  fileName: string;
  csv: string;
}

/**
 * Hands a file main made to the browser as a download (a Blob behind an <a download>): the CSP
 * governs no download, and no request leaves the page.
 */
export function downloadText(fileName: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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

/** Downloads a CSV file main made. */
export function downloadCsv({ fileName, csv }: CsvFile, doc: Document = document): void {
  downloadText(fileName, csv, 'text/csv;charset=utf-8', doc);
}
