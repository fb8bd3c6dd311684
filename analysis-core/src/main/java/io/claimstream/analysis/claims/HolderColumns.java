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
            "forecaster", "predictor", "executive", "leader");
    /** The first cell: a person's name of two or three words, a title allowed, then their role after a comma. */
    private static final Pattern NAMED_CELL = Pattern.compile("(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\\.?\\s+)?"
            + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|de|van|von|der|den|da|di|du|le|la|bin|al)){0,2}"
            + "\\s+\\p{Lu}[\\p{L}'’-]+)\\s*(?:,\\s*(.+))?");

    private final MentionResolver resolver;
    private final RoleReader roles;

    HolderColumns(MentionResolver resolver, RoleReader roles) {
        this.resolver = resolver;
        this.roles = roles;
    }

    /** Whose row this is, registered with the role the cell gives, or null when the table does not say. */
    Person holderOf(String text, Block row) {
        if (row.kind() != BlockKind.TABLE_ROW || row.columns().isEmpty()
                || !HOLDER_HEADERS.contains(row.columns().get(0).replaceAll("[*_]", "").strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<Span> cells = TableCells.of(text, row.span());
        if (cells.size() < 2) {
            return null;
        }
        Matcher m = NAMED_CELL.matcher(cells.get(0).of(text).strip().replaceAll("^[*_]+|[*_]+$", ""));
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
