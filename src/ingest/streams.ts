// Reading byte streams (stdin, pipes) whole but never past a limit.

function toBuffer(chunk: unknown): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new Error(`unexpected stream chunk of type ${typeof chunk}`);
}

/** All of a stream's bytes; throws "too large: over N bytes (limit N)" as soon as it passes the limit. */
export async function readCapped(chunks: AsyncIterable<unknown>, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const buf = toBuffer(chunk);
    total += buf.length;
    if (total > maxBytes) throw new Error(`too large: over ${maxBytes} bytes (limit ${maxBytes})`);
    parts.push(buf);
  }
  return Buffer.concat(parts);
}

/** The first chunks of a stream up to and including the first newline (or `maxBytes`), and the rest to come. */
export async function peekFirstLine(
  chunks: AsyncIterable<unknown>,
  maxBytes: number,
): Promise<{ head: Buffer[]; rest: AsyncIterator<unknown>; ended: boolean }> {
  const rest = chunks[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  for (;;) {
    const next = await rest.next();
    if (next.done) return { head, rest, ended: true };
    const buf = toBuffer(next.value);
    head.push(buf);
    size += buf.length;
    if (buf.includes(0x0a) || size >= maxBytes) return { head, rest, ended: false };
  }
}

/** The peeked chunks followed by the rest of the stream, as bytes. */
export async function* rejoin(head: Buffer[], rest: AsyncIterator<unknown>, ended: boolean): AsyncGenerator<Buffer> {
  yield* head;
  if (ended) return;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield toBuffer(next.value);
}
