package org.truce.client.ui;

import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;

/**
 * The table is gone (the room closed, or the seat went elsewhere) and there is no lobby to go
 * back to (solo): says what happened and offers what still works, a new game or quitting.
 */
final class GoneWindow extends FullWindow {
    private final Label header = Style.bar(new Label(""));
    private final Panel body = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
    private final Label keys = Style.bar(new Label(""));
    private final String title;
    private final String text;

    GoneWindow(App app, String title, String text) {
        super(app, title);
        this.title = title;
        this.text = text;
        Panel root = new Panel(new LinearLayout(Direction.VERTICAL).setSpacing(0));
        root.addComponent(header);
        root.addComponent(new Label(""));
        root.addComponent(body);
        root.addComponent(new Label(""));
        root.addComponent(keys);
        setComponent(root);
    }

    @Override
    public void refresh() {
        int cols = size().getColumns();
        header.setText(Text.pad(" TRUCE · " + title, cols));
        body.removeAllComponents();
        for (String line : Text.wrap(text, cols - 4)) {
            body.addComponent(new Label(" " + line));
        }
        String again = app.playAgainLabel();
        keys.setText(Text.pad((again == null ? "" : " N " + again + " ") + " ? Help  Q Quit", cols));
    }

    @Override
    protected boolean onKey(KeyStroke key) {
        if (Keys.is(key, 'n') && app.playAgainLabel() != null) {
            app.playAgain();
            return true;
        }
        return false;
    }

    @Override
    protected String help() {
        return "THE TABLE IS GONE\n" + text + "\nN starts a new game with the same settings; Q quits Truce.";
    }
}
