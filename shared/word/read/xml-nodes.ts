/**
 * The node shape fast-xml-parser produces with `preserveOrder: true` and `removeNSPrefix: true`:
 * each element is `{ [tag]: children[], ':@'?: { attribute: value } }`, text is `{ '#text': s }`.
 */
export type XmlNode = { readonly [key: string]: unknown };

const ATTRS = ':@';
const TEXT = '#text';

/** The element's tag without namespace prefix, or `null` for a text node. */
export function tagOf(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ATTRS && key !== TEXT) return key;
  return null;
}

/** The element's children in document order. */
export function childrenOf(node: XmlNode): readonly XmlNode[] {
  const tag = tagOf(node);
  const value = tag === null ? undefined : node[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

/** Text of a text node, or `null`. */
export function textOf(node: XmlNode): string | null {
  const value = node[TEXT];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

/** An attribute without namespace prefix ("val" for w:val). */
export function attrOf(node: XmlNode, name: string): string | undefined {
  const attrs = node[ATTRS];
  if (attrs === null || typeof attrs !== 'object') return undefined;
  const value = (attrs as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** The first child with this tag. */
export function childOf(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** An OOXML on/off property: present without a value, or with true/1/on, means on. */
export function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  const value = attrOf(node, 'val');
  return value === undefined || !['0', 'false', 'off'].includes(value.toLowerCase());
}
