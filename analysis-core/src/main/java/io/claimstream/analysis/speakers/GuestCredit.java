package io.claimstream.analysis.speakers;

import java.util.List;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Turn;

/**
 * Show notes under a credit line, "Guest: Han Ji-woo, co-founder and chief executive, Rivulet Silicon": the
 * parser reads the credit's {@code Guest:} as a speaker label, and with no other label after it the "turn" runs to
 * the text's end, so every note the show wrote about its guest would be the guest's own words, headings and
 * chapter lists included. A document whose only turn opens on such a credit is read without that turn: a summary
 * about the guest the credit names.
 *
 * @param doc   the document as the analysis reads it
 * @param guest the credited guest, or null when the document has no such credit
 */
public record GuestCredit(ParsedDocument doc, String guest) {

    public static GuestCredit read(ParsedDocument doc) {
        if (doc.turns().size() != 1) {
            return new GuestCredit(doc, null);
        }
        Turn turn = doc.turns().get(0);
        String text = doc.text();
        if (turn.speaker() == null || !RoleLabels.isAnswering(turn.speaker()) || turn.label() == null
                || turn.span() == null || turn.span().end() > text.length()) {
            return new GuestCredit(doc, null);
        }
        int lineStart = text.lastIndexOf('\n', turn.label().start()) + 1;
        int lineEnd = text.indexOf('\n', turn.label().start());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        String guest = RoleLabels.creditedGuest(text.substring(lineStart, lineEnd));
        if (guest == null || lineEnd >= turn.span().end()) {
            // a real answer, or a credit with nothing under it: the turn stands as the parser read it
            return new GuestCredit(doc, null);
        }
        List<Paragraph> paragraphs = doc.paragraphs().stream()
                .map(p -> p.turn() < 0 ? p : new Paragraph(p.span(), -1, p.kind())).toList();
        return new GuestCredit(new ParsedDocument(doc.schemaVersion(), doc.id(), text, doc.format(), doc.metadata(),
                doc.sections(), List.of(), paragraphs, doc.tables(), doc.receivedAt(), doc.submission()), guest);
    }
}
