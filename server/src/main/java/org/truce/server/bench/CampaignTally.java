package org.truce.server.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** The kill campaign's counters and the first failures in words; shared by every room's threads. */
final class CampaignTally {
    final AtomicLong acknowledged = new AtomicLong();
    final AtomicLong proposes = new AtomicLong();
    final AtomicLong votes = new AtomicLong();
    final AtomicLong chat = new AtomicLong();
    final AtomicLong joins = new AtomicLong();
    final AtomicLong roomsCreated = new AtomicLong();
    final AtomicLong gamesFinished = new AtomicLong();
    final AtomicLong checks = new AtomicLong();
    final AtomicLong lost = new AtomicLong();
    final AtomicLong chatLost = new AtomicLong();
    final AtomicLong resumes = new AtomicLong();
    final AtomicLong resumeFailures = new AtomicLong();
    final AtomicLong stuck = new AtomicLong();
    final AtomicLong lostRooms = new AtomicLong();
    final AtomicLong seatsFreed = new AtomicLong();
    final AtomicLong revokedChecked = new AtomicLong();
    private final Map<String, Long> errors = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    /** Counts an error reply by code (races such as {@code wrong_round} are expected and harmless). */
    synchronized void error(String code) {
        errors.merge(code, 1L, Long::sum);
    }

    synchronized Map<String, Long> errors() {
        return new TreeMap<>(errors);
    }

    /** Records a failure in words (lost move, failed resume, stuck connection...); the first 40 are kept. */
    synchronized void fail(String what) {
        if (failures.size() < 40) {
            failures.add(what);
        }
        System.err.println("FAIL " + what);
    }

    synchronized List<String> failures() {
        return new ArrayList<>(failures);
    }
}
