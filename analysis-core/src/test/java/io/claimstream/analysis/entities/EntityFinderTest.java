package io.claimstream.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Entity;
import org.junit.jupiter.api.Test;

class EntityFinderTest {

    @Test
    void findsOrganisationsProductsPlacesAndKnownPeople() {
        Analyses a = Analyses.of("""
                Iris Chen: Gemini 3 and Claude Code changed how Quillstone AI ships software in Berlin, and Tomas Berg agrees.
                Tomas Berg: I do.
                """);
        var entities = a.claimWith("changed how").orElseThrow().entities();
        assertThat(entities).extracting(Entity::text).contains("Gemini 3", "Claude Code", "Quillstone AI", "Berlin",
                "Tomas Berg");
        assertThat(entities).filteredOn(e -> e.text().equals("Quillstone AI")).extracting(Entity::kind)
                .containsExactly("organization");
        assertThat(entities).filteredOn(e -> e.text().equals("Gemini 3")).extracting(Entity::kind)
                .containsExactly("product");
        assertThat(entities).filteredOn(e -> e.text().equals("Tomas Berg")).extracting(Entity::kind)
                .containsExactly("person");
    }

    @Test
    void dropsPossessives() {
        Analyses a = Analyses.of("Iris Chen: OpenAI’s lead is shrinking.");
        assertThat(a.claimWith("lead is shrinking").orElseThrow().entities()).extracting(Entity::text)
                .containsExactly("OpenAI");
    }

    @Test
    void bodiesAndGatheringsAreNeverPeople() {
        Analyses a = Analyses.of("""
                Agents summit notes

                The Open Agents Summit Program Committee said next year's summit would add a track on evaluation. \
                The committee also said it would publish every talk online.

                Mirela Dax, who chairs the Applied Robotics Forum, said the Important AI Panel showed that robots \
                still need better hands.
                """);
        assertThat(a.speakerOf("add a track on evaluation")).isEqualTo("Open Agents Summit Program Committee");
        assertThat(a.speakerOf("publish every talk online")).isEqualTo("Open Agents Summit Program Committee");
        assertThat(a.speakerNamed("Open Agents Summit Program Committee").kind()).isEqualTo("organization");
        var entities = a.claimWith("robots still need better hands").orElseThrow().entities();
        // Mirela Dax holds the claim: named where it is attributed, she is not among what it mentions
        assertThat(entities).filteredOn(e -> e.kind().equals("person")).isEmpty();
        assertThat(entities).extracting(Entity::text).contains("Applied Robotics Forum", "Important AI Panel");
    }

    @Test
    void theSpeakerNamedInTheAttributionIsNotAMentionButANamedRivalIs() {
        Analyses a = Analyses.of("""
                Ferry notes

                Tova Lind, an engineer at Fjordline Labs, said electric ferries were ready for winter.

                Oona Brandt, Special Envoy and Chief Executive Officer of Skerry Labs, said that Tova Lind was wrong about electric ferries.
                """);
        var entities = a.claimWith("wrong about electric ferries").orElseThrow().entities();
        assertThat(entities).extracting(Entity::text).contains("Tova Lind", "Skerry Labs").doesNotContain("Oona Brandt");
        assertThat(entities).filteredOn(e -> e.kind().equals("person")).extracting(Entity::text)
                .containsExactly("Tova Lind");
    }

    @Test
    void anOrganisationNamedWithOfOrForIsOneEntityAndADateIsNoProduct() {
        Analyses a = Analyses.of("""
                Harbour notes

                Ilse Varga: The Institute for Coastal Engineering will publish its survey | Mid-2027
                """);
        var entities = a.claimWith("publish its survey").orElseThrow().entities();
        assertThat(entities).extracting(Entity::text).containsExactly("Institute for Coastal Engineering");
    }

    @Test
    void aVersionAfterAHyphenAndALocationBeforeANameAreNormalised() {
        Analyses a = Analyses.of("""
                Harbour notes

                Ilse Varga: The Oslo-based Skerry Labs will release the Heron-2 models and the Petrel-7 Models next year.
                """);
        var entities = a.claimWith("will release").orElseThrow().entities();
        assertThat(entities).extracting(Entity::text).contains("Skerry Labs", "Heron-2", "Petrel-7");
    }

    @Test
    void spellingsOfOnePlaceAreOneEntityAndAFieldWordAfterAPlaceNamesNothing() {
        Analyses a = Analyses.of("""
                Ilse Varga: American grid builders move faster than US regulators, and Chinese AI labs train on Chinese chips.
                """);
        var entities = a.claimWith("grid builders").orElseThrow().entities();
        assertThat(entities).extracting(Entity::text).containsExactly("United States", "China");
        assertThat(entities).extracting(Entity::kind).containsOnly("place");
    }

    @Test
    void theCompanySomebodyWorksForIsAnOrganisationWhereverItIsNamed() {
        Analyses a = Analyses.of("""
                Ferry notes

                Tova Lind, an engineer at Fjordvik, said electric ferries were ready for winter.

                Oona Brandt said that Fjordvik had ordered too few batteries.
                """);
        var entities = a.claimWith("too few batteries").orElseThrow().entities();
        assertThat(entities).extracting(Entity::text).contains("Fjordvik");
        assertThat(entities).filteredOn(e -> e.text().equals("Fjordvik")).extracting(Entity::kind)
                .containsExactly("organization");
    }
}
