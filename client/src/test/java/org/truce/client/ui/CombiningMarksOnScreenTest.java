package org.truce.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.truce.client.model.Table;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * A chat line with a decomposed "é" (e + U+0301), a keycap "1️⃣" or Thai tone marks takes on
 * screen the columns it is measured in: no stray blanks, and the L log dialog keeps its right
 * border (issue 7, F3).
 */
class CombiningMarksOnScreenTest {

    @Test
    @Timeout(30)
    void decomposedLettersKeepTheLogDialogsBorder() throws Exception {
        Scenario scenario = ScenarioLoader.builtIn("paris-summit-4");
        Table t = new Table(scenario, "RU", 8);
        try (HandFedScreen sc = new HandFedScreen()) {
            sc.send(List.of(new ServerMessage.Joined("ROOM", "RU", "tok", scenario.brief("RU"), scenario.info()), t.state(),
                    new ServerMessage.Said("UA", "all", "A1 e\u0301e\u0301e\u0301 end|", 1, null, null),
                    new ServerMessage.Said("UA", "all", "B2 1\uFE0F\u20E3 \u0E01\u0E34\u0E4A end|", 1, null, null)));
            String table = sc.v.waitFor("A1 \u00E9\u00E9\u00E9 end|", 5000);
            assertThat(table).contains("B2 1 \u0E01 end|");
            sc.v.key('l');
            String s = sc.v.waitFor("Talk and events", 5000);
            List<String> rows = s.lines().filter(r -> r.contains("end|")).toList();
            // in the dialog and the table's log: two chat lines each
            assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
            String a = rows.stream().filter(r -> r.contains("A1 \u00E9\u00E9\u00E9 end|")).reduce((x, y) -> y).orElseThrow();
            String b = rows.stream().filter(r -> r.contains("B2 1 \u0E01 end|")).reduce((x, y) -> y).orElseThrow();
            assertThat(a).doesNotContain("\u0301");
            // the dialog's lines end at one column, in its border
            assertThat(a.stripTrailing()).hasSameSizeAs(b.stripTrailing());
            assertThat(a.stripTrailing().charAt(a.stripTrailing().length() - 1)).isEqualTo(
                    b.stripTrailing().charAt(b.stripTrailing().length() - 1));
        }
    }
}
