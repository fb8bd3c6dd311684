package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AliasScannerTest {

    @Test
    void findsTitlesRunTogetherFormsAndParts() {
        PersonRegistry people = new PersonRegistry();
        Person p = people.register("Zhao Minghui", Person.Kind.PERSON);
        AliasScanner.scan("Interview: Zhaominghui on robots. Teacher Zhao said more. Later Minghui added a point.",
                List.of(p));
        assertThat(p.aliases()).contains("Zhao Minghui", "Zhaominghui", "Teacher Zhao", "Minghui");
    }

    @Test
    void aSharedSurnameIsNobodysAlias() {
        PersonRegistry people = new PersonRegistry();
        Person wei = people.register("Zhang Wei", Person.Kind.PERSON);
        Person li = people.register("Zhang Li", Person.Kind.PERSON);
        AliasScanner.scan("Zhang spoke first. Then Zhang Wei and Zhang Li disagreed.", List.of(wei, li));
        assertThat(wei.aliases()).doesNotContain("Zhang");
        assertThat(li.aliases()).doesNotContain("Zhang");
    }
}
