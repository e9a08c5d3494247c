package org.truce.client.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.SimpleTheme;
import com.googlecode.lanterna.gui2.Label;

/**
 * Colours and emphasis. Every meaning also has a text mark (✓ ✗ ! ▶), so the screens stay
 * readable on a monochrome terminal.
 */
public final class Style {
    /** Ordinary text: the terminal's own foreground. */
    public static final TextColor FG = TextColor.ANSI.DEFAULT;
    /** The terminal's own background. */
    public static final TextColor BG = TextColor.ANSI.DEFAULT;
    /** Red lines, losses and errors. */
    public static final TextColor RED = TextColor.ANSI.RED_BRIGHT;
    /** Gains and all-clear marks. */
    public static final TextColor GOOD = TextColor.ANSI.GREEN_BRIGHT;
    /** Secondary text. */
    public static final TextColor DIM = TextColor.ANSI.WHITE;
    /** The selection and what needs the player's attention. */
    public static final TextColor ACCENT = TextColor.ANSI.YELLOW_BRIGHT;
    /** Private chat in the log. */
    public static final TextColor PRIVATE = TextColor.ANSI.MAGENTA_BRIGHT;
    /** Table events in the log. */
    public static final TextColor EVENT = TextColor.ANSI.CYAN_BRIGHT;

    private Style() {
    }

    /** The Lanterna theme of every screen: the terminal's own colours, black on cyan for the selection. */
    public static com.googlecode.lanterna.graphics.Theme gui() {
        SimpleTheme t = SimpleTheme.makeTheme(true, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT,
                TextColor.ANSI.BLACK, TextColor.ANSI.WHITE,
                TextColor.ANSI.BLACK, TextColor.ANSI.CYAN,
                TextColor.ANSI.DEFAULT);
        return t;
    }

    /** A bar label: reverse video, readable without colour. */
    public static Label bar(Label l) {
        l.addStyle(SGR.REVERSE);
        return l;
    }

    /** Marks a list's selected line with "▶ " (the colour alone is lost on a monochrome terminal). */
    public static com.googlecode.lanterna.gui2.ActionListBox marked(com.googlecode.lanterna.gui2.ActionListBox list) {
        list.setListItemRenderer(new com.googlecode.lanterna.gui2.AbstractListBox.ListItemRenderer<Runnable, com.googlecode.lanterna.gui2.ActionListBox>() {
            @Override
            public String getLabel(com.googlecode.lanterna.gui2.ActionListBox box, int index, Runnable item) {
                return (index == box.getSelectedIndex() && box.isFocused() ? "▶ " : "  ") + super.getLabel(box, index, item);
            }
        });
        return list;
    }

    /** Resets a label to ordinary text: default colours, not bold. */
    public static void plain(Label l) {
        l.setForegroundColor(FG);
        l.setBackgroundColor(null);
        l.removeStyle(SGR.BOLD);
    }

    /** Sets a label's foreground colour and whether it is bold. */
    public static void colour(Label l, TextColor fg, boolean bold) {
        l.setForegroundColor(fg);
        if (bold) {
            l.addStyle(SGR.BOLD);
        } else {
            l.removeStyle(SGR.BOLD);
        }
    }
}
