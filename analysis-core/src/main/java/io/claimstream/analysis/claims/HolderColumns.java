package io.claimstream.analysis.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.sentences.Block;
import io.claimstream.analysis.sentences.BlockKind;
import io.claimstream.analysis.sentences.TableCells;
import io.claimstream.analysis.speakers.MentionResolver;
import io.claimstream.analysis.speakers.NameRuns;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.RoleReader;
import io.claimstream.contracts.Span;

/**
 * A table whose first column says who holds each row's view, as a tracker of forecasts or a roundup of positions
 * lays them out ({@code | Who | Where they said it | The forecast |} over {@code | Rafael Quintero, CEO, Lumenforge |
 * … |}): each row is the claim of the person its first cell names, not of the writer who made the table. A first
 * column headed by anything else ("Dimension", "Company") leaves the rows to the narration.
 */
final class HolderColumns {

    private static final Set<String> HOLDER_HEADERS = Set.of("who", "speaker", "name", "person", "said by", "source",
            "forecaster", "predictor", "executive", "leader", "respondent", "interviewee", "panelist", "panellist",
            "participant", "expert");
    /** The first cell: a person's name of two or three words, a title allowed, then their role after a comma. */
    private static final Pattern NAMED_CELL = Pattern.compile("(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\\.?\\s+)?"
            + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|" + String.join("|", NameRuns.particles()) + ")){0,2}"
            + "\\s+\\p{Lu}[\\p{L}'’-]+)\\s*(?:,\\s*(.+))?");
    /** A first cell naming somebody the text has introduced, by surname or initial and surname: "Okafor", "D. Okafor". */
    private static final Pattern SHORT_NAMED_CELL = Pattern.compile("(?:\\p{Lu}\\.\\s*)?\\p{Lu}[\\p{L}'’-]+");

    /** A column that holds what was said, as a tracker heads it: "The forecast", "What they said", "Position". */
    private static final Pattern SAID_HEADER = Pattern.compile("(?i)(?:the |their |what (?:they|he|she) )?"
            + "(?:forecast|prediction|claim|view|position|quote|quotation|statement|take|bet|promise|said|says)s?");

    /** A column that says by when a forecast is due: "By when", "Horizon", "Deadline". */
    private static final Pattern WHEN_HEADER = Pattern.compile("(?i)(?:by )?(?:when|horizon|deadline|target date|timeline"
            + "|time ?frame|year|due)");

    private final MentionResolver resolver;
    private final RoleReader roles;

    HolderColumns(MentionResolver resolver, RoleReader roles) {
        this.resolver = resolver;
        this.roles = roles;
    }

    /**
     * The cell of the row under the one column that holds what was said ("| … | The forecast | … |"), or the whole row
     * when the table heads no such column: where it was said is no part of the claim; by when it is due, in the
     * columns right after, is ("| Half of all new code … | End of 2027 |"), a forecast's horizon.
     */
    Span saidIn(String text, Block row) {
        List<Span> cells = TableCells.of(text, row.span());
        int said = -1;
        for (int c = 1; c < row.columns().size(); c++) {
            if (SAID_HEADER.matcher(row.columns().get(c).replaceAll("[*_]", "").strip()).matches()) {
                if (said >= 0) {
                    return row.span();
                }
                said = c;
            }
        }
        if (said < 0 || cells.size() != row.columns().size()) {
            return row.span();
        }
        int last = said;
        while (last + 1 < cells.size() && WHEN_HEADER.matcher(row.columns().get(last + 1).replaceAll("[*_]", "").strip())
                .matches()) {
            last++;
        }
        return new Span(cells.get(said).start(), cells.get(last).end());
    }

    /** Whose row this is, registered with the role the cell gives, or null when the table does not say. */
    /** A column the writer heads as their own: "Me", "Our read", "My odds". */
    private static final Pattern WRITERS_HEADER = Pattern.compile("(?i)(?:me|mine|us|ours|(?:my|our)(?: own)? (?:read"
            + "|take|view|odds|forecast|forecasts|number|numbers|estimate|guess|call|verdict|assessment))");

    /**
     * Whether the row's table gives the writer a column of their own ({@code | Her claim | How sure she sounded | Our
     * read |}, {@code | Question | Panel (average) | Me |}): each row then carries the writer's view beside what it
     * sets it against, and is the writer's claim.
     */
    static boolean hasWritersColumn(Block row) {
        return row.kind() == BlockKind.TABLE_ROW && row.columns().stream().skip(1)
                .anyMatch(c -> WRITERS_HEADER.matcher(c.replaceAll("[*_]", "").strip()).matches());
    }

    Person holderOf(String text, Block row) {
        if (row.kind() != BlockKind.TABLE_ROW || row.columns().isEmpty()
                || !HOLDER_HEADERS.contains(row.columns().get(0).replaceAll("[*_]", "").strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<Span> cells = TableCells.of(text, row.span());
        if (cells.size() < 2) {
            return null;
        }
        String named = cells.get(0).of(text).strip().replaceAll("^[*_]+|[*_]+$", "");
        if (SHORT_NAMED_CELL.matcher(named).matches()) {
            // a roundup's table of answers names its respondents as its paragraphs did after introducing them: only
            // somebody already introduced, as "Okafor" alone could be a company the table names
            Person known = resolver.registry().lookupWithoutRegistering(named);
            return known != null && known.isPerson() ? resolver.known(named) : null;
        }
        Matcher m = NAMED_CELL.matcher(named);
        if (!m.matches()) {
            return null;
        }
        Person holder = resolver.name(m.group(1), false);
        if (holder == null) {
            return null;
        }
        holder.becomePerson();
        roles.apply(holder, m.group(2));
        return holder;
    }
}
