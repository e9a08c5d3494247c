package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.Interactable.Result;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Backspace, Delete, ← and → take whole characters as the user sees them, never half of one. */
class CharTextBoxTest {
    private static final String THUMB = "\uD83D\uDC4D"; // 👍
    private static final String FLAG = "\uD83C\uDDFA\uD83C\uDDE6"; // 🇺🇦: two regional indicators
    private static final String HEART = "\u2764\uFE0F"; // ❤️: a heart and its variation selector
    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // 👨‍👩‍👧
    private static final String E_ACUTE = "e\u0301"; // é as e and a combining accent

    private final CharTextBox box = new CharTextBox(new TerminalSize(20, 1));

    /** Types {@code s} as a terminal delivers it: one key per UTF-16 unit. */
    private void type(String s) {
        for (char c : s.toCharArray()) {
            box.handleKeyStroke(new KeyStroke(c, false, false));
        }
    }

    private Result key(KeyType k) {
        return box.handleKeyStroke(new KeyStroke(k));
    }

    @Test
    void backspaceTakesTheWholeEmojiOrFlag() {
        type("a" + THUMB);
        key(KeyType.Backspace);
        assertThat(box.getText()).isEqualTo("a");
        type("b" + FLAG);
        key(KeyType.Backspace);
        assertThat(box.getText()).isEqualTo("ab");
        key(KeyType.ArrowLeft);
        type("X");
        assertThat(box.getText()).isEqualTo("aXb");
    }

    @Test
    void everyClusterIsOneStepForEveryKey() {
        for (String c : List.of(THUMB, FLAG, HEART, FAMILY, E_ACUTE, "准")) {
            box.setText("");
            type("<" + c + ">");
            key(KeyType.ArrowLeft);
            key(KeyType.ArrowLeft);
            assertThat(box.getCaretPosition().getColumn()).as(c).isEqualTo(1);
            key(KeyType.ArrowRight);
            assertThat(box.getCaretPosition().getColumn()).as(c).isEqualTo(1 + c.length());
            key(KeyType.ArrowLeft);
            key(KeyType.Delete);
            assertThat(box.getText()).as(c).isEqualTo("<>");
            type(c);
            key(KeyType.Backspace);
            assertThat(box.getText()).as(c).isEqualTo("<>");
            assertThat(box.getCaretPosition().getColumn()).as(c).isEqualTo(1);
        }
    }

    @Test
    void theChangeListenerSeesTheWholeEditAsTheUsers() {
        List<String> seen = new ArrayList<>();
        type("ok" + THUMB);
        box.setTextChangeListener((text, byUser) -> seen.add(byUser + ":" + text));
        key(KeyType.Backspace);
        assertThat(seen).last().isEqualTo("true:ok");
    }

    @Test
    void atTheEdgesLanternasFocusMovesAndKeysStayAsTheyWere() {
        box.setHorizontalFocusSwitching(true);
        type(THUMB);
        assertThat(key(KeyType.ArrowRight)).isEqualTo(Result.MOVE_FOCUS_RIGHT);
        key(KeyType.ArrowLeft);
        assertThat(key(KeyType.ArrowLeft)).isEqualTo(Result.MOVE_FOCUS_LEFT);
        assertThat(key(KeyType.Backspace)).isEqualTo(Result.HANDLED);
        assertThat(box.getText()).isEqualTo(THUMB);
        key(KeyType.End);
        assertThat(box.getCaretPosition().getColumn()).isEqualTo(2);
    }

    @Test
    void boundariesFollowGraphemeClusters() {
        String s = "ab" + FLAG + HEART;
        assertThat(CharTextBox.before(s, s.length())).isEqualTo(6);
        assertThat(CharTextBox.before(s, 6)).isEqualTo(2);
        assertThat(CharTextBox.after(s, 2)).isEqualTo(6);
        assertThat(CharTextBox.after(s, 3)).isEqualTo(6); // from inside a cluster: to its end
        assertThat(CharTextBox.before(s, 0)).isZero();
    }
}
