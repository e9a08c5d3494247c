package org.truce.client.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Reading key strokes. */
public final class Keys {
    private Keys() {
    }

    /** True if the key is this character (either case, no Ctrl/Alt). */
    public static boolean is(KeyStroke k, char c) {
        return k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()
                && Character.toLowerCase(k.getCharacter()) == Character.toLowerCase(c);
    }

    /** True if the key is of this type (Enter, Escape, an arrow…). */
    public static boolean is(KeyStroke k, KeyType type) {
        return k.getKeyType() == type;
    }

    /** True for the help keys: F1 or ?. */
    public static boolean isHelp(KeyStroke k) {
        return k.getKeyType() == KeyType.F1 || is(k, '?');
    }

    /** 1..9 typed as a digit, or -1. */
    public static int digit(KeyStroke k) {
        if (k.getKeyType() == KeyType.Character && Character.isDigit(k.getCharacter())) {
            return k.getCharacter() - '0';
        }
        return -1;
    }
}
