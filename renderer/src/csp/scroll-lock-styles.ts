/**
 * Radix dialogs lock the page's scroll with react-remove-scroll(-bar), which writes its CSS into
 * a <style> element (react-style-singleton). The CSP (style-src 'self', no 'unsafe-inline')
 * blocks and reports every inline <style>, empty or not. This routes exactly those rules into
 * constructed stylesheets (CSSOM, which the CSP does not govern).
 *
 * "Exactly": a <style> is routed only when its text is one of the library's own, letter for
 * letter, with nothing but numbers (the measured scrollbar gap, a counter) differing. A <style>
 * that merely mentions the library's selectors (`[data-scroll-locked]` followed by rules of its
 * own) goes into the DOM, where the CSP refuses it, and the end-to-end tests report it. The
 * numbers cannot change what the rules do: they are pixel sizes and class-name counters.
 *
 * It can go once the renderer build aliases react-style-singleton to a CSP-safe module.
 */

/**
 * react-remove-scroll-bar 2.3's body lock, as Radix's RemoveScroll uses it (gapMode "margin",
 * `position: relative`, `!important`). Whitespace and numbers do not count (see `shapeOf`).
 */
const scrollLockCss = `
  .with-scroll-bars-hidden {
   overflow: hidden !important;
   padding-right: 0px !important;
  }
  body[data-scroll-locked] {
    overflow: hidden !important;
    overscroll-behavior: contain;
    position: relative !important;
    padding-left: 0px;
    padding-top: 0px;
    padding-right: 0px;
    margin-left:0;
    margin-top:0;
    margin-right: 0px !important;
  }
  .right-scroll-bar-position {
    right: 0px !important;
  }
  .width-before-scroll-bar {
    margin-right: 0px !important;
  }
  .right-scroll-bar-position .right-scroll-bar-position {
    right: 0 !important;
  }
  .width-before-scroll-bar .width-before-scroll-bar {
    margin-right: 0 !important;
  }
  body[data-scroll-locked] {
    --removed-body-scroll-bar-size: 0px;
  }
`;

/** react-remove-scroll's pointer-events block for the content outside a modal. */
const interactivityCss = `
  .block-interactivity-0 {pointer-events: none;}
  .allow-interactivity-0 {pointer-events: all;}
`;

/** A CSS text with every run of whitespace made one space and every number made "#". */
export function shapeOf(css: string): string {
  return css
    .replace(/\s+/g, ' ')
    .replace(/-?\d+(?:\.\d+)?/g, '#')
    .trim();
}

const libraryStyles = [
  { name: 'scroll-lock', shape: shapeOf(scrollLockCss) },
  { name: 'interactivity', shape: shapeOf(interactivityCss) },
] as const;

/** Which library style `css` is, or undefined for any other text. */
export function libraryStyleOf(css: string): string | undefined {
  const shape = shapeOf(css);
  return libraryStyles.find((style) => style.shape === shape)?.name;
}

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
      const library = libraryStyleOf(css);
      if (library) {
        // The library adds one element per lock and removes it when unlocked; the rules only
        // match while <body data-scroll-locked> is set, so replacing them on the next lock is enough.
        sheetFor(library).replaceSync(css);
        return node;
      }
    }
    return insert(node);
  };
}
