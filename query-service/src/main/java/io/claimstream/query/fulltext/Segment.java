package io.claimstream.query.fulltext;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Claims in the canonical newest-first order (undated first, then published descending, document
 * id, position and claim id descending, as ClaimSql's month walk reads them), one slot each, with
 * a posting list per lexeme of the slots that say it, ascending: the first slots a query's lists
 * yield are its newest matches. Immutable; columns instead of an object per claim.
 */
final class Segment {

    /** An undated claim's day: above every date, so that undated claims come first. */
    static final int UNDATED = Integer.MAX_VALUE;

    /** One claim as stored: its order keys, type and terms. */
    record Row(String id, String document, int day, int spanStart, String type, int[] terms) {
    }

    /** The canonical order of rows: the newest first. */
    static final Comparator<Row> NEWEST_FIRST = (a, b) -> compare(a.day, a.document, a.spanStart, a.id,
            b.day, b.document, b.spanStart, b.id);

    static final Segment EMPTY = new Segment(List.of(), 0);

    final String[] ids;
    final String[] documents;
    final int[] days;
    final int[] spanStarts;
    final String[] types;
    final int[][] terms;
    final int[][] postings;

    /** A segment of these rows, already in {@link #NEWEST_FIRST} order, over lexemes numbered below {@code lexemes}. */
    Segment(List<Row> rows, int lexemes) {
        int n = rows.size();
        ids = new String[n];
        documents = new String[n];
        days = new int[n];
        spanStarts = new int[n];
        types = new String[n];
        terms = new int[n][];
        int[] counts = new int[lexemes];
        for (int slot = 0; slot < n; slot++) {
            Row row = rows.get(slot);
            ids[slot] = row.id();
            documents[slot] = row.document();
            days[slot] = row.day();
            spanStarts[slot] = row.spanStart();
            types[slot] = row.type();
            // a copy, allocated in slot order: a query reads its candidates' terms in slot order, and
            // neighbours in memory are cheaper than arrays scattered in the order documents were read
            terms[slot] = row.terms().clone();
            for (int i = 0; i < row.terms().length; i = ClaimTerms.next(row.terms(), i)) {
                counts[row.terms()[i]]++;
            }
        }
        postings = new int[lexemes][];
        for (int lexeme = 0; lexeme < lexemes; lexeme++) {
            postings[lexeme] = counts[lexeme] == 0 ? ClaimTerms.NONE : new int[counts[lexeme]];
        }
        Arrays.fill(counts, 0);
        for (int slot = 0; slot < n; slot++) {
            int[] t = terms[slot];
            for (int i = 0; i < t.length; i = ClaimTerms.next(t, i)) {
                postings[t[i]][counts[t[i]]++] = slot;
            }
        }
    }

    int size() {
        return ids.length;
    }

    int[] postings(int lexeme) {
        return lexeme >= 0 && lexeme < postings.length ? postings[lexeme] : ClaimTerms.NONE;
    }

    Row row(int slot) {
        return new Row(ids[slot], documents[slot], days[slot], spanStarts[slot], types[slot], terms[slot]);
    }

    /** Negative when slot {@code a} of this segment comes before slot {@code b} of {@code other}, newest first. */
    int compare(int a, Segment other, int b) {
        return compare(days[a], documents[a], spanStarts[a], ids[a], other.days[b], other.documents[b],
                other.spanStarts[b], other.ids[b]);
    }

    private static int compare(int dayA, String documentA, int spanA, String idA, int dayB, String documentB, int spanB,
                               String idB) {
        if (dayA != dayB) {
            return dayA > dayB ? -1 : 1;
        }
        // ids are compared as PostgreSQL compares them in a database of collation C: by code point
        int c = documentA == documentB ? 0 : Lexemes.compare(documentB, documentA);
        if (c != 0) {
            return c;
        }
        if (spanA != spanB) {
            return spanA > spanB ? -1 : 1;
        }
        return Lexemes.compare(idB, idA);
    }

    /** Bytes the segment's arrays take (not the strings they share with others), for the size metric. */
    long bytes() {
        long bytes = 5L * 16 + (long) size() * (4 + 4 + 4 + 4 + 4 + 4);
        for (int[] t : terms) {
            bytes += 16 + 4L * t.length;
        }
        for (int[] p : postings) {
            bytes += 4 + (p.length == 0 ? 0 : 16 + 4L * p.length);
        }
        for (String id : ids) {
            bytes += 40 + id.length();
        }
        return bytes;
    }
}
