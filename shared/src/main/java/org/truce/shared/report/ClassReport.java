package org.truce.shared.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every room of a class side by side: per room, deal or not, the option each term landed on,
 * each party's score and the distance to Nash; and how contested each term was across the class.
 * {@code terms} and {@code parties}: the columns, in order of first appearance over the rooms (ids);
 * {@code names}: what people read for them, id → name for terms and parties, "term/option" → the
 * option's short label (an id without one is shown as is).
 */
public record ClassReport(List<String> terms, List<String> parties, List<Row> rooms, List<Contest> contest,
                          String mostContested, String leastContested, List<String> questions, Map<String, String> names) {

    /** The name people read for a term or party id, or "term/option" key; the id itself when unnamed. */
    public String name(String id) {
        String n = names.get(id);
        return n == null ? id : n;
    }

    /**
     * One room: {@code options} term id → option id (empty with no deal), {@code scores} party id → score,
     * {@code shares} party id → share of what it could gain (percent), {@code players} party id → the
     * player's name (human seats only), {@code truceIndex} the epilogue's deterrence index (null with no
     * deal or a scenario without an epilogue).
     */
    public record Row(String room, String scenario, boolean deal, int round, Map<String, String> options,
                      Map<String, Double> scores, Map<String, Double> shares, Double distanceToNash,
                      Map<String, String> players, Double truceIndex) {
    }

    /**
     * How contested a term was: the different options tabled for it, summed over the rooms, and the
     * rejected drafts that differed from the room's outcome (or last draft) on it.
     */
    public record Contest(String term, int optionsTabled, int rejections) {
    }

    /** The class report of these room reports (in the given order). */
    public static ClassReport of(List<RoomReport> reports) {
        Set<String> terms = new LinkedHashSet<>();
        Set<String> parties = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (RoomReport r : reports) {
            Map<String, String> options = new LinkedHashMap<>();
            if (r.agreement() != null) {
                r.agreement().forEach(c -> options.put(c.term(), c.option()));
            }
            Map<String, Double> scores = new LinkedHashMap<>();
            Map<String, Double> shares = new LinkedHashMap<>();
            r.parties().forEach(p -> {
                parties.add(p.id());
                scores.put(p.id(), p.score());
                shares.put(p.id(), p.share());
            });
            Map<String, String> players = new LinkedHashMap<>();
            r.parties().stream().filter(p -> p.player() != null).forEach(p -> players.put(p.id(), p.player()));
            Double index = r.epilogue() == null || r.epilogue().index() == null ? null : r.epilogue().index().doubleValue();
            rows.add(new Row(r.room(), r.scenario(), r.deal(), r.round(), options, scores, shares, r.distanceToNash(), players, index));
            RoomReport.RoundLine lastTabled = RoomReports.lastTabled(r.drafts());
            Map<String, String> end = lastTabled != null ? lastTabled.terms() : Map.of();
            Map<String, Set<String>> tabled = new LinkedHashMap<>();
            for (RoomReport.RoundLine d : r.drafts()) {
                for (Map.Entry<String, String> e : d.terms().entrySet()) {
                    terms.add(e.getKey());
                    tabled.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue());
                    if ("rejected".equals(d.result()) && !e.getValue().equals(end.get(e.getKey()))) {
                        counts.computeIfAbsent(e.getKey(), k -> new int[2])[1]++;
                    }
                }
            }
            tabled.forEach((t, s) -> counts.computeIfAbsent(t, k -> new int[2])[0] += s.size());
            if (r.agreement() != null) {
                r.agreement().forEach(c -> terms.add(c.term()));
            }
        }
        List<Contest> contest = new ArrayList<>();
        for (String t : terms) {
            int[] c = counts.getOrDefault(t, new int[2]);
            contest.add(new Contest(t, c[0], c[1]));
        }
        String most = null;
        String least = null;
        for (Contest c : contest) {
            if (most == null || weight(c) > weight(find(contest, most))) {
                most = c.term();
            }
            if (least == null || weight(c) < weight(find(contest, least))) {
                least = c.term();
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (RoomReport r : reports) {
            r.parties().stream().filter(p -> p.name() != null).forEach(p -> names.put(p.id(), p.name()));
            List<RoomReport.TermChoice> named = new ArrayList<>();
            if (r.agreement() != null) {
                named.addAll(r.agreement());
            }
            if (r.nash() != null) {
                named.addAll(r.nash());
            }
            named.forEach(c -> {
                if (c.termName() != null) {
                    names.put(c.term(), c.termName());
                }
                if (c.option() != null && c.optionName() != null) {
                    names.put(c.term() + "/" + c.option(), c.optionName());
                }
            });
        }
        for (RoomReport r : reports) {
            if (r.labels() != null) { // the options' short labels read better across a wide table than their names
                r.labels().forEach((k, v) -> {
                    if (k.contains("/") && !k.startsWith("party/")) {
                        names.put(k, v);
                    }
                });
            }
        }
        Set<String> questions = new LinkedHashSet<>(); // the scenarios' discussion questions, each once
        for (RoomReport r : reports) {
            if (r.questions() != null) {
                questions.addAll(r.questions());
            }
        }
        return new ClassReport(List.copyOf(terms), List.copyOf(parties), rows, contest, most, least, List.copyOf(questions),
                Map.copyOf(names));
    }

    /** Options tabled first, rejections to break ties. */
    private static long weight(Contest c) {
        return c.optionsTabled() * 10_000L + c.rejections();
    }

    private static Contest find(List<Contest> list, String term) {
        return list.stream().filter(c -> c.term().equals(term)).findFirst().orElseThrow();
    }
}
