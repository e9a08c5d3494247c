package org.truce.shared.protocol;

/** Field checks for protocol records' compact constructors; failures carry a protocol error code. */
final class Fields {
    private Fields() {
    }

    static void require(Object value, String field) {
        if (value == null) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD, "missing field '" + field + "'");
        }
    }

    static void range(Integer value, String field, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new ProtocolException(ErrorCode.BAD_FIELD, "'" + field + "' must be a whole number " + min + ".." + max);
        }
    }

    /** A player's name: plain, visible text that does not pass for a bot's label (code bad_name). */
    static String name(String value, int max) {
        String s = value.strip();
        if (org.truce.shared.text.Chars.count(s) > max) { // characters as users count them, not UTF-16 units
            throw new ProtocolException(ErrorCode.BAD_NAME, "'name' must be at most " + max + " characters");
        }
        String problem = org.truce.shared.scenario.PlainText.nameProblem(s);
        if (problem != null) {
            throw new ProtocolException(ErrorCode.BAD_NAME, "'name' " + problem);
        }
        return s;
    }
}
