package io.claimstream.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimstream.analysis.speakers.PersonName;
import org.junit.jupiter.api.Test;

class OrganisationWordsTest {

    @Test
    void aCompanysOrABodysLastWordEndsAnOrganisation() {
        assertTrue(OrganisationWords.endsOrganisation("Labs"));
        assertTrue(OrganisationWords.endsOrganisation("Inc."));
        assertTrue(OrganisationWords.endsOrganisation("Research"));
        assertTrue(OrganisationWords.endsOrganisation("bureau"));
        assertFalse(OrganisationWords.endsOrganisation("Okafor"));
    }

    @Test
    void aiEndsAnOrganisationOnlyInCapitals() {
        assertTrue(OrganisationWords.endsOrganisation("AI"));
        assertFalse(OrganisationWords.endsOrganisation("Ai"));
        assertTrue(PersonName.of("Tallow AI").endsInOrganisationWord());
        assertFalse(PersonName.of("Mei Ai").endsInOrganisationWord());
    }

    @Test
    void speakersAndEntitiesReadTheSameList() {
        KnownEntities entities = KnownEntities.load();
        for (String name : new String[] {"Keel Research", "Brightwater Healthcare", "Polar Labs", "Vantor Media"}) {
            assertTrue(PersonName.of(name).endsInOrganisationWord(), name);
            assertEquals("organization", entities.kindOf(name), name);
        }
    }

    @Test
    void aGatheringNamesNoPersonAndNoOrganisationOfSpeakers() {
        assertTrue(PersonName.of("the Harbour Robotics Summit").namesGathering());
        assertEquals("organization", KnownEntities.load().kindOf("Harbour Robotics Summit"));
        assertFalse(PersonName.of("Ines Summers").namesGathering());
        assertNull(KnownEntities.load().kindOf("Ines Summers"));
    }
}
