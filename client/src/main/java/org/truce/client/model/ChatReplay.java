package org.truce.client.model;

import java.util.List;
import org.truce.shared.protocol.ServerMessage;

/** Matches a chat the server replays after a resume against the chat a log already holds. */
final class ChatReplay {
    private ChatReplay() {
    }

    /** Where the new lines of {@code lines} start: after the part of it that ends {@code chat} (0: none of it does). */
    static int newFrom(List<ServerMessage.Said> chat, List<ServerMessage.Said> lines) {
        int from = 0;
        for (int start = Math.max(0, chat.size() - lines.size()); start < chat.size(); start++) {
            List<ServerMessage.Said> tail = chat.subList(start, chat.size());
            if (tail.size() <= lines.size() && same(tail, lines.subList(0, tail.size()))) {
                from = tail.size();
                break;
            }
        }
        return from;
    }

    /**
     * Whether two runs of chat are the same lines: who said what to whom in which round, and at
     * which version when both lines carry one (so a missed line with the words of the last one seen
     * is still new). Only those fields count, so a line the server re-sends with more (or fewer)
     * optional fields is still recognised as the line this log has.
     */
    private static boolean same(List<ServerMessage.Said> a, List<ServerMessage.Said> b) {
        for (int i = 0; i < a.size(); i++) {
            ServerMessage.Said x = a.get(i);
            ServerMessage.Said y = b.get(i);
            if (x.round() != y.round() || !java.util.Objects.equals(x.from(), y.from())
                    || !java.util.Objects.equals(x.to(), y.to()) || !java.util.Objects.equals(x.text(), y.text())
                    || (x.version() != null && y.version() != null && !x.version().equals(y.version()))) {
                return false;
            }
        }
        return a.size() == b.size();
    }
}
