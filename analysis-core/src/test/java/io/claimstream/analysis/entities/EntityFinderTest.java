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
}
