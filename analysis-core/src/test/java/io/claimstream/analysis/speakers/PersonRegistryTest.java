package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonRegistryTest {

    @Test
    void aSurnameRefersToTheMostRecentPersonBearingIt() {
        PersonRegistry people = new PersonRegistry();
        Person wei = people.register("Zhang Wei", Person.Kind.PERSON);
        Person li = people.register("Zhang Li", Person.Kind.PERSON);
        people.mentioned(wei);
        people.mentioned(li);
        assertThat(people.lookup("Zhang")).isSameAs(li);
        people.mentioned(wei);
        assertThat(people.lookup("Zhang")).isSameAs(wei);
        assertThat(people.all()).hasSize(2);
    }

    @Test
    void onlyLookingAnEmployerUpDoesNotPutItInTheText() {
        // "Kestrel will publish its dataset" in a summary of Ines Valcourt's interview: reading who does what in a
        // sentence must not register her employer, or the summary's next sentence about it becomes the company's
        PersonRegistry people = new PersonRegistry();
        Person ines = people.register("Ines Valcourt", Person.Kind.PERSON);
        ines.offerRole("chief engineer of Kestrel Robotics");
        people.mentioned(ines);
        assertThat(people.lookupWithoutRegistering("Kestrel")).isNull();
        assertThat(people.all()).containsExactly(ines);
        Person kestrel = people.lookup("Kestrel");
        assertThat(kestrel.isPerson()).isFalse();
        assertThat(kestrel.name().display()).isEqualTo("Kestrel Robotics");
    }

    @Test
    void aSurnameWithAParticleRefersToItsBearer() {
        PersonRegistry people = new PersonRegistry();
        Person anouk = people.register("Anouk van der Linde", Person.Kind.PERSON);
        people.mentioned(anouk);
        assertThat(people.lookup("Van der Linde")).isSameAs(anouk);
        assertThat(people.lookup("van der Linde")).isSameAs(anouk);
    }

    @Test
    void aFullerNameMergesIntoThePersonMetByOnePart() {
        PersonRegistry people = new PersonRegistry();
        Person first = people.register("Okafor", Person.Kind.PERSON);
        Person full = people.register("Chidi Okafor", Person.Kind.PERSON);
        assertThat(full).isSameAs(first);
        assertThat(full.name().display()).isEqualTo("Chidi Okafor");
        assertThat(full.aliases()).contains("Okafor", "Chidi Okafor");
    }

    @Test
    void definiteDescriptionsFindRolesAndOrganisations() {
        PersonRegistry people = new PersonRegistry();
        Person host = people.register("Ines Duarte", Person.Kind.PERSON);
        host.offerRole("Moderator");
        Person ceo = people.register("Raj Patel", Person.Kind.PERSON);
        ceo.offerRole("CEO");
        ceo.addAffiliation("Lumen Labs");
        Person lab = people.register("Lumen Labs", Person.Kind.ORGANIZATION);
        people.mentioned(lab);
        assertThat(people.lookupRole("the moderator")).isSameAs(host);
        assertThat(people.lookupRole("the Lumen Labs CEO")).isSameAs(ceo);
        assertThat(people.lookupRole("the company")).isSameAs(lab);
    }

    @Test
    void pronounsSkipPeopleOfTheOtherGender() {
        PersonRegistry people = new PersonRegistry();
        Person her = people.register("Ana Silva", Person.Kind.PERSON);
        her.countPronoun(Gender.FEMALE);
        Person him = people.register("Tom Hale", Person.Kind.PERSON);
        him.countPronoun(Gender.MALE);
        people.mentioned(her);
        people.mentioned(him);
        assertThat(people.antecedent(Gender.FEMALE)).isSameAs(her);
        assertThat(people.antecedent(Gender.MALE)).isSameAs(him);
    }

    @Test
    void aSharedSurnameFollowsTheMostRecentBearerAndIsNobodysAlias() {
        PersonRegistry people = new PersonRegistry();
        MentionResolver resolver = new MentionResolver(people, io.claimstream.analysis.entities.KnownEntities.load());
        Person wei = resolver.name("Chen Wei", false);
        Person li = resolver.name("Chen Li", false);
        assertThat(resolver.name("Chen", false)).isSameAs(li);
        resolver.name("Chen Wei", false);
        assertThat(resolver.name("Chen", false)).as("an alias met earlier does not outweigh recency").isSameAs(wei);
        people.forgetSharedAliases();
        assertThat(wei.aliases()).doesNotContain("Chen");
        assertThat(li.aliases()).doesNotContain("Chen");
    }

    @Test
    void aRoleAtAnOrganisationIsHeldByItsNamedHolderOrByNobody() {
        PersonRegistry people = new PersonRegistry();
        Person org = people.register("Larkfield", Person.Kind.ORGANIZATION);
        Person other = people.register("Ada Brook", Person.Kind.PERSON);
        other.offerRole("chief executive of Tollgate");
        other.addAffiliation("Tollgate");
        assertThat(people.holderOf(org, "chief executive")).as("not the chief executive of another company").isNull();
        Person unnamed = people.unnamedHolder(org, "chief executive");
        Person ceo = people.register("Tamsin Roe", Person.Kind.PERSON);
        ceo.offerRole("CEO");
        ceo.addAffiliation("Larkfield");
        assertThat(people.named(unnamed)).isSameAs(ceo);
        assertThat(people.holderOf(org, "director")).isNull();
        assertThat(people.all()).doesNotContain(unnamed);
    }

    @Test
    void anOrganisationKnownByItsShortNameTakesOnTheFullNameThatStartsWithIt() {
        PersonRegistry registry = new PersonRegistry();
        Person shortName = registry.register("Halden", Person.Kind.ORGANIZATION);
        assertThat(registry.register("Halden Robotics", Person.Kind.ORGANIZATION)).isSameAs(shortName);
        assertThat(shortName.name().display()).isEqualTo("Halden Robotics");
        // a person's surname is no organisation's first word
        Person person = registry.register("Ines Barros", Person.Kind.PERSON);
        assertThat(registry.register("Barros Capital", Person.Kind.ORGANIZATION)).isNotSameAs(person);
    }
}
