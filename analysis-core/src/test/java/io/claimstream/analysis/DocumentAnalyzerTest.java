package io.claimstream.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

class DocumentAnalyzerTest {

    private static final String PANEL = """
            Harbor Talks - what comes after scaling
            Nora Vance (Moderator): Good evening, everyone. Let me start with Omar. Where will the gains come from?
            Omar Reyes (Founder, Quillstone AI): Thanks, Nora. I think the era of brute-force scaling is ending. \
            Teams should spend more on evaluation.
            Nora Vance (Moderator): Omar, do you agree with the critics?
            Omar Reyes (Founder, Quillstone AI): Partly. Our costs fell by 40% last year.
            """;

    @Test
    void attributesEachSentenceOfATurnToItsSpeakerWithExactSpans() {
        AnalyzedDocument doc = Docs.analyzer().analyze(Docs.parse(PANEL));
        Analyses a = new Analyses(doc);
        assertThat(a.speakerOf("brute-force scaling is ending")).isEqualTo("Omar Reyes");
        assertThat(a.speakerOf("spend more on evaluation")).isEqualTo("Omar Reyes");
        for (Claim c : doc.claims()) {
            assertThat(c.span().of(doc.text())).isEqualTo(c.text());
        }
        assertThat(doc.analyzerVersion()).isEqualTo(AnalyzerVersion.CURRENT);
        assertThat(doc.text()).isEqualTo(PANEL);
    }

    @Test
    void listsEachSpeakerOnceWithRoleAndAffiliationFromTheLabel() {
        Analyses a = Analyses.of(PANEL);
        assertThat(a.speakerNames()).containsExactly("Nora Vance", "Omar Reyes");
        assertThat(a.speakerNamed("Omar Reyes").affiliations()).contains("Quillstone AI");
        assertThat(a.speakerNamed("Omar Reyes").role()).contains("Founder");
        assertThat(a.speakerNamed("Nora Vance").role()).isEqualTo("Moderator");
        assertThat(a.speakerNamed("Omar Reyes").id()).isEqualTo("omar-reyes");
    }

    @Test
    void leavesOutGreetingsHandOffsQuestionsAndThanks() {
        Analyses a = Analyses.of(PANEL);
        assertThat(a.claimWith("Good evening")).isEmpty();
        assertThat(a.claimWith("Let me start with Omar")).isEmpty();
        assertThat(a.claimWith("Where will the gains come from")).isEmpty();
        assertThat(a.claimWith("Thanks, Nora")).isEmpty();
        assertThat(a.claimWith("do you agree")).isEmpty();
    }

    @Test
    void aOneWordReplyToDoYouAgreeIsTheSpeakersPosition() {
        // "Omar, do you agree with the critics?" "Partly.": the reply takes the question's proposition (ShortReplies)
        assertThat(Analyses.of(PANEL).speakerOf("Partly.")).isEqualTo("Omar Reyes");
    }

    @Test
    void labelsTypeTopicsAndConfidence() {
        Analyses a = Analyses.of(PANEL);
        Claim advice = a.claimWith("Teams should spend more").orElseThrow();
        assertThat(advice.type()).isEqualTo("recommendation");
        assertThat(advice.topics()).contains("evaluation");
        Claim fact = a.claimWith("costs fell by 40%").orElseThrow();
        assertThat(fact.type()).isEqualTo("fact");
        assertThat(fact.quantities()).extracting(q -> q.text()).contains("40%");
        assertThat(a.claimWith("scaling is ending").orElseThrow().topics()).contains("pre-training-scaling");
    }

    @Test
    void givesUpPastItsDeadline() {
        Deadline expired = Deadline.after(Duration.ZERO);
        assertThatThrownBy(() -> Docs.analyzer().analyze(Docs.parse(PANEL), expired))
                .isInstanceOf(Deadline.AnalysisTimeoutException.class);
    }

    @Test
    void analyzesAnEmptyDocument() {
        AnalyzedDocument doc = Docs.analyzer().analyze(Docs.parse(""));
        assertThat(doc.claims()).isEmpty();
        assertThat(doc.speakers()).isEmpty();
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        AnalyzedDocument expected = Docs.analyzer().analyze(Docs.parse(PANEL));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<AnalyzedDocument>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> Docs.analyzer().analyze(Docs.parse(PANEL))));
            }
            for (java.util.concurrent.Future<AnalyzedDocument> r : results) {
                assertThat(r.get().claims()).isEqualTo(expected.claims());
                assertThat(r.get().speakers()).isEqualTo(expected.speakers());
            }
        } finally {
            pool.shutdown();
        }
    }
}
