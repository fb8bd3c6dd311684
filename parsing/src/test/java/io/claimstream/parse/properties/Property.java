package io.claimstream.parse.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A property checked over generated inputs: each try draws a document as a list of fragments from
 * its own seed, so a failure names the seed that reproduces it, and is shrunk by dropping fragments
 * while it still fails, so the report shows a small input rather than a page of noise.
 */
final class Property {

    /** Fixed so that CI runs the same tries each time; override with -Dproperties.seed=… to explore. */
    static final long SEED = Long.getLong("properties.seed", 20260612L);

    private Property() {
    }

    /**
     * @param tries how many inputs to draw
     * @param generate draws the fragments of one input
     * @param check throws (an assertion error or anything else) when the property does not hold
     */
    static void forAll(String name, int tries, Function<Random, List<String>> generate, Consumer<String> check) {
        Random seeds = new Random(SEED ^ name.hashCode());
        for (int t = 0; t < tries; t++) {
            long seed = seeds.nextLong();
            List<String> fragments = generate.apply(new Random(seed));
            Throwable failure = failure(check, String.join("", fragments));
            if (failure != null) {
                List<String> small = shrink(fragments, check);
                AssertionError error = new AssertionError(name + " fails on try " + t + " (seed " + seed + "), shrunk to "
                        + small.size() + " fragments: " + quote(String.join("", small)) + "\n" + failure(check, String.join("", small))
                        + "\ndrawn as: " + quote(shorten(String.join("", fragments))));
                error.addSuppressed(failure);
                throw error;
            }
        }
    }

    private static List<String> shrink(List<String> fragments, Consumer<String> check) {
        List<String> current = new ArrayList<>(fragments);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = current.size() - 1; i >= 0; i--) {
                List<String> without = new ArrayList<>(current);
                without.remove(i);
                if (failure(check, String.join("", without)) != null) {
                    current = without;
                    progress = true;
                }
            }
        }
        return current;
    }

    private static Throwable failure(Consumer<String> check, String input) {
        try {
            check.accept(input);
            return null;
        } catch (Throwable e) {
            return e;
        }
    }

    private static String shorten(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "…";
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < 0x20 || cp > 0x7E) {
                out.append(String.format("\\u{%X}", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }
}
