package io.claimstream.cli.export;

import java.util.List;

/**
 * RFC 4180 records: fields separated by commas, records ended by CRLF, a field quoted when it
 * holds a comma, a quote, CR or LF (quotes doubled inside). Leading and trailing spaces are kept
 * as they are; spreadsheet programs and csv parsers alike read them back unchanged.
 */
public final class Csv {

    public static final String RECORD_END = "\r\n";

    private Csv() {
    }

    public static String record(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append(RECORD_END).toString();
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
