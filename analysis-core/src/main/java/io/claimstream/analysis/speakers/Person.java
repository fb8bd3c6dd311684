package io.claimstream.analysis.speakers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.claimstream.contracts.Speaker;

/**
 * A person or organisation of one document while it is being analyzed: the best name found so
 * far, every form the text uses for it, and what the text says about its role, affiliation and
 * gender. Confined to the analysis of one document, so it needs no synchronisation.
 */
public final class Person {

    public enum Kind { PERSON, ORGANIZATION }

    private PersonName name;
    private Kind kind;
    private String role;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Set<PersonName> aliasNames = new LinkedHashSet<>();
    private final Set<String> affiliations = new LinkedHashSet<>();
    private final Set<String> descriptions = new LinkedHashSet<>();
    private int male;
    private int female;
    /** The gender a kinship word declares ("her brother, Alexander …"): pronouns counted later do not outvote it. */
    private Gender declared;
    private boolean turnSpeaker;
    /** Somebody the text knows only by a role at an organisation ("its chief executive"), not yet by name. */
    private boolean unnamed;
    private String id;
    private String idName;

    Person(PersonName name, Kind kind) {
        this.name = name;
        this.kind = kind;
        addAlias(name.display());
    }

    public PersonName name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isPerson() {
        return kind == Kind.PERSON;
    }

    public String role() {
        return role;
    }

    public boolean isUnnamed() {
        return unnamed;
    }

    void markUnnamed() {
        unnamed = true;
    }

    public boolean isTurnSpeaker() {
        return turnSpeaker;
    }

    void markTurnSpeaker() {
        turnSpeaker = true;
    }

    public void becomePerson() {
        kind = Kind.PERSON;
    }

    /**
     * A name first taken for a person's ("Harbor Grid", two capitalised words) that the text goes on to use as an
     * employer ("a senior executive at Harbor Grid") is an organisation's.
     */
    public void becomeOrganisation() {
        kind = Kind.ORGANIZATION;
    }

    /** A fuller written form of the same name becomes the canonical one. */
    void offerName(PersonName candidate) {
        addAlias(candidate.display());
        if (candidate.tokens().size() > name.tokens().size()) {
            name = candidate;
        }
    }

    public void addAlias(String alias) {
        String a = alias.strip();
        if (!a.isEmpty() && aliases.add(a)) {
            PersonName parsed = PersonName.of(a);
            if (!parsed.isEmpty()) {
                aliasNames.add(parsed);
            }
        }
    }

    /** Forgets the written forms that match, so that they no longer find this person either. */
    void forgetAliases(java.util.function.Predicate<String> which) {
        if (aliases.removeIf(which)) {
            aliasNames.clear();
            aliases.stream().map(PersonName::of).filter(n -> !n.isEmpty()).forEach(aliasNames::add);
        }
    }

    /** Whether this person has been written this way (any order, run together, titles aside). */
    public boolean answersTo(PersonName written) {
        if (name.sameAs(written)) {
            return true;
        }
        for (PersonName alias : aliasNames) {
            if (alias.sameAs(written)) {
                return true;
            }
        }
        return false;
    }

    public void offerRole(String candidate) {
        if (candidate != null && !candidate.isBlank() && (role == null || role.length() < 3)) {
            role = candidate.strip();
        }
    }

    /**
     * Keeps what the text said of the person when it introduced them, title or not ("who until last year helped write
     * export rules at the Commerce Department"): a recap may later call them by it ("the former official").
     */
    public void describe(String description) {
        if (description != null && !description.isBlank()) {
            descriptions.add(description.strip());
        }
    }

    /** The person's introduction as the text gave it: role, what they did, where they work. */
    public String introduction() {
        StringBuilder all = new StringBuilder(role == null ? "" : role);
        descriptions.forEach(d -> all.append(" ; ").append(d));
        affiliations.forEach(a -> all.append(" ; ").append(a));
        return all.toString();
    }

    public void addAffiliation(String organization) {
        if (organization != null && !organization.isBlank()) {
            affiliations.add(organization.strip());
        }
    }

    public void countPronoun(Gender gender) {
        if (gender == Gender.MALE) {
            male++;
        } else if (gender == Gender.FEMALE) {
            female++;
        }
    }

    /** A gender the text states outright rather than implies by the pronouns it happens to resolve. */
    public void declareGender(Gender gender) {
        if (gender != null && gender != Gender.UNKNOWN) {
            declared = gender;
        }
    }

    public Gender gender() {
        if (declared != null) {
            return declared;
        }
        if (male == female) {
            return Gender.UNKNOWN;
        }
        return male > female ? Gender.MALE : Gender.FEMALE;
    }

    /** Whether a pronoun of this gender can refer to this person. */
    public boolean compatibleWith(Gender pronoun) {
        Gender own = gender();
        if (own == Gender.THEY || pronoun == Gender.THEY) {
            return kind == Kind.PERSON && own == pronoun; // "they" is plural but for whom the text says otherwise
        }
        return kind == Kind.PERSON && (own == Gender.UNKNOWN || pronoun == Gender.UNKNOWN || own == pronoun);
    }

    public Set<String> affiliations() {
        return affiliations;
    }

    public Set<String> aliases() {
        return aliases;
    }

    public String id() {
        if (id == null || !idName.equals(name.display())) {
            idName = name.display();
            id = SpeakerIds.of(idName);
        }
        return id;
    }

    public Speaker toSpeaker() {
        return new Speaker(id(), name.display(), List.copyOf(aliases), role, List.copyOf(affiliations),
                kind == Kind.PERSON ? "person" : "organization");
    }
}
