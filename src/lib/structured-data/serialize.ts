/**
 * JSON-LD goes inside a <script> element, where the HTML parser ends the element at the first
 * `</script` whatever JSON thinks. Escaping <, > and & as \u sequences keeps the JSON identical
 * when parsed but leaves nothing the HTML parser can act on; U+2028/2029 are escaped because
 * older JavaScript engines treat them as line ends inside strings.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
