package io.claimstream.query.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimViewJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void unattributedClaimsShowSpeakerNullAndOmitOtherEmptyFields() throws Exception {
        ClaimView claim = new ClaimView("d-c1", "d", "Title", null, "Text.", null, "fact", List.of("data"),
                new SpanView(0, 5), 0.5, null, null, null, null, null, null, null, null);
        String written = json.writeValueAsString(claim);
        assertThat(written).startsWith("{\"id\":\"d-c1\",\"documentId\":\"d\"")
                .contains("\"speaker\":null").contains("\"span\":{\"start\":0,\"end\":5}")
                .doesNotContain("highlight").doesNotContain("prediction");
    }

    @Test
    void claimDetailIsTheClaimPlusContext() throws Exception {
        ClaimView claim = new ClaimView("d-c1", "d", null, null, "Text.", new SpeakerRef("ann-lee", "Ann Lee"), "fact",
                List.of(), new SpanView(0, 5), 0.5, null, null, null, null, null, null, null, null);
        String written = json.writeValueAsString(new ClaimDetailView(claim, new ClaimDetailView.ContextView("Text.", 0, 5), null));
        assertThat(written).startsWith("{\"id\":\"d-c1\"").contains("\"speaker\":{\"id\":\"ann-lee\",\"name\":\"Ann Lee\"}")
                .contains("\"context\":{\"text\":\"Text.\",\"start\":0,\"end\":5}");
    }
}
