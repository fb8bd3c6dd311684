// Cutting a document's text into plain runs and claim runs. Spans are UTF-16 offsets, as are
// JavaScript string indices, so they apply to the text unchanged.

/**
 * Pieces of the text in order: { start, end, claim } where claim is null between claims. A span
 * outside the text is skipped; a claim that overlaps the one before it starts where that one ends
 * (the API's span stays on the claim, so nothing is lost, only drawn once).
 */
export function pieces(text, claims) {
  const sorted = claims
    .filter(c => c.span && c.span.start >= 0 && c.span.end <= text.length && c.span.start < c.span.end)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out = [];
  let at = 0;
  for (const claim of sorted) {
    const start = Math.max(claim.span.start, at);
    if (start >= claim.span.end) {
      continue;
    }
    if (start > at) {
      out.push({ start: at, end: start, claim: null });
    }
    out.push({ start, end: claim.span.end, claim });
    at = claim.span.end;
  }
  if (at < text.length) {
    out.push({ start: at, end: text.length, claim: null });
  }
  return out;
}
