package io.claimstream.query.store;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonProfileTest {

    private static PersonProfile.Appearance seen(String name, List<String> aliases, String role, List<String> affiliations,
                                                 String published) {
        return new PersonProfile.Appearance(name, aliases, role, affiliations,
                published == null ? null : LocalDate.parse(published), Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aFullNameBeatsABareSurnameEvenWhenRarer() {
        PersonProfile profile = PersonProfile.of(List.of(
                seen("Luo", List.of("Luo Fuli"), "quoted", List.of("Xiaomi"), "2026-06-01"),
                seen("Luo", List.of(), null, List.of(), "2026-05-01"),
                seen("Luo Fuli", List.of("Fuli"), "panelist", List.of("Xiaomi MiMo"), "2026-06-12")));
        assertThat(profile.name()).isEqualTo("Luo Fuli");
        assertThat(profile.aliases()).containsExactly("Fuli", "Luo");
    }

    @Test
    void roleAndAffiliationsComeFromTheLatestDocumentFirst() {
        PersonProfile profile = PersonProfile.of(List.of(
                seen("Ann Lee", List.of(), "engineer", List.of("Old Corp"), "2024-03-01"),
                seen("Ann Lee", List.of(), "founder", List.of("New Labs"), "2026-02-01"),
                seen("Ann Lee", List.of(), null, List.of("Undated Inc"), null)));
        assertThat(profile.role()).isEqualTo("founder");
        assertThat(profile.affiliations()).containsExactly("New Labs", "Old Corp", "Undated Inc");
    }

    @Test
    void aliasesDifferingOnlyInCaseAreOne() {
        PersonProfile profile = PersonProfile.of(List.of(
                seen("Zhu Jun", List.of("Teacher Zhu", "teacher zhu", "ZHU JUN"), null, List.of(), null)));
        assertThat(profile.aliases()).containsExactly("Teacher Zhu");
    }

    @Test
    void needsAnAppearance() {
        assertThatThrownBy(() -> PersonProfile.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
