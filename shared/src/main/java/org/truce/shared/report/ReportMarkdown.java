package org.truce.shared.report;

import java.util.LinkedHashMap;
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
                md.append(" The last draft, tabled by ").append(names.getOrDefault(n.lastDraftBy(), n.lastDraftBy()))
                        .append(" in round ").append(n.lastDraftRound()).append(", was rejected by ");
                StringJoiner j = new StringJoiner(", ");
                for (String p : n.rejectedBy()) {
                    Double w = n.worth().get(p);
                    j.add(names.getOrDefault(p, p) + " (worth " + (w == null ? "nothing: it crossed a red line" : Explanations.num(w))
                            + " to them against " + Explanations.num(n.noDealValue().get(p)) + " without a deal)");
                }
                md.append(j).append('.');
            }
            md.append('\n');
        }
        md.append("\n## Results\n\n| Party | Player | Utility | No deal | Score | Share of what it could gain |\n|---|---|---:|---:|---:|---:|\n");
        for (RoomReport.PartyLine p : r.parties()) {
            md.append("| ").append(cell(p.name())).append(" | ").append(p.player() == null ? "bot" : cell(p.player())).append(" | ")
                    .append(Explanations.num(p.utility())).append(" | ").append(Explanations.num(p.noDeal())).append(" | ")
                    .append(Explanations.num(p.score())).append(" | ").append(Explanations.num(p.share())).append(" % |\n");
        }
        md.append("\n## Pareto and Nash\n\n").append(r.explanation()).append('\n');
        md.append("\nPareto-optimal: ").append(r.paretoOptimal() ? "yes" : "no")
                .append("; distance to the Pareto frontier: ").append(Explanations.num(r.distanceToPareto()))
                .append("; distance to the Nash solution: ")
                .append(r.distanceToNash() == null ? "none (no Nash solution)" : Explanations.num(r.distanceToNash())).append(".\n");
        md.append("\n## Drafts and votes\n\n| Round | Tabled by | Package | Votes | Result |\n|---:|---|---|---|---|\n");
        for (RoomReport.RoundLine d : r.drafts()) {
            StringJoiner votes = new StringJoiner(", ");
            d.votes().forEach((p, yes) -> votes.add(p + (yes ? " yes" : " no")));
            StringJoiner terms = new StringJoiner(", ");
            d.terms().forEach((t, o) -> terms.add(t + "=" + o));
            md.append("| ").append(d.round()).append(" | ").append(cell(names.getOrDefault(d.by(), d.by())))
                    .append(d.automatic() ? " (clock)" : "").append(" | ").append(cell(terms.toString())).append(" | ")
                    .append(votes).append(" | ").append(d.result()).append(" |\n");
        }
        md.append("\n## News and announcements\n\n");
        if (r.injects().isEmpty() && r.announcements().isEmpty()) {
            md.append("None.\n");
        }
        r.injects().forEach(n -> md.append("- Round ").append(n.round()).append(", news: **").append(cell(n.title())).append("** ")
                .append(cell(n.text())).append('\n'));
        r.announcements().forEach(n -> md.append("- Round ").append(n.round()).append(", the facilitator: ").append(cell(n.text())).append('\n'));
        md.append("\n## Public chat\n\n");
        if (r.chat().isEmpty()) {
            md.append("None.\n");
        }
        r.chat().forEach(c -> md.append("- Round ").append(c.round()).append(", ").append(cell(names.getOrDefault(c.from(), c.from())))
                .append(": ").append(cell(c.text())).append('\n'));
        epilogue(md, r.epilogue());
        return md.toString();
    }

    /** The class side by side: one table row per room, then the contest over each term. */
    public static String classReport(ClassReport c) {
        StringBuilder md = new StringBuilder("# Class report\n\n| Room | Scenario | Deal | Round |");
        c.terms().forEach(t -> md.append(' ').append(cell(c.name(t))).append(" |"));
        c.parties().forEach(p -> md.append(" Score ").append(cell(c.name(p))).append(" |"));
        md.append(" To Nash |\n|").append("---|".repeat(4 + c.terms().size() + c.parties().size() + 1)).append('\n');
        for (ClassReport.Row r : c.rooms()) {
            md.append("| ").append(r.room()).append(" | ").append(r.scenario()).append(" | ").append(r.deal() ? "yes" : "no")
                    .append(" | ").append(r.round()).append(" |");
            c.terms().forEach(t -> md.append(' ').append(r.options().containsKey(t) ? cell(c.name(t + "/" + r.options().get(t))) : "—")
                    .append(" |"));
            c.parties().forEach(p -> {
                Double s = r.scores().get(p);
                md.append(' ').append(s == null ? "—" : Explanations.num(s)).append(" |");
            });
            md.append(' ').append(r.distanceToNash() == null ? "—" : Explanations.num(r.distanceToNash())).append(" |\n");
        }
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

    /** Text safe in a table cell or list line: no pipes or line breaks. */
    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
    }
}
