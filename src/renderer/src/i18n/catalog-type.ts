/** A catalog's English must have exactly the keys of its Vietnamese: the type checks it. */
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };

export function catalog<const V extends Record<string, unknown>>(vi: V, en: Catalog<V>) {
  return { vi, en };
}
