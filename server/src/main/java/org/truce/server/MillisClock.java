package org.truce.server;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;

/**
 * A {@link Clock} that reads epoch ms from a supplier: the system's time, or a test's time moved
 * by hand ({@code HandTimer}), so that the rooms' clocks and the tests read the same time.
 */
final class MillisClock extends Clock {
    private final LongSupplier millis;
    private final ZoneId zone;

    MillisClock(LongSupplier millis) {
        this(millis, ZoneOffset.UTC);
    }

    private MillisClock(LongSupplier millis, ZoneId zone) {
        this.millis = millis;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new MillisClock(millis, z);
    }

    @Override
    public long millis() {
        return millis.getAsLong();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }
}
