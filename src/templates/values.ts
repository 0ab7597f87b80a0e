// How the Handlebars 4.7 runtime treats values, reproduced for the interpreter. Each function
// names the runtime behaviour it copies, because the output must match it byte for byte.

/** The runtime's `container.nullContext`: what helpers get as `this` when the context is null. */
export const NULL_CONTEXT: object = Object.seal({});

/** Data frame (`@index`, `@root`…); `_parent` is how `@../index` climbs. */
export interface DataFrame {
  [key: string]: unknown;
  _parent?: DataFrame;
}

export function createFrame(parent: DataFrame): DataFrame {
  return { ...parent, _parent: parent };
}

/** `container.lookupProperty`: own properties only; inherited ones (prototype methods) hide. */
export function lookupProperty(parent: unknown, name: string): unknown {
  if (parent === null || parent === undefined) return parent;
  const value: unknown = (parent as Record<string, unknown>)[name];
  if (value === null || value === undefined) return value;
  return Object.hasOwn(Object(parent), name) ? value : undefined;
}

/** The `if`/`with` helpers' emptiness: falsy except 0, or an empty array. */
export function isEmpty(value: unknown): boolean {
  if (!value && value !== 0) return true;
  return Array.isArray(value) && value.length === 0;
}

type Primitive = string | number | boolean | bigint | symbol | null | undefined;

function toPrimitive(value: unknown): Primitive {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return value as Primitive;
  }
  const primitive: unknown = (value as { valueOf(): unknown }).valueOf();
  if (primitive === null || (typeof primitive !== 'object' && typeof primitive !== 'function')) {
    return primitive as Primitive;
  }
  return String(value);
}

/**
 * JavaScript's `a + b`. Precompiled templates build their output as `v1 + v2 + …` without a
 * leading "", so two adjacent numbers add up (`{{a}}{{b}}` with 1 and 2 gives "3") and booleans
 * count as 0/1. We reproduce that rather than silently differ from the shipped renderer.
 */
export function jsPlus(a: unknown, b: unknown): unknown {
  const left = toPrimitive(a);
  const right = toPrimitive(b);
  if (typeof left === 'string' || typeof right === 'string') return String(left) + String(right);
  return Number(left) + Number(right);
}

/** Loose inequality (`!=`), which the runtime uses to decide whether to push a new `../` depth. */
export function looselyDiffers(a: unknown, b: unknown): boolean {
  // biome-ignore lint/suspicious/noDoubleEquals: must match the runtime's `context != depths[0]`.
  return a != b;
}
