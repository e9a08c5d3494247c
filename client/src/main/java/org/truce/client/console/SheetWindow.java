package org.truce.client.console;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.truce.client.ui.App;
import org.truce.client.ui.FullWindow;
import org.truce.client.ui.Keys;
import org.truce.client.ui.Text;

/**
 * The join sheet on the whole screen, for a projector: the server's address and each room's code
 * in block letters, as many rooms side by side and per page as the terminal holds; PgDn/PgUp (or
 * ↓↑) turn pages, Esc goes back to the overview.
 */
final class SheetWindow extends FullWindow {
    private final JoinSheet sheet;
    private final String savedAs;
    private final String saveProblem;
    private final Runnable back;
    private final Lines lines = new Lines();
    private int page;

    SheetWindow(App app, JoinSheet sheet, String savedAs, String saveProblem, Runnable back) {
        super(app, "Join sheet");
        this.sheet = sheet;
        this.savedAs = savedAs;
        this.saveProblem = saveProblem;
        this.back = back;
        setComponent(lines);
    }

    /** Rooms side by side and rows of rooms per page at this size. */
    private int[] grid(int cols, int rows) {
        int across = Math.max(1, (cols - 2) / (BlockLetters.width("XXXXX") + 6));
        int down = Math.max(1, (rows - 4) / (BlockLetters.HEIGHT + 2));
        return new int[] {across, down};
    }

    private int pages(int perPage) {
        return Math.max(1, (sheet.codes().size() + perPage - 1) / perPage);
    }

    @Override
    public void refresh() {
        int cols = size().getColumns();
        int rows = size().getRows();
        int[] g = grid(cols, rows);
        int perPage = g[0] * g[1];
        page = Math.min(page, pages(perPage) - 1);
        List<OverviewView.Line> out = new ArrayList<>();
        for (String h : sheet.head()) {
            out.add(new OverviewView.Line(" " + h, OverviewView.Tone.ACCENT));
        }
        int colW = (cols - 2) / g[0];
        for (int r = 0; r < g[1]; r++) {
            int first = page * perPage + r * g[0];
            if (first >= sheet.codes().size()) {
                break;
            }
            List<StringBuilder> band = new ArrayList<>();
            for (int i = 0; i < BlockLetters.HEIGHT + 2; i++) {
                band.add(new StringBuilder(" "));
            }
            for (int c = 0; c < g[0] && first + c < sheet.codes().size(); c++) {
                List<String> block = new ArrayList<>(sheet.block(first + c));
                block.add("");
                for (int i = 0; i < band.size(); i++) {
                    band.get(i).append(Text.pad(Text.fit(i < block.size() ? block.get(i) : "", colW - 1), colW));
                }
            }
            band.forEach(b -> out.add(new OverviewView.Line(b.toString(), OverviewView.Tone.PLAIN)));
        }
        List<String> bottom = saveProblem == null ? List.of(savedAs == null ? "" : "Saved as " + savedAs) : Text.wrap(saveProblem, cols - 2);
        bottom = bottom.subList(0, Math.min(2, bottom.size()));
        while (out.size() > rows - 1 - bottom.size()) {
            out.remove(out.size() - 1); // a save problem is said at once, over the last rooms of the page if need be
        }
        while (out.size() < rows - 1 - bottom.size()) {
            out.add(new OverviewView.Line("", OverviewView.Tone.PLAIN));
        }
        for (String b : bottom) {
            out.add(new OverviewView.Line(" " + b, saveProblem == null ? OverviewView.Tone.GOOD : OverviewView.Tone.RED));
        }
        out.add(new OverviewView.Line(Text.pad(" Page " + (page + 1) + " of " + pages(perPage) + "   PgDn/PgUp Page   Esc Overview   Q Quit", cols),
                OverviewView.Tone.BAR));
        lines.paint(out.subList(0, Math.min(out.size(), rows)), cols);
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        KeyType t = key.getKeyType();
        if (t == KeyType.PageDown || t == KeyType.ArrowDown || Keys.is(key, ' ')) {
            page++;
        } else if (t == KeyType.PageUp || t == KeyType.ArrowUp) {
            page = Math.max(0, page - 1);
        } else {
            return false;
        }
        refresh();
        return true;
    }

    @Override
    protected void back() {
        back.run();
    }

    @Override
    protected String help() {
        return "The join sheet: students run the line at the top and type their room's code.\n"
                + "PgDn/PgUp (or ↓↑, Space) turn the pages; Esc goes back to the overview.";
    }
}
