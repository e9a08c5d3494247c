package org.truce.shared.protocol;

/** Field checks for protocol records' compact constructors; failures carry a protocol error code. */
final class Fields {
    private Fields() {
    }

    static void require(Object value, String field) {
        if (value == null) {
            throw new ProtocolException(ErrorCodes.MISSING_FIELD, "missing field '" + field + "'");
        }
    }

    static void range(Integer value, String field, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new ProtocolException(ErrorCodes.BAD_FIELD, "'" + field + "' must be a whole number " + min + ".." + max);
        }
    }

    static String text(String value, String field, int max) {
        String s = value.strip();
        if (s.length() > max) {
            throw new ProtocolException(ErrorCodes.BAD_FIELD, "'" + field + "' must be at most " + max + " characters");
        }
        if (!org.truce.shared.scenario.PlainText.isPlainText(s)) {
            throw new ProtocolException(ErrorCodes.BAD_FIELD, "'" + field + "' must be plain text on one line");
        }
        return s;
    }
}
