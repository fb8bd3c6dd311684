package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A bilingual transcript gives each turn in the language it was said in, under a label in that script, then translated,
 * under the name in Latin script: one person, one claim per statement, the translated one.
 */
class BilingualTranscriptTest {

    private static final String BILINGUAL = """
            【双语】芯片与电价 | Chips and Power

            Guest: He Xuemei, head of operations at Tundra Compute. Host: Gao Mingyuan.
            字幕经人工校对。
            The subtitles were checked by our editors before publication.

            [00:00:10]
            高明远：欢迎收听。今天我们聊数据中心的电价。
            Gao Mingyuan: Welcome. Today we talk about the price of power for data centres.
            何雪梅：谢谢。电价已经成了我们最大的成本，比芯片折旧还高。
            He Xuemei: Thank you. Power has become our largest cost, higher than the depreciation of the chips.

            [00:01:20]
            高明远：明年会更贵吗？
            Gao Mingyuan: Will it be more expensive next year?
            何雪梅：我预计明年西部的电价会再涨百分之十五。
            He Xuemei: I expect power prices in the west to rise by another 15% next year.
            何雪梅：所以我们把新的集群都放在水电站旁边。
            He Xuemei: That is why we put every new cluster next to a hydropower station.
            """;

    @Test
    void theLabelInChineseScriptIsTheSamePersonAsItsTranslationsLabel() {
        Analyses a = parsed(BILINGUAL);
        assertThat(a.speakerNames()).containsExactlyInAnyOrder("Gao Mingyuan", "He Xuemei");
        assertThat(a.speakerNamed("He Xuemei").aliases()).contains("何雪梅");
        assertThat(a.speakerNamed("Gao Mingyuan").aliases()).contains("高明远");
    }

    @Test
    void aStatementGivenInTheOriginalAndTranslatedIsOneClaimTheTranslatedOne() {
        Analyses a = parsed(BILINGUAL);
        assertThat(a.speakerOf("rise by another 15% next year")).isEqualTo("He Xuemei");
        assertThat(a.speakerOf("next to a hydropower station")).isEqualTo("He Xuemei");
        assertThat(a.doc().claims()).map(Claim::text).noneMatch(t -> t.contains("电价"));
    }

    @Test
    void aTranscriptInChineseAloneKeepsItsSpeakersUnderTheirLabels() {
        Analyses a = parsed("""
                高明远：欢迎收听。今天我们聊数据中心的电价。
                何雪梅：谢谢。电价已经成了我们最大的成本，比芯片折旧还高。
                高明远：明年会更贵吗？
                何雪梅：我预计明年西部的电价会再涨百分之十五。
                何雪梅：所以我们把新的集群都放在水电站旁边。
                """);
        // nothing translates it: its turns are read as they are, each under its own label
        assertThat(a.speakerNames()).containsExactlyInAnyOrder("高明远", "何雪梅");
    }

    @Test
    void theCastLineUnderARoleLabelIsNobodysTurn() {
        Analyses a = parsed(BILINGUAL);
        assertThat(a.claimWith("head of operations at Tundra Compute")).isEmpty();
        assertThat(a.claimWith("subtitles were checked by our editors")).isEmpty();
    }

    private static Analyses parsed(String text) {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(text, null, null, null, null, null, null), Instant.parse("2026-11-01T00:00:00Z"))));
    }
}
