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
import org.truce.shared.engine.Rules;
import org.truce.shared.protocol.Occupant;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.protocol.ServerParts.Seat;
import org.truce.shared.scenario.PlainText;
import org.truce.shared.bot.TalkText;
import org.truce.shared.text.Chars;

/**
 * Write to everyone or to one party: the recipients are listed (▶ and reverse video mark the
 * chosen one), ↑↓ choose, type, Enter sends, Esc cancels. Tab steps through the rows below the
 * recipients (what to ask, then its term and option), where ↑↓ choose: the message is then the
 * canonical line bots understand ({@link TalkText}), still free to edit.
 */
final class TalkDialog extends Dialog {
    static final int WIDTH = 64;
    private final List<String> recipients = new ArrayList<>();
    private final LabelColumn to = new LabelColumn(1);
    private final TextBox text = new CharTextBox(new TerminalSize(WIDTH, 1));
    private final LabelColumn hint = new LabelColumn(3);
    private int index;
    private final LabelColumn ask = new LabelColumn(5);
    /** Which row ↑↓ change: 0 the recipient, then the intent and its slots ({@link TalkChoices}). */
    private int row;
    private final TalkChoices choices;

    TalkDialog(App app) {
        this(app, null);
    }

    /** {@code to}: a party to write to at once, or null for everyone. */
    TalkDialog(App app, String to) {
        this(app, to, null);
    }

    /** {@code pkg}: a package to ask about (the editor's draft), or null. */
    TalkDialog(App app, String to, org.truce.shared.scenario.Package pkg) {
        super(app, "Talk");
        GameModel m = app.model();
        recipients.add("all");
        if (!m.team().isEmpty()) {
            recipients.add(ClientMessage.Say.TEAM); // the seat's own team channel
        }
        for (String p : m.scenario().partyIds()) {
            if (!p.equals(m.party())) {
                recipients.add(p);
            }
        }
        index = Math.max(0, recipients.indexOf(to));
        this.to.resize(recipients.size());
        Panel p = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        p.addComponent(new Label("To whom? (↑↓)"));
        p.addComponent(this.to);
        choices = new TalkChoices(m.scenario(), pkg != null ? pkg : latest());
        if (pkg != null) {
            choices.intent(TalkChoices.PACKAGE);
        }
        p.addComponent(ask);
        p.addComponent(new Label("Your message:"));
        p.addComponent(text);
        p.addComponent(hint);
        p.addComponent(Style.bar(new Label(Text.pad(" ↑↓ Choose  Tab Ask a bot…  type freely  Enter Send  Esc Cancel", WIDTH))));
        setComponent(p);
        setFocusedInteractable(text);
        // a live count: a message over the limit is refused here with a word, never cut
        text.setTextChangeListener((t, byUser) -> showCount());
        showTo();
        if (pkg != null) {
            compose(); // the question is written; ↑↓ still choose whom to ask
        }
    }

    /** The draft asked about by default: the latest tabled, else the player's ideal. */
    private org.truce.shared.scenario.Package latest() {
        GameModel m = app.model();
        var drafts = m.drafts();
        if (!drafts.isEmpty()) {
            return m.worth().pkg(drafts.get(drafts.size() - 1).terms());
        }
        return m.worth().ideal();
    }

    /** The rows under the recipients: what to ask and its slots; the chosen row in reverse video. */
    private void showAsk() {
        java.util.List<String> rows = choices.rows();
        for (int i = 0; i < 5; i++) {
            String r = i < rows.size() ? rows.get(i) : "";
            boolean on = row == i + 1;
            ask.set(i, (on ? "▶ " : "  ") + r, WIDTH, on ? Style.ACCENT : Style.FG, on);
            ask.reverse(i, on);
        }
    }

    /** Writes the canonical line for the chosen intent into the message box (free text: left as typed). */
    private void compose() {
        String line = choices.text(recipients.get(index));
        if (line != null) {
            text.setText(line);
            text.setCaretPosition(line.length());
        }
        showAsk();
        showCount();
    }

    /** The last hint line: the length against the server's limit, or why Enter will not send. */
    private void showCount() {
        int n = length(text.getText());
        boolean over = n > Rules.MAX_TEXT;
        hint.set(2, over ? "Too long: " + n + " of " + Rules.MAX_TEXT + " characters. Shorten it to send."
                : n + "/" + Rules.MAX_TEXT + " characters", WIDTH, over ? Style.ACCENT : Style.FG, over);
    }

    /** The message's length as the server counts it: characters (code points), invisible ones dropped. */
    static int length(String typed) {
        return Chars.count(PlainText.withoutInvisible(typed).strip());
    }

    private boolean isBot(String party) {
        var s = app.model().state();
        if (s == null || s.seats() == null) {
            return false;
        }
        for (Seat seat : s.seats()) {
            if (party.equals(seat.party())) {
                return seat.occupiedBy() == Occupant.BOT;
            }
        }
        return false;
    }

    private void showTo() {
        for (int i = 0; i < recipients.size(); i++) {
            String r = recipients.get(i);
            boolean on = i == index;
            String who = "all".equals(r) ? "Everyone (public)" : ClientMessage.Say.TEAM.equals(r) ? "My team (team channel)"
                    : app.model().names().party(r) + " (private)" + (isBot(r) ? " · bot" : "");
            to.set(i, (on ? "▶ " : "  ") + who, WIDTH, on ? Style.ACCENT : Style.FG, on);
            to.reverse(i, on);
        }
        String r = recipients.get(index);
        String name = "all".equals(r) ? null : ClientMessage.Say.TEAM.equals(r) ? "your team (and the facilitator)"
                : app.model().names().party(r);
        hint.clear(WIDTH);
        hint.set(0, name == null ? "Everyone at the table reads it." : "Only " + name + " reads it."
                + (isBot(r) ? " A bot answers what you ask (Tab):" : ""), WIDTH);
        hint.set(1, name != null && isBot(r) ? "what it needs, what matters most, its vote on a text, a trade." : "", WIDTH);
        showCount();
        if (choices != null) {
            showAsk();
        }
    }

    /** For tests: who the message goes to. */
    String recipient() {
        return recipients.get(index);
    }

    /** For tests: the message as it stands. */
    String message() {
        return text.getText();
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        KeyType k = key.getKeyType();
        if (k == KeyType.Tab || k == KeyType.ReverseTab) {
            int rows = 1 + choices.rows().size();
            row = (row + (k == KeyType.Tab ? 1 : rows - 1)) % rows;
            showAsk();
            return true;
        }
        if ((k == KeyType.ArrowUp || k == KeyType.ArrowDown) && row > 0) {
            choices.step(row - 1, k == KeyType.ArrowDown ? 1 : -1);
            compose();
            return true;
        }
        if (key.getKeyType() == KeyType.ArrowUp) {
            index = (index + recipients.size() - 1) % recipients.size();
            showTo();
            compose();
            return true;
        }
        if (key.getKeyType() == KeyType.ArrowDown) {
            index = (index + 1) % recipients.size();
            showTo();
            compose();
            return true;
        }
        if (key.getKeyType() == KeyType.Enter) {
            String t = text.getText().strip();
            if (length(t) > Rules.MAX_TEXT) {
                showCount(); // stays open: the player shortens it
                return true;
            }
            if (!t.isEmpty()) {
                app.send(new ClientMessage.Say(recipients.get(index), t));
            }
            close();
            return true;
        }
        return false;
    }
}
