package org.truce.shared.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;

/**
 * A strict parser for untrusted JSON text (protocol lines, scenario files): exactly one value
 * (RFC 8259), nothing after it but white space, no duplicate keys, bounded nesting. Numbers of
 * any length are kept as their literal, so a field check can say "'rounds' must be 1..50"
 * instead of failing the whole line. Every failure is a {@link Malformed} with our own wording
 * (gson's reader would answer with hints about its own settings, keeps the last of duplicate
 * keys without a word, refuses valid numbers over 1,023 characters and misreads some long ones,
 * google/gson#3034; a rewrite on its {@code JsonReader} was tried and dropped for that).
 */
public final class StrictJson {
    /** Deeper nesting than any Truce document needs; bounds the recursion. */
    static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;

    /** Bad JSON text: the message says what and where (a column, or the JSON path of a duplicate key). */
    public static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String path;

        Malformed(String message) {
            this(message, null);
        }

        Malformed(String message, String path) {
            super(message, null, false, false);
            this.path = path;
        }

        /** For a duplicate key, its JSON path ({@code $.parties[0].weights.nato}); otherwise null. */
        public String path() {
            return path;
        }
    }

    private StrictJson(String text) {
        this.text = text;
    }

    /** The one JSON value in {@code text}. */
    public static JsonElement parse(String text) {
        StrictJson p = new StrictJson(text);
        if (text.startsWith("\ufeff")) {
            p.pos = 1; // RFC 8259 lets a parser skip a byte order mark (editors on Windows write one)
        }
        p.skipSpace();
        if (p.pos >= text.length()) {
            throw new Malformed("no JSON value (empty input)");
        }
        JsonElement e = p.value("$", 0);
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.fail("more after the JSON value (only one value is allowed)");
        }
        return e;
    }

    private Malformed fail(String what) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Malformed(what + " at line " + line + " column " + col);
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private JsonElement value(String path, int depth) {
        if (pos >= text.length()) {
            throw fail("unexpected end of input");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(path, depth + 1);
            case '[':
                return array(path, depth + 1);
            case '"':
                return new JsonPrimitive(string());
            case 't':
                literal("true");
                return new JsonPrimitive(true);
            case 'f':
                literal("false");
                return new JsonPrimitive(false);
            case 'n':
                literal("null");
                return JsonNull.INSTANCE;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw fail("unexpected character '" + printable(c) + "'");
        }
    }

    private JsonObject object(String path, int depth) {
        checkDepth(depth);
        pos++; // {
        JsonObject o = new JsonObject();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return o;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw fail("expected a key in double quotes");
            }
            String key = string();
            String child = path + "." + key;
            if (o.has(key)) {
                throw new Malformed("duplicate key '" + key + "' at " + child, child);
            }
            skipSpace();
            if (peek() != ':') {
                throw fail("expected ':' after key '" + key + "'");
            }
            pos++;
            skipSpace();
            o.add(key, value(child, depth));
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') {
                return o;
            }
            if (c != ',') {
                pos--;
                throw fail("expected ',' or '}'");
            }
        }
    }

    private JsonArray array(String path, int depth) {
        checkDepth(depth);
        pos++; // [
        JsonArray a = new JsonArray();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return a;
        }
        while (true) {
            skipSpace();
            a.add(value(path + "[" + a.size() + "]", depth));
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') {
                return a;
            }
            if (c != ',') {
                pos--;
                throw fail("expected ',' or ']'");
            }
        }
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw fail("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    /** The next character, or NUL at the end (never valid where a structural character is expected). */
    private char peek() {
        if (pos >= text.length()) {
            throw fail("unexpected end of input");
        }
        return text.charAt(pos);
    }

    private void literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw fail("unexpected text (expected " + word + ")");
        }
        pos += word.length();
    }

    private String string() {
        int start = pos;
        pos++; // opening quote
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw fail("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                int lone = loneSurrogate(b);
                if (lone >= 0) {
                    pos = start;
                    throw fail(String.format("string with a lone surrogate \\u%04x (half of a pair: not a character)", lone));
                }
                return b.toString();
            }
            if (c < 0x20) {
                pos--;
                throw fail("control character in a string (write it as an escape)");
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw fail("unterminated string");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> b.append(e);
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw fail("incomplete \\u escape");
                    }
                    int v = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = Character.digit(text.charAt(pos + i), 16);
                        if (d < 0) {
                            throw fail("bad \\u escape");
                        }
                        v = v * 16 + d;
                    }
                    pos += 4;
                    b.append((char) v);
                }
                default -> {
                    pos--;
                    throw fail("unknown escape '\\" + printable(e) + "'");
                }
            }
        }
    }

    /**
     * The first surrogate in {@code s} that is not half of a high-low pair, or -1. RFC 8259 lets
     * a parser refuse "\\ud800" escapes; gson and the UTF-8 encoder would turn one into '?'.
     */
    private static int loneSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return c;
            }
        }
        return -1;
    }

    private JsonPrimitive number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '0') {
            pos++;
        } else if (!digits()) {
            throw fail("bad number");
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            if (!digits()) {
                throw fail("bad number (digits must follow '.')");
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (!digits()) {
                throw fail("bad number (digits must follow the exponent)");
            }
        }
        return new JsonPrimitive(new LazilyParsedNumber(text.substring(start, pos)));
    }

    private boolean digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }
}
