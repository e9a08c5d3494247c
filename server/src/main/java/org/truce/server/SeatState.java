package org.truce.server;

/**
 * Who holds a seat: nobody, a bot, or a human who is present, away, or away and stood in for by
 * a bot persona. Immutable: a seat changes hands by taking a new state.
 */
sealed interface SeatState {
    /** The bot playing the seat: a bot seat's bot, a stand-in, or null. */
    org.truce.shared.bot.Bot bot();

    /** The name the table shows, or null for a free seat. */
    String name();

    /** Nobody holds the seat; in a game in progress a stand-in ({@code standIn}) plays it until someone joins. */
    record Free(org.truce.shared.bot.Bot standIn) implements SeatState {
        @Override
        public org.truce.shared.bot.Bot bot() {
            return standIn;
        }

        @Override
        public String name() {
            return null;
        }
    }

    /** A bot seat for the whole game: its strategy, the name the table shows, and the bot. */
    record Bot(String strategy, String name, org.truce.shared.bot.Bot bot) implements SeatState {
    }

    /** A human's seat: their name, the hash of their seat token ({@link Secrets#hash}), and whether they are here. */
    record Human(String name, String token, Presence presence) implements SeatState {
        @Override
        public org.truce.shared.bot.Bot bot() {
            return presence.bot();
        }

        Human with(Presence p) {
            return new Human(name, token, p);
        }

        Human named(String n) {
            return new Human(n, token, presence);
        }
    }

    /** Where a seated human is. */
    sealed interface Presence {
        /** The human's live connection, or null when away. */
        default Session session() {
            return null;
        }

        /** The bot persona standing in, or null. */
        default org.truce.shared.bot.Bot bot() {
            return null;
        }
    }

    /** Connected on {@code session}. */
    record Present(Session session) implements Presence {
    }

    /** Away since {@code since} (epoch ms); the grace period runs (see {@link SeatTable}). */
    record Away(long since) implements Presence {
    }

    /** Away past the grace period: the seat's bot persona plays until they return. */
    record StoodIn(org.truce.shared.bot.Bot bot) implements Presence {
    }
}
