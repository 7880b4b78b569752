/** A nominal type: a `T` that has been checked to be a `Name`. */
export type Brand<T, Name extends string> = T & { readonly __brand: Name };
