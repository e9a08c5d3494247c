package org.truce.shared.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names that could pass for another name or a bot's label are refused, invisible characters are
 * refused in names and dropped from chat (issue 7, case 24 and its siblings): the exact strings
 * a tester got through.
 */
class PlainTextTest {

    @Test
    void lookAlikeLettersAndFullwidthFormsCannotPassForAPartyOrABot() {
        // Cyrillic а in "Ukrаine", Cyrillic о in "bоt": one word mixing alphabets is refused outright
        assertThat(PlainText.nameProblem("Ukr\u0430ine")).isEqualTo(
                "mixes Latin and Cyrillic letters in the word 'Ukr\u0430ine', so it could pass for another name: write each word in one alphabet");
        assertThat(PlainText.nameProblem("Ukraine (b\u043Et)")).startsWith("mixes Latin and Cyrillic letters in the word '(b\u043Et)'");
        assertThat(PlainText.nameProblem("Ukra\u03B9ne")).startsWith("mixes Latin and Greek letters");
        // fullwidth forms: NFKC makes "Ukraine（bot）" end in "(bot)"
        assertThat(PlainText.nameProblem("Ukraine\uFF08bot\uFF09")).isEqualTo(
                "may not end in \"(bot)\" or \"(stand-in)\": those mark the game's bots");
        assertThat(PlainText.nameProblem("Ana (\u0412\u041E\u0422)")).startsWith("may not end in"); // ВОТ, all Cyrillic
        assertThat(PlainText.nameProblem("Ana (\uFF53\uFF54\uFF41\uFF4E\uFF44-in)")).startsWith("may not end in");
        // a name that is a party's name in another form: the same skeleton
        assertThat(PlainText.sameName("\uFF35\uFF2B\uFF32\uFF21\uFF29\uFF2E\uFF25", "Ukraine")).isTrue(); // ＵＫＲＡＩＮＥ
        assertThat(PlainText.sameName("Ukr\u0430ine", "Ukraine")).isTrue();
        assertThat(PlainText.sameName("\u0421\u041E\u0421\u0410", "Coca")).isTrue(); // СОСА, all Cyrillic
        assertThat(PlainText.sameName("  UKRAINE ", "Ukraine")).isTrue();
        assertThat(PlainText.sameName("Ukrainer", "Ukraine")).isFalse();
        assertThat(Skeleton.of("Ukraine\uFF08b\u03BFt\uFF09")).isEqualTo("ukraine(bot)");
    }

    @Test
    void namesInOneAlphabetAreWelcomeWhateverTheAlphabet() {
        for (String ok : new String[] {"\u041E\u043B\u0435\u043D\u0430", "\u041E\u043B\u0435\u043D\u0430 Kovalenko", "\u674E\u534E",
                "\u03A3\u03BF\u03C6\u03AF\u03B1", "Ana Botha", "Jos\u00E9 M\u00FCller", "Ana \uD83D\uDC4D \u51C6\u5907", "R2-D2 (team 3)",
                "\u0423\u043A\u0440\u0430\u0457\u043D\u0430-2"}) {
            assertThat(PlainText.nameProblem(ok)).as(ok).isNull();
        }
    }

    @Test
    void invisibleAndBlankLookingCharactersAreRefusedInNames() {
        for (String bad : new String[] {"Ana\u034F", "Ana\u17B4", "Ana\uFE0F", "Ana\u00AD", "Ana\u180E", "A\u2064na", "Ana\uDB40\uDC01",
                "\u2764\uFE0F", "\uD83D\uDC68\u200D\uD83D\uDC69"}) {
            assertThat(PlainText.nameProblem(bad)).as(bad)
                    .isEqualTo("must be plain text on one line: no control, invisible or direction characters");
        }
        for (String blank : new String[] {"Ana\u2800", "Ana\u00A0Botha", "\u3000Ana", "Ana\u2003B"}) {
            assertThat(PlainText.nameProblem(blank)).as(blank).startsWith("may not contain blank-looking characters");
        }
    }

    @Test
    void chatDropsInvisibleCharactersButKeepsEmojiSequencesWhole() {
        assertThat(PlainText.withoutInvisible("Ana\u034F ok\u17B4 x\uFE0F y\u200Dz \u00AD!")).isEqualTo("Ana ok x yz !");
        // emoji style and joiners stay where they make one emoji: ❤️, 1️⃣, 👨‍👩‍👧, 🏳️‍🌈, 👍🏽‍ (no partner: dropped)
        String heart = "\u2764\uFE0F";
        String keycap = "1\uFE0F\u20E3";
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String rainbow = "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08";
        String scotland = "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F";
        String text = "ok " + heart + " " + keycap + " " + family + " " + rainbow + " " + scotland;
        assertThat(PlainText.withoutInvisible(text)).isEqualTo(text);
        assertThat(PlainText.isPlainChat(text)).isTrue();
        assertThat(PlainText.withoutInvisible("\uD83D\uDC4D\u200D ok")).isEqualTo("\uD83D\uDC4D ok");
        assertThat(PlainText.withoutInvisible("a\u200D\uD83D\uDC4D")).isEqualTo("a\uD83D\uDC4D");
        assertThat(PlainText.withoutInvisible("a\uDB40\uDC67b")).isEqualTo("ab");
        assertThat(PlainText.isPlainChat("ok\u200Dx")).isFalse();
    }

    @Test
    void aChatLineOfBlanksLooksBlank() {
        assertThat(PlainText.looksBlank("\u2800")).isTrue();
        assertThat(PlainText.looksBlank(" \u3000\u00A0\u2800\u2003")).isTrue();
        assertThat(PlainText.looksBlank("\u2800 a")).isFalse();
    }

    @Test
    void emojiSequencesShowAsOneThingWithNoStrayBlanks() {
        assertThat(PlainText.printable("\u2764\uFE0F end")).isEqualTo("\u2764 end"); // ❤️ end
        assertThat(PlainText.printable("ok \uD83D\uDC4D\uD83C\uDFFD!")).isEqualTo("ok \uD83D\uDC4D!"); // 👍🏽 → 👍
        // 👨‍👩‍👧: one stand-in, two columns as the emoji
        assertThat(PlainText.printable("a \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 b")).isEqualTo("a \uFF1F b");
        // 🏳️‍🌈 and the flag of Wales (black flag + tags)
        assertThat(PlainText.printable("\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08.")).isEqualTo("\uFF1F.");
        assertThat(PlainText.printable("\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73\uDB40\uDC7F!"))
                .isEqualTo("\uFF1F!");
        // what chat drops, a screen drops too; control characters still become spaces
        assertThat(PlainText.printable("a\u200Bb\u202Ec")).isEqualTo("abc");
        assertThat(PlainText.printable("a\nb\u001Bc")).isEqualTo("a b c");
        assertThat(PlainText.printable("ok \uD83D\uDC4D \u51C6\u5907\u597D\u4E86")).isEqualTo("ok \uD83D\uDC4D \u51C6\u5907\u597D\u4E86");
    }

    @Test
    void combiningMarksShowComposedOrNotAtAll() {
        assertThat(PlainText.printable("e\u0301")).isEqualTo("\u00E9"); // é
        assertThat(PlainText.printable("A1 e\u0301e\u0301e\u0301 end|")).isEqualTo("A1 \u00E9\u00E9\u00E9 end|");
        assertThat(PlainText.printable("1\uFE0F\u20E3!")).isEqualTo("1!"); // 1️⃣: the keycap has no cell of its own
        assertThat(PlainText.printable("\u0E01\u0E34\u0E4A.")).isEqualTo("\u0E01."); // Thai กิ๊
        assertThat(PlainText.printable("U\u0336kraine")).isEqualTo("Ukraine");
        for (String s : new String[] {"A1 e\u0301e\u0301e\u0301 end|", "1\uFE0F\u20E3", "\u0E01\u0E34\u0E4A",
                "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"}) {
            String shown = PlainText.printable(s);
            // every code point shown takes a column of its own, so the measure is the drawing
            assertThat(shown.codePoints().allMatch(cp -> org.truce.shared.text.TextWidth.of(cp) > 0)).as(s).isTrue();
        }
    }

    @Test
    void tagsAfterABlackFlagStayOnlyAsAValidFlag() {
        String black = "\uD83C\uDFF4";
        String tagA = "\uDB40\uDC41"; // U+E0041 TAG LATIN CAPITAL LETTER A: no flag uses it
        String tagG = "\uDB40\uDC67";
        String cancel = "\uDB40\uDC7F";
        assertThat(PlainText.withoutInvisible(black + tagA + " hi")).isEqualTo(black + " hi");
        assertThat(PlainText.withoutInvisible(black + tagG + tagA + cancel + "x")).isEqualTo(black + "x");
        assertThat(PlainText.withoutInvisible(black + tagG + tagG + "x")).isEqualTo(black + "x"); // no cancel tag
        assertThat(PlainText.withoutInvisible(black + cancel + "x")).isEqualTo(black + "x"); // no tag letter
        assertThat(PlainText.withoutInvisible(black + tagG.repeat(8) + cancel)).isEqualTo(black); // more than 7
        assertThat(PlainText.withoutInvisible(black + tagG.repeat(400) + cancel)).isEqualTo(black);
        assertThat(PlainText.withoutInvisible(black + tagG.repeat(7) + cancel)).isEqualTo(black + tagG.repeat(7) + cancel);
        assertThat(PlainText.isPlainChat(black + tagA)).isFalse();
        assertThat(PlainText.printable(black + tagA + "!")).isEqualTo(black + "!");
    }

    @Test
    void namesInSpecialFormsOrMarkedOrUndrawableAreRefused() {
        assertThat(PlainText.nameProblem("\uFF21\uFF4E\uFF41")).isEqualTo( // Ａｎａ
                "uses special forms of characters (fullwidth, styled or combined letters, ligatures): write it in ordinary letters: 'Ana'");
        assertThat(PlainText.nameProblem("\uFF22\uFF25\uFF2E")).endsWith("write it in ordinary letters: 'BEN'"); // ＢＥＮ
        assertThat(PlainText.nameProblem("\u210C")).endsWith("write it in ordinary letters: 'H'"); // ℌ
        assertThat(PlainText.nameProblem("\uFB01re")).endsWith("write it in ordinary letters: 'fire'"); // ﬁre
        assertThat(PlainText.nameProblem("Jose\u0301")).endsWith("write it in ordinary letters: 'Jos\u00E9'");
        assertThat(PlainText.nameProblem("U\u0336kraine")).isEqualTo( // U̶kraine
                "puts a combining mark on the letter 'U', which could hide or fake a letter: write letters with their accents as single characters");
        assertThat(PlainText.nameProblem("\u041E\u0336\u043B\u0435\u043D\u0430")).startsWith("puts a combining mark on the letter '\u041E'");
        for (String odd : new String[] {"Ana\uE000", "\uDB80\uDC00x", "Ana\uFFFC", "Ana\uFFFD", "Ana\u0378"}) {
            assertThat(PlainText.nameProblem(odd)).as(odd).isEqualTo(
                    "may not contain private-use, unassigned or replacement characters (U+FFFC, U+FFFD): screens draw them differently or not at all");
        }
        for (String you : new String[] {"Ukraine (you)", "Ana (you)", "Ana ( YOU )", "Ana \uFF08you\uFF09"}) {
            assertThat(PlainText.nameProblem(you)).as(you).isEqualTo("may not end in \"(you)\": that marks each player's own seat on their screen");
        }
        // scripts written with marks keep them: Thai กิ๊, Hindi हिंदी
        assertThat(PlainText.nameProblem("\u0E01\u0E34\u0E4A")).isNull();
        assertThat(PlainText.nameProblem("\u0939\u093F\u0902\u0926\u0940")).isNull();
        assertThat(PlainText.nameProblem("Jos\u00E9 (you know)")).isNull();
    }

    @Test
    void blankLookingNamesAreRefusedAlike() {
        for (String blank : new String[] {"", "\u3000", "\u00A0", "\u2800", " \u2003 "}) {
            assertThat(PlainText.nameProblem(blank)).as(blank).isEqualTo(PlainText.BLANK_NAME);
        }
    }
}
