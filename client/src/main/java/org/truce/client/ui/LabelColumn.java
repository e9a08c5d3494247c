package org.truce.client.ui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import java.util.ArrayList;
import java.util.List;

/** A column of one-line labels, each padded to the column's width, that a screen rewrites on refresh. */
final class LabelColumn extends Panel {
    private final List<Label> lines = new ArrayList<>();

    LabelColumn(int rows) {
        super(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        resize(rows);
    }

    /** Makes the column exactly {@code rows} lines tall. */
    void resize(int rows) {
        while (lines.size() < rows) {
            Label l = new Label("");
            lines.add(l);
            addComponent(l);
        }
        while (lines.size() > rows) {
            removeComponent(lines.remove(lines.size() - 1));
        }
    }

    int rows() {
        return lines.size();
    }

    void set(int row, String text, int width) {
        set(row, text, width, Style.FG, false);
    }

    void set(int row, String text, int width, TextColor fg, boolean bold) {
        if (row < 0 || row >= lines.size()) {
            return;
        }
        Label l = lines.get(row);
        l.setText(Text.pad(text, width));
        Style.colour(l, fg, bold);
    }

    /** Reverse video on a line (a focus mark that needs no colour). */
    void reverse(int row, boolean on) {
        if (row < 0 || row >= lines.size()) {
            return;
        }
        if (on) {
            lines.get(row).addStyle(com.googlecode.lanterna.SGR.REVERSE);
        } else {
            lines.get(row).removeStyle(com.googlecode.lanterna.SGR.REVERSE);
        }
    }

    String text(int row) {
        return row < 0 || row >= lines.size() ? "" : lines.get(row).getText();
    }

    void clear(int width) {
        for (int i = 0; i < lines.size(); i++) {
            set(i, "", width);
            lines.get(i).removeStyle(com.googlecode.lanterna.SGR.REVERSE);
        }
    }
}
