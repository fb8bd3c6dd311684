package io.claimstream.analysis.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * What a web page puts around an article when a reader copies or scrapes it: menus, breadcrumbs, share buttons,
 * cookie banners, newsletter boxes, lists of related headlines, captions and photo credits, advertisements, author
 * bios, tags, copyright lines, comment headers, editors' notes, paywall notices and translation credits. Each
 * {@link Variant} inserts some of it at the top, between paragraphs or at the end of an article, and remembers where,
 * so that a claim read from it can be counted. The text is ours, written for this test; each kind has several
 * wordings, and a document gets one of them by its name, so the set of documents sees them all.
 */
final class Boilerplate {

    private Boilerplate() {
    }

    /** An article with boilerplate put in: the rendering (to rewrite the gold) and the stretches that were inserted. */
    record Injected(Rendering rendering, List<int[]> inserted) {
        /** Whether {@code [start, end)} of the new text holds a visible character of inserted boilerplate. */
        boolean touches(String text, int start, int end) {
            for (int[] r : inserted) {
                for (int i = Math.max(start, r[0]); i < Math.min(end, r[1]); i++) {
                    if (!Character.isWhitespace(text.charAt(i))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * A way of dressing an article: given a pick (to vary the wording by document) and where its paragraphs start,
     * the blocks to insert before each of those offsets ({@code -1}: after the end).
     */
    record Variant(String name, BiFunction<Integer, List<Integer>, Map<Integer, String>> blocks) {
        Injected apply(String document, String text) {
            List<Integer> starts = paragraphStarts(text);
            Map<Integer, String> at = new TreeMap<>(blocks.apply(Math.abs(document.hashCode()), starts));
            Rendering.Builder b = new Rendering.Builder(text);
            List<int[]> inserted = new ArrayList<>();
            int copied = 0;
            for (Map.Entry<Integer, String> e : at.entrySet()) {
                if (e.getKey() < 0) {
                    continue;
                }
                b.copy(copied, e.getKey());
                copied = e.getKey();
                int from = b.written();
                b.insert(e.getValue());
                inserted.add(new int[] {from, b.written()});
                b.insert(e.getKey() == 0 ? "\n\n" : "\n\n");
            }
            b.copy(copied, text.length());
            if (at.containsKey(-1)) {
                b.insert(text.endsWith("\n") ? "\n" : "\n\n");
                int from = b.written();
                b.insert(at.get(-1));
                inserted.add(new int[] {from, b.written()});
                b.insert("\n");
            }
            return new Injected(b.build(), inserted);
        }
    }

    /** Where each paragraph after a blank line starts, the first at 0. */
    static List<Integer> paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        int i = text.indexOf("\n\n");
        while (i >= 0) {
            int next = i;
            while (next < text.length() && (text.charAt(next) == '\n' || text.charAt(next) == '\r')) {
                next++;
            }
            if (next < text.length() && next > starts.get(starts.size() - 1)) {
                starts.add(next);
            }
            i = text.indexOf("\n\n", next);
        }
        return starts;
    }

    // Each kind in several wordings, none from any document of ours or the seeds.

    private static final List<String> MENUS = List.of(
            "Home\nNews\nTechnology\nBusiness\nOpinion\nPodcasts\nSubscribe\nSign in",
            "HomeTechnologyArtificial Intelligence",
            "Home > Technology > Artificial Intelligence",
            "Menu  Search  Sections  World  Business  Tech  Markets  Opinion  Log in",
            "Skip to main content\nThe Ledger Review\nTech | AI | Chips | Policy | Startups");
    private static final List<String> SHARE = List.of(
            "Share\nTweet\nCopy link\nEmail",
            "Share this article\nFacebook  X  LinkedIn  WhatsApp",
            "Listen to this article · 7 min\nShare\nSave",
            "6 min read\nShare on X\nShare on LinkedIn\nCopy link",
            "Gift this article\nShare\nComments (23)");
    private static final List<String> COOKIES = List.of(
            "We use cookies to improve your experience on our site and to show you relevant advertising. By continuing"
                    + " to browse, you agree to our use of cookies.\nAccept all\nManage preferences",
            "This website uses cookies. You can change your settings at any time. Read our cookie policy.\nOK",
            "We value your privacy\nWe and our partners store and access information on your device. Click Accept to"
                    + " consent or Reject to refuse.\nAccept | Reject | Settings");
    private static final List<String> PAYWALL = List.of(
            "This article is for subscribers only. Subscribe now for unlimited access to our journalism.",
            "You have 2 free articles left this month. Subscribe for $1 a week.",
            "Already a subscriber? Log in\nSubscribe to continue reading",
            "To keep reading, create a free account or sign in. Unlock all stories for 99 cents for your first month.");
    private static final List<String> NEWSLETTERS = List.of(
            "Sign up for our newsletter\nGet the week's most important AI stories delivered to your inbox every Friday."
                    + "\nEnter your email\nSubscribe",
            "Newsletter: The Compute Brief\nThe chips, the labs and the money, every Tuesday. Sign up here.",
            "Want more stories like this? Subscribe to our daily tech briefing. It's free.",
            "Sign up for Ledger Daily: our best reporting on technology, in your inbox each morning.");
    /** Headlines in title case, one to a line, as a related-stories box lists them. */
    private static final List<String> RELATED = List.of(
            "Related articles\nChip Startup Raises $200 Million to Challenge Incumbents\nWhy Open Models Are Winning the"
                    + " Enterprise\nRegulators Will Audit Frontier Labs Next Year, Officials Say",
            "More on this story\nData Centre Builders Face a Two-Year Wait for Power\nThe Labs Betting Small Models Will"
                    + " Beat Giant Ones\nInside the Race to Build Cheaper Inference",
            "Read more\nAI Agents Will Replace Half of Call-Centre Work by 2030, Report Finds\nMemory Shortage Set to"
                    + " Last Through 2027\nEurope's AI Rules Will Reshape How Startups Raise Money",
            "You might also like\nThe Quiet Rise of Open-Weight Models\nGPU Prices Are Falling Faster Than Expected\nWhat"
                    + " a Trade War Means for Chip Supply");
    /** Headlines written as sentences, which read like claims: the dangerous ones. */
    private static final List<String> RELATED_AS_SENTENCES = List.of(
            "Related\nNeural chip maker says its next accelerator will ship in 2027\nCloud providers expect AI spending"
                    + " to double next year\nAnalysts warn the model price war will squeeze startups",
            "More on AI\nOpenAI rival says open weights will win the enterprise market\nGrid operators say data centres"
                    + " will need 40 GW more by 2030\nChina's robot makers plan to cut prices by half",
            "Most read\nSoftware makers expect agents to cut support costs by a third\nMemory prices will keep rising"
                    + " until 2027, suppliers say\nInvestors pull back from humanoid robot startups");
    private static final List<String> READ_MORE_LINES = List.of(
            "Read more: Why chip makers are betting on optical links",
            "READ MORE: Startups say compute costs will fall by half next year",
            "Related: The labs that think smaller models will win",
            "See also: Three founders on what agents will change by 2028");
    private static final List<String> CAPTIONS = List.of(
            "A technician checks a server rack at a data centre outside Dublin. Photo: Reuters",
            "The company's offices in Shenzhen. (Photo by Mei Tanaka/Getty Images)",
            "Engineers at work on a cooling system in March. Image: Courtesy of the company",
            "Photograph: Lars Eide for The Ledger Review",
            "Delegates arrive for the opening session on Tuesday. Credit: Ana Varga/AP");
    private static final List<String> ADS = List.of("Advertisement", "ADVERTISEMENT",
            "Story continues below advertisement", "Sponsored content", "Advertisement · Scroll to continue");
    private static final List<String> BIOS = List.of(
            "Priya Lindgren is a senior reporter covering artificial intelligence. Follow her on X @plindgren.",
            "About the author: Tomas Reyes writes about semiconductors and the chip supply chain. He is based in Taipei.",
            "Nora Abadi covers AI policy for The Ledger Review. Contact her at nora.abadi@example.com.",
            "Kwame Osei is our technology editor. He previously worked at a cloud startup and has covered the industry"
                    + " since 2015.");
    private static final List<String> TAGS = List.of(
            "Topics: Artificial intelligence, Semiconductors, Startups",
            "Tags\nAI\nChips\nCloud computing\nVenture capital",
            "Filed under: Technology · AI · Policy",
            "More about: large language models, data centres, regulation");
    private static final List<String> COPYRIGHT = List.of(
            "© 2026 The Ledger Review. All rights reserved.\nTerms of use | Privacy policy | Contact us",
            "Copyright 2026 Northgate Media Ltd. This material may not be published, broadcast, rewritten or"
                    + " redistributed.",
            "Terms & Conditions  Privacy  Cookie settings  Accessibility  Careers",
            "All content © Ledger Media Group 2026. Reproduction without permission is prohibited.");
    private static final List<String> COMMENTS = List.of(
            "Comments\nJoin the conversation\nShow comments (48)",
            "What do you think? Leave a comment below.",
            "Comments are closed for this article.",
            "Reader comments\nSort by: Newest\nLog in to comment");
    private static final List<String> EDITOR_NOTES = List.of(
            "Editor's note: This story has been updated to include a response from the company.",
            "Editor's note: This interview has been edited for length and clarity.",
            "Update, 3:40 pm: This article was updated with additional details.");
    private static final List<String> CORRECTIONS = List.of(
            "Correction: An earlier version of this article misstated the size of the funding round.",
            "Correction, Dec 2: A previous version of this story gave the wrong title for one of the executives.",
            "This article has been corrected to reflect that the company is based in Oslo, not Bergen.");
    private static final List<String> TRANSLATION_CREDITS = List.of(
            "This article was originally published in Chinese by Deep Signal and has been translated and edited for"
                    + " clarity.",
            "Translated by Li Na. Edited by Paul Okoro.",
            "This story first appeared in Korean in the Seoul Business Daily. It is republished here with permission.",
            "Originally published in German by Techwerk. Translation: Ben Hart.");

    private static String pick(List<String> choices, int seed) {
        return choices.get(Math.floorMod(seed, choices.size()));
    }

    /** The variants, from a page's header alone to everything a page can put around the text. */
    static List<Variant> all() {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("as written", (seed, starts) -> Map.of()));
        variants.add(new Variant("menu + share on top", (seed, starts) -> at(0,
                pick(MENUS, seed) + "\n" + pick(SHARE, seed + 1))));
        variants.add(new Variant("cookies + paywall", (seed, starts) -> at(0, pick(COOKIES, seed),
                middle(starts), pick(PAYWALL, seed))));
        variants.add(new Variant("ads + captions between", (seed, starts) -> every(starts, 3,
                i -> i % 2 == 0 ? pick(ADS, seed + i) : pick(CAPTIONS, seed + i))));
        variants.add(new Variant("related headlines", (seed, starts) -> at(middle(starts), pick(RELATED, seed),
                -1, pick(RELATED, seed + 1))));
        variants.add(new Variant("related as sentences", (seed, starts) -> at(middle(starts),
                pick(RELATED_AS_SENTENCES, seed), -1, pick(RELATED_AS_SENTENCES, seed + 1))));
        variants.add(new Variant("read-more lines", (seed, starts) -> every(starts, 4,
                i -> pick(READ_MORE_LINES, seed + i))));
        variants.add(new Variant("footer", (seed, starts) -> at(-1, pick(BIOS, seed) + "\n\n" + pick(TAGS, seed)
                + "\n\n" + pick(NEWSLETTERS, seed) + "\n\n" + pick(COMMENTS, seed) + "\n\n" + pick(COPYRIGHT, seed))));
        variants.add(new Variant("editors' notes", (seed, starts) -> at(0, pick(EDITOR_NOTES, seed),
                -1, pick(CORRECTIONS, seed) + "\n\n" + pick(TRANSLATION_CREDITS, seed))));
        variants.add(new Variant("everything", (seed, starts) -> {
            Map<Integer, String> all = new TreeMap<>(every(starts, 3,
                    i -> i % 2 == 0 ? pick(ADS, seed + i) : pick(CAPTIONS, seed + i)));
            all.put(0, pick(COOKIES, seed) + "\n\n" + pick(MENUS, seed) + "\n" + pick(SHARE, seed)
                    + "\n\n" + pick(EDITOR_NOTES, seed));
            all.merge(middle(starts), pick(RELATED_AS_SENTENCES, seed + 2), (a, b) -> a + "\n\n" + b);
            all.put(-1, pick(READ_MORE_LINES, seed) + "\n\n" + pick(BIOS, seed + 1) + "\n\n" + pick(RELATED, seed + 2)
                    + "\n\n" + pick(TAGS, seed + 1) + "\n\n" + pick(NEWSLETTERS, seed + 1) + "\n\n"
                    + pick(PAYWALL, seed + 1) + "\n\n" + pick(CORRECTIONS, seed + 1) + "\n\n"
                    + pick(TRANSLATION_CREDITS, seed + 1) + "\n\n" + pick(COMMENTS, seed + 1) + "\n\n"
                    + pick(COPYRIGHT, seed + 1));
            return all;
        }));
        return variants;
    }

    /** The start of the paragraph halfway through (never the first, which holds the headline). */
    private static int middle(List<Integer> starts) {
        return starts.size() < 2 ? -1 : starts.get(Math.max(1, starts.size() / 2));
    }

    /** Blocks by offset, two at one offset written one after the other. */
    private static Map<Integer, String> at(Object... offsetsAndBlocks) {
        Map<Integer, String> at = new TreeMap<>();
        for (int i = 0; i < offsetsAndBlocks.length; i += 2) {
            at.merge((Integer) offsetsAndBlocks[i], (String) offsetsAndBlocks[i + 1], (a, b) -> a + "\n\n" + b);
        }
        return at;
    }

    /** A block before every {@code step}-th paragraph after the first, the {@code i}-th given by {@code block}. */
    private static Map<Integer, String> every(List<Integer> starts, int step,
                                              java.util.function.IntFunction<String> block) {
        Map<Integer, String> at = new TreeMap<>();
        for (int i = step; i < starts.size(); i += step) {
            at.put(starts.get(i), block.apply(i / step));
        }
        return at;
    }
}
