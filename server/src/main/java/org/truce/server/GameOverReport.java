package org.truce.server;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.shared.analysis.AgreementAnalysis;
import org.truce.shared.analysis.Analysis;
import org.truce.shared.analysis.DraftMark;
import org.truce.shared.analysis.Scoring;
import org.truce.shared.engine.Event;
import org.truce.shared.engine.GameState;
import org.truce.shared.protocol.ServerMessage;
import org.truce.shared.report.DraftMarks;
import org.truce.shared.scenario.Scenario;

/** Builds a room's game_over message: results, analysis, epilogue and the tabled drafts' marks. Runs on the room's executor. */
final class GameOverReport {
    private static final Logger LOG = LoggerFactory.getLogger(GameOverReport.class);

    private final Room room;

    GameOverReport(Room room) {
        this.room = room;
    }

    ServerMessage.GameOver gameOver() {
        GameState g = room.game.state();
        Map<String, String> agreement = g.agreement() == null ? null : room.scenario.space().toTerms(g.agreement());
        return new ServerMessage.GameOver(agreement, g.round(), Scoring.results(room.scenario, g), room.scenario.briefs(),
                analysis(g), org.truce.shared.analysis.Epilogue.of(room.scenario, g.agreement()), draftMarks());
    }

    /** The tabled drafts' marks, computed once the game is over (each join after the end reuses them). */
    private List<DraftMark> draftMarks() {
        List<Event> events = room.game.events();
        if (marks == null || marksAt != events.size()) {
            try {
                marks = List.copyOf(DraftMarks.of(room.baseScenario, events, analysis()));
            } catch (RuntimeException e) {
                LOG.warn("room {}: the drafts' analysis failed; game_over goes without it", room.code, e);
                return null;
            }
            marksAt = events.size();
        }
        return marks;
    }

    /** A scenario changed by news is this room's alone: its analysis is kept here, not in the shared cache. */
    private Analysis analysis() {
        Scenario sc = room.scenario;
        if (sc == room.baseScenario) {
            return Analysis.of(sc);
        }
        if (newsAnalysis == null || newsAnalysis.scenario() != sc) {
            newsAnalysis = Analysis.uncached(sc);
        }
        return newsAnalysis;
    }

    private Analysis newsAnalysis;
    private List<DraftMark> marks;
    private int marksAt;

    private AgreementAnalysis analysis(GameState g) {
        try {
            // exhaustive over the package space, computed once per scenario and cached
            return analysis().assess(g.agreement(), g.round());
        } catch (RuntimeException e) {
            LOG.warn("room {}: analysis failed; game_over goes without it", room.code, e);
            return null;
        }
    }
}
