package io.claimstream.query.fulltext;

/**
 * PostgreSQL's default text search parser (wparser_def.c), ported state for state: the tokens
 * ts_headline and to_tsvector read a text as, each with its type. Its states and their actions are
 * PostgreSQL's table, so that a claim splits into the same words, numbers, hyphenated compounds
 * (the whole, then its parts), hosts, files and blanks as there, and a word's position in the
 * stored tsvector can be found in the text. Character classes are those of a UTF-8 database whose
 * ctype is C.UTF-8 (the project's): letters are Unicode's alphabetic characters, digits only 0-9.
 */
final class TextParser {

    // token types (wparser_def.c's numbering)
    static final int ASCIIWORD = 1;
    static final int WORD = 2;
    static final int NUMWORD = 3;
    static final int EMAIL = 4;
    static final int URL = 5;
    static final int HOST = 6;
    static final int SCIENTIFIC = 7;
    static final int VERSIONNUMBER = 8;
    static final int NUMPARTHWORD = 9;
    static final int PARTHWORD = 10;
    static final int ASCIIPARTHWORD = 11;
    static final int SPACE = 12;
    static final int TAG = 13;
    static final int PROTOCOL = 14;
    static final int NUMHWORD = 15;
    static final int ASCIIHWORD = 16;
    static final int HWORD = 17;
    static final int URLPATH = 18;
    static final int FILEPATH = 19;
    static final int DECIMAL = 20;
    static final int SIGNEDINT = 21;
    static final int UNSIGNEDINT = 22;
    static final int XMLENTITY = 23;

    /** Whether the english configuration maps the type to a dictionary: such a token takes a tsvector position. */
    static boolean indexed(int type) {
        return type != SPACE && type != TAG && type != PROTOCOL && type != XMLENTITY;
    }

    // states, in the order of PostgreSQL's TParserState
    private static final int BASE = 0, IN_NUM_WORD = 1, IN_ASCII_WORD = 2, IN_WORD = 3, IN_UNSIGNED_INT = 4,
            IN_SIGNED_INT_FIRST = 5, IN_SIGNED_INT = 6, IN_SPACE = 7, IN_UDECIMAL_FIRST = 8, IN_UDECIMAL = 9,
            IN_DECIMAL_FIRST = 10, IN_DECIMAL = 11, IN_VER_VERSION = 12, IN_SVER_VERSION = 13, IN_VERSION_FIRST = 14,
            IN_VERSION = 15, IN_MANTISSA_FIRST = 16, IN_MANTISSA_SIGN = 17, IN_MANTISSA = 18,
            IN_XML_ENTITY_FIRST = 19, IN_XML_ENTITY = 20, IN_XML_ENTITY_NUM_FIRST = 21, IN_XML_ENTITY_NUM = 22,
            IN_XML_ENTITY_HEX_NUM_FIRST = 23, IN_XML_ENTITY_HEX_NUM = 24, IN_XML_ENTITY_END = 25, IN_TAG_FIRST = 26,
            IN_XML_BEGIN = 27, IN_TAG_CLOSE_FIRST = 28, IN_TAG_NAME = 29, IN_TAG_BEGIN_END = 30, IN_TAG = 31,
            IN_TAG_ESCAPE_K = 32, IN_TAG_ESCAPE_KK = 33, IN_TAG_BACKSLASHED = 34, IN_TAG_END = 35,
            IN_COMMENT_FIRST = 36, IN_COMMENT_LAST = 37, IN_COMMENT = 38, IN_CLOSE_COMMENT_FIRST = 39,
            IN_CLOSE_COMMENT_LAST = 40, IN_COMMENT_END = 41, IN_HOST_FIRST_DOMAIN = 42, IN_HOST_DOMAIN_SECOND = 43,
            IN_HOST_DOMAIN = 44, IN_PORT_FIRST = 45, IN_PORT = 46, IN_HOST_FIRST_AN = 47, IN_HOST = 48,
            IN_EMAIL = 49, IN_FILE_FIRST = 50, IN_FILE_TWIDDLE = 51, IN_PATH_FIRST = 52, IN_PATH_FIRST_FIRST = 53,
            IN_PATH_SECOND = 54, IN_FILE = 55, IN_FILE_NEXT = 56, IN_URL_PATH_FIRST = 57, IN_URL_PATH_START = 58,
            IN_URL_PATH = 59, IN_FURL = 60, IN_PROTOCOL_FIRST = 61, IN_PROTOCOL_SECOND = 62, IN_PROTOCOL_END = 63,
            IN_HYPHEN_ASCII_WORD_FIRST = 64, IN_HYPHEN_ASCII_WORD = 65, IN_HYPHEN_WORD_FIRST = 66,
            IN_HYPHEN_WORD = 67, IN_HYPHEN_NUM_WORD_FIRST = 68, IN_HYPHEN_NUM_WORD = 69,
            IN_HYPHEN_DIGIT_LOOKAHEAD = 70, IN_PARSE_HYPHEN = 71, IN_PARSE_HYPHEN_HYPHEN = 72,
            IN_HYPHEN_WORD_PART = 73, IN_HYPHEN_ASCII_WORD_PART = 74, IN_HYPHEN_NUM_WORD_PART = 75,
            IN_HYPHEN_UNSIGNED_INT = 76, NULL_STATE = 77;

    // action flags
    private static final int NEXT = 0, BINGO = 1, POP = 2, PUSH = 4, RERUN = 8, CLEAR = 16, MERGE = 32, CLRALL = 64;

    // character tests (p_is*); ANY is the table's terminating NULL test, which always applies
    private enum Test { ANY, EOF, EQ, ALNUM, NOT_ALNUM, ALPHA, DIGIT, SPACE, XDIGIT, ASCLET, SPECIAL, IGNORE, STOPHOST, HOST, URLPATH, URLCHAR }

    // special handlers
    private enum Special { NONE, TAGS, FURL, HYPHEN, VER_VERSION }

    private record Action(Test test, char c, int flags, int toState, int type, Special special) {
    }

    private static Action a(Test test, int flags, int toState) {
        return new Action(test, '\0', flags, toState, 0, Special.NONE);
    }

    private static Action a(Test test, int flags, int toState, int type) {
        return new Action(test, '\0', flags, toState, type, Special.NONE);
    }

    private static Action a(Test test, int flags, int toState, int type, Special special) {
        return new Action(test, '\0', flags, toState, type, special);
    }

    private static Action eq(char c, int flags, int toState) {
        return new Action(Test.EQ, c, flags, toState, 0, Special.NONE);
    }

    private static Action eq(char c, int flags, int toState, int type) {
        return new Action(Test.EQ, c, flags, toState, type, Special.NONE);
    }

    private static Action eq(char c, int flags, int toState, int type, Special special) {
        return new Action(Test.EQ, c, flags, toState, type, special);
    }

    private static final Action[][] ACTIONS = new Action[NULL_STATE][];

    static {
        ACTIONS[BASE] = new Action[]{a(Test.EOF, NEXT, NULL_STATE), eq('<', PUSH, IN_TAG_FIRST),
                a(Test.IGNORE, NEXT, IN_SPACE), a(Test.ASCLET, NEXT, IN_ASCII_WORD), a(Test.ALPHA, NEXT, IN_WORD),
                a(Test.DIGIT, NEXT, IN_UNSIGNED_INT), eq('-', PUSH, IN_SIGNED_INT_FIRST),
                eq('+', PUSH, IN_SIGNED_INT_FIRST), eq('&', PUSH, IN_XML_ENTITY_FIRST), eq('~', PUSH, IN_FILE_TWIDDLE),
                eq('/', PUSH, IN_FILE_FIRST), eq('.', PUSH, IN_PATH_FIRST_FIRST), a(Test.ANY, NEXT, IN_SPACE)};
        ACTIONS[IN_NUM_WORD] = new Action[]{a(Test.EOF, BINGO, BASE, NUMWORD), a(Test.ALNUM, NEXT, IN_NUM_WORD),
                a(Test.SPECIAL, NEXT, IN_NUM_WORD), eq('@', PUSH, IN_EMAIL), eq('/', PUSH, IN_FILE_FIRST),
                eq('.', PUSH, IN_FILE_NEXT), eq('-', PUSH, IN_HYPHEN_NUM_WORD_FIRST), a(Test.ANY, BINGO, BASE, NUMWORD)};
        ACTIONS[IN_ASCII_WORD] = new Action[]{a(Test.EOF, BINGO, BASE, ASCIIWORD), a(Test.ASCLET, NEXT, NULL_STATE),
                eq('.', PUSH, IN_HOST_FIRST_DOMAIN), eq('.', PUSH, IN_FILE_NEXT), eq('-', PUSH, IN_HOST_FIRST_AN),
                eq('-', PUSH, IN_HYPHEN_ASCII_WORD_FIRST), eq('_', PUSH, IN_HOST_FIRST_AN), eq('@', PUSH, IN_EMAIL),
                eq(':', PUSH, IN_PROTOCOL_FIRST), eq('/', PUSH, IN_FILE_FIRST), a(Test.DIGIT, PUSH, IN_HOST),
                a(Test.DIGIT, NEXT, IN_NUM_WORD), a(Test.ALPHA, NEXT, IN_WORD), a(Test.SPECIAL, NEXT, IN_WORD),
                a(Test.ANY, BINGO, BASE, ASCIIWORD)};
        ACTIONS[IN_WORD] = new Action[]{a(Test.EOF, BINGO, BASE, WORD), a(Test.ALPHA, NEXT, NULL_STATE),
                a(Test.SPECIAL, NEXT, NULL_STATE), a(Test.DIGIT, NEXT, IN_NUM_WORD),
                eq('-', PUSH, IN_HYPHEN_WORD_FIRST), a(Test.ANY, BINGO, BASE, WORD)};
        ACTIONS[IN_UNSIGNED_INT] = new Action[]{a(Test.EOF, BINGO, BASE, UNSIGNEDINT), a(Test.DIGIT, NEXT, NULL_STATE),
                eq('.', PUSH, IN_HOST_FIRST_DOMAIN), eq('.', PUSH, IN_UDECIMAL_FIRST), eq('e', PUSH, IN_MANTISSA_FIRST),
                eq('E', PUSH, IN_MANTISSA_FIRST), eq('-', PUSH, IN_HOST_FIRST_AN), eq('_', PUSH, IN_HOST_FIRST_AN),
                eq('@', PUSH, IN_EMAIL), a(Test.ASCLET, PUSH, IN_HOST), a(Test.ALPHA, NEXT, IN_NUM_WORD),
                a(Test.SPECIAL, NEXT, IN_NUM_WORD), eq('/', PUSH, IN_FILE_FIRST), a(Test.ANY, BINGO, BASE, UNSIGNEDINT)};
        ACTIONS[IN_SIGNED_INT_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE),
                a(Test.DIGIT, NEXT | CLEAR, IN_SIGNED_INT), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_SIGNED_INT] = new Action[]{a(Test.EOF, BINGO, BASE, SIGNEDINT), a(Test.DIGIT, NEXT, NULL_STATE),
                eq('.', PUSH, IN_DECIMAL_FIRST), eq('e', PUSH, IN_MANTISSA_FIRST), eq('E', PUSH, IN_MANTISSA_FIRST),
                a(Test.ANY, BINGO, BASE, SIGNEDINT)};
        ACTIONS[IN_SPACE] = new Action[]{a(Test.EOF, BINGO, BASE, SPACE), eq('<', BINGO, BASE, SPACE),
                a(Test.IGNORE, NEXT, NULL_STATE), eq('-', BINGO, BASE, SPACE), eq('+', BINGO, BASE, SPACE),
                eq('&', BINGO, BASE, SPACE), eq('/', BINGO, BASE, SPACE), a(Test.NOT_ALNUM, NEXT, IN_SPACE),
                a(Test.ANY, BINGO, BASE, SPACE)};
        ACTIONS[IN_UDECIMAL_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.DIGIT, CLEAR, IN_UDECIMAL),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_UDECIMAL] = new Action[]{a(Test.EOF, BINGO, BASE, DECIMAL), a(Test.DIGIT, NEXT, IN_UDECIMAL),
                eq('.', PUSH, IN_VERSION_FIRST), eq('e', PUSH, IN_MANTISSA_FIRST), eq('E', PUSH, IN_MANTISSA_FIRST),
                a(Test.ANY, BINGO, BASE, DECIMAL)};
        ACTIONS[IN_DECIMAL_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.DIGIT, CLEAR, IN_DECIMAL),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_DECIMAL] = new Action[]{a(Test.EOF, BINGO, BASE, DECIMAL), a(Test.DIGIT, NEXT, IN_DECIMAL),
                eq('.', PUSH, IN_VER_VERSION), eq('e', PUSH, IN_MANTISSA_FIRST), eq('E', PUSH, IN_MANTISSA_FIRST),
                a(Test.ANY, BINGO, BASE, DECIMAL)};
        ACTIONS[IN_VER_VERSION] = new Action[]{a(Test.EOF, POP, NULL_STATE),
                a(Test.DIGIT, RERUN, IN_SVER_VERSION, 0, Special.VER_VERSION), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_SVER_VERSION] = new Action[]{a(Test.EOF, POP, NULL_STATE),
                a(Test.DIGIT, BINGO | CLRALL, IN_UNSIGNED_INT, SPACE), a(Test.ANY, NEXT, NULL_STATE)};
        ACTIONS[IN_VERSION_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.DIGIT, CLEAR, IN_VERSION),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_VERSION] = new Action[]{a(Test.EOF, BINGO, BASE, VERSIONNUMBER), a(Test.DIGIT, NEXT, IN_VERSION),
                eq('.', PUSH, IN_VERSION_FIRST), a(Test.ANY, BINGO, BASE, VERSIONNUMBER)};
        ACTIONS[IN_MANTISSA_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.DIGIT, CLEAR, IN_MANTISSA),
                eq('+', NEXT, IN_MANTISSA_SIGN), eq('-', NEXT, IN_MANTISSA_SIGN), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_MANTISSA_SIGN] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.DIGIT, CLEAR, IN_MANTISSA),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_MANTISSA] = new Action[]{a(Test.EOF, BINGO, BASE, SCIENTIFIC), a(Test.DIGIT, NEXT, IN_MANTISSA),
                a(Test.ANY, BINGO, BASE, SCIENTIFIC)};
        ACTIONS[IN_XML_ENTITY_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('#', NEXT, IN_XML_ENTITY_NUM_FIRST),
                a(Test.ASCLET, NEXT, IN_XML_ENTITY), eq(':', NEXT, IN_XML_ENTITY), eq('_', NEXT, IN_XML_ENTITY),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_XML_ENTITY] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.ALNUM, NEXT, IN_XML_ENTITY),
                eq(':', NEXT, IN_XML_ENTITY), eq('_', NEXT, IN_XML_ENTITY), eq('.', NEXT, IN_XML_ENTITY),
                eq('-', NEXT, IN_XML_ENTITY), eq(';', NEXT, IN_XML_ENTITY_END), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_XML_ENTITY_NUM_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE),
                eq('x', NEXT, IN_XML_ENTITY_HEX_NUM_FIRST), eq('X', NEXT, IN_XML_ENTITY_HEX_NUM_FIRST),
                a(Test.DIGIT, NEXT, IN_XML_ENTITY_NUM), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_XML_ENTITY_HEX_NUM_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE),
                a(Test.XDIGIT, NEXT, IN_XML_ENTITY_HEX_NUM), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_XML_ENTITY_NUM] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.DIGIT, NEXT, IN_XML_ENTITY_NUM),
                eq(';', NEXT, IN_XML_ENTITY_END), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_XML_ENTITY_HEX_NUM] = new Action[]{a(Test.EOF, POP, NULL_STATE),
                a(Test.XDIGIT, NEXT, IN_XML_ENTITY_HEX_NUM), eq(';', NEXT, IN_XML_ENTITY_END),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_XML_ENTITY_END] = new Action[]{a(Test.ANY, BINGO | CLEAR, BASE, XMLENTITY)};
        ACTIONS[IN_TAG_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('/', PUSH, IN_TAG_CLOSE_FIRST),
                eq('!', PUSH, IN_COMMENT_FIRST), eq('?', PUSH, IN_XML_BEGIN), a(Test.ASCLET, PUSH, IN_TAG_NAME),
                eq(':', PUSH, IN_TAG_NAME), eq('_', PUSH, IN_TAG_NAME), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_XML_BEGIN] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('x', NEXT, IN_TAG),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_TAG_CLOSE_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.ASCLET, NEXT, IN_TAG_NAME),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_TAG_NAME] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('/', NEXT, IN_TAG_BEGIN_END),
                eq('>', NEXT, IN_TAG_END, 0, Special.TAGS), a(Test.SPACE, NEXT, IN_TAG, 0, Special.TAGS),
                a(Test.ALNUM, NEXT, NULL_STATE), eq(':', NEXT, NULL_STATE), eq('_', NEXT, NULL_STATE),
                eq('.', NEXT, NULL_STATE), eq('-', NEXT, NULL_STATE), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_TAG_BEGIN_END] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('>', NEXT, IN_TAG_END),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_TAG] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('>', NEXT, IN_TAG_END, 0, Special.TAGS),
                eq('\'', NEXT, IN_TAG_ESCAPE_K), eq('"', NEXT, IN_TAG_ESCAPE_KK), a(Test.ASCLET, NEXT, NULL_STATE),
                a(Test.DIGIT, NEXT, NULL_STATE), eq('=', NEXT, NULL_STATE), eq('-', NEXT, NULL_STATE),
                eq('_', NEXT, NULL_STATE), eq('#', NEXT, NULL_STATE), eq('/', NEXT, NULL_STATE),
                eq(':', NEXT, NULL_STATE), eq('.', NEXT, NULL_STATE), eq('&', NEXT, NULL_STATE),
                eq('?', NEXT, NULL_STATE), eq('%', NEXT, NULL_STATE), eq('~', NEXT, NULL_STATE),
                a(Test.SPACE, NEXT, NULL_STATE, 0, Special.TAGS), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_TAG_ESCAPE_K] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('\\', PUSH, IN_TAG_BACKSLASHED),
                eq('\'', NEXT, IN_TAG), a(Test.ANY, NEXT, IN_TAG_ESCAPE_K)};
        ACTIONS[IN_TAG_ESCAPE_KK] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('\\', PUSH, IN_TAG_BACKSLASHED),
                eq('"', NEXT, IN_TAG), a(Test.ANY, NEXT, IN_TAG_ESCAPE_KK)};
        ACTIONS[IN_TAG_BACKSLASHED] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.ANY, MERGE, NULL_STATE)};
        ACTIONS[IN_TAG_END] = new Action[]{a(Test.ANY, BINGO | CLRALL, BASE, TAG)};
        ACTIONS[IN_COMMENT_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('-', NEXT, IN_COMMENT_LAST),
                eq('D', NEXT, IN_TAG), eq('d', NEXT, IN_TAG), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_COMMENT_LAST] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('-', NEXT, IN_COMMENT),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_COMMENT] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('-', NEXT, IN_CLOSE_COMMENT_FIRST),
                a(Test.ANY, NEXT, NULL_STATE)};
        ACTIONS[IN_CLOSE_COMMENT_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE),
                eq('-', NEXT, IN_CLOSE_COMMENT_LAST), a(Test.ANY, NEXT, IN_COMMENT)};
        ACTIONS[IN_CLOSE_COMMENT_LAST] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('-', NEXT, NULL_STATE),
                eq('>', NEXT, IN_COMMENT_END), a(Test.ANY, NEXT, IN_COMMENT)};
        ACTIONS[IN_COMMENT_END] = new Action[]{a(Test.ANY, BINGO | CLRALL, BASE, TAG)};
        ACTIONS[IN_HOST_FIRST_DOMAIN] = new Action[]{a(Test.EOF, POP, NULL_STATE),
                a(Test.ASCLET, NEXT, IN_HOST_DOMAIN_SECOND), a(Test.DIGIT, NEXT, IN_HOST), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_HOST_DOMAIN_SECOND] = new Action[]{a(Test.EOF, POP, NULL_STATE),
                a(Test.ASCLET, NEXT, IN_HOST_DOMAIN), a(Test.DIGIT, PUSH, IN_HOST), eq('-', PUSH, IN_HOST_FIRST_AN),
                eq('_', PUSH, IN_HOST_FIRST_AN), eq('.', PUSH, IN_HOST_FIRST_DOMAIN), eq('@', PUSH, IN_EMAIL),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_HOST_DOMAIN] = new Action[]{a(Test.EOF, BINGO | CLRALL, BASE, HOST),
                a(Test.ASCLET, NEXT, IN_HOST_DOMAIN), a(Test.DIGIT, PUSH, IN_HOST), eq(':', PUSH, IN_PORT_FIRST),
                eq('-', PUSH, IN_HOST_FIRST_AN), eq('_', PUSH, IN_HOST_FIRST_AN), eq('.', PUSH, IN_HOST_FIRST_DOMAIN),
                eq('@', PUSH, IN_EMAIL), a(Test.DIGIT, POP, NULL_STATE),
                a(Test.STOPHOST, BINGO | CLRALL, IN_URL_PATH_START, HOST), eq('/', PUSH, IN_FURL),
                a(Test.ANY, BINGO | CLRALL, BASE, HOST)};
        ACTIONS[IN_PORT_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.DIGIT, NEXT, IN_PORT),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_PORT] = new Action[]{a(Test.EOF, BINGO | CLRALL, BASE, HOST), a(Test.DIGIT, NEXT, IN_PORT),
                a(Test.STOPHOST, BINGO | CLRALL, IN_URL_PATH_START, HOST), eq('/', PUSH, IN_FURL),
                a(Test.ANY, BINGO | CLRALL, BASE, HOST)};
        ACTIONS[IN_HOST_FIRST_AN] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.DIGIT, NEXT, IN_HOST),
                a(Test.ASCLET, NEXT, IN_HOST), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_HOST] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.DIGIT, NEXT, IN_HOST),
                a(Test.ASCLET, NEXT, IN_HOST), eq('@', PUSH, IN_EMAIL), eq('.', PUSH, IN_HOST_FIRST_DOMAIN),
                eq('-', PUSH, IN_HOST_FIRST_AN), eq('_', PUSH, IN_HOST_FIRST_AN), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_EMAIL] = new Action[]{a(Test.STOPHOST, POP, NULL_STATE), a(Test.HOST, BINGO | CLRALL, BASE, EMAIL),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_FILE_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.ASCLET, NEXT, IN_FILE),
                a(Test.DIGIT, NEXT, IN_FILE), eq('.', NEXT, IN_PATH_FIRST), eq('_', NEXT, IN_FILE),
                eq('~', PUSH, IN_FILE_TWIDDLE), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_FILE_TWIDDLE] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.ASCLET, NEXT, IN_FILE),
                a(Test.DIGIT, NEXT, IN_FILE), eq('_', NEXT, IN_FILE), eq('/', NEXT, IN_FILE_FIRST),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_PATH_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.ASCLET, NEXT, IN_FILE),
                a(Test.DIGIT, NEXT, IN_FILE), eq('_', NEXT, IN_FILE), eq('.', NEXT, IN_PATH_SECOND),
                eq('/', NEXT, IN_FILE_FIRST), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_PATH_FIRST_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('.', NEXT, IN_PATH_SECOND),
                eq('/', NEXT, IN_FILE_FIRST), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_PATH_SECOND] = new Action[]{a(Test.EOF, BINGO | CLEAR, BASE, FILEPATH),
                eq('/', NEXT | PUSH, IN_FILE_FIRST), eq('/', BINGO | CLEAR, BASE, FILEPATH),
                a(Test.SPACE, BINGO | CLEAR, BASE, FILEPATH), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_FILE] = new Action[]{a(Test.EOF, BINGO, BASE, FILEPATH), a(Test.ASCLET, NEXT, IN_FILE),
                a(Test.DIGIT, NEXT, IN_FILE), eq('.', PUSH, IN_FILE_NEXT), eq('_', NEXT, IN_FILE),
                eq('-', NEXT, IN_FILE), eq('/', PUSH, IN_FILE_FIRST), a(Test.ANY, BINGO, BASE, FILEPATH)};
        ACTIONS[IN_FILE_NEXT] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.ASCLET, CLEAR, IN_FILE),
                a(Test.DIGIT, CLEAR, IN_FILE), eq('_', CLEAR, IN_FILE), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_URL_PATH_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.URLCHAR, NEXT, IN_URL_PATH),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_URL_PATH_START] = new Action[]{a(Test.ANY, NEXT, IN_URL_PATH)};
        ACTIONS[IN_URL_PATH] = new Action[]{a(Test.EOF, BINGO, BASE, URLPATH), a(Test.URLCHAR, NEXT, IN_URL_PATH),
                a(Test.ANY, BINGO, BASE, URLPATH)};
        ACTIONS[IN_FURL] = new Action[]{a(Test.EOF, POP, NULL_STATE),
                a(Test.URLPATH, BINGO | CLRALL, BASE, URL, Special.FURL), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_PROTOCOL_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('/', NEXT, IN_PROTOCOL_SECOND),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_PROTOCOL_SECOND] = new Action[]{a(Test.EOF, POP, NULL_STATE), eq('/', NEXT, IN_PROTOCOL_END),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_PROTOCOL_END] = new Action[]{a(Test.ANY, BINGO | CLRALL, BASE, PROTOCOL)};
        ACTIONS[IN_HYPHEN_ASCII_WORD_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE),
                a(Test.ASCLET, NEXT, IN_HYPHEN_ASCII_WORD), a(Test.ALPHA, NEXT, IN_HYPHEN_WORD),
                a(Test.DIGIT, NEXT, IN_HYPHEN_DIGIT_LOOKAHEAD), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_HYPHEN_ASCII_WORD] = new Action[]{
                a(Test.EOF, BINGO | CLRALL, IN_PARSE_HYPHEN, ASCIIHWORD, Special.HYPHEN),
                a(Test.ASCLET, NEXT, IN_HYPHEN_ASCII_WORD), a(Test.ALPHA, NEXT, IN_HYPHEN_WORD),
                a(Test.SPECIAL, NEXT, IN_HYPHEN_WORD), a(Test.DIGIT, NEXT, IN_HYPHEN_NUM_WORD),
                eq('-', PUSH, IN_HYPHEN_ASCII_WORD_FIRST),
                a(Test.ANY, BINGO | CLRALL, IN_PARSE_HYPHEN, ASCIIHWORD, Special.HYPHEN)};
        ACTIONS[IN_HYPHEN_WORD_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.ALPHA, NEXT, IN_HYPHEN_WORD),
                a(Test.DIGIT, NEXT, IN_HYPHEN_DIGIT_LOOKAHEAD), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_HYPHEN_WORD] = new Action[]{a(Test.EOF, BINGO | CLRALL, IN_PARSE_HYPHEN, HWORD, Special.HYPHEN),
                a(Test.ALPHA, NEXT, IN_HYPHEN_WORD), a(Test.SPECIAL, NEXT, IN_HYPHEN_WORD),
                a(Test.DIGIT, NEXT, IN_HYPHEN_NUM_WORD), eq('-', PUSH, IN_HYPHEN_WORD_FIRST),
                a(Test.ANY, BINGO | CLRALL, IN_PARSE_HYPHEN, HWORD, Special.HYPHEN)};
        ACTIONS[IN_HYPHEN_NUM_WORD_FIRST] = new Action[]{a(Test.EOF, POP, NULL_STATE),
                a(Test.ALPHA, NEXT, IN_HYPHEN_NUM_WORD), a(Test.DIGIT, NEXT, IN_HYPHEN_DIGIT_LOOKAHEAD),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_HYPHEN_NUM_WORD] = new Action[]{
                a(Test.EOF, BINGO | CLRALL, IN_PARSE_HYPHEN, NUMHWORD, Special.HYPHEN),
                a(Test.ALNUM, NEXT, IN_HYPHEN_NUM_WORD), a(Test.SPECIAL, NEXT, IN_HYPHEN_NUM_WORD),
                eq('-', PUSH, IN_HYPHEN_NUM_WORD_FIRST),
                a(Test.ANY, BINGO | CLRALL, IN_PARSE_HYPHEN, NUMHWORD, Special.HYPHEN)};
        ACTIONS[IN_HYPHEN_DIGIT_LOOKAHEAD] = new Action[]{a(Test.EOF, POP, NULL_STATE),
                a(Test.DIGIT, NEXT, IN_HYPHEN_DIGIT_LOOKAHEAD), a(Test.ALPHA, NEXT, IN_HYPHEN_NUM_WORD),
                a(Test.SPECIAL, NEXT, IN_HYPHEN_NUM_WORD), a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_PARSE_HYPHEN] = new Action[]{a(Test.EOF, RERUN, BASE), a(Test.ASCLET, NEXT, IN_HYPHEN_ASCII_WORD_PART),
                a(Test.ALPHA, NEXT, IN_HYPHEN_WORD_PART), a(Test.DIGIT, PUSH, IN_HYPHEN_UNSIGNED_INT),
                eq('-', PUSH, IN_PARSE_HYPHEN_HYPHEN), a(Test.ANY, RERUN, BASE)};
        ACTIONS[IN_PARSE_HYPHEN_HYPHEN] = new Action[]{a(Test.EOF, POP, NULL_STATE),
                a(Test.ALNUM, BINGO | CLEAR, IN_PARSE_HYPHEN, SPACE), a(Test.SPECIAL, BINGO | CLEAR, IN_PARSE_HYPHEN, SPACE),
                a(Test.ANY, POP, NULL_STATE)};
        ACTIONS[IN_HYPHEN_WORD_PART] = new Action[]{a(Test.EOF, BINGO, BASE, PARTHWORD),
                a(Test.ALPHA, NEXT, IN_HYPHEN_WORD_PART), a(Test.SPECIAL, NEXT, IN_HYPHEN_WORD_PART),
                a(Test.DIGIT, NEXT, IN_HYPHEN_NUM_WORD_PART), a(Test.ANY, BINGO, IN_PARSE_HYPHEN, PARTHWORD)};
        ACTIONS[IN_HYPHEN_ASCII_WORD_PART] = new Action[]{a(Test.EOF, BINGO, BASE, ASCIIPARTHWORD),
                a(Test.ASCLET, NEXT, IN_HYPHEN_ASCII_WORD_PART), a(Test.ALPHA, NEXT, IN_HYPHEN_WORD_PART),
                a(Test.SPECIAL, NEXT, IN_HYPHEN_WORD_PART), a(Test.DIGIT, NEXT, IN_HYPHEN_NUM_WORD_PART),
                a(Test.ANY, BINGO, IN_PARSE_HYPHEN, ASCIIPARTHWORD)};
        ACTIONS[IN_HYPHEN_NUM_WORD_PART] = new Action[]{a(Test.EOF, BINGO, BASE, NUMPARTHWORD),
                a(Test.ALNUM, NEXT, IN_HYPHEN_NUM_WORD_PART), a(Test.SPECIAL, NEXT, IN_HYPHEN_NUM_WORD_PART),
                a(Test.ANY, BINGO, IN_PARSE_HYPHEN, NUMPARTHWORD)};
        ACTIONS[IN_HYPHEN_UNSIGNED_INT] = new Action[]{a(Test.EOF, POP, NULL_STATE), a(Test.DIGIT, NEXT, NULL_STATE),
                a(Test.ALPHA, CLEAR, IN_HYPHEN_NUM_WORD_PART), a(Test.SPECIAL, CLEAR, IN_HYPHEN_NUM_WORD_PART),
                a(Test.ANY, POP, NULL_STATE)};
    }

    /** TParserPosition: where the parser is, in code points, and the state it is in. */
    private static final class Position {
        int pos;
        int charlen;
        int lentoken;
        int state;
        Position prev;
        /** The index of the action that pushed, in this position's state's actions; -1 for none. */
        int pushedAt = -1;

        Position copy() {
            Position p = new Position();
            p.pos = pos;
            p.charlen = charlen;
            p.lentoken = lentoken;
            p.state = state;
            p.prev = this;
            return p;
        }
    }

    private final int[] text;
    private final int length;
    private Position state;
    private boolean ignore;
    private boolean wanthost;
    private char c;
    private int tokenStart;
    /** The last token: its type, and where it starts and ends in code points. */
    int type;
    int start;
    int end;

    /** A parser over the text's code points. */
    TextParser(int[] codePoints) {
        this(codePoints, 0);
    }

    /** TParserCopyInit: a parser of the same text from {@code from} on, in the base state. */
    private TextParser(int[] codePoints, int from) {
        this.text = codePoints;
        this.length = codePoints.length;
        this.state = new Position();
        this.state.pos = from;
        this.state.state = BASE;
    }

    /** TParserGet: reads the next token into {@link #type}, {@link #start} and {@link #end}; false at the end. */
    boolean next() {
        if (state.pos >= length) {
            return false;
        }
        tokenStart = state.pos;
        state.pushedAt = -1;
        Action item = null;
        while (state.pos <= length) {
            state.charlen = state.pos == length ? 0 : 1;
            Action[] actions = ACTIONS[state.state];
            int at;
            if (state.pushedAt >= 0) {
                at = state.pushedAt + 1;
                state.pushedAt = -1;
            } else {
                at = 0;
            }
            while (actions[at].test != Test.ANY) {
                c = actions[at].c;
                if (test(actions[at].test)) {
                    break;
                }
                at++;
            }
            item = actions[at];
            switch (item.special) {
                case TAGS -> specialTags();
                case FURL -> {
                    wanthost = true;
                    state.pos -= state.lentoken;
                }
                case HYPHEN -> state.pos -= state.lentoken;
                case VER_VERSION -> {
                    state.pos -= state.lentoken;
                    state.lentoken = 0;
                }
                case NONE -> { }
            }
            if ((item.flags & BINGO) != 0) {
                start = tokenStart;
                end = tokenStart + state.lentoken;
                state.lentoken = 0;
                type = item.type;
            }
            if ((item.flags & POP) != 0) {
                state = state.prev;
            } else if ((item.flags & PUSH) != 0) {
                state.pushedAt = at;
                state = state.copy();
            } else if ((item.flags & CLEAR) != 0) {
                state.prev = state.prev.prev;
            } else if ((item.flags & CLRALL) != 0) {
                state.prev = null;
            } else if ((item.flags & MERGE) != 0) {
                Position merged = state;
                state = state.prev;
                state.pos = merged.pos;
                state.charlen = merged.charlen;
                state.lentoken = merged.lentoken;
            }
            if (item.toState != NULL_STATE) {
                state.state = item.toState;
            }
            if ((item.flags & BINGO) != 0 || (state.pos >= length && (item.flags & RERUN) == 0)) {
                break;
            }
            if ((item.flags & (RERUN | POP)) != 0) {
                continue;
            }
            if (state.charlen != 0) {
                state.pos++;
                state.lentoken++;
            }
        }
        return item != null && (item.flags & BINGO) != 0;
    }

    private boolean test(Test test) {
        int at = state.pos;
        int ch = at < length ? text[at] : 0;
        return switch (test) {
            case ANY -> true;
            case EOF -> at == length || state.charlen == 0;
            case EQ -> state.charlen == 1 && ch == c;
            case ALNUM -> alpha(ch) || digit(ch);
            case NOT_ALNUM -> !(alpha(ch) || digit(ch));
            case ALPHA -> alpha(ch);
            case DIGIT -> digit(ch);
            case SPACE -> ch != 0 && Character.isWhitespace(ch);
            case XDIGIT -> digit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
            case ASCLET -> ch < 0x80 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
            case SPECIAL -> special(ch);
            case IGNORE -> ignore;
            case STOPHOST -> {
                if (wanthost) {
                    wanthost = false;
                    yield true;
                }
                yield false;
            }
            case HOST -> host();
            case URLPATH -> urlPath();
            case URLCHAR -> urlChar(ch);
        };
    }

    /** iswalpha of C.UTF-8: Unicode's alphabetic characters, and the digits of other scripts than ASCII's. */
    private static boolean alpha(int ch) {
        if (ch < 0x80) {
            return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        }
        return Character.isAlphabetic(ch) || Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER;
    }

    private static boolean digit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    /** p_isspecial: a character of no display width (a combining mark), or a spacing combining mark. */
    private static boolean special(int ch) {
        if (ch < 0x80) {
            return false;
        }
        int type = Character.getType(ch);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean urlChar(int ch) {
        if (ch <= 0x20 || ch >= 0x7f) {
            return false;
        }
        return switch (ch) {
            case '"', '<', '>', '\\', '^', '`', '{', '|', '}' -> false;
            default -> true;
        };
    }

    /** p_ishost: whether a host starts here; if so the parser moves past it. */
    private boolean host() {
        TextParser copy = new TextParser(text, state.pos);
        copy.wanthost = true;
        return movedPast(copy, HOST);
    }

    /** p_isURLPath: whether a URL's path starts here; if so the parser moves past it. */
    private boolean urlPath() {
        TextParser copy = new TextParser(text, state.pos);
        copy.state = copy.state.copy();
        copy.state.state = IN_URL_PATH_FIRST;
        return movedPast(copy, URLPATH);
    }

    /** Whether the parser {@code copy}, started here, reads a token of {@code type} first; if so this one moves past it. */
    private boolean movedPast(TextParser copy, int type) {
        if (copy.next() && copy.type == type) {
            int len = copy.end - copy.start;
            state.pos += len;
            state.lentoken += len;
            state.charlen = copy.state.charlen;
            return true;
        }
        return false;
    }

    /** SpecialTags: text inside script and style elements is no words. */
    private void specialTags() {
        int len = state.lentoken;
        if (len == 8 && startsWith("</script")) {
            ignore = false;
        } else if (len == 7 && startsWith("</style")) {
            ignore = false;
        } else if (len == 7 && startsWith("<script")) {
            ignore = true;
        } else if (len == 6 && startsWith("<style")) {
            ignore = true;
        }
    }

    private boolean startsWith(String tag) {
        if (tokenStart + tag.length() > length) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            if (Character.toLowerCase(text[tokenStart + i]) != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
