package io.claimstream.analysis.speakers;

import java.util.Locale;

import io.claimstream.analysis.entities.KnownEntities;

/**
 * Resolves what a sentence calls its subject to a {@link Person}: a name (known, or new and then
 * registered as a person or organisation), a pronoun (the most recent compatible person), or a
 * definite description ({@code the company}, {@code the moderator}).
 */
public final class MentionResolver {

    private final PersonRegistry registry;
    private final KnownEntities entities;

    public MentionResolver(PersonRegistry registry, KnownEntities entities) {
        this.registry = registry;
        this.entities = entities;
    }

    /** The name runs of a sentence, knowing the names met so far. */
    public java.util.List<NameRun> names(String text, java.util.List<io.claimstream.analysis.text.Token> tokens) {
        return NameRuns.find(text, tokens, registry.knownNameParts());
    }

    public PersonRegistry registry() {
        return registry;
    }

    /** A written name as the subject of a claim: known, or a new speaker. Null for products and places. */
    public Person name(String written, boolean titled) {
        String clean = POSSESSIVE_ENDING.matcher(written).replaceAll("").strip();
        Person known = registry.lookup(clean);
        if (known != null) {
            if (!titled || known.isPerson()) {
                known.addAlias(clean);
            }
            registry.mentioned(known);
            return known;
        }
        if (SourceLabels.isLabel(clean)) {
            // "CW-3 stated that …": a source the text keeps unnamed under a label is one person, no product version
            Person source = registry.register(clean, Person.Kind.PERSON);
            registry.mentioned(source);
            return source;
        }
        String kind = entities.kindOf(Honorifics.strip(clean));
        if ("product".equals(kind) || "place".equals(kind) || "term".equals(kind) || familyOfKnownSurname(clean)) {
            return null;
        }
        PersonName fullName = titled || "organization".equals(kind) || !PersonName.of(clean).isSingleWord() ? null
                : registry.onlyFullNameWritten(clean);
        Person namedInFull = fullName == null ? null : registry.lookupWithoutRegistering(fullName.display());
        if (fullName != null && (namedInFull == null || namedInFull.isPerson())) {
            // "Yang said" above the entry that introduces Yang Bowen: the person the text names in full elsewhere
            Person person = registry.register(fullName.display(), Person.Kind.PERSON);
            person.addAlias(clean);
            registry.mentioned(person);
            return person;
        }
        // a person is introduced by full name or title; one unknown word ("Stripe said") is more often a company
        boolean organization = "organization".equals(kind) || PersonName.of(clean).isSingleWord() && !titled;
        Person.Kind k = organization && !titled ? Person.Kind.ORGANIZATION : Person.Kind.PERSON;
        Person created = registry.register(clean, k);
        if (titled) {
            created.addAlias(clean);
            created.offerRole(Honorifics.roleOf(clean)); // "Chief Executive Oona Pike told …"
        }
        registry.mentioned(created);
        return created;
    }

    /**
     * {@link #name} of a mention read where it stands at {@code at}: a bare surname two people of the text share is
     * the one {@link PersonRegistry#bearerWrittenLastBefore} tells, else the most recent bearer, as anywhere.
     */
    public Person name(String text, int at, String written, boolean titled) {
        String clean = POSSESSIVE_ENDING.matcher(written).replaceAll("").strip();
        boolean bare = !titled && PersonName.of(clean).isSingleWord() && registry.sharedNamePart(clean);
        Person bearer = bare ? registry.bearerWrittenLastBefore(text, at, clean) : null;
        if (bearer == null) {
            bearer = name(written, titled);
        } else {
            bearer.addAlias(clean);
            registry.mentioned(bearer);
        }
        if (bare && bearer != null && bearer.isPerson()) {
            registry.calledBySharedSurname(bearer);
        }
        return bearer;
    }

    private static final java.util.regex.Pattern POSSESSIVE_ENDING = java.util.regex.Pattern.compile("[’']s$");

    /**
     * {@code The two Petrovs do not always agree.} after Ivan and Alexander Petrov: the plural of a known person's
     * surname is their family, several people and no organisation.
     */
    private boolean familyOfKnownSurname(String written) {
        if (!written.matches("\\p{Lu}\\p{L}+s")) {
            return false;
        }
        for (String surname : java.util.List.of(written.substring(0, written.length() - 1),
                written.endsWith("es") ? written.substring(0, written.length() - 2) : "")) {
            String s = PersonName.normalize(surname);
            if (!s.isEmpty() && registry.all().stream().anyMatch(p -> p.isPerson() && p.name().tokens().size() > 1
                    && p.name().tokens().get(p.name().tokens().size() - 1).equals(s))) {
                return true;
            }
        }
        return false;
    }

    /** A name the sentence shows to be an organisation's ("The University of Amsterdam said"). */
    public Person organization(String written) {
        Person known = registry.lookup(written);
        Person p = known != null ? known : registry.register(written, Person.Kind.ORGANIZATION);
        registry.mentioned(p);
        return p;
    }

    /**
     * The index of the quotation mark that closes a quotation opening the sentence, before token {@code at}
     * ('"…," he said'); -1 when the sentence does not open on a quotation closed before it.
     */
    private static int quotationClosedBefore(java.util.List<io.claimstream.analysis.text.Token> tokens, int at) {
        if (tokens.isEmpty() || !QUOTE_MARKS.contains(tokens.get(0).text())) {
            return -1;
        }
        int closed = -1;
        for (int k = 1; k < at; k++) {
            if (QUOTE_MARKS.contains(tokens.get(k).text())) {
                closed = k;
            }
        }
        return closed;
    }

    private static final java.util.Set<String> QUOTE_MARKS = java.util.Set.of("\"", "“", "”");

    /** A known name only: does not create anybody. */
    public Person known(String written) {
        Person p = registry.lookup(POSSESSIVE_ENDING.matcher(written).replaceAll("").strip());
        if (p != null) {
            registry.mentioned(p);
        }
        return p;
    }

    /**
     * Reads the names a sentence gives before an anaphor at token {@code at} ({@code When I ask Nadia whether she …},
     * {@code Fenwick raised £40 million, and the company said …}): they are the latest mentions the pronoun or the
     * description can refer to, nearer than anyone of earlier sentences. A name in a subject's place (a verb after it)
     * is the more salient, the first such most of all, as "she" after "Luo said Chen was wrong, and she added" is Luo.
     */
    public void readNamesBefore(String text, java.util.List<io.claimstream.analysis.text.Token> tokens, int at) {
        java.util.List<NameRun> subjects = new java.util.ArrayList<>();
        int quoteClosed = quotationClosedBefore(tokens, at);
        for (NameRun r : names(text, tokens)) {
            if (r.to() > at) {
                break;
            }
            if (r.to() <= quoteClosed && Pronouns.thirdPerson(tokens.get(at).lower()) != null) {
                continue; // '"I like Fang," he told me': whom the quotation speaks of is not who says it
            }
            if (NameRuns.joinedToNextWord(tokens, r)) {
                continue; // "AI-led deals …, the company said": a modifier, not the company
            }
            if (Pronouns.thirdPerson(tokens.get(at).lower()) != null && r.to() - r.from() == 1 && !r.titled()
                    && (r.from() == 0 || tokens.get(r.from() - 1).text().matches("[\"“‘']"))) {
                continue; // "Health systems should …," she said: a capital that opens a quotation makes no person
            }
            if (r.to() < at && tokens.get(r.to()).isVerbal()) {
                subjects.add(r);
            } else {
                known(r.text());
            }
        }
        for (int i = subjects.size() - 1; i >= 0; i--) {
            known(subjects.get(i).text());
        }
    }

    /**
     * Makes the known people a sentence names as the subject of a clause (a verb right after the name) the latest
     * mentions, the last such most recent; names elsewhere in it (objects, possessives) and unknown names are left
     * alone, and nobody is created.
     */
    public void readSubjectsIn(String text, java.util.List<io.claimstream.analysis.text.Token> tokens) {
        Person described = describedSubject(text, tokens);
        if (described != null) {
            registry.mentioned(described);
        }
        for (NameRun r : names(text, tokens)) {
            // "Last word goes to Liang, who was asked for one prediction.": the name a relative clause opens on is that
            // clause's subject, whom the next sentence's "Her answer" means
            boolean relativeSubject = r.to() + 1 < tokens.size() && tokens.get(r.to()).text().equals(",")
                    && tokens.get(r.to() + 1).lower().equals("who");
            // "Theodore Banerjee-Lowe — Teddy, to everyone — had led …": a name opening the sentence before an
            // apposition is its subject as surely as one before its verb
            boolean apposed = r.from() == 0 && r.to() < tokens.size() && r.to() - r.from() >= 2
                    && java.util.Set.of("—", "–", ",").contains(tokens.get(r.to()).text());
            if (r.to() < tokens.size() && (tokens.get(r.to()).isVerbal() || relativeSubject || apposed)
                    && !NameRuns.possessive(tokens.get(r.to() - 1)) && !NameRuns.joinedToNextWord(tokens, r)) {
                Person p = registry.lookupWithoutRegistering(r.text().replaceAll("[’']s$", "").strip());
                if (p != null && p.isPerson()) {
                    registry.mentioned(p);
                }
            }
        }
    }

    /**
     * Makes the known people a sentence names only as possessors ({@code Some commentators have questioned the
     * accuracy of Wen's forecasts.}) the latest mentions: with nobody named as its subject, the person whose work the
     * sentence is about is whom the next sentence's "His 2023 prediction" means. Nobody is created.
     */
    public void readPossessorsIn(String text, java.util.List<io.claimstream.analysis.text.Token> tokens) {
        for (NameRun r : names(text, tokens)) {
            boolean possessor = NameRuns.possessive(tokens.get(r.to() - 1))
                    || r.to() < tokens.size() && tokens.get(r.to()).text().matches("[’']s");
            if (possessor) {
                Person p = registry.lookupWithoutRegistering(r.text().replaceAll("[’']s$", "").strip());
                if (p != null && p.isPerson()) {
                    registry.mentioned(p);
                }
            }
        }
    }

    /**
     * The person a sentence opens on by the position the text gave them ("The Qiming researcher, the only speaker from
     * China, gave a different answer", "The investor disagreed"), so that the "he" of the next sentence is theirs:
     * "the", at most two words, a role noun, then a verb or an aside's comma. Null when no one known holds it.
     */
    public Person describedSubject(String text, java.util.List<io.claimstream.analysis.text.Token> tokens) {
        if (tokens.size() < 3 || !tokens.get(0).lower().equals("the")) {
            return null;
        }
        for (int noun = 1; noun <= 3 && noun + 1 < tokens.size(); noun++) {
            io.claimstream.analysis.text.Token next = tokens.get(noun + 1);
            if (!tokens.get(noun).isWord()) {
                return null;
            }
            if (RoleReader.looksLikeRole(tokens.get(noun).lower()) && (next.isVerbal() || next.text().equals(","))) {
                Person p = registry.lookupRole(text.substring(tokens.get(0).start(), tokens.get(noun).end()));
                return p != null && p.isPerson() && !p.isUnnamed() ? p : null;
            }
        }
        return null;
    }

    /**
     * A pronoun written beside a name as one subject ({@code she and Nadia have argued}): somebody other than the
     * person named there, whom the pronoun makes the most recent mention.
     */
    public Person pronounBeside(String word, Person named) {
        Gender g = Pronouns.thirdPerson(word);
        Person p = g == null ? null : registry.mostRecent(x -> x != named && x.compatibleWith(g));
        if (p != null) {
            p.countPronoun(g);
            registry.mentioned(p);
        }
        return p;
    }

    /**
     * {@code she and her brother had the argument}, {@code from his sister}: wherever the text calls someone a relative,
     * the relative it points at (the one person sharing the possessive's antecedent's surname, see {@link #relativeOf})
     * has the gender the kinship word states, so that a later "he" or "she" finds them or passes them by. Nobody becomes
     * a more recent mention: the relative is only spoken of.
     */
    public void declareRelativesIn(java.util.List<io.claimstream.analysis.text.Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            if (!w.equals("his") && !w.equals("her")) {
                continue;
            }
            int k = i + 1;
            if (KIN_QUALIFIERS.contains(tokens.get(k).lower()) && k + 1 < tokens.size()) {
                k++; // "her younger brother", "his own sister"
            }
            Gender kin = Kinship.genderOf(tokens.get(k).text());
            if (kin == null) {
                continue;
            }
            Person relative = relativeAmong(w, kin);
            if (relative != null) {
                relative.declareGender(kin);
            }
        }
    }

    private static final java.util.Set<String> KIN_QUALIFIERS = java.util.Set.of("own", "younger", "older", "elder",
            "little", "big", "late", "twin");

    /** The one person sharing the surname of whom {@code possessive} refers to and answering to {@code kin}, or null. */
    private Person relativeAmong(String possessive, Gender kin) {
        Gender owner = Pronouns.thirdPerson(possessive);
        Person of = owner == null ? null : registry.antecedent(owner);
        if (of == null || of.name().tokens().size() < 2) {
            return null;
        }
        String surname = of.name().tokens().get(of.name().tokens().size() - 1);
        java.util.List<Person> relatives = registry.all().stream().filter(p -> p != of && p.isPerson()
                && p.compatibleWith(kin) && p.name().tokens().size() > 1
                && p.name().tokens().get(p.name().tokens().size() - 1).equals(surname)).toList();
        if (relatives.isEmpty()) {
            registry.foretellGender(of, kin); // the relative is named further on
        }
        return relatives.size() == 1 ? relatives.get(0) : null;
    }

    /**
     * {@code His sister}, {@code her brother}: the relative of the person the possessive refers to, as far as the text
     * tells, a person of the kinship word's gender who shares that person's surname (the one such), or null.
     */
    public Person relativeOf(String possessive, String kinWord) {
        Gender kin = Kinship.genderOf(kinWord);
        Person relative = kin == null ? null : relativeAmong(possessive, kin);
        if (relative != null) {
            registry.mentioned(relative);
        }
        return relative;
    }

    /**
     * {@code "…," they said} where the text has said that somebody uses they/them pronouns: the most recent such
     * person; null when the text declares nobody so, and "they" is the plural it usually is.
     */
    public Person singularThey(String word) {
        if (!Pronouns.isThey(word)) {
            return null;
        }
        // only somebody already met: "Three founders shared a stage, and they agreed on nothing" before any of them
        // is named is the plural
        Person p = registry.mentionedLately(x -> x.compatibleWith(Gender.THEY));
        if (p != null) {
            registry.mentioned(p);
        }
        return p;
    }

    public Person pronoun(String word) {
        Gender g = Pronouns.thirdPerson(word);
        if (g == null) {
            String w = word.toLowerCase(Locale.ROOT);
            return w.equals("it") ? registry.mostRecent(p -> !p.isPerson()) : null;
        }
        Person p = registry.antecedent(g);
        if (p != null) {
            p.countPronoun(g);
            registry.mentioned(p);
        }
        return p;
    }

    /**
     * The person holding a role at an organisation ({@code Its chief executive said}): the one the
     * text names, or a stand-in resolved once the whole text is read; never the organisation itself.
     */
    public Person roleAt(Person organisation, String role) {
        Person holder = registry.holderOf(organisation, role);
        if (holder == null) {
            holder = registry.unnamedHolder(organisation, role);
        }
        registry.mentioned(holder);
        return holder;
    }

    /** Words that open a sentence or a phrase before a name and are no part of it ("In Harlan County …"). */
    private static final java.util.Set<String> BEFORE_A_NAME = java.util.Set.of("the", "a", "an", "in", "on", "at",
            "for", "by", "from", "to", "of", "and", "but", "so", "yesterday", "today", "last", "this", "when", "while");

    /**
     * {@code The county says …} when no organisation of the document answers to it: the body the text named
     * before with that noun closing its name ({@code Harlan County approved …}, {@code the Tarrow Water Authority}),
     * the nearest such, from now on an organisation of the document; null when the text names none. Only bodies
     * whose names end in the noun are found, so "the county" never becomes a person or a company.
     */
    public Person bodyNamedBefore(String text, int before, String noun, String description) {
        String capitalised = noun.substring(0, 1).toUpperCase(Locale.ROOT) + noun.substring(1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?<![\\p{L}])(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){1,3}" + java.util.regex.Pattern.quote(capitalised) + "\\b")
                .matcher(text.substring(0, before));
        java.util.List<String> nearest = null;
        while (m.find()) {
            java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(m.group().strip().split("\\s+")));
            while (words.size() > 1 && BEFORE_A_NAME.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                words.remove(0);
            }
            if (words.size() > 1) {
                // "The County" alone is the same description capitalised, no name: the body is the nearest one named,
                // however often the text has called it "the County" since
                nearest = words;
            }
        }
        if (nearest == null) {
            return null;
        }
        Person body = organization(String.join(" ", nearest));
        body.addAlias(description.strip());
        return body;
    }

    /** How far back a description like "a Shenzhen robotics company" still introduces what "the company" names. */
    private static final int DESCRIBED_WITHIN = 1200;

    /**
     * {@code The company said …} after {@code Foldwise, a Shenzhen robotics company, raised $80 million.}: the
     * organisation the text last introduced with that noun in an appositive, the nearest such within a few
     * paragraphs, when no organisation of the document is named between that introduction and here (the one
     * {@code found} by recency may be named only later in the text, or long before). From now on it is an
     * organisation of the document and answers to the description. Null when the text introduces none.
     */
    public Person organisationDescribedBefore(String text, int before, String noun, String description, Person found) {
        int from = Math.max(0, before - DESCRIBED_WITHIN);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}])((?:\\p{Lu}[\\p{L}\\d'’&.-]*[ \\t]+){0,3}"
                + "\\p{Lu}[\\p{L}\\d'’&-]*),[ \\t]+(?:a|an|the)[ \\t]+"
                + "(?:(?!(?:at|of|for|with|in|from|to|by|on|and|or|who|whose)\\b)[\\p{L}\\d'’&$.-]+[ \\t]+){0,6}"
                + java.util.regex.Pattern.quote(noun) + "\\b(?=[ \\t]*[,(]|[ \\t]+(?:that|which|based|founded|in|from|with)\\b)")
                .matcher(text.substring(from, before));
        String nearest = null;
        int nearestEnd = -1;
        while (m.find()) {
            java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(m.group(1).strip().split("\\s+")));
            while (!words.isEmpty() && BEFORE_A_NAME.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                words.remove(0);
            }
            if (!words.isEmpty()) {
                nearest = String.join(" ", words);
                nearestEnd = from + m.end();
            }
        }
        if (nearest == null || PersonName.of(nearest).tokens().isEmpty()) {
            return null;
        }
        Person named = registry.lookup(nearest);
        if (named != null && named.isPerson()) {
            return null; // "Lena Park, a former company lawyer,": a person described, not an organisation
        }
        if (found != null && found != named && namedBetween(text, found, nearestEnd, before)) {
            return null; // the organisation found was named after the introduction: the nearer one
        }
        Person organisation = organization(nearest);
        organisation.addAlias(description.strip());
        return organisation;
    }

    /** Whether any name of {@code p} is written in {@code text} between {@code from} and {@code to}. */
    private static boolean namedBetween(String text, Person p, int from, int to) {
        String between = text.substring(Math.max(0, from), Math.max(from, to));
        for (String alias : p.aliases()) {
            String a = alias.strip();
            if (a.length() > 1 && !a.toLowerCase(Locale.ROOT).startsWith("the ")
                    && java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(a) + "(?![\\p{L}])")
                    .matcher(between).find()) {
                return true;
            }
        }
        return false;
    }

    public Person description(String text) {
        Person p = registry.lookupRole(text);
        String named = text.strip().replaceFirst("^(?i)the\\s+", "");
        if (p == null && !named.equals(text.strip()) && named.contains(" ")
                && ("organization".equals(entities.kindOf(named)) || PersonName.of(named).endsInOrganisationWord())
                && named.matches("\\p{Lu}.*")) {
            // "The Frontier Models Summit Program Committee said", "The Semiconductor Industry Council estimates": a
            // body, by its name
            return organization(named);
        }
        if (p != null) {
            if (p.isPerson() && p.role() == null) {
                p.offerRole(text.strip().replaceFirst("^(?i)(the|our|their)\\s+", "")); // "the Vessel CEO"
            }
            if (!text.strip().matches("(?i)the (statement|announcement|filing)")) {
                p.addAlias(text.strip()); // a statement stands for its organisation here, it is no name of it
            }
            registry.mentioned(p);
        }
        return p;
    }
}
