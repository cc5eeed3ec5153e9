/**
 * Radix dialogs lock the page's scroll with react-remove-scroll(-bar), which writes its CSS into
 * a <style> element (react-style-singleton). The CSP (style-src 'self', no 'unsafe-inline')
 * blocks and reports every inline <style>, empty or not. This routes exactly those rules, told
 * apart by their selectors, into constructed stylesheets (CSSOM, which the CSP does not govern);
 * any other <style> still meets the CSP, and the end-to-end tests report it.
 *
 * It can go once the renderer build aliases react-style-singleton to a CSP-safe module.
 */
const libraryStyles = [
  { name: 'scroll-lock', pattern: /\[data-scroll-locked\]/ },
  { name: 'interactivity', pattern: /\.block-interactivity-/ },
] as const;

export function routeScrollLockStyles(doc: Document = document): void {
  const view = doc.defaultView;
  if (!view) return;
  const sheets = new Map<string, CSSStyleSheet>();
  const sheetFor = (name: string) => {
    let sheet = sheets.get(name);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheets.set(name, sheet);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
    return sheet;
  };

  const head = doc.head;
  const insert = head.appendChild.bind(head);
  head.appendChild = <T extends Node>(node: T): T => {
    if (node instanceof view.HTMLStyleElement) {
      const css = node.textContent ?? '';
      const library = libraryStyles.find((candidate) => candidate.pattern.test(css));
      if (library) {
        // The library adds one element per lock and removes it when unlocked; the rules only
        // match while <body data-scroll-locked> is set, so replacing them on the next lock is enough.
        sheetFor(library.name).replaceSync(css);
        return node;
      }
    }
    return insert(node);
  };
}
