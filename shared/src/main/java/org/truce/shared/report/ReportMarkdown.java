package org.truce.shared.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Renders room and class reports as Markdown for people (the JSON is the record for tools). */
public final class ReportMarkdown {
    private ReportMarkdown() {
    }

    /** A room's debrief: outcome, results, Pareto and Nash in words, drafts and votes, news, public chat. */
    public static String room(RoomReport r) {
        Map<String, String> names = new LinkedHashMap<>();
        r.parties().forEach(p -> names.put(p.id(), p.name()));
        StringBuilder md = new StringBuilder();
        md.append("# Room ").append(r.room()).append(" — ").append(cell(r.scenarioTitle())).append("\n\n");
        if (r.deal()) {
            md.append("**Agreement in round ").append(r.round()).append(".**\n\n");
            r.agreement().forEach(c -> md.append("- ").append(cell(c.termName())).append(": ").append(cell(c.optionName())).append('\n'));
        } else {
            md.append("**No deal** (after round ").append(r.round()).append(").");
            RoomReport.NoDeal n = r.noDeal();
            if (n.lastDraftBy() != null && !n.rejectedBy().isEmpty()) {
                md.append(" The last draft, tabled by ").append(inText(r, n.lastDraftBy())).append(" in round ")
                        .append(n.lastDraftRound()).append(", was turned down by ");
                StringJoiner j = new StringJoiner("; ");
                for (String p : n.rejectedBy()) {
                    Double w = n.worth().get(p);
                    String why = n.byClock() != null && n.byClock().contains(p) ? "it did not vote in time, which counts as a rejection; " : "";
                    j.add(names.getOrDefault(p, p) + " (" + why + "the draft was worth " + (w == null ? "nothing: it crossed a red line"
                            : Explanations.num(w)) + " to it against " + Explanations.num(n.noDealValue().get(p)) + " without a deal)");
                }
                md.append(j).append('.');
            }
            md.append('\n');
        }
        md.append("\n## Results\n\n| Party | Player | Utility | No deal | Score | Share of what it could gain |\n|---|---|---:|---:|---:|---:|\n");
        for (RoomReport.PartyLine p : r.parties()) {
            md.append("| ").append(cell(p.name())).append(" | ").append(p.player() == null ? "bot" : text(p.player())).append(" | ")
                    .append(Explanations.num(p.utility())).append(" | ").append(Explanations.num(p.noDeal())).append(" | ")
                    .append(Explanations.num(p.score())).append(" | ").append(Explanations.num(p.share())).append(" % |\n");
        }
        md.append("\n## Pareto and Nash\n\n").append(r.explanation()).append('\n');
        md.append("\nPareto-optimal: ").append(r.paretoOptimal() ? "yes" : "no")
                .append("; distance to the Pareto frontier: ").append(Explanations.num(r.distanceToPareto()))
                .append("; distance to the Nash solution: ")
                .append(r.distanceToNash() == null ? "none (no Nash solution)" : Explanations.num(r.distanceToNash()))
                .append(" (utility points: the straight-line distance between what each party got and what the Nash package"
                        + " would have given it).\n");
        nash(md, r, names);
        rounds(md, r, names);
        news(md, r);
        md.append("\n## Public chat\n\n");
        if (r.chat().isEmpty()) {
            md.append("None.\n");
        }
        r.chat().forEach(c -> md.append("- Round ").append(c.round()).append(", ").append(cell(names.getOrDefault(c.from(), c.from())))
                .append(": ").append(text(c.text())).append('\n'));
        epilogue(md, r.epilogue());
        return md.toString();
    }

    /** The Nash package of the outcome's round, and what it would have given each party against the outcome. */
    private static void nash(StringBuilder md, RoomReport r, Map<String, String> names) {
        if (r.nash() == null || r.nashUtilities() == null) {
            return;
        }
        md.append("\nThe Nash package of round ").append(r.round()).append(" (the fairest split of the gains over no deal):\n\n");
        r.nash().forEach(c -> md.append("- ").append(cell(c.termName())).append(": ").append(cell(c.optionName())).append('\n'));
        md.append("\n| Party | ").append(r.deal() ? "Agreed" : "No deal").append(" | Nash package | Difference |\n|---|---:|---:|---:|\n");
        for (RoomReport.PartyLine p : r.parties()) {
            Double n = r.nashUtilities().get(p.id());
            if (n == null) {
                continue;
            }
            double d = n - p.utility();
            md.append("| ").append(cell(names.getOrDefault(p.id(), p.id()))).append(" | ").append(Explanations.num(p.utility()))
                    .append(" | ").append(Explanations.num(n)).append(" | ").append(d > 0 ? "+" : "").append(Explanations.num(d))
                    .append(" |\n");
        }
    }

    /**
     * Every round as a column (its draft's author), every term as a row with the option's short label,
     * then the votes and how the round ended: a teacher reads across a row how a term moved.
     */
    private static void rounds(StringBuilder md, RoomReport r, Map<String, String> names) {
        md.append("\n## Drafts and votes\n\n");
        if (r.drafts().isEmpty()) {
            md.append("No draft was tabled.\n");
            return;
        }
        md.append("| Term |");
        r.drafts().forEach(d -> md.append(" Round ").append(d.round()).append(d.by() == null ? "" : ", " + cell(names.getOrDefault(d.by(), d.by())))
                .append(d.automatic() ? " (re-tabled by the clock)" : "").append(" |"));
        md.append("\n|---|").append("---|".repeat(r.drafts().size())).append('\n');
        List<String> terms = new ArrayList<>();
        r.drafts().forEach(d -> d.terms().keySet().forEach(t -> {
            if (!terms.contains(t)) {
                terms.add(t);
            }
        }));
        for (String t : terms) {
            md.append("| ").append(cell(label(r, t))).append(" |");
            String before = null;
            for (RoomReport.RoundLine d : r.drafts()) {
                String o = d.terms().get(t);
                // an option unchanged from the draft before is shown as such, so the moves stand out
                md.append(' ').append(o == null ? "—" : o.equals(before) ? "〃" : cell(label(r, t + "/" + o))).append(" |");
                if (o != null) {
                    before = o;
                }
            }
            md.append('\n');
        }
        md.append("| Votes |");
        for (RoomReport.RoundLine d : r.drafts()) {
            StringJoiner votes = new StringJoiner(", ");
            d.votes().forEach((p, yes) -> votes.add(cell(names.getOrDefault(p, p)) + (yes ? " yes"
                    : d.byClock() != null && d.byClock().contains(p) ? " no (did not vote in time)" : " no")));
            md.append(' ').append(votes.length() == 0 ? "—" : votes.toString()).append(" |");
        }
        md.append("\n| Result |");
        for (RoomReport.RoundLine d : r.drafts()) {
            md.append(' ').append(RoomReport.RoundLine.NO_DRAFT.equals(d.result()) ? "no draft tabled in time" : d.result()).append(" |");
        }
        md.append('\n');
        if (terms.size() > 0) {
            md.append("\n〃: the same option as in the draft before.\n");
        }
    }

    /** The news and the facilitator's announcements, in the order of the rounds they came in. */
    private static void news(StringBuilder md, RoomReport r) {
        md.append("\n## News and announcements\n\n");
        List<RoomReport.News> all = new ArrayList<>(r.injects());
        all.addAll(r.announcements());
        all.sort(java.util.Comparator.comparingInt(RoomReport.News::round)); // stable: news before announcements of a round
        if (all.isEmpty()) {
            md.append("None.\n");
        }
        for (RoomReport.News n : all) {
            md.append("- Round ").append(n.round());
            if (n.title() != null) {
                md.append(", news: **").append(cell(n.title())).append("** ").append(cell(n.text())).append('\n');
            } else {
                md.append(", the facilitator: ").append(text(n.text())).append('\n');
            }
        }
    }

    /** What people read for an id of the report (a term, "term/option", "party/ID"): the label, else the id. */
    private static String label(RoomReport r, String key) {
        String l = r.labels() == null ? null : r.labels().get(key);
        return l == null ? key : l;
    }

    /** A party in a sentence: "the United States". */
    private static String inText(RoomReport r, String party) {
        String l = r.labels() == null ? null : r.labels().get("party/" + party);
        return l == null ? party : cell(l);
    }

    /** The class side by side: one table row per room, then the contest over each term. */
    public static String classReport(ClassReport c) {
        StringBuilder md = new StringBuilder("# Class report\n\n| Room | Players | Scenario | Deal | Round |");
        c.terms().forEach(t -> md.append(' ').append(cell(c.name(t))).append(" |"));
        c.parties().forEach(p -> md.append(" Score ").append(cell(c.name(p))).append(" |"));
        md.append(" To Nash | Truce index |\n|").append("---|".repeat(5 + c.terms().size() + c.parties().size() + 2)).append('\n');
        for (ClassReport.Row r : c.rooms()) {
            StringJoiner players = new StringJoiner(", ");
            r.players().forEach((party, name) -> players.add(text(name) + " (" + cell(c.name(party)) + ")"));
            md.append("| ").append(r.room()).append(" | ").append(players.length() == 0 ? "bots only" : players.toString())
                    .append(" | ").append(r.scenario()).append(" | ").append(r.deal() ? "yes" : "no")
                    .append(" | ").append(r.round()).append(" |");
            c.terms().forEach(t -> md.append(' ').append(r.options().containsKey(t) ? cell(c.name(t + "/" + r.options().get(t))) : "—")
                    .append(" |"));
            c.parties().forEach(p -> {
                Double s = r.scores().get(p);
                md.append(' ').append(s == null ? "—" : Explanations.num(s)).append(" |");
            });
            md.append(' ').append(r.distanceToNash() == null ? "—" : Explanations.num(r.distanceToNash())).append(" | ")
                    .append(r.truceIndex() == null ? "—" : Explanations.num(r.truceIndex())).append(" |\n");
        }
        md.append("\nScores: utility points over the party's no-deal value. To Nash: how far the outcome was from the Nash"
                + " package (utility points, the straight-line distance over the parties); 0 is the fairest split of the gains."
                + " Truce index: the epilogue's deterrence index, 0–100 (\"Will the truce hold?\", docs/ANALYSIS.md).\n");
        md.append("\n## Contested terms\n\n| Term | Options tabled (over rooms) | Rejected drafts differing on it |\n|---|---:|---:|\n");
        c.contest().forEach(t -> md.append("| ").append(cell(c.name(t.term()))).append(" | ").append(t.optionsTabled()).append(" | ")
                .append(t.rejections()).append(" |\n"));
        if (c.mostContested() != null) {
            md.append("\nMost contested: ").append(cell(c.name(c.mostContested()))).append("; least contested: ")
                    .append(cell(c.name(c.leastContested()))).append(".\n");
        }
        if (!c.questions().isEmpty()) {
            md.append("\n## Questions for the class\n\n");
            for (int i = 0; i < c.questions().size(); i++) {
                md.append(i + 1).append(". ").append(cell(c.questions().get(i))).append('\n');
            }
        }
        return md.toString();
    }

    /** "Will the truce hold?": the epilogue's headline, narrative, each factor's share, and the caveat (none: nothing). */
    private static void epilogue(StringBuilder md, org.truce.shared.analysis.Epilogue e) {
        if (e == null) {
            return;
        }
        md.append("\n## Will the truce hold?\n\n**").append(cell(e.headline())).append("**\n\n").append(cell(e.narrative())).append("\n\n");
        if (e.deal() && !e.factors().isEmpty()) {
            md.append("| Term | Agreed | Points | Of at most |\n|---|---|---:|---:|\n");
            e.factors().forEach(f -> md.append("| ").append(cell(f.name())).append(" | ").append(cell(f.label())).append(" | ")
                    .append(Explanations.num(f.contribution())).append(" | ").append(Explanations.num(f.best())).append(" |\n"));
            md.append('\n');
        }
        md.append("*").append(cell(e.caveat())).append("*\n");
    }

    /**
     * What people typed (chat, announcements, player names) shown as they typed it: Markdown's
     * marks (emphasis, code, links, HTML) escaped so that a viewer does not render them, then
     * {@link #cell}. Public: the server's team channels in a report are typed text too.
     */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_{}[]<>()#+!~".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return cell(b.toString());
    }

    /** Text safe in a table cell or list line: no pipes or line breaks. */
    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
    }
}
