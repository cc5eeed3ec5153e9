/**
 * Sets `@page { size: <w>mm <h>mm; margin: 0 }` for the document, through a constructed style
 * sheet: the CSP refuses inline <style>, and the size depends on the profile. Returns the
 * function that takes it away again.
 */
export function applyPageSize(document: Document, page: { width: number; height: number }): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@page { size: ${+page.width.toFixed(3)}mm ${+page.height.toFixed(3)}mm; margin: 0; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
