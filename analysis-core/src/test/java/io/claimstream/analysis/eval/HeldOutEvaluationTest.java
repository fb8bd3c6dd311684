package io.claimstream.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.claimstream.analysis.DocumentAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Generality check: documents written for the project (src/test/resources/heldout), in the
 * genre of the seeds but in other formats and styles (wire copy, podcast export, Q&amp;A, panel
 * with namesakes, WebVTT, Markdown, HTML), scored exactly like the seeds. {@code heldout.gold.json}
 * guided tuning; {@code fresh.gold.json} was written after tuning and never tuned on, so its
 * score is the honest figure for unseen documents. The floors below only catch a collapse.
 *
 * <p>Run: {@code mvn -B -o -q -pl analysis-core test -Dtest=HeldOutEvaluationTest}
 * (add {@code -Dclaimstream.eval.claims=true} to list every extracted claim).
 */
class HeldOutEvaluationTest {

    private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();

    @Test
    void scoresTheHeldOutDocuments() throws Exception {
        GoldEvaluation e = evaluate("heldout.gold.json");
        assertThat(e.ratio("covered", "claims")).as("recall").isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void scoresTheFreshDocumentsNeverTunedOn() throws Exception {
        GoldEvaluation e = evaluate("fresh.gold.json");
        assertThat(e.ratio("covered", "claims")).as("recall").isGreaterThanOrEqualTo(0.5);
    }

    /**
     * Three more documents written before any change they prompted (a translated interview with
     * honorifics and run-together names, wire copy where organisations and namesakes speak, a
     * Markdown Q&amp;A whose answers belong to the person the introduction names).
     */
    @Test
    void scoresTheSecondFreshSet() throws Exception {
        GoldEvaluation e = evaluate("fresh2.gold.json");
        assertThat(e.ratio("covered", "claims")).as("recall").isGreaterThanOrEqualTo(0.5);
    }

    /**
     * Three documents written before the changes they prompted: wire copy where an unnamed founder
     * and "its chief executive" speak, a summit recap where two speakers share a surname among
     * capitalised event names, and a podcast whose guest relays her founder's view.
     */
    @Test
    void scoresTheThirdFreshSet() throws Exception {
        GoldEvaluation e = evaluate("fresh3.gold.json");
        assertThat(e.ratio("covered", "claims")).as("recall").isGreaterThanOrEqualTo(0.5);
    }

    /**
     * Three documents in genres the other sets lack, written and annotated before any change they
     * prompted: an earnings call (operator, prepared remarks, analysts' questions, guidance), a long
     * reported feature on compute thresholds where six people and an anonymous official are quoted,
     * and a Markdown newsletter whose author writes around a Q&amp;A with first-name labels.
     */
    @Test
    void scoresTheFourthFreshSet() throws Exception {
        GoldEvaluation e = evaluate("fresh4.gold.json");
        assertThat(e.ratio("covered", "claims")).as("recall").isGreaterThanOrEqualTo(0.5);
    }

    /**
     * Written after the type and topic changes that fresh4 prompted, so that their effect on unseen text
     * is measured, not assumed: a keynote as SubRip subtitles where the host introduces the only speaker,
     * and an HTML op-ed by its byline's author quoting one other person, with a list of advice.
     *
     * <p>The keynote first scored recall 1 of 23 (.477 over the set): nothing made the person a host hands
     * over to ("Please welcome …") the speaker of an unlabelled transcript, and "The lesson is simple: …"
     * read as a speaker label. Both are mechanisms now (parse.participants.FloorHandoff, label shape in
     * subtitle cues); this set was tuned on for them, so its figure is no longer an unseen one.
     */
    @Test
    void scoresTheFifthFreshSet() throws Exception {
        GoldEvaluation e = evaluate("fresh5.gold.json");
        assertThat(e.ratio("covered", "claims")).as("recall").isGreaterThanOrEqualTo(0.5);
    }

    /**
     * Four transcripts written and annotated before any change they prompted, in shapes the other sets lack:
     * an Otter export whose speakers are "Speaker 1" / "Speaker 2" until the host names them, a Markdown
     * podcast with bold labels, timestamps, headings inside turns and a sponsor read, a translated interview
     * whose "Q:" / "A:" people are named only in the introduction, and a conference session (an em-dash
     * participant list, a talk handed over by the chair, audience questions, an unidentified audience member).
     */
    @Test
    void scoresTheSeventhFreshSet() throws Exception {
        GoldEvaluation e = evaluate("fresh7.gold.json");
        assertThat(e.ratio("covered", "claims")).as("recall").isGreaterThanOrEqualTo(0.5);
    }

    /**
     * Four documents in the seeds' own genre, written and annotated before any change they prompted: a
     * "Key Takeaways / Core Views" summary of a long interview (numbered points, Markdown tables, "X holds that"),
     * a translated tech-media forum report (site chrome, dateline, reported speakers, a labelled transcript and a
     * short Q&amp;A), wire copy with one main speaker, pronoun chains and a company statement, and a translated
     * roundtable (pinyin names in both orders, honorifics, a run-together name, a surname alone, cross-talk, an
     * audience question).
     */
    @Test
    void scoresTheEighthFreshSet() throws Exception {
        GoldEvaluation e = evaluate("fresh8.gold.json");
        assertThat(e.ratio("covered", "claims")).as("recall").isGreaterThanOrEqualTo(0.5);
    }

    /**
     * Four article-like documents in genres the other sets lack, written and annotated before any change
     * they prompt: a Senate hearing transcript ("Chair WALSH.", "Senator DELGADO.", "Dr. OKONJO." labels,
     * statement headings, questions, procedure), a live blog of timestamped entries mixing reported speech
     * with the blogger's own take, a profile of two people who share a surname told through pronoun chains,
     * "he wrote on X" and "in a post on LinkedIn", and a press release with quoted executives, "About"
     * boilerplate and forward-looking statements.
     *
     * <p>Unseen, it scored recall .480, attribution .806, type .722, topics .694, rejection .979, speakers .400:
     * no label of the hearing's record ("Chair WALSH.") was read, a live blog's entry times split its sentences
     * and a title written before a name ("Chief executive Elena Ruiz") introduced nobody. Those are mechanisms
     * now (parse.turns.RecordLabels, record titles in speakers.Honorifics, procedure in claims.NonClaims, entry
     * stamps in sentences.SentenceSplitter, titles before names in speakers.Introductions, an organisation's
     * spokesperson in claims.FrameFinder, and type and topic rules); this set was tuned on for them, so its
     * figure is no longer an unseen one.
     */
    @Test
    void scoresTheSixthFreshSet() throws Exception {
        GoldEvaluation e = evaluate("fresh6.gold.json");
        assertThat(e.ratio("covered", "claims")).as("recall").isGreaterThanOrEqualTo(0.3);
    }

    private static GoldEvaluation evaluate(String goldName) throws Exception {
        Path gold = Path.of(HeldOutEvaluationTest.class.getResource("/heldout/" + goldName).toURI());
        GoldEvaluation e = GoldEvaluation.run(goldName + ", lexical topics", ANALYZER, gold, gold.getParent());
        e.print();
        return e;
    }
}
