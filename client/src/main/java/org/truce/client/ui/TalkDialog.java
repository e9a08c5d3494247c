package org.truce.client.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.truce.client.model.GameModel;
import org.truce.shared.protocol.ClientMessage;

/** Write to everyone or to one party: ↑↓ choose who, type, Enter sends, Esc cancels. */
final class TalkDialog extends Dialog {
    private final List<String> recipients = new ArrayList<>();
    private final Label to = new Label("");
    private final TextBox text = new TextBox(new TerminalSize(60, 1));
    private int index;

    TalkDialog(App app) {
        super(app, "Talk");
        GameModel m = app.model();
        recipients.add("all");
        for (String p : m.scenario().partyIds()) {
            if (!p.equals(m.party())) {
                recipients.add(p);
            }
        }
        Panel p = new Panel(new LinearLayout(Direction.VERTICAL));
        p.addComponent(to);
        p.addComponent(text);
        p.addComponent(Style.bar(new Label(Text.pad(" ↑↓ who   Enter send   Esc cancel", 60))));
        setComponent(p);
        setFocusedInteractable(text);
        showTo();
    }

    private void showTo() {
        String r = recipients.get(index);
        to.setText("To: " + ("all".equals(r) ? "everyone (public)" : app.model().names().party(r) + " (private)") + "   ↑↓ to change");
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.ArrowUp) {
            index = (index + recipients.size() - 1) % recipients.size();
            showTo();
            return true;
        }
        if (key.getKeyType() == KeyType.ArrowDown) {
            index = (index + 1) % recipients.size();
            showTo();
            return true;
        }
        if (key.getKeyType() == KeyType.Enter) {
            String t = text.getText().strip();
            if (!t.isEmpty()) {
                app.send(new ClientMessage.Say(recipients.get(index), t.length() > 500 ? t.substring(0, 500) : t));
            }
            close();
            return true;
        }
        return false;
    }
}
