package org.truce.client.ui;

import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import org.truce.client.model.GameModel;
import org.truce.shared.protocol.Occupant;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerParts;

/**
 * What the room's creator may do with its facilitator key: free the seat of a player who has
 * left for good (their bot persona plays it until someone takes it) or close the room for
 * everyone. The server checks the key and answers in the log.
 */
final class FacilitatorDialog extends Dialog {

    FacilitatorDialog(App app) {
        super(app, "Run the room (facilitator)");
        GameModel m = app.model();
        Panel p = new Panel(new LinearLayout(Direction.VERTICAL));
        p.addComponent(new Label("Room " + m.room() + ". You created it, so you can:"));
        ActionListBox list = Style.marked(new ActionListBox());
        if (m.state() != null && m.state().seats() != null) {
            for (ServerParts.Seat seat : m.state().seats()) {
                if (seat.occupiedBy() == Occupant.HUMAN && !seat.connected() && !seat.party().equals(m.party())) {
                    list.addItem("Free " + m.names().possessive(seat.party()) + " seat (its player is away)",
                            () -> confirm("Free " + m.names().possessive(seat.party()) + " seat? Its player's token stops working;"
                                    + " its bot persona plays until someone takes the seat.",
                                    new ClientMessage.FreeSeat(m.room(), seat.party(), m.facilitatorKey())));
                }
            }
        }
        list.addItem("Close the room for everyone", () -> confirm(
                "Close room " + m.room() + " for everyone? The game ends here; its record stays on the server.",
                new ClientMessage.CloseRoom(m.room(), m.facilitatorKey())));
        p.addComponent(list);
        p.addComponent(new Label(""));
        p.addComponent(new Label("↑↓ Choose  Enter Do it  Esc Back"));
        setComponent(p);
        setFocusedInteractable(list);
    }

    private void confirm(String question, ClientMessage action) {
        close();
        app.openDialog(new ConfirmDialog(app, "Facilitator", question, () -> app.send(action)));
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        if (Keys.is(key, '?')) {
            app.showHelp("RUN THE ROOM\nAs the room's creator you hold its facilitator key. Free a seat whose player has left"
                    + " for good, or close the room for everyone. The server checks the key; its answer shows in the log.");
            return true;
        }
        return false;
    }
}
