// Typed arrays that grow as words come (word tables, token tables, score arenas): each kept its own
// copy of the same three lines.

type TypedArray = Int8Array | Uint8Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;

/**
 * `array` when it has `length` elements, else a new array of its kind holding its elements, with
 * room for twice as many or `length`, whichever is more (doubling keeps the copies' cost linear).
 */
export function withRoom<A extends TypedArray>(array: A, length: number): A {
  if (array.length >= length) return array;
  const grown = new (array.constructor as new (length: number) => A)(Math.max(2 * array.length, length));
  grown.set(array);
  return grown;
}
