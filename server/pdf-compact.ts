/**
 * Chromium writes a tagged PDF with every structure element (one per table cell and text run: ~45 per tactic) as
 * a plain, uncompressed object, which is most of a large report's size. Rewriting it with object streams
 * (PDF 1.5) packs those objects into compressed streams: the same pages, text, fonts, tags, links and outline in
 * about a quarter of the bytes.
 */
export async function compactPdf(pdf: Uint8Array): Promise<Uint8Array> {
  const { PDFDocument, ParseSpeeds } = await import('pdf-lib');
  // Parsed in one go: pdf-lib otherwise yields (setTimeout) every 100 objects, a few hundred thousand in a large
  // report, which nothing here needs (0.3 to 0.8 s of a 2,000-tactic report's compaction).
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  return doc.save({ useObjectStreams: true, objectsPerTick: Number.POSITIVE_INFINITY, updateFieldAppearances: false });
}
