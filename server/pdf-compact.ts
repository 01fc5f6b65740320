/**
 * Chromium writes a tagged PDF with every structure element (one per table cell and text run: ~45 per tactic) as
 * a plain, uncompressed object, which is most of a large report's size. Rewriting it with object streams
 * (PDF 1.5) packs those objects into compressed streams: the same pages, text, fonts, tags, links and outline in
 * about a quarter of the bytes.
 */
export async function compactPdf(pdf: Uint8Array): Promise<Uint8Array> {
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.save({ useObjectStreams: true, objectsPerTick: Number.POSITIVE_INFINITY, updateFieldAppearances: false });
}
