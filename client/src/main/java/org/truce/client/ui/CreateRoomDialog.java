package org.truce.client.ui;

import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.truce.shared.bot.Bot;
import org.truce.shared.protocol.ClientMessage;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.ScenarioInfo;

/**
 * Open a room, set up in a few keys: one line per setting and one per seat. ↑↓ picks a line
 * (▶ and reverse video mark it), ←→ changes it (a seat cycles human and the bot strategies),
 * digits type a number, B makes every seat a bot but the one marked, H every seat human, Enter
 * creates the room.
 */
public final class CreateRoomDialog extends Dialog {
    static final String HUMAN = "human";
    static final int WIDTH = 72;
    /** The settings' names' column: "Seconds to write a draft" and a seat's name fit whole. */
    private static final int NAME_W = 24;
    private static final int[] TURN_STEPS = {0, 30, 60, 90, 120, 180, 240, 300, 600, 900};
    private static final int[] VOTE_STEPS = {0, 15, 30, 60, 90, 120, 180, 300, 600};
    private static final List<String> LEVELS = List.of("easy", "normal", "hard");
    private static final int SCENARIO = 0;
    private static final int ROUNDS = 1;
    private static final int TURN = 2;
    private static final int VOTE = 3;
    private static final int LEVEL = 4;
    private static final int SEATS = 5;

    private final List<String> seatChoices = new ArrayList<>();
    private final LabelColumn lines = new LabelColumn(1);
    private final Label keys = Style.bar(new Label(""));
    private final Label keys2 = Style.bar(new Label(""));
    private int scenario;
    private Integer rounds; // null: the scenario's default
    private int turn = 180;
    private int vote = 90;
    private int level = 1;
    private final Map<String, String> seats = new LinkedHashMap<>();
    private int line;
    private final List<Integer> rows = new ArrayList<>(); // the screen row of each line
    private boolean typed; // a digit was typed on this line: further digits append

    /** What Enter does with the room set up (the lobby sends it; the class console makes N rooms of it). */
    private final java.util.function.Consumer<ClientMessage.CreateRoom> onCreate;
    private final String enterLabel;

    CreateRoomDialog(App app) {
        this(app, "Create a room", "Create the room", app::send);
    }

    /**
     * The same settings under another title, handing the set-up room to {@code onCreate} (the class
     * console sends {@code create_rooms} with it); {@code enterLabel} says what Enter does.
     */
    public CreateRoomDialog(App app, String title, String enterLabel, java.util.function.Consumer<ClientMessage.CreateRoom> onCreate) {
        super(app, title);
        this.onCreate = onCreate;
        this.enterLabel = enterLabel;
        seatChoices.add(HUMAN);
        seatChoices.addAll(Bot.STRATEGIES);
        Panel root = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        root.addComponent(lines);
        root.addComponent(keys);
        root.addComponent(keys2);
        setComponent(root);
        seatsFor(0);
    }

    /**
     * Starts from the settings of an earlier set-up (the class console's second set-up keeps the
     * first one's scenario, rounds, clocks, difficulty and bots); a scenario the server no longer has is passed over.
     */
    public CreateRoomDialog startingFrom(ClientMessage.CreateRoom earlier) {
        if (earlier == null) {
            return this;
        }
        List<ScenarioInfo> all = app.model().scenarios();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(earlier.scenario())) {
                seatsFor(i);
                seats.replaceAll((party, v) -> earlier.bots() == null ? HUMAN : earlier.bots().getOrDefault(party, HUMAN));
                rounds = earlier.rounds();
                turn = earlier.turnSeconds() == null ? turn : earlier.turnSeconds();
                vote = earlier.voteSeconds() == null ? vote : earlier.voteSeconds();
                level = Math.max(0, LEVELS.indexOf(earlier.difficulty() == null ? LEVELS.get(level) : earlier.difficulty()));
                refresh();
            }
        }
        return this;
    }

    private ScenarioInfo info() {
        List<ScenarioInfo> all = app.model().scenarios();
        return all.isEmpty() ? null : all.get(Math.min(scenario, all.size() - 1));
    }

    private void seatsFor(int index) {
        scenario = index;
        Map<String, String> old = new LinkedHashMap<>(seats);
        seats.clear();
        ScenarioInfo info = info();
        if (info != null) {
            for (Party p : info.parties()) {
                seats.put(p.id(), old.getOrDefault(p.id(), HUMAN));
            }
        }
    }

    private int lineCount() {
        return SEATS + seats.size();
    }

    private String seatAt(int l) {
        return l < SEATS ? null : new ArrayList<>(seats.keySet()).get(l - SEATS);
    }

    /** The message Enter sends. */
    ClientMessage.CreateRoom message() {
        ScenarioInfo info = info();
        Map<String, String> bots = new LinkedHashMap<>();
        seats.forEach((party, v) -> {
            if (!HUMAN.equals(v)) {
                bots.put(party, v);
            }
        });
        return new ClientMessage.CreateRoom(info == null ? "" : info.id(), bots, rounds, turn, vote, LEVELS.get(level), app.roomSeed(), null);
    }

    /** The rounds a room of this scenario gets by default: a scenario may ask for more than a room plays (50). */
    private static int roomDefault(ScenarioInfo info) {
        return Math.min(info.rounds(), org.truce.shared.engine.Rules.MAX_ROUNDS);
    }

    @Override
    public void refresh() {
        ScenarioInfo info = info();
        int w = WIDTH;
        List<String> text = new ArrayList<>();
        text.add(field("Scenario", info == null ? "(none: connect first)" : info.id(), ""));
        text.add(field("Rounds", rounds == null ? "default" : String.valueOf(rounds),
                info == null ? "" : rounds == null ? roomDefault(info) + " rounds" : "default is " + roomDefault(info)));
        text.add(field("Seconds to write a draft", turn == 0 ? "no clock" : turn + " s", "0 = no clock"));
        text.add(field("Seconds to vote", vote == 0 ? "no clock" : vote + " s", "0 = no clock"));
        text.add(field("Bot difficulty", LEVELS.get(level), ""));
        int humans = 0;
        for (Map.Entry<String, String> e : seats.entrySet()) {
            Party p = info == null ? null : info.party(e.getKey());
            boolean human = HUMAN.equals(e.getValue());
            humans += human ? 1 : 0;
            text.add(field(seatName(p, e.getKey()), human ? "human" : "bot: " + e.getValue(), human ? "a player takes it" : ""));
        }
        // the scenario's whole title, wrapped under its line: a cut title hid which scenario it was
        List<String> title = info == null ? List.of() : Text.wrap(info.title(), w - 4);
        lines.resize(text.size() + 2 + title.size());
        lines.clear(w);
        int row = 0;
        rows.clear();
        for (int l = 0; l < text.size(); l++) {
            if (l == SEATS) {
                row++; // a blank line before the seats
                lines.set(row++, Text.pad("  Seats: " + humans + " human, " + (seats.size() - humans) + " bot", w), w, Style.ACCENT, true);
            }
            boolean on = l == line;
            lines.set(row, (on ? "▶ " : "  ") + text.get(l), w, on ? Style.ACCENT : Style.FG, on);
            lines.reverse(row, on);
            rows.add(row);
            row++;
            if (l == SCENARIO) {
                for (String t : title) {
                    lines.set(row++, "    " + t, w);
                }
            }
        }
        keys.setText(Text.pad(" ↑↓ Line  ←→ Change  0-9 Type a number  Enter " + enterLabel, w));
        keys2.setText(Text.pad(" B All bots but this seat  H All human  Esc Cancel", w));
    }

    /** A seat's label: the party's name, or its short form when the name would be cut. */
    private static String seatName(Party p, String id) {
        if (p == null) {
            return id;
        }
        return Text.cols(p.name()) <= NAME_W || p.shortName() == null ? p.name() : p.shortName();
    }

    private static String field(String name, String value, String note) {
        return Text.pad(name, NAME_W + 2) + "◀ " + Text.pad(value, 16) + " ▶  " + note;
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        KeyType t = key.getKeyType();
        int n = lineCount();
        if (t == KeyType.ArrowUp || t == KeyType.ArrowDown || t == KeyType.Tab || t == KeyType.ReverseTab) {
            int d = t == KeyType.ArrowUp || t == KeyType.ReverseTab ? -1 : 1;
            line = (line + d + n) % n;
            typed = false;
        } else if (t == KeyType.ArrowLeft || t == KeyType.ArrowRight) {
            change(t == KeyType.ArrowRight ? 1 : -1);
            typed = false;
        } else if (t == KeyType.Enter) {
            create();
            return true;
        } else if (t == KeyType.Backspace) {
            backspace();
        } else if (Keys.digit(key) >= 0) {
            digit(Keys.digit(key));
        } else if (Keys.is(key, 'b')) {
            String keep = seatAt(line);
            for (String p : seats.keySet()) {
                seats.put(p, p.equals(keep) ? HUMAN : HUMAN.equals(seats.get(p)) ? "default" : seats.get(p));
            }
            if (keep == null) {
                // not on a seat: the first seat stays human
                seats.put(seats.keySet().iterator().next(), HUMAN);
            }
        } else if (Keys.is(key, 'h')) {
            seats.replaceAll((p, v) -> HUMAN);
        } else {
            return false;
        }
        refresh();
        return true;
    }

    private void change(int d) {
        switch (line) {
            case SCENARIO -> {
                int count = app.model().scenarios().size();
                if (count > 0) {
                    seatsFor((scenario + d + count) % count);
                    rounds = null;
                }
            }
            case ROUNDS -> {
                int def = info() == null ? 10 : roomDefault(info());
                int r = (rounds == null ? def : rounds) + d;
                rounds = r < 1 || r > 50 ? null : r == def ? null : r;
            }
            case TURN -> turn = step(TURN_STEPS, turn, d);
            case VOTE -> vote = step(VOTE_STEPS, vote, d);
            case LEVEL -> level = (level + d + LEVELS.size()) % LEVELS.size();
            default -> {
                String p = seatAt(line);
                int i = seatChoices.indexOf(seats.get(p));
                seats.put(p, seatChoices.get((i + d + seatChoices.size()) % seatChoices.size()));
            }
        }
    }

    /** The next step up or down from {@code now} (which may be a typed value between steps). */
    private static int step(int[] steps, int now, int d) {
        if (d > 0) {
            for (int s : steps) {
                if (s > now) {
                    return s;
                }
            }
            return steps[0];
        }
        for (int i = steps.length - 1; i >= 0; i--) {
            if (steps[i] < now) {
                return steps[i];
            }
        }
        return steps[steps.length - 1];
    }

    private void digit(int d) {
        switch (line) {
            case ROUNDS -> {
                int r = typed && rounds != null ? rounds * 10 + d : d;
                rounds = r > 50 ? 50 : r < 1 ? null : r;
            }
            case TURN -> turn = Math.min(3600, typed ? turn * 10 + d : d);
            case VOTE -> vote = Math.min(3600, typed ? vote * 10 + d : d);
            default -> {
                return;
            }
        }
        typed = true;
    }

    private void backspace() {
        switch (line) {
            case ROUNDS -> rounds = rounds == null || rounds < 10 ? null : rounds / 10;
            case TURN -> turn /= 10;
            case VOTE -> vote /= 10;
            default -> {
                return;
            }
        }
        typed = true;
    }

    private void create() {
        if (info() == null) {
            return;
        }
        try {
            ClientMessage.CreateRoom m = message();
            close();
            onCreate.accept(m);
        } catch (RuntimeException e) {
            app.showMessage("Create a room", e.getMessage());
        }
    }

    /** For tests: the marked line's text. */
    String markedLine() {
        return lines.text(lineRow());
    }

    private int lineRow() {
        return line < rows.size() ? rows.get(line) : line;
    }
}
