package org.truce.client.model;

/** A line of the chat and event log. */
public record LogEntry(Kind kind, int round, String text) {
    public enum Kind { PUBLIC, PRIVATE, EVENT, ERROR }
}
