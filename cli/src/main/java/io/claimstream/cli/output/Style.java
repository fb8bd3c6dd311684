package io.claimstream.cli.output;

/** ANSI colours, or none: a piped or redirected stdout, and anyone who sets NO_COLOR, gets plain text. */
public record Style(boolean enabled) {

    public enum Colour {
        BOLD("1"), DIM("2"), RED("31"), GREEN("32"), YELLOW("33"), BLUE("34"), MAGENTA("35"), CYAN("36");

        private final String code;

        Colour(String code) {
            this.code = code;
        }
    }

    public static final Style PLAIN = new Style(false);

    public String paint(Colour colour, String text) {
        if (!enabled || colour == null || text.isEmpty()) {
            return text;
        }
        return "\u001B[" + colour.code + "m" + text + "\u001B[0m";
    }

    public String bold(String text) {
        return paint(Colour.BOLD, text);
    }

    public String dim(String text) {
        return paint(Colour.DIM, text);
    }

    public String red(String text) {
        return paint(Colour.RED, text);
    }

    public String green(String text) {
        return paint(Colour.GREEN, text);
    }

    public String yellow(String text) {
        return paint(Colour.YELLOW, text);
    }
}
