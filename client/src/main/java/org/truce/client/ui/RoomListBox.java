package org.truce.client.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.ActionListBox;
import java.util.List;
import java.util.function.Consumer;
import org.truce.shared.protocol.ServerParts.RoomSummary;

/** Keeps the lobby's list box of rooms in step with the rooms the server listed last. */
final class RoomListBox {
    private final ActionListBox rooms;
    private int shown = -1;

    RoomListBox(ActionListBox rooms) {
        this.rooms = rooms;
    }

    /** Lists {@code list} (only when it changed, keeping the selection) at {@code cols}×{@code rows}; Enter on a room runs {@code open} with its code. */
    void show(List<RoomSummary> list, int cols, int rows, Consumer<String> open) {
        int hash = list.hashCode();
        if (hash != shown) {
            shown = hash;
            int sel = Math.max(0, rooms.getSelectedIndex());
            rooms.clearItems();
            // the title column as wide as the longest title listed (up to 28): "The Paris summit, four seats" is
            // told apart from "The Paris summit", not cut to "The Paris summit, f…"
            int titleW = 12;
            for (RoomSummary r : list) {
                titleW = Math.max(titleW, Math.min(28, Text.cols(RoomLines.title(r))));
            }
            for (RoomSummary r : list) {
                rooms.addItem(RoomLines.describe(r, titleW, cols - 4), () -> open.accept(r.code()));
            }
            if (!list.isEmpty()) {
                rooms.setSelectedIndex(Math.min(sel, list.size() - 1));
            }
        }
        rooms.setPreferredSize(new TerminalSize(cols - 2, Math.max(3, rows - 12)));
    }
}
