package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.shared.text.TextWidth;
import picocli.CommandLine;

/** Every command's --help reads cleanly at 80 columns: paragraphs wrap evenly, examples stay whole. */
class HelpLayoutTest {

    @Test
    void everyHelpWrapsEvenlyAndKeepsExamplesWhole() {
        CommandLine root = new CommandLine(new TruceMain());
        List<CommandLine> all = new java.util.ArrayList<>(root.getSubcommands().values());
        all.add(root);
        for (CommandLine c : all) {
            String name = c.getCommandName();
            List<String> lines = c.getUsageMessage(CommandLine.Help.Ansi.OFF).lines().toList();
            boolean examples = false;
            for (int i = 0; i < lines.size(); i++) {
                String a = lines.get(i);
                assertThat(TextWidth.cols(a)).as("%s: %s", name, a).isLessThanOrEqualTo(80);
                if (a.startsWith("Examples:")) {
                    examples = true;
                } else if (examples && !a.isBlank()) {
                    assertThat(a).as("%s: an example cut in two", name).startsWith("  truce ");
                }
                if (i + 1 < lines.size()) {
                    String b = lines.get(i + 1);
                    // a sentence going on with a word that would have fitted on the line above: a hand-made break
                    if (!b.isEmpty() && !b.startsWith(" ") && !a.isBlank() && !a.startsWith(" ") && !a.startsWith("Usage:") && !a.matches(".*[.:!?]$")) {
                        String word = b.split(" ")[0];
                        assertThat(TextWidth.cols(a) + 1 + TextWidth.cols(word)).as("%s: ragged at%n%s%n%s", name, a, b)
                                .isGreaterThan(80);
                    }
                }
            }
        }
    }
}
