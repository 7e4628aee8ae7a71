/**
 * Escaping for the XML formats. Text from the documents may hold characters XML 1.0 cannot carry
 * (control characters of a bad PDF text layer); they are dropped, never written.
 */

// Characters XML 1.0 allows: tab, newline, carriage return, and U+0020 upwards but surrogates
// and U+FFFE/U+FFFF. A lone surrogate matches too (the `u` flag reads it as one code point).
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for an attribute value or element content. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Text for inside `<!-- -->`: a comment cannot hold `--` nor end with `-`. */
export function xmlComment(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/-(?=-)/g, '- ')
    .replace(/-$/, '- ');
}

/**
 * The start of an XML export: the declaration, the export's header as a comment, and the root
 * element's start tag in `namespace`, with the XSD it validates against.
 */
export function xmlStart(header: string, root: string, namespace: string, xsd: string, attributes = ''): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<!-- ${xmlComment(header)} -->\n` +
    `<${root} xmlns="${namespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
    ` xsi:schemaLocation="${namespace} ${xsd}"${attributes}>\n`
  );
}
