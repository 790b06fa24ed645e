/** The size of a PNG image, read from its header, so a drawn card can be checked without an image library. */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The width and height a PNG's header (its IHDR chunk, always first) gives. Throws on
 * anything that is not a PNG.
 */
export function pngSize(data: Uint8Array): { width: number; height: number } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const isPng = data.byteLength >= 24 && SIGNATURE.every((byte, index) => data[index] === byte);
  if (!isPng || String.fromCharCode(...data.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG image');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
