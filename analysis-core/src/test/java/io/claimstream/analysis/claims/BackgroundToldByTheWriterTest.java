package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The background a profile or a reference work gives: who backs a company it has named, told from the company's side
 * ("… raised 3 billion yuan in a round led by …") or the investor's ("Her fund is an investor in …"), and the career
 * move that made the company ("She left the ministry in 2020 to found …"), read the same with citation marks after
 * it; a speaker's own account of their round, and a view followed by citation marks, stay claims.
 */
class BackgroundToldByTheWriterTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    @ParameterizedTest
    @ValueSource(strings = {
            "In 2023 Brightmoor raised 2.6 billion yuan in a round led by Harrow Capital and two city funds.[4]",
            "Quillon Robotics has raised $40 million since 2022.",
            "Okafor's fund is an investor in Brightmoor.[12]",
            "Harrow Capital is also an early investor in Quillon Robotics."})
    void tellsTheBacking(String sentence) {
        assertThat(reasons.of(sentence)).isEqualTo("narration");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "She left the trade ministry in 2020 to found Brightmoor with a former colleague.[2]",
            "Okafor quit Harrow Capital to start her own fund."})
    void tellsTheCareerMove(String sentence) {
        assertThat(reasons.of(sentence)).isEqualTo("biography");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We raised 40 million dollars in May, and every investor asked about export controls.",
            "Cheap inference will make agents a mass product within two years.[7][citation needed]"})
    void staysAClaim(String sentence) {
        assertThat(reasons.of(sentence)).isNull();
    }
}
