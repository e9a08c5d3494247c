package org.truce.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.analysis.PartyResult;
import org.truce.shared.engine.Command;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.Game;
import org.truce.shared.engine.Outcome;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioLoader;

/**
 * {@code truce report}'s writer on a data dir of real games played through the engine and journaled
 * through {@link JournalFile}: one deal, one no deal, one with news fired, one still in play, one corrupt.
 */
class ReportWriterTest {
    @TempDir
    static Path data;
    static Scenario scenario;
    static ReportWriter.Result result;
    static Game deal;
    static Game noDeal;
    static Game news;
    static String lastRejecter;

    @BeforeAll
    static void playAndReport() throws Exception {
        scenario = ScenarioLoader.builtIn("paris-summit");
        Files.createDirectories(data.resolve("rooms"));
        Map<String, String> nash = scenario.space().toTerms(Analysis.of(scenario).nash(1));
        deal = new Game(scenario.info());
        deal.start(6, 1);
        must(deal, new Command.Say(deal.state().pen(), "all", "Let us settle this today."));
        must(deal, new Command.Say(deal.state().pen(), scenario.info().partyIds().get(1), "a private line nobody else sees"));
        draftAndVote(deal, nash, false);
        journal("DEALA", deal, 6);

        noDeal = new Game(scenario.info());
        noDeal.start(2, 2);
        draftAndVote(noDeal, nash, true);
        lastRejecter = draftAndVote(noDeal, nash, true);
        journal("NODEAL", noDeal, 2);

        news = new Game(scenario.info());
        news.start(6, 3);
        must(news, new Command.FireInject(scenario.injects().get(0)));
        must(news, new Command.Announce("Ten minutes left before the break."));
        Scenario after = scenario.after(List.of(((Event.InjectFired) news.events().stream()
                .filter(e -> e instanceof Event.InjectFired).findFirst().orElseThrow()).fired()));
        Map<String, String> first = scenario.space().toTerms(Analysis.of(after).paretoFrontier()[0]);
        draftAndVote(news, first, true);
        draftAndVote(news, scenario.space().toTerms(Analysis.of(after).nash(2)), false);
        journal("NEWSY", news, 6);

        Game open = new Game(scenario.info());
        open.start(6, 4);
        must(open, new Command.Propose(open.state().pen(), 1, nash));
        journal("OPEN1", open, 6);
        Files.writeString(data.resolve("rooms/BROKE.jsonl"), "{\"log\":\"room\",\"code\":\"BROKE\"}\n{not json}\n");

        result = ReportWriter.write(data, data.resolve("reports"), List.of());
    }

    private static void must(Game g, Command c) {
        Outcome o = g.handle(c);
        assertTrue(o.isAccepted(), () -> c + " refused: " + o.rejection());
    }

    /** The pen tables {@code terms}; everyone accepts, or (reject) all but the first voter; returns the rejecter. */
    private static String draftAndVote(Game g, Map<String, String> terms, boolean reject) {
        int round = g.state().round();
        must(g, new Command.Propose(g.state().pen(), round, terms));
        List<String> voters = List.copyOf(g.state().pendingVoters());
        String rejecter = reject ? voters.get(0) : null;
        for (String p : voters) {
            must(g, new Command.Vote(p, round, !p.equals(rejecter)));
        }
        return rejecter;
    }

    private static void journal(String code, Game g, int rounds) throws Exception {
        try (JournalFile j = JournalFile.open(JournalFile.fileFor(data.resolve("rooms"), code))) {
            j.setup(new JournalFile.Setup(code, "paris-summit", rounds, 180, 90, "normal", 1, 0, Map.of(), "key", 1L));
            j.seat(new JournalFile.SeatTaken(scenario.info().partyIds().get(0), "Ana", "tok-" + code));
            for (Event e : g.events()) {
                j.events(List.of(e));
            }
        }
    }

    private static JsonObject json(String code) throws Exception {
        return JsonParser.parseString(Files.readString(data.resolve("reports/" + code + ".json"))).getAsJsonObject();
    }

    @Test
    void finishedRoomsAreReportedOthersListed() throws Exception {
        assertEquals(List.of("DEALA", "NEWSY", "NODEAL"), result.reported());
        assertEquals(List.of("OPEN1"), result.inProgress());
        assertEquals(1, result.problems().size(), result.problems()::toString);
        assertTrue(result.problems().get(0).startsWith("BROKE: "), result.problems().get(0));
        assertEquals("BROKE: the room log " + data.resolve("rooms/BROKE.jsonl") + " cannot be read (a line at byte 0 is not a journal line)",
                result.problems().get(0));
        for (String code : result.reported()) {
            assertTrue(Files.readString(data.resolve("reports/" + code + ".md")).startsWith("# Room " + code));
            assertNotNull(json(code));
        }
        assertFalse(Files.exists(data.resolve("reports/OPEN1.json")));
        if (OwnerOnly.POSIX) {
            assertEquals(OwnerOnly.FILE, Files.getPosixFilePermissions(data.resolve("reports/class.csv")));
        }
    }

    @Test
    void dealFiguresMatchTheAnalysis() throws Exception {
        JsonObject r = json("DEALA");
        assertTrue(r.get("deal").getAsBoolean());
        AgreementAnalysis a = Analysis.of(scenario).assess(deal.state().agreement(), deal.state().round());
        checkParties(r, a.results());
        assertEquals(a.paretoOptimal(), r.get("paretoOptimal").getAsBoolean());
        assertEquals(a.distanceToNash(), r.get("distanceToNash").getAsDouble(), 1e-9);
        assertEquals("Ana", r.getAsJsonArray("parties").get(0).getAsJsonObject().get("player").getAsString());
        String all = Files.readString(data.resolve("reports/DEALA.md")) + r;
        assertTrue(all.contains("Let us settle this today."));
        assertFalse(all.contains("private line"), "private chat stays out of the report");
        // will the truce hold: the scenario's epilogue of the agreed terms, in the Markdown and the JSON
        org.truce.shared.analysis.Epilogue e = org.truce.shared.analysis.Epilogue.of(scenario, deal.state().agreement());
        assertTrue(all.contains("## Will the truce hold?") && all.contains(e.headline()) && all.contains("not a forecast"), all);
        assertEquals(e.index().intValue(), r.getAsJsonObject("epilogue").get("index").getAsInt());
    }

    @Test
    void noDealNamesWhoRejectedTheLastDraftAndItsWorth() throws Exception {
        JsonObject r = json("NODEAL");
        assertFalse(r.get("deal").getAsBoolean());
        assertFalse(r.has("agreement"));
        AgreementAnalysis a = Analysis.of(scenario).assess(null, noDeal.state().round());
        checkParties(r, a.results());
        String rejecter = lastRejecter;
        JsonObject why = r.getAsJsonObject("noDeal");
        assertEquals(rejecter, why.getAsJsonArray("rejectedBy").get(0).getAsString());
        double worth = scenario.utility(rejecter).value(scenario.space().fromTerms(
                scenario.space().toTerms(Analysis.of(scenario).nash(1)), (p, m) -> { }));
        assertEquals(worth, why.getAsJsonObject("worth").get(rejecter).getAsDouble(), 0.01);
        assertTrue(Files.readString(data.resolve("reports/NODEAL.md")).contains("was turned down by "
                + scenario.info().party(rejecter).name()));
    }

    @Test
    void newsChangesTheFiguresAndIsListed() throws Exception {
        JsonObject r = json("NEWSY");
        Event.InjectFired fired = (Event.InjectFired) news.events().stream().filter(e -> e instanceof Event.InjectFired)
                .findFirst().orElseThrow();
        Scenario after = scenario.after(List.of(fired.fired()));
        AgreementAnalysis a = Analysis.of(after).assess(news.state().agreement(), news.state().round());
        checkParties(r, a.results());
        assertEquals(a.distanceToNash(), r.get("distanceToNash").getAsDouble(), 1e-9);
        assertEquals(fired.title(), r.getAsJsonArray("injects").get(0).getAsJsonObject().get("title").getAsString());
        assertEquals(1, r.getAsJsonArray("announcements").size());
        JsonArray drafts = r.getAsJsonArray("drafts");
        assertEquals(2, drafts.size());
        assertEquals("rejected", drafts.get(0).getAsJsonObject().get("result").getAsString());
        assertEquals("agreed", drafts.get(1).getAsJsonObject().get("result").getAsString());
        assertTrue(r.get("explanation").getAsString().contains("Nash"));
    }

    @Test
    void classFilesCompareTheRooms() throws Exception {
        List<String> csv = Files.readAllLines(data.resolve("reports/class.csv"), StandardCharsets.UTF_8);
        assertEquals(4, csv.size());
        int columns = csv.get(0).split(",", -1).length;
        assertEquals(4 + scenario.terms().size() + 2 * scenario.parties().size() + 1, columns); // score_ and share_ per party
        for (String line : csv) {
            assertEquals(columns, line.split(",", -1).length, line);
        }
        String dealRow = csv.stream().filter(l -> l.startsWith("DEALA,")).findFirst().orElseThrow();
        Map<String, PartyResult> res = Analysis.of(scenario).assess(deal.state().agreement(), deal.state().round()).results();
        assertTrue(dealRow.contains("," + res.get(scenario.info().partyIds().get(0)).score() + ","), dealRow);
        String last = scenario.info().partyIds().get(scenario.info().partyIds().size() - 1);
        assertTrue(dealRow.contains("," + res.get(last).share() + ","), dealRow);
        String md = Files.readString(data.resolve("reports/class.md"));
        assertTrue(md.lines().anyMatch(l -> l.startsWith("| NODEAL | ") && l.contains(" | paris-summit | no |")), md);
        // the scenario's discussion questions close the class report
        assertTrue(md.contains("## Questions for the class") && md.contains("1. " + scenario.questions().get(0)), md);
        assertTrue(md.contains("Most contested: "), md);
        // people read names, not ids: the terms' and parties' names head the columns, options by name
        var firstTerm = scenario.info().terms().get(0);
        assertTrue(md.contains("| " + firstTerm.name() + " |"), md);
        assertTrue(md.contains("Score " + scenario.info().parties().get(0).name() + " |"), md);
        String agreedFirst = deal.state().agreement().toString();
        var option = firstTerm.options().get(deal.state().agreement().choice(0));
        String dealLine = md.lines().filter(l -> l.startsWith("| DEALA |")).findFirst().orElseThrow();
        assertTrue(dealLine.contains("| " + option.label() + " |"), dealLine + " " + agreedFirst);
    }

    private static void checkParties(JsonObject r, Map<String, PartyResult> expected) {
        List<String> seen = new ArrayList<>();
        for (JsonElement e : r.getAsJsonArray("parties")) {
            JsonObject p = e.getAsJsonObject();
            PartyResult x = expected.get(p.get("id").getAsString());
            assertEquals(x.utility(), p.get("utility").getAsDouble(), 1e-9);
            assertEquals(x.noDeal(), p.get("noDeal").getAsDouble(), 1e-9);
            assertEquals(x.score(), p.get("score").getAsDouble(), 1e-9);
            seen.add(p.get("id").getAsString());
        }
        assertEquals(List.copyOf(expected.keySet()), seen);
    }
}
