package org.truce.shared.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.truce.shared.scenario.Brief;
import org.truce.shared.scenario.Lines;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;
import org.truce.shared.scenario.Term;

/**
 * Every bot line of both built-in scenarios, rendered with every term, option and party, reads
 * as English: no singular verb after a plural topic ("sanctions needs work"), no double space,
 * no space before a full stop, no leading or trailing space.
 */
class ChatLinesEnglishTest {
    /** A singular verb right after a topic: "needs", "is", "leaves", "won't" is fine either way. */
    private static final Pattern SINGULAR_VERB = Pattern.compile("^(is|was|has|does|[a-z]+[^s]s)\\b");

    @Test
    void everyTemplateWithEveryTermReadsAsEnglish() throws Exception {
        List<String> bad = new ArrayList<>();
        int rendered = 0;
        for (String id : List.of("paris-summit", "paris-summit-4")) {
            Scenario sc = ScenarioLoader.builtIn(id);
            for (Brief b : sc.briefs().values()) {
                Lines l = b.lines();
                List<String> all = new ArrayList<>();
                for (List<String> part : List.of(l.table(), l.accept(), l.reject(), l.redLine(), l.reply())) {
                    all.addAll(part);
                }
                for (String template : all) {
                    for (int t = 0; t < sc.terms().size(); t++) {
                        Term term = sc.terms().get(t);
                        for (int o = 0; o < term.options().size(); o++) {
                            String s = ChatLines.render(sc.info(), template, t, o, sc.parties().get(0).id());
                            rendered++;
                            String why = problem(s, term.topic(), template);
                            if (why != null) {
                                bad.add(id + " " + b.party() + ": " + why + ": " + s);
                            }
                        }
                    }
                }
            }
        }
        assertThat(rendered).isGreaterThan(1000);
        assertThat(bad).isEmpty();
    }

    private static String problem(String s, String topic, String template) {
        if (s.contains("  ")) {
            return "double space";
        }
        if (s.contains("\u201c\"") || s.contains("\"\u201d") || s.contains("\u201c\u201c")) {
            return "a quotation quoted twice";
        }
        if (s.contains(" .") || s.contains(" ,")) {
            return "space before punctuation";
        }
        if (!s.equals(s.strip())) {
            return "leading or trailing space";
        }
        if (isPlural(topic) && template.contains("{term} ") && !PREPOSITION.matcher(template.substring(0, template.indexOf("{term} "))).find()) {
            String after = template.substring(template.indexOf("{term} ") + 7);
            if (SINGULAR_VERB.matcher(after).find()) {
                return "singular verb after the plural \"" + topic + "\"";
            }
        }
        return null;
    }

    /** The topic follows a preposition ("the text on {term} needs"): it is no subject. */
    private static final Pattern PREPOSITION = Pattern.compile("\\b(on|about|of|for|in|with|to)\\s$");

    /** "sanctions", "Ukraine's armed forces" (not "the US role", not "the legal form of the guarantees"). */
    private static boolean isPlural(String topic) {
        String last = topic.substring(topic.lastIndexOf(' ') + 1);
        return last.endsWith("s") && !last.endsWith("ss") && !last.equals("US") && !topic.contains(" of ");
    }

    @Test
    void aLabelThatIsAQuotationKeepsOnePairOfQuotes() {
        assertThat(ChatLines.quoted("\"Vital and coordinated role\"")).isEqualTo("\u201cVital and coordinated role\u201d");
        assertThat(ChatLines.quoted("Monitoring only")).isEqualTo("\u201cMonitoring only\u201d");
        assertThat(problem("Berlin needs it as \u201c\"Vital\"\u201d.", "it", "x")).isEqualTo("a quotation quoted twice");
    }

    @Test
    void theCheckCatchesTheLinesThatFailed() {
        assertThat(problem("Not this one: sanctions needs work.", "sanctions", "Not this one: {term} needs work.")).isNotNull();
        assertThat(problem("We are close, but sanctions needs a more careful formulation.", "sanctions",
                "We are close, but {term} needs a more careful formulation.")).isNotNull();
        assertThat(problem("Close, but sanctions won't fly.", "sanctions", "Close, but {term} won't fly.")).isNull();
    }
}
