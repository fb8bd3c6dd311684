package io.claimstream.query.search;

import io.claimstream.query.stance.ClaimStance;
import io.claimstream.query.stance.Stance;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.SpanView;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RepresentativeClaimsTest {

    private static ClaimView claim(String id, Stance... stances) {
        List<ClaimStance> read = stances.length == 0 ? null
                : List.of(stances).stream().map(s -> new ClaimStance("q", s, 0, List.of())).toList();
        return new ClaimView(id, "d", null, null, "Text.", null, "opinion", List.of("t"), new SpanView(0, 5), 0.8,
                null, null, null, null, null, null, null, read);
    }

    @Test
    void claimsTakingASideComeFirstAndTheRankingHoldsOtherwise() {
        List<ClaimView> ranked = List.of(claim("a", Stance.NEUTRAL), claim("b", Stance.NEUTRAL),
                claim("c", Stance.OPPOSE), claim("d", Stance.NEUTRAL), claim("e", Stance.NEUTRAL, Stance.SUPPORT));
        assertThat(TopicQueries.sidesFirst(ranked)).extracting(ClaimView::id).containsExactly("c", "e", "a");
    }

    @Test
    void withoutQuestionsTheDatabaseRankingIsKeptAndCut() {
        List<ClaimView> ranked = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d")) {
            ranked.add(claim(id));
        }
        assertThat(TopicQueries.sidesFirst(ranked)).extracting(ClaimView::id).containsExactly("a", "b", "c");
        assertThat(TopicQueries.sidesFirst(List.of(claim("x")))).extracting(ClaimView::id).containsExactly("x");
    }
}
