package org.truce.client.model;

import ch.qos.logback.core.PropertyDefinerBase;

/**
 * Logback property for the client's log file (logback.xml {@code <define name="TRUCE_LOG">}):
 * {@code -Dtruce.log.file} if given, else {@code truce.log} in {@link TruceHome}, so the log always
 * lives with the settings and seat tokens whatever the entry point.
 */
public final class TruceLogFile extends PropertyDefinerBase {
    /** System property that overrides the log file (tests, scripts). */
    public static final String PROPERTY = "truce.log.file";

    @Override
    public String getPropertyValue() {
        return path();
    }

    /** Where the client's log is written: {@code -Dtruce.log.file}, else {@code truce.log} beside the settings. */
    public static String path() {
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isBlank()) {
            return given;
        }
        return TruceHome.prepare(TruceHome.dir()).resolve("truce.log").toString();
    }
}
