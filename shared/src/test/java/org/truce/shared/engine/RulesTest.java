package org.truce.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.truce.shared.TestScenarios;
import org.truce.shared.json.Json;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

class RulesTest {
    private final ScenarioInfo info = TestScenarios.paris().info();
    private Game game;

    @BeforeEach
    void start() {
        game = new Game(info);
        game.start(3, 42);
    }

    private Map<String, String> all(String option) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Term t : info.terms()) {
            m.put(t.id(), option);
        }
        return m;
    }

    private RejectReason rejected(Command c) {
        Outcome o = game.handle(c);
        assertThat(o.isAccepted()).as("expected a rejection of %s", c).isFalse();
        assertThat(o.rejection().message()).isNotBlank();
        return o.rejection().reason();
    }

    private void accepted(Command c) {
        Outcome o = game.handle(c);
        assertThat(o.rejection()).as("rejection of %s", c).isNull();
    }

    private void voteAll(boolean accept) {
        for (String p : info.partyIds()) {
            if (!p.equals(game.state().pen())) {
                accepted(new Command.Vote(p, game.state().round(), accept));
            }
        }
    }

    @Test
    void roundOneStartsWithTheFirstPartyHoldingThePen() {
        assertThat(game.state().phase()).isEqualTo(Phase.PROPOSING);
        assertThat(game.state().round()).isEqualTo(1);
        assertThat(game.state().pen()).isEqualTo("UA");
    }

    @Test
    void unanimousAcceptanceEndsTheGameWithTheAgreement() {
        accepted(new Command.Propose("UA", 1, all("c")));
        assertThat(game.state().phase()).isEqualTo(Phase.VOTING);
        assertThat(game.state().votes().get("UA")).isEqualTo(VoteStatus.ACCEPTED);
        voteAll(true);
        assertThat(game.state().isOver()).isTrue();
        assertThat(game.state().agreement()).isEqualTo(info.space().fromTerms(all("c"), (k, m) -> { }));
        assertThat(game.events().get(game.events().size() - 1)).isInstanceOf(Event.Agreed.class);
    }

    @Test
    void oneRejectionPassesThePenToTheNextPartyInTurnOrder() {
        accepted(new Command.Propose("UA", 1, all("c")));
        accepted(new Command.Vote("RU", 1, false));
        for (String p : List.of("US", "FR", "UK", "DE")) {
            accepted(new Command.Vote(p, 1, true));
        }
        assertThat(game.state().round()).isEqualTo(2);
        assertThat(game.state().pen()).isEqualTo("RU");
        assertThat(game.state().phase()).isEqualTo(Phase.PROPOSING);
        assertThat(game.state().history()).hasSize(1);
        assertThat(game.state().history().get(0).votes().get("RU")).isEqualTo(VoteStatus.REJECTED);
    }

    @Test
    void afterTheLastRoundWithoutAgreementTheGameEndsInNoDeal() {
        for (int r = 1; r <= 3; r++) {
            accepted(new Command.Propose(game.state().pen(), r, all("b")));
            voteAll(false);
        }
        assertThat(game.state().isOver()).isTrue();
        assertThat(game.state().agreement()).isNull();
        assertThat(game.events().get(game.events().size() - 1)).isInstanceOf(Event.NoDealReached.class);
    }

    @Test
    void thePenHolderMayReTableAnEarlierPackage() {
        accepted(new Command.Propose("UA", 1, all("c")));
        voteAll(false);
        accepted(new Command.Propose("RU", 2, all("c")));
        assertThat(game.state().draft().by()).isEqualTo("RU");
    }

    @Test
    void everyRejectionReasonIsTypedNeverThrown() {
        Game lobby = new Game(info);
        assertThat(lobby.handle(new Command.Propose("UA", 1, all("c"))).rejection().reason()).isEqualTo(RejectReason.NOT_STARTED);

        assertThat(rejected(new Command.Propose("XX", 1, all("c")))).isEqualTo(RejectReason.UNKNOWN_PARTY);
        assertThat(rejected(new Command.Propose("UA", 2, all("c")))).isEqualTo(RejectReason.WRONG_ROUND);
        assertThat(rejected(new Command.Propose("RU", 1, all("c")))).isEqualTo(RejectReason.NOT_YOUR_PEN);
        Map<String, String> unknownTerm = new HashMap<>(all("c"));
        unknownTerm.put("crimea", "a");
        assertThat(rejected(new Command.Propose("UA", 1, unknownTerm))).isEqualTo(RejectReason.UNKNOWN_TERM);
        Map<String, String> unknownOption = new HashMap<>(all("c"));
        unknownOption.put("nato", "z");
        assertThat(rejected(new Command.Propose("UA", 1, unknownOption))).isEqualTo(RejectReason.UNKNOWN_OPTION);
        Map<String, String> missing = new HashMap<>(all("c"));
        missing.remove("sanctions");
        assertThat(rejected(new Command.Propose("UA", 1, missing))).isEqualTo(RejectReason.MISSING_TERM);
        assertThat(rejected(new Command.Propose("UA", 1, null))).isEqualTo(RejectReason.MISSING_TERM);
        assertThat(rejected(new Command.Vote("RU", 1, true))).isEqualTo(RejectReason.NOTHING_TO_VOTE);
        assertThat(rejected(new Command.Timeout(1, Phase.VOTING))).isEqualTo(RejectReason.WRONG_PHASE);
        assertThat(rejected(new Command.Timeout(2, Phase.PROPOSING))).isEqualTo(RejectReason.WRONG_ROUND);
        assertThat(rejected(new Command.Say("UA", "XX", "hello"))).isEqualTo(RejectReason.UNKNOWN_RECIPIENT);
        assertThat(rejected(new Command.Say("UA", "UA", "to myself"))).isEqualTo(RejectReason.UNKNOWN_RECIPIENT);
        assertThat(rejected(new Command.Say("UA", "all", "   "))).isEqualTo(RejectReason.BAD_TEXT);
        assertThat(rejected(new Command.Say("UA", "all", "x".repeat(Rules.MAX_TEXT + 1)))).isEqualTo(RejectReason.BAD_TEXT);
        assertThat(rejected(new Command.Say("XX", "all", "hi"))).isEqualTo(RejectReason.UNKNOWN_PARTY);

        accepted(new Command.Propose("UA", 1, all("c")));
        assertThat(rejected(new Command.Propose("UA", 1, all("d")))).isEqualTo(RejectReason.NOT_PROPOSING);
        assertThat(rejected(new Command.Vote("UA", 1, true))).isEqualTo(RejectReason.PEN_HOLDER_CANNOT_VOTE);
        assertThat(rejected(new Command.Vote("RU", 3, true))).isEqualTo(RejectReason.WRONG_ROUND);
        assertThat(rejected(new Command.Vote("XX", 1, true))).isEqualTo(RejectReason.UNKNOWN_PARTY);
        accepted(new Command.Vote("RU", 1, false));
        assertThat(rejected(new Command.Vote("RU", 1, true))).isEqualTo(RejectReason.ALREADY_VOTED);
        for (String p : List.of("US", "FR", "UK", "DE")) {
            accepted(new Command.Vote(p, 1, true));
        }
        for (int r = 2; r <= 3; r++) {
            accepted(new Command.Propose(game.state().pen(), r, all("b")));
            voteAll(false);
        }
        assertThat(rejected(new Command.Propose("FR", 4, all("c")))).isEqualTo(RejectReason.GAME_OVER);
        assertThat(rejected(new Command.Vote("FR", 3, true))).isEqualTo(RejectReason.GAME_OVER);
        // chat stays open after the end, for the debrief
        accepted(new Command.Say("FR", "all", "well played"));
    }

    @Test
    void aPenHolderWhoRunsOutOfTimeReTablesTheLatestDraft() {
        accepted(new Command.Propose("UA", 1, all("c")));
        voteAll(false);
        accepted(new Command.Timeout(2, Phase.PROPOSING));
        Draft d = game.state().draft();
        // still UA's draft: the clock put it back, RU did not write it
        assertThat(d.by()).isEqualTo("UA");
        assertThat(d.round()).isEqualTo(2);
        assertThat(d.automatic()).isTrue();
        assertThat(info.space().toTerms(d.pkg())).isEqualTo(all("c"));
        // the clock did not sign RU (or UA) up to it: they vote like everyone else
        assertThat(game.state().votes().get("RU")).isEqualTo(VoteStatus.PENDING);
        assertThat(game.state().votes().get("UA")).isEqualTo(VoteStatus.PENDING);
        // re-tabled again in round 3: the author is still UA, and the round closes under UA's name
        accepted(new Command.Timeout(2, Phase.VOTING));
        accepted(new Command.Timeout(3, Phase.PROPOSING));
        assertThat(game.state().draft().by()).isEqualTo("UA");
        assertThat(game.state().history().get(1).draft().by()).isEqualTo("UA");
        assertThat(game.state().history().get(1).pen()).isEqualTo("RU");
    }

    /**
     * A stand-in's draft and vote are marked in their events, through the room log's JSON and a
     * replay, into the round's record (and a re-tabling keeps the mark); the player's own are not;
     * a log written before the mark existed replays as no stand-in.
     */
    @Test
    void aStandInsDraftAndVoteStayMarkedThroughTheLogAndReplay() {
        List<Event> events = new ArrayList<>(game.handle(new Command.Propose("UA", 1, all("c"), true)).events());
        assertThat(game.state().draft().standIn()).isTrue();
        events.addAll(game.handle(new Command.Vote("RU", 1, false, true)).events());
        events.addAll(game.handle(new Command.Vote("US", 1, false)).events());
        assertThat(game.state().standIns()).containsExactly("RU");
        for (String p : List.of("FR", "UK", "DE")) {
            events.addAll(game.handle(new Command.Vote(p, 1, true)).events());
        }
        events.addAll(game.handle(new Command.Timeout(2, Phase.PROPOSING)).events());
        assertThat(events).filteredOn(e -> e instanceof Event.Voted v && v.party().equals("US"))
                .singleElement().satisfies(e -> assertThat(((Event.Voted) e).standIn()).isNull());
        List<Event> read = new ArrayList<>();
        read.add(new Event.GameStarted(info.id(), 3, info.partyIds(), 42));
        for (Event e : events) {
            String line = EventCodec.toJson(e).toString();
            if (e instanceof Event.Voted v && v.party().equals("US")) {
                assertThat(line).doesNotContain("standIn"); // only a stand-in's move carries the field
            }
            read.add(EventCodec.fromJson(com.google.gson.JsonParser.parseString(line).getAsJsonObject()));
        }
        GameState replayed = Game.replay(info, read).state();
        RoundRecord r1 = replayed.history().get(0);
        assertThat(r1.standIns()).containsExactly("RU");
        assertThat(r1.draft().standIn()).isTrue();
        assertThat(replayed.draft().standIn()).as("the clock re-tabled the stand-in's draft").isTrue();
        assertThat(replayed).isEqualTo(game.state());

        Game old = Game.replay(info, List.of(new Event.GameStarted(info.id(), 3, info.partyIds(), 42),
                EventCodec.fromJson(com.google.gson.JsonParser.parseString(
                        "{\"type\":\"tabled\",\"round\":1,\"by\":\"UA\",\"terms\":" + Json.gson().toJson(all("c"))
                                + ",\"automatic\":false}").getAsJsonObject()),
                EventCodec.fromJson(com.google.gson.JsonParser.parseString(
                        "{\"type\":\"voted\",\"round\":1,\"party\":\"RU\",\"accept\":false,\"automatic\":false}").getAsJsonObject())));
        assertThat(old.state().draft().standIn()).isFalse();
        assertThat(old.state().standIns()).isEmpty();
    }

    /** Logs written before the author was recorded name the pen holder in a re-tabling: replay still finds the author. */
    @Test
    void aReplayedOldLogGivesTheReTabledDraftToItsAuthor() {
        Game old = Game.replay(info, List.of(
                new Event.GameStarted(info.id(), 3, info.partyIds(), 42),
                new Event.Tabled(1, "UA", all("c"), false),
                new Event.Voted(1, "RU", false, false),
                new Event.RoundFailed(1, List.of("RU"), "rejected"),
                new Event.Tabled(2, "RU", all("c"), true)));
        assertThat(old.state().draft().by()).isEqualTo("UA");
        assertThat(old.state().votes().get("UA")).isEqualTo(VoteStatus.PENDING);
    }

    @Test
    void aDraftReTabledByTheClockIsNotAcceptedForThePenHolder() {
        // RU rejects UA's package, then runs out of time with the pen: the package comes back,
        // everyone else accepts, RU's missing vote counts as a reject — no agreement in RU's name
        accepted(new Command.Propose("UA", 1, all("c")));
        accepted(new Command.Vote("RU", 1, false));
        for (String p : List.of("US", "FR", "UK", "DE")) {
            accepted(new Command.Vote(p, 1, true));
        }
        accepted(new Command.Timeout(2, Phase.PROPOSING));
        for (String p : List.of("UA", "US", "FR", "UK", "DE")) {
            accepted(new Command.Vote(p, 2, true));
        }
        assertThat(game.state().isOver()).isFalse();
        accepted(new Command.Timeout(2, Phase.VOTING));
        assertThat(game.state().isOver()).isFalse();
        assertThat(game.state().history().get(1).votes().get("RU")).isEqualTo(VoteStatus.REJECTED);
        // and if RU does accept the re-tabled package, it may say so itself
        accepted(new Command.Timeout(3, Phase.PROPOSING));
        accepted(new Command.Vote("US", 3, true));
        accepted(new Command.Vote("RU", 3, true));
        assertThat(rejected(new Command.Vote("US", 3, true))).isEqualTo(RejectReason.ALREADY_VOTED);
    }

    @Test
    void chatIsOneLineOfPlainText() {
        assertThat(rejected(new Command.Say("UA", "all", "\u001b[2Jcleared your screen"))).isEqualTo(RejectReason.BAD_TEXT);
        assertThat(rejected(new Command.Say("UA", "all", "ok\nRU: we accept"))).isEqualTo(RejectReason.BAD_TEXT);
        // invisible and direction characters are dropped, not refused: the words get through, unreversed
        List<Event> said = game.handle(new Command.Say("UA", "all", "abc\u202Edcba\u202C \u200Bx\u200F\u2066y\u2069\uFEFF")).events();
        assertThat(((Event.Said) said.get(0)).text()).isEqualTo("abcdcba xy");
        assertThat(rejected(new Command.Say("UA", "all", "\u200B\u200C\u200D"))).isEqualTo(RejectReason.BAD_TEXT);
        accepted(new Command.Say("UA", "all", "Слава Україні — «мир» and 和平"));
        // the whole Default_Ignorable set is dropped; a line of blanks is refused; emoji sequences stay whole
        said = game.handle(new Command.Say("UA", "all", "Ana\u034F ok\u17B4 \u2764\uFE0F x\uFE0F")).events();
        assertThat(((Event.Said) said.get(0)).text()).isEqualTo("Ana ok \u2764\uFE0F x");
        assertThat(rejected(new Command.Say("UA", "all", "\u2800"))).isEqualTo(RejectReason.BAD_TEXT);
        assertThat(rejected(new Command.Say("UA", "all", "\u00A0\u3000\u034F"))).isEqualTo(RejectReason.BAD_TEXT);
        said = game.handle(new Command.Say("UA", "all", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")).events();
        assertThat(((Event.Said) said.get(0)).text()).isEqualTo("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67");
    }

    @Test
    void aTimeoutWithNoDraftEverTabledFailsTheRound() {
        accepted(new Command.Timeout(1, Phase.PROPOSING));
        assertThat(game.state().round()).isEqualTo(2);
        assertThat(game.state().history().get(0).draft()).isNull();
    }

    @Test
    void missingVotesCountAsRejectionsWhenTheVotingClockRunsOut() {
        accepted(new Command.Propose("UA", 1, all("c")));
        accepted(new Command.Vote("RU", 1, true));
        accepted(new Command.Timeout(1, Phase.VOTING));
        RoundRecord r = game.state().history().get(0);
        assertThat(r.votes().get("RU")).isEqualTo(VoteStatus.ACCEPTED);
        assertThat(r.votes().get("US")).isEqualTo(VoteStatus.REJECTED);
        assertThat(game.events()).anySatisfy(e -> assertThat(e).isEqualTo(new Event.Voted(1, "US", false, true)));
        assertThat(game.state().round()).isEqualTo(2);
        // the round remembers whose votes the clock cast, also when replayed from the events
        List<String> byClock = new ArrayList<>(info.partyIds());
        byClock.removeAll(List.of("UA", "RU"));
        assertThat(r.byClock()).isEqualTo(byClock);
        assertThat(GameState.replay(info, game.events()).history().get(0).byClock()).isEqualTo(byClock);
    }

    @Test
    void aRoundWhoseVotesWereAllCastHasNoneByTheClock() {
        accepted(new Command.Propose("UA", 1, all("c")));
        voteAll(false);
        assertThat(game.state().history().get(0).byClock()).isEmpty();
    }

    @Test
    void chatChangesNothingInTheRules() {
        GameState before = game.state();
        accepted(new Command.Say("RU", "US", "a private word"));
        assertThat(game.state()).isEqualTo(before);
        assertThat(game.events().get(game.events().size() - 1)).isEqualTo(new Event.Said(1, "RU", "US", "a private word"));
    }
}
