package org.truce.server;

/**
 * A player in a seat's team who does not lead it (the lead is the seat's {@link SeatState.Human}):
 * their name, the hash of their own seat token, and their live connection (null while away).
 * Touched only on the room's executor.
 */
final class TeamMember {
    String name;
    final String token;
    Session session;
    /** When they joined, in {@link Teams}' count of joins (0: recovered, or a former lead). */
    long joined;

    TeamMember(String name, String token, Session session) {
        this.name = name;
        this.token = token;
        this.session = session;
    }
}
