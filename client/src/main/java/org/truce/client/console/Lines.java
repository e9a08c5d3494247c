package org.truce.client.console;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import java.util.ArrayList;
import java.util.List;
import org.truce.client.ui.Style;
import org.truce.client.ui.Text;

/** Paints rows of text made by a pure view onto a column of labels, one label per terminal row. */
final class Lines extends Panel {
    private final List<Label> labels = new ArrayList<>();

    Lines() {
        super(new LinearLayout(Direction.VERTICAL).setSpacing(0));
    }

    /** Shows {@code rows}, each cut to {@code cols}. */
    void paint(List<OverviewView.Line> rows, int cols) {
        while (labels.size() < rows.size()) {
            Label l = new Label("");
            labels.add(l);
            addComponent(l);
        }
        while (labels.size() > rows.size()) {
            removeComponent(labels.remove(labels.size() - 1));
        }
        for (int i = 0; i < rows.size(); i++) {
            OverviewView.Line line = rows.get(i);
            Label l = labels.get(i);
            Style.plain(l);
            l.removeStyle(SGR.REVERSE);
            switch (line.tone()) {
                case BAR -> Style.bar(l);
                case SELECTED -> {
                    Style.colour(l, Style.ACCENT, true);
                    l.addStyle(SGR.REVERSE);
                }
                case ACCENT -> Style.colour(l, Style.ACCENT, true);
                case RED -> Style.colour(l, Style.RED, true);
                case GOOD -> Style.colour(l, Style.GOOD, false);
                default -> { }
            }
            l.setText(Text.fit(line.text(), cols));
        }
    }
}
