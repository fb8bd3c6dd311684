package io.claimstream.analysis.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The people and organisations of one document, found as the analysis reads it in order. It
 * resolves every way of writing a name to one {@link Person} and remembers who was mentioned
 * last, which is what surnames, pronouns and "the company" refer back to. One per document.
 */
public final class PersonRegistry {

    private final List<Person> people = new ArrayList<>();
    /** Most recently mentioned last. */
    private final List<Person> recency = new ArrayList<>();
    private final Map<EmployersOf, List<String>> employersRead = new java.util.HashMap<>();

    /** The full names the whole text writes, wherever on the page ({@link WrittenNames}). */
    private java.util.Set<PersonName> writtenFullNames = java.util.Set.of();

    public void knowWrittenFullNames(java.util.Set<PersonName> names) {
        writtenFullNames = new java.util.LinkedHashSet<>(names);
    }

    public java.util.Set<PersonName> writtenFullNames() {
        return java.util.Collections.unmodifiableSet(writtenFullNames);
    }

    /**
     * "Yang said" at the top of a page that writes "Yang Bowen" only further down (a live blog's newest entry, a
     * headline, a pull quote): the one full name the text writes anywhere with this word as a part, when the text
     * writes exactly one and nobody known answers to it yet; null when none does, or when two do ("Chen" of Chen
     * Wei and Chen Li is left to the nearest context).
     */
    public PersonName onlyFullNameWritten(String word) {
        PersonName found = null;
        for (PersonName n : writtenFullNames) {
            // "The Vessel CEO" is a role at Vessel, no person called Vessel
            if (n.tokens().size() <= 3 && n.hasPart(word) && !RoleReader.looksLikeRole(n.display())) {
                if (found != null && !found.sameAs(n)) {
                    return null;
                }
                found = found == null ? n : found;
            }
        }
        return found;
    }

    /** Lower-case words of the multi-word names known so far. */
    public java.util.Set<String> knownNameParts() {
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (Person p : people) {
            if (p.isPerson() && p.name().tokens().size() > 1) {
                parts.addAll(p.name().tokens());
            } else if (p.name().tokens().size() > 1) {
                parts.add(p.name().tokens().get(0)); // "Tarn said" after "Tarn Robotics"
            }
            if (p.isPerson()) {
                // "Quillon declined to comment …" after "Aurelio Vance (CEO, Quillon)": an employer the text named is a
                // name wherever a sentence opens on it, however the tagger reads a capital there
                for (String employer : p.affiliations()) {
                    PersonName e = PersonName.of(employer);
                    if (e.isSingleWord() && !GENERIC_ORGANISATION_WORDS.contains(e.tokens().get(0))) {
                        parts.add(e.tokens().get(0));
                    }
                }
            }
        }
        return parts;
    }

    public List<Person> all() {
        return List.copyOf(people);
    }

    /** The person or organisation this written name refers to, creating it when it is new. */
    public Person register(String written, Person.Kind kind) {
        PersonName name = PersonName.of(written);
        // "Brightwater Health said", "Anna Weiss, who runs Brightwater Health": a name ending in a word like
        // Health or Labs is an organisation's, however the sentence around it reads
        if (name.endsInOrganisationWord()) {
            kind = Person.Kind.ORGANIZATION;
        }
        Person known = lookup(written);
        if (known != null) {
            known.offerName(name);
            if (kind == Person.Kind.PERSON) {
                known.becomePerson();
            }
            return known;
        }
        Person created = new Person(name, kind);
        genderForetold.entrySet().stream().filter(e -> e.getKey().sameAs(name)).findFirst()
                .ifPresent(e -> created.declareGender(e.getValue()));
        people.add(created);
        return created;
    }

    /** Genders the text stated for a written full name before its bearer was first read (see {@link #foretellGender}). */
    private final java.util.Map<PersonName, Gender> genderForetold = new java.util.LinkedHashMap<>();

    /**
     * "she and her brother had the argument. Owen Calloway had flown in …": the text states a relative's gender before it
     * names him; the one full name it writes with the owner's surname gets that gender when its bearer is first read.
     * Nothing happens when no such name, or more than one, is written.
     */
    public void foretellGender(Person owner, Gender gender) {
        String surname = owner.name().tokens().get(owner.name().tokens().size() - 1);
        List<PersonName> named = writtenFullNames.stream().filter(n -> n.tokens().size() > 1 && !n.sameAs(owner.name())
                && n.tokens().get(n.tokens().size() - 1).equals(surname)).toList();
        if (named.size() == 1 && people.stream().noneMatch(p -> p.name().sameAs(named.get(0)))) {
            genderForetold.putIfAbsent(named.get(0), gender);
        }
    }

    /** The known person a mention refers to, or null: full name in any order, run together, or a part of it. */
    public Person lookup(String mention) {
        return lookup(mention, true);
    }

    /**
     * The known person or organisation a mention refers to, or null, as {@link #lookup} finds them but without
     * registering the employer a single word may name ("Beiming" for somebody's "Beiming Intelligence"): for a reader
     * that only looks, so that looking does not put an organisation in the text that a later sentence could be given to.
     */
    public Person lookupWithoutRegistering(String mention) {
        return lookup(mention, false);
    }

    private Person lookup(String mention, boolean registerEmployer) {
        PersonName m = PersonName.of(mention);
        if (m.isEmpty()) {
            return null;
        }
        if (m.isSingleWord()) {
            String word = m.tokens().get(0);
            Person titled = namesakeByTitle(mention, word);
            if (titled != null) {
                return titled;
            }
            Person subject = bearerNotCalledByGivenName(word);
            if (subject != null) {
                return subject;
            }
            // a part of a name ("Chen") and an alias met earlier weigh alike: the most recent bearer wins,
            // so a surname once used for Chen Li does not stick to her after Chen Wei speaks
            Person person = mostRecent(p -> p.answersTo(m) || p.isPerson() && p.name().hasPart(word));
            // "Helio" after "Helio Labs": an organisation's short name is its first word
            if (person != null) {
                return person;
            }
            Person organisation = mostRecent(p -> !p.isPerson() && p.name().tokens().size() > 1
                    && p.name().tokens().get(0).equals(word));
            return organisation != null || !registerEmployer ? organisation : employerCalled(word);
        }
        Person exact = mostRecent(p -> p.answersTo(m));
        if (exact != null) {
            return exact;
        }
        Person familiar = familiarOrInitialled(m);
        if (familiar != null) {
            return familiar;
        }
        if (NameRuns.isParticle(m.tokens().get(0))) {
            // "De Vries" after "Bram de Vries": a surname of several words, particle first, is the bearer's
            Person bearer = mostRecent(p -> p.isPerson() && p.name().tokens().size() > m.tokens().size()
                    && p.name().tokens().subList(p.name().tokens().size() - m.tokens().size(), p.name().tokens().size())
                    .equals(m.tokens()));
            if (bearer != null) {
                return bearer;
            }
        }
        // "Luo" was met first, now "Luo Fuli": the same person, who gets the fuller name; "Corvid" as somebody's
        // employer first, now "Corvid Labs": the same organisation, by its first word
        return mostRecent(p -> p.name().isSingleWord() && (p.isPerson() ? m.hasPart(p.name().tokens().get(0))
                : m.tokens().get(0).equals(p.name().tokens().get(0))));
    }

    /**
     * The one person whose name of several words holds {@code surname}, even a word that alone is no alias ("He" of He
     * Jingyi): for a reader that knows the word stands for a surname, as after a title or in brackets after a role;
     * null when nobody's name or several people's hold it.
     */
    public Person onlyBearerOf(String surname) {
        String word = PersonName.normalize(surname);
        List<Person> bearers = people.stream().filter(p -> p.isPerson() && p.name().tokens().size() > 1
                && p.name().tokens().contains(word)).toList();
        return bearers.size() == 1 ? bearers.get(0) : null;
    }

    /**
     * "Lao Fang", "Xiao Li", "Old Fang": a familiar prefix before a surname, as friends address someone in Chinese and
     * translations keep; and "T. Banerjee-Lowe": an initial before a surname, as a signature or a header writes it.
     * Either is the one known person whose name has that surname (and, for the initial, a given name it opens), so
     * long as exactly one has; null otherwise, as for a name of two words nobody known bears.
     */
    private Person familiarOrInitialled(PersonName m) {
        if (m.tokens().size() != 2) {
            return null;
        }
        String first = m.tokens().get(0);
        String surname = m.tokens().get(1);
        boolean prefix = FAMILIAR_PREFIXES.contains(first);
        boolean initial = first.length() == 1;
        if (!prefix && !initial) {
            return null;
        }
        List<Person> bearers = people.stream().filter(p -> p.isPerson() && p.name().tokens().size() > 1
                && p.name().hasPart(surname) && !p.name().tokens().get(0).equals(first)
                && (prefix || p.name().tokens().stream().anyMatch(t -> !t.equals(surname) && t.startsWith(first))))
                .toList();
        return bearers.size() == 1 ? bearers.get(0) : null;
    }

    /**
     * "Jiang said" after the text has brought in a second Jiang and then called him by his given name alone ("Mingxuan
     * said"): a report that does so keeps the bare surname for the other bearer, its subject. The one bearer of the
     * surname never written by a given name alone, when every other bearer has been; null otherwise (the most recent
     * bearer is then left to win, as between Chen Li and Chen Wei, whom the text never tells apart so).
     */
    private Person bearerNotCalledByGivenName(String surname) {
        List<Person> bearers = people.stream().filter(p -> p.isPerson() && p.name().tokens().size() > 1
                && p.name().hasPart(surname)).toList();
        if (bearers.size() < 2) {
            return null;
        }
        List<Person> notCalledSo = bearers.stream().filter(p -> p.aliases().stream().map(PersonName::of)
                .noneMatch(a -> a.isSingleWord() && !a.tokens().get(0).equals(surname)
                        && p.name().hasPart(a.tokens().get(0))))
                .toList();
        return notCalledSo.size() == 1 ? notCalledSo.get(0) : null;
    }

    /**
     * "Lu said" where the text has two Lus. The one never called by a given name alone, if the other is (see {@link
     * #bearerNotCalledByGivenName}); else the bearer the same paragraph last wrote in full ("Lu Wenjie of Corvid is not
     * related to Lu Shanshan. Lu said …"), as a reader takes a bare surname for the namesake just named; else the
     * bearer the text has called by the bare surname more often than any other: news copy and reference articles keep
     * it for their subject and write the namesake in full every time ("Wen has urged …" of Wen Haoyu, never of "Wen
     * Lijuan"). Null when the surname is nobody's or one person's, or none of these tells the bearers apart.
     */
    public Person bearerWrittenLastBefore(String text, int at, String surname) {
        String word = PersonName.normalize(surname);
        List<Person> bearers = people.stream().filter(p -> p.isPerson() && p.name().tokens().size() > 1
                && p.name().hasPart(word)).toList();
        if (bearers.size() < 2) {
            return null;
        }
        Person notCalledSo = bearerNotCalledByGivenName(word);
        if (notCalledSo != null) {
            return notCalledSo;
        }
        Person nearest = null;
        int nearestAt = -1;
        for (Person p : bearers) {
            java.util.Set<String> written = new java.util.LinkedHashSet<>(p.aliases());
            written.add(p.name().display());
            if (p.name().tokens().size() == 2) { // "Shanshan Lu" for Lu Shanshan: either order is the name in full
                written.add(p.name().display().replaceFirst("^(\\S+) (\\S+)$", "$2 $1"));
            }
            for (String name : written) {
                int found = name.contains(" ") ? lastWholeWordsBefore(text, name, at) : -1;
                if (found > nearestAt) {
                    nearestAt = found;
                    nearest = p;
                }
            }
        }
        int paragraphEnd = nearest == null ? -1 : text.indexOf('\n', nearestAt);
        if (nearest != null && (paragraphEnd < 0 || paragraphEnd >= at)) {
            return nearest; // written in full in the same paragraph, whose lines the analysed text has joined
        }
        int most = bearers.stream().mapToInt(p -> calledBySurname.getOrDefault(p, 0)).max().orElse(0);
        List<Person> usual = bearers.stream().filter(p -> calledBySurname.getOrDefault(p, 0) == most).toList();
        return most > 0 && usual.size() == 1 ? usual.get(0) : null;
    }

    /** How often each person was taken for a bare surname they share with another person of the text. */
    private final Map<Person, Integer> calledBySurname = new java.util.HashMap<>();

    /** Counts that a bare surname {@code p} shares with a namesake was read as {@code p}'s. */
    public void calledBySharedSurname(Person p) {
        calledBySurname.merge(p, 1, Integer::sum);
    }

    /** Where {@code words} last stand as whole words in {@code text} before {@code at}, or -1. */
    private static int lastWholeWordsBefore(String text, String words, int at) {
        for (int k = text.lastIndexOf(words, at - words.length()); k >= 0; k = text.lastIndexOf(words, k - 1)) {
            int end = k + words.length();
            if ((k == 0 || !Character.isLetter(text.charAt(k - 1)))
                    && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
                return k;
            }
        }
        return -1;
    }

    /** Words put before a surname to address someone familiarly: Chinese "lao" (old) and "xiao" (young), in English too. */
    private static final java.util.Set<String> FAMILIAR_PREFIXES = java.util.Set.of("lao", "xiao", "old", "young", "little");

    /**
     * {@code Professor Kim} when the text has both Kim Min-ji the professor and Kim Ho-jin the director: a title before
     * a surname two people share tells them apart where the most recent mention would not. The one already written
     * with that title, else the one whose role the title names, else the one no other title has claimed; null when
     * the mention has no title, the surname is nobody's or only one person's, or the title tells nobody apart.
     */
    private Person namesakeByTitle(String mention, String surname) {
        String bare = Honorifics.strip(mention);
        String title = mention.strip().substring(0, Math.max(0, mention.strip().length() - bare.length())).strip()
                .toLowerCase(Locale.ROOT);
        if (title.isEmpty() || bare.contains(" ")) {
            return null;
        }
        List<Person> bearers = people.stream().filter(p -> p.isPerson() && p.name().tokens().size() > 1
                && p.name().hasPart(surname)).toList();
        if (bearers.size() < 2) {
            return null;
        }
        if (title.equals("m.")) {
            // "M. Lindqvist" beside Maja and Oskar Lindqvist: the French "Monsieur" is written so, but between namesakes
            // it is the initial of the one whose given name it opens, as a roundup labels siblings
            List<Person> initialled = bearers.stream().filter(p -> p.name().tokens().stream()
                    .anyMatch(t -> !t.equals(surname) && t.startsWith("m"))).toList();
            if (initialled.size() == 1) {
                return initialled.get(0);
            }
        }
        Predicate<String> otherTitle = a -> !Honorifics.strip(a).equals(a.strip())
                && PersonName.of(a).tokens().equals(List.of(surname))
                && !a.strip().toLowerCase(Locale.ROOT).startsWith(title + " ");
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(title)
                + "\\b");
        List<Predicate<Person>> preferences = List.of(
                p -> p.aliases().stream().anyMatch(a -> a.strip().equalsIgnoreCase(mention.strip())),
                p -> p.role() != null && named.matcher(p.role()).find(),
                p -> p.aliases().stream().noneMatch(otherTitle));
        // "Ms Kim" names no position: only the written form itself tells the namesakes apart
        int usable = Honorifics.roleOf(mention) == null ? 1 : preferences.size();
        for (Predicate<Person> preferred : preferences.subList(0, usable)) {
            List<Person> chosen = bearers.stream().filter(preferred).toList();
            if (chosen.size() == 1) {
                return chosen.get(0);
            }
        }
        return null;
    }

    /** A definite description ({@code the moderator}, {@code the company}, {@code the Anthropic CEO}). */
    public Person lookupRole(String description) {
        String d = description.toLowerCase(Locale.ROOT).replaceFirst("^(the|our|their)\\s+", "").strip();
        if (d.matches("\\d+-year-old")) {
            // "The 41-year-old, a former search engineer …": an age is told of a person, the one the text is about
            return mostRecent(Person::isPerson);
        }
        if (d.matches("[\\p{L}-]+")) {
            // "the committee" after "the Frontier Models Summit Program Committee": the body named by that noun
            Person named = mostRecent(p -> !p.isPerson() && p.name().tokens().size() > 1
                    && p.name().tokens().get(p.name().tokens().size() - 1).equals(d));
            if (named != null) {
                return named;
            }
        }
        if (d.matches("(company|firm|startup|lab|group|organization|organisation|developer|maker|team)")) {
            Person organisation = mostRecent(p -> !p.isPerson());
            return organisation != null ? organisation : employerOfMostRecentPerson();
        }
        if (d.matches("(statement|announcement|filing)")) {
            // "The statement added that …": the organisation whose statement the text has just reported
            return mostRecent(p -> !p.isPerson());
        }
        String[] words = d.split("\\s+");
        String roleWord = words[words.length - 1];
        // "the former official", "the veteran investor": words of tenure or standing qualify no employer
        String qualifier = words.length > 1 ? String.join(" ", java.util.Arrays.copyOf(words, words.length - 1))
                .replaceAll("^(?:former|veteran|longtime|long-time|senior|junior|young|retired)\\b\\s*", "") : "";
        java.util.List<String> spellings = ROLE_SPELLINGS.getOrDefault(roleWord,
                KINDS_OF_WORK.getOrDefault(roleWord, java.util.List.of(roleWord)));
        Person holder = mostRecent(p -> p.isPerson() && p.role() != null
                && spellings.stream().anyMatch(spelling -> namesTitle(p.role(), spelling))
                && (qualifier.isEmpty() || p.role().toLowerCase(Locale.ROOT).contains(qualifier)
                    || affiliatedWith(p, qualifier)));
        // "the former official", "the Eindhoven engineer": no title says it, but one person's introduction does
        Person described = holder == null ? DescribedWork.theOneDescribed(people, roleWord, qualifier) : null;
        if (described != null) {
            return described;
        }
        if (holder != null || qualifier.isEmpty()
                || !ROLE_SPELLINGS.containsKey(roleWord) && !KINDS_OF_WORK.containsKey(roleWord)) {
            return holder;
        }
        // "the Vessel CEO" before the text says what Mira Santos does at Vessel: the one person known to work there
        java.util.List<Person> there = people.stream().filter(p -> p.isPerson() && p.role() == null
                && affiliatedWith(p, qualifier)).toList();
        return there.size() == 1 ? there.get(0) : null;
    }

    /**
     * "the company" before any organisation speaks: the employer of the person the text is about, as their
     * description named it ("Kang Wenjie, chief executive of … Moxin AI"), now an organisation of the document; when
     * the last person named has no known employer (a co-founder introduced only as "her co-founder"), the nearest
     * one who has.
     */
    private Person employerOfMostRecentPerson() {
        Person person = mostRecent(p -> p.isPerson() && !employers(p).isEmpty());
        if (person == null) {
            return null;
        }
        return employers(person).stream().findFirst().map(a -> register(a, Person.Kind.ORGANIZATION)).orElse(null);
    }

    /**
     * "Fenwick raised £40 million" after "Ingrid Lind, who runs the rival Fenwick AI": an organisation the text has
     * named only as somebody's employer, found by its first word and from now on an organisation of the document.
     */
    private Person employerCalled(String word) {
        if (GENERIC_ORGANISATION_WORDS.contains(word)) {
            return null;
        }
        for (int i = recency.size() - 1; i >= 0; i--) {
            Person p = recency.get(i);
            if (!p.isPerson()) {
                continue;
            }
            for (String employer : employers(p)) {
                PersonName name = PersonName.of(employer);
                if (name.tokens().size() > 1 && name.tokens().get(0).equals(word)) {
                    return register(employer, Person.Kind.ORGANIZATION);
                }
            }
        }
        return null;
    }

    /** First words that many organisations' names share, which name none of them alone. */
    private static final java.util.Set<String> GENERIC_ORGANISATION_WORDS = java.util.Set.of("university", "institute",
            "college", "school", "department", "center", "centre", "national", "american", "european", "british",
            "chinese", "international", "global", "first", "new", "the");

    /** Compiled once: employers are read for every lookup of every mention. */
    private static final java.util.regex.Pattern BASED_IN = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]*-based\\s+(?=\\p{Lu})");
    private static final java.util.regex.Pattern STARTS_CAPITALISED = java.util.regex.Pattern.compile("\\p{Lu}.*");
    private static final java.util.regex.Pattern ENDS_BASED = java.util.regex.Pattern.compile(".*-based$");
    private static final java.util.regex.Pattern TITLE_IN_CAPITALS = java.util.regex.Pattern.compile(
            "CEO|CTO|CFO|COO|VP|SVP|EVP");

    private static final java.util.regex.Pattern CAPITALISED_RUN = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'’-]*)*");

    /**
     * The organisations a person works for, as the text wrote them: their affiliations, then the capitalised names
     * in their role ("chief executive of Shenzhen-based chip designer Lumen Silicon"); places ("Shenzhen-based") and
     * titles in capitals ("CEO") aside.
     */
    private java.util.List<String> employers(Person person) {
        return employersRead.computeIfAbsent(new EmployersOf(java.util.List.copyOf(person.affiliations()), person.role()),
                PersonRegistry::readEmployers);
    }

    /**
     * What {@link #employers(Person)} reads them from: every single-word mention looked up passes every person known,
     * whose affiliations and role rarely change, so each reading is remembered.
     */
    private record EmployersOf(java.util.List<String> affiliations, String role) {
    }

    private static java.util.List<String> readEmployers(EmployersOf person) {
        java.util.List<String> found = new java.util.ArrayList<>(person.affiliations());
        if (person.role() != null) {
            java.util.regex.Matcher m = CAPITALISED_RUN.matcher(person.role());
            while (m.find()) {
                found.add(m.group());
            }
        }
        // "the Singapore-based Tessaline AI": where it is based is no part of the name
        return found.stream().map(a -> BASED_IN.matcher(a).replaceFirst(""))
                .filter(a -> STARTS_CAPITALISED.matcher(a).matches() && !ENDS_BASED.matcher(a).matches()
                && !TITLE_IN_CAPITALS.matcher(a).matches() && !PersonName.of(a).isEmpty()).distinct().toList();
    }

    /**
     * A name read as a person's that the text writes as somebody's employer ("Deng Hao, editor-in-chief of Zhineng
     * Qianyan") or as the publication a piece appeared in ("First published in Handelsrundschau", "a report by …",
     * "a correspondent for …") is an outlet or another organisation: it may speak (an outlet's questions), but as
     * what it is. A name some pronoun has stood for is left a person.
     */
    /** The organisations people of the text work for, in lower case, as their affiliations name them. */
    public java.util.Set<String> employers() {
        java.util.Set<String> employers = new java.util.HashSet<>();
        for (Person p : people) {
            if (p.isPerson()) {
                p.affiliations().forEach(a -> employers.add(a.toLowerCase(Locale.ROOT)));
            }
        }
        return employers;
    }

    public void organisationsNamedAsEmployers(String text) {
        java.util.Set<String> employers = new java.util.HashSet<>();
        for (Person p : people) {
            if (p.isPerson()) {
                p.affiliations().forEach(a -> employers.add(a.toLowerCase(Locale.ROOT)));
            }
        }
        java.util.regex.Matcher outlet = PUBLISHED_BY.matcher(text);
        while (outlet.find()) {
            employers.add(outlet.group(1).toLowerCase(Locale.ROOT));
        }
        for (Person p : people) {
            if (p.isPerson() && !p.isUnnamed() && p.gender() == Gender.UNKNOWN && p.role() == null
                    && p.affiliations().isEmpty() && employers.contains(p.name().display().toLowerCase(Locale.ROOT))) {
                p.becomeOrganisation();
            }
        }
    }

    /**
     * Every second name the text declares for a person ({@link SecondNames}): later mentions by that name are the same
     * person, not a second one.
     */
    public void takeSecondNames(List<SecondNames.Declared> declared) {
        for (SecondNames.Declared d : declared) {
            secondName(d.name(), d.alias(), d.marked());
        }
    }

    /** The person {@code nameRun} ends on takes {@code written} as a second name (see {@link #takeSecondNames}). */
    private void secondName(String nameRun, String written, boolean marked) {
        PersonName alias = PersonName.of(written);
        String[] words = nameRun.strip().split("\\s+");
        if (alias.isEmpty() || words.length < 2) {
            return;
        }
        Person known = nameBefore(words);
        PersonName first = known != null ? known.name() : PersonName.of(SecondNames.lastNameIn(nameRun));
        if (first.isEmpty() || first.sameAs(alias) || first.endsInOrganisationWord() || !marked
                && (alias.isSingleWord() || alias.tokens().stream().noneMatch(first::hasPart))) {
            return;
        }
        // the bracket introduces the person as surely as an apposition would
        Person person = known != null ? known : register(first.display(), Person.Kind.PERSON);
        if (!person.isPerson() || person.answersTo(alias)) {
            return;
        }
        person.addAlias(alias.display());
        // somebody already met under the second name (a heading, a caption) is this person too
        List<Person> sameOnes = people.stream().filter(other -> other != person && other.isPerson()
                && !other.isTurnSpeaker() && other.name().sameAs(alias)).toList();
        for (Person other : sameOnes) {
            other.aliases().forEach(person::addAlias);
            other.affiliations().forEach(person::addAffiliation);
            person.offerRole(other.role());
        }
        people.removeAll(sameOnes);
    }

    /**
     * Initials the text gives a person in brackets to record them by, as minutes and reports do: "Dr. Helena Marsh
     * (HM)", "Park Ji-ho (JHP)", and with a letter more where two would share them, "Peter Marsh (PMa)". Later "HM
     * reported that …" is that person. The bracket's capitals must be the name's initials (each part of a hyphenated
     * name counts), in any order, so "(CEO)" or "(OAIC)" is never one.
     */
    public void initialsInBrackets(String text) {
        java.util.regex.Matcher m = INITIALS_IN_BRACKETS.matcher(text);
        while (m.find()) {
            String name = m.group("name").strip();
            String initials = m.group("initials");
            if (!LabelAbbreviations.recordsByInitials(initials, name)) {
                continue;
            }
            Person known = lookupWithoutRegistering(name);
            Person person = known != null ? known : register(name, Person.Kind.PERSON);
            if (person.isPerson() && lookupWithoutRegistering(initials) == null) {
                person.addAlias(initials);
            }
        }
    }

    private static final java.util.regex.Pattern INITIALS_IN_BRACKETS = java.util.regex.Pattern.compile(
            "(?<name>\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){1,3})[ \\t]*\\((?<initials>\\p{Lu}{2,4}\\p{Ll}?)\\)");

    /** The known person the capitalised run before a bracket names, leading words ("Professor", "Briefing") aside. */
    private Person nameBefore(String[] words) {
        for (int from = 0; from + 1 < words.length; from++) {
            Person p = lookupWithoutRegistering(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The publication a piece names as its own or a source's: "First published in X", "a report by X". */
    private static final java.util.regex.Pattern PUBLISHED_BY = java.util.regex.Pattern.compile("(?:[Pp]ublished (?:in|by)"
            + "|[Aa]ppeared in|(?:[Rr]eport|[Aa]rticle|[Ii]nterview|[Ss]tory) (?:by|in)|[Cc]orrespondent (?:for|at|of)"
            + "|[Rr]eporter (?:for|at)|[Ee]ditor (?:of|at)) (\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3})");

    /**
     * The longer name the text writes a short organisation name in ("Corvid" of "Corvid Labs unveils …"): the
     * capitalised words that follow it where it is written with any, when the text writes only one such form.
     */
    public static String writtenInFull(String text, String shortName) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(shortName)
                + "((?: \\p{Lu}[\\p{L}&.-]*){1,2})\\b").matcher(text);
        java.util.Set<String> forms = new java.util.LinkedHashSet<>();
        while (m.find()) {
            forms.add(m.group());
        }
        return forms.size() == 1 ? forms.iterator().next() : shortName;
    }

    /**
     * An organisation first met by a short name in a frame ("Moxin said") and written in full as somebody's
     * employer ("chief executive of … Moxin AI"), or anywhere in the text ("US rival Halcyon AI's new model" before
     * "Halcyon, based in San Francisco, launched …"), is one organisation, known by the full name: the short one is
     * the full one less a company-type word.
     */
    public void preferFullOrganisationNames(String text) {
        for (Person org : people) {
            if (org.isPerson() || !org.name().isSingleWord()) {
                continue;
            }
            String shortName = org.name().display();
            // the full name as somebody's employer ("Ana Ruiz of Mofang AI") or as the organisation was once written
            // itself ("Mofang AI, one of the companies …" after a headline's "Mofang")
            java.util.stream.Stream.concat(java.util.stream.Stream.concat(
                            people.stream().filter(Person::isPerson).flatMap(p -> employers(p).stream()),
                            org.aliases().stream()), java.util.stream.Stream.of(writtenInFull(text, shortName)))
                    .filter(a -> a.startsWith(shortName + " ") && COMPANY_TYPE.matcher(a.substring(shortName.length()).strip()).matches())
                    .findFirst()
                    .ifPresent(full -> org.offerName(PersonName.of(full)));
        }
    }

    private static final java.util.regex.Pattern COMPANY_TYPE = java.util.regex.Pattern.compile("(?i)(AI|Inc\\.?|Ltd\\.?"
            + "|Corp\\.?|Co\\.?|Technology|Technologies|Tech|Labs?|Intelligence|Robotics|Group|Holdings|Capital|Ventures"
            + "|Silicon|Semiconductors?|Systems|Cloud|Software|Research)");

    /**
     * Who holds a role at an organisation ({@code its chief executive}, {@code the company's founder}):
     * the named person the text gives that role there, else the one person with that role and no known
     * employer (a title written before the name, "Chief Executive Helen Marsh"), else null. Never the
     * organisation itself, nor a person of another one.
     */
    public Person holderOf(Person organisation, String role) {
        List<String> spellings = spellingsOf(role);
        Predicate<Person> holds = p -> p.isPerson() && !p.isUnnamed() && p.role() != null
                && spellings.stream().anyMatch(spelling -> namesTitle(p.role(), spelling));
        Person there = mostRecent(holds.and(p -> worksAt(p, organisation)));
        if (there != null) {
            return there;
        }
        List<Person> free = people.stream().filter(holds.and(p -> p.toSpeaker().affiliations().isEmpty())).toList();
        return free.size() == 1 ? free.get(0) : null;
    }

    /**
     * {@code Priya Natarajan, an analyst at Cardinal Research, wrote … By Cardinal's estimates, …}: the person the text
     * is reporting (the latest person mentioned) when they work at the organisation, whose figures they are giving;
     * null when the latest person works elsewhere, or nobody has been mentioned.
     */
    public Person reportingMemberOf(Person organisation) {
        Person latest = mentionedLately(Person::isPerson);
        return latest != null && !latest.isUnnamed() && worksAt(latest, organisation) ? latest : null;
    }

    /** A stand-in for the holder of a role at an organisation that the text has not named (yet). */
    public Person unnamedHolder(Person organisation, String role) {
        String key = organisation.name().display() + "\t" + String.join(" ", spellingsOf(role));
        return unnamed.computeIfAbsent(key, k -> {
            Person p = new Person(PersonName.of(""), Person.Kind.PERSON);
            p.markUnnamed();
            p.offerRole(role);
            p.addAffiliation(organisation.name().display());
            return p;
        });
    }

    /** Unnamed role holders by organisation and role. */
    private final java.util.Map<String, Person> unnamed = new java.util.HashMap<>();

    /**
     * The named person an unnamed role holder turned out to be, once the whole text is read
     * ("…, its chief executive said." before "Chief Executive Helen Marsh told analysts"), or null.
     */
    public Person named(Person unnamedHolder) {
        if (!unnamedHolder.isUnnamed()) {
            return unnamedHolder;
        }
        String organisation = unnamedHolder.toSpeaker().affiliations().get(0);
        PersonName written = PersonName.of(organisation);
        // by any of its names: "Corvane" may have become "Corvane Systems" since the role was read
        Person org = people.stream().filter(p -> !p.isPerson() && p.answersTo(written)).findFirst().orElse(null);
        return org == null ? null : holderOf(org, unnamedHolder.role());
    }

    private static boolean worksAt(Person p, Person organisation) {
        String role = p.role() == null ? "" : p.role().toLowerCase(Locale.ROOT);
        for (String alias : organisation.aliases()) {
            String a = alias.toLowerCase(Locale.ROOT);
            if (a.startsWith("the ") || a.length() < 2) {
                continue; // "the company" names any organisation
            }
            if (affiliatedWith(p, a) || role.contains(a) || p.toSpeaker().affiliations().stream()
                    .anyMatch(f -> a.contains(f.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role holds a title in any of its spellings: "Chief Technology Officer" holds "CTO". */
    static boolean holdsTitle(String role, String title) {
        return spellingsOf(title).stream().anyMatch(spelling -> namesTitle(role, spelling));
    }

    /** Whether a role's words hold a title as whole words ("director" holds no "cto"). */
    private static boolean namesTitle(String role, String title) {
        String r = role.toLowerCase(Locale.ROOT);
        String t = title.toLowerCase(Locale.ROOT);
        for (int at = r.indexOf(t); at >= 0 && !t.isEmpty(); at = r.indexOf(t, at + 1)) {
            int end = at + t.length();
            if ((at == 0 || !Character.isLetter(r.charAt(at - 1))) && (end == r.length() || !Character.isLetter(r.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** The ways of writing a role's title: "chief executive" also as "CEO". */
    private static List<String> spellingsOf(String role) {
        String r = role.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        for (Map.Entry<String, List<String>> e : ROLE_SPELLINGS.entrySet()) {
            if (!e.getKey().equals("boss") && e.getValue().stream().anyMatch(spelling -> namesTitle(r, spelling))) {
                return e.getValue();
            }
        }
        String[] words = r.split(" ");
        return List.of(words[words.length - 1]);
    }

    /**
     * Abbreviated titles and their spelled-out forms, so "the Northwind CEO" finds a "chief executive"; sorted, since a
     * role can name two of them ("CEO and founder") and the first that does decides.
     */
    private static final java.util.Map<String, java.util.List<String>> ROLE_SPELLINGS = new java.util.TreeMap<>(java.util.Map.of(
            "ceo", java.util.List.of("ceo", "chief executive"),
            "cto", java.util.List.of("cto", "chief technology officer", "chief technical officer"),
            "cfo", java.util.List.of("cfo", "chief financial officer"),
            "coo", java.util.List.of("coo", "chief operating officer"),
            "boss", java.util.List.of("ceo", "chief executive", "head", "founder"),
            "founder", java.util.List.of("founder", "co-founder", "cofounder")));

    /**
     * What a recap calls a person by the kind of work their title names: a partner at a fund is "the investor", a
     * minister or a secretary "the official", a scientist "the researcher". Read only from such a description, never
     * to widen the title a text gives ("its press secretary" is no minister).
     */
    private static final java.util.Map<String, java.util.List<String>> KINDS_OF_WORK = java.util.Map.of(
            "investor", java.util.List.of("investor", "partner", "venture capitalist", "general partner"),
            "official", java.util.List.of("official", "minister", "secretary", "commissioner", "regulator",
                    "ambassador", "lawmaker", "senator"),
            "researcher", java.util.List.of("researcher", "research scientist", "scientist"),
            // "During the briefing, the executive said …" of the woman who "runs Hexi Cloud's infrastructure business"
            "executive", java.util.List.of("executive", "ceo", "president", "chairman", "chairwoman", "founder",
                    "co-founder", "cofounder", "head", "heads", "runs", "leads", "managing director", "general manager"));

    private static boolean affiliatedWith(Person p, String organisation) {
        return p.toSpeaker().affiliations().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(organisation));
    }

    /** Whether a one-word mention is a part of two or more people's names ("Chen" of Chen Wei and Chen Li). */
    public boolean sharedNamePart(String word) {
        String w = PersonName.normalize(word);
        return people.stream().filter(p -> p.isPerson() && p.name().tokens().size() > 1
                && p.name().tokens().contains(w)).limit(2).count() > 1;
    }

    /**
     * Drops every one-word alias that names two or more people of the document: it was right where
     * it was read, from the sentences around it, but in a speaker list it would name either.
     */
    public void forgetSharedAliases() {
        for (Person p : people) {
            p.forgetAliases(a -> !a.contains(" ") && sharedNamePart(a));
        }
    }

    public void mentioned(Person person) {
        recency.remove(person);
        recency.add(person);
    }

    public Person mostRecent(Predicate<Person> condition) {
        for (int i = recency.size() - 1; i >= 0; i--) {
            if (condition.test(recency.get(i))) {
                return recency.get(i);
            }
        }
        for (Person p : people) {
            if (!recency.contains(p) && condition.test(p)) {
                return p;
            }
        }
        return null;
    }

    /** The most recently mentioned person or organisation that meets the condition, among those mentioned at all. */
    public Person mentionedLately(Predicate<Person> condition) {
        for (int i = recency.size() - 1; i >= 0; i--) {
            if (condition.test(recency.get(i))) {
                return recency.get(i);
            }
        }
        return null;
    }

    /** The most recently mentioned person a gendered pronoun can refer to. */
    public Person antecedent(Gender pronoun) {
        // "Lingyun Code", read as a name, is the company its founder's role names: "he" is never the employer
        java.util.Set<String> employers = employers();
        return mostRecent(p -> p.compatibleWith(pronoun)
                && !employers.contains(p.name().display().toLowerCase(Locale.ROOT)));
    }

    public void forgetRecency() {
        recency.clear();
    }
}
