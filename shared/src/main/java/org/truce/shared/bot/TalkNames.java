package org.truce.shared.bot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.truce.shared.scenario.Option;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

/** Finds the parties, terms and options a line of chat names (by id, name, short name, topic words or option letter), for {@link TalkParser}. */
final class TalkNames {
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "on", "to", "for", "you", "your", "we",
            "our", "us", "and", "with", "in", "at", "by", "is", "are", "be", "would", "could", "will", "i", "if", "it",
            "this", "that", "what", "do", "does", "need", "want", "accept", "give", "as", "only", "can", "live", "sign",
            "agree", "draft", "table", "package", "please", "about", "then", "so", "me", "my", "all", "there", "they",
            "their", "them", "has", "have", "get", "let", "from", "into", "not", "or", "any", "its", "which", "how",
            "who", "why", "when", "ok", "yes", "plus", "c", "b", "d", "option", "role", "most", "matters", "reject",
            "promise", "vote", "warn", "offer", "trade", "exchange", "return", "cannot", "never", "still", "those", "these");

    private final ScenarioInfo info;
    /** Per term and alias: the alias followed by an option id, and an option id followed by "on" and the alias. */
    private final List<List<Pattern[]>> optionNear = new ArrayList<>();
    private final List<Pattern> partyIds = new ArrayList<>();
    private final List<Set<String>> termKeys = new ArrayList<>();
    private final List<List<Set<String>>> optionKeys = new ArrayList<>();
    /** Per term, each way of naming it in a sentence (lower case), longest first. */
    private final List<List<String>> aliases = new ArrayList<>();

    TalkNames(ScenarioInfo info) {
        this.info = info;
        for (Term t : info.terms()) {
            Set<String> keys = new HashSet<>(stems(t.id().replace('_', ' ') + " " + t.name() + " " + t.topic()));
            termKeys.add(keys);
            List<Set<String>> opts = new ArrayList<>();
            for (Option o : t.options()) {
                opts.add(new HashSet<>(stems(o.name() + " " + o.label())));
            }
            optionKeys.add(opts);
            List<String> a = new ArrayList<>(new java.util.LinkedHashSet<>(List.of(norm(t.name()), norm(t.topic()),
                    norm(t.topic()).replaceFirst("^the ", ""), t.id(), t.id().replace('_', ' '))));
            String head = head(info, t);
            if (head != null) {
                a.add(head); // "ceasefire b" as people shorten it
            }
            a.sort((x, y) -> y.length() - x.length());
            aliases.add(a);
            List<Pattern[]> near = new ArrayList<>();
            for (String alias : a) {
                near.add(new Pattern[] {
                    Pattern.compile("\\b" + Pattern.quote(alias) + "\\b\\s*[:=]?\\s*(?:option\\s+)?([a-z0-9_]+)\\b"),
                    Pattern.compile("\\b(?:option\\s+)?([a-z0-9_]+)\\s+(?:on|for|in)\\s+" + Pattern.quote(alias) + "\\b")});
            }
            optionNear.add(near);
        }
        for (Party p : info.parties()) {
            partyIds.add(Pattern.compile("\\b" + Pattern.quote(p.id()) + "\\b"));
        }
    }

    /** The party a phrase names: id, name, short name (a bare "us"/"de" only as the whole head), or "all". */
    String partyNamed(String phrase, boolean head) {
        String p = norm(phrase);
        if (head && p.matches("(all|everyone|everybody|all of you|everyone at the table)")) {
            return "all";
        }
        for (int k = 0; k < info.parties().size(); k++) {
            Party party = info.parties().get(k);
            String name = norm(party.name());
            String shortName = norm(party.shortName());
            if (head && (p.equals(party.id().toLowerCase(Locale.ROOT)) || p.equals(name) || p.equals(shortName)
                    || p.equals("the " + name) || p.endsWith(" " + name))) {
                return party.id();
            }
            if (!head && (word(p, name) || word(p, shortName) || partyIds.get(k).matcher(phrase).find())) {
                return party.id();
            }
        }
        return null;
    }

    /**
     * The first word of a term's id as a short name for it ("ceasefire" for ceasefire_line), when it
     * is longer than three letters, starts no other term's id and names no party; else null.
     */
    private static String head(ScenarioInfo info, Term t) {
        String h = t.id().split("_")[0];
        if (h.length() <= 3 || h.equals(t.id())) {
            return null;
        }
        for (Term o : info.terms()) {
            if (o != t && o.id().split("_")[0].equals(h)) {
                return null;
            }
        }
        for (Party p : info.parties()) {
            if (norm(p.name()).contains(h) || p.id().equalsIgnoreCase(h)) {
                return null;
            }
        }
        return h;
    }

    /** Per term, the option named explicitly next to it ("sanctions b", "b on sanctions"), else -1. */
    int[] explicitPairs(String n) {
        int[] out = new int[info.terms().size()];
        java.util.Arrays.fill(out, -1);
        for (int t = 0; t < aliases.size(); t++) {
            for (int a = 0; a < aliases.get(t).size() && out[t] < 0; a++) {
                Matcher m = optionNear.get(t).get(a)[0].matcher(n);
                while (m.find() && out[t] < 0) {
                    out[t] = info.terms().get(t).indexOf(m.group(1));
                }
                Matcher before = optionNear.get(t).get(a)[1].matcher(n);
                while (out[t] < 0 && before.find()) {
                    int o = info.terms().get(t).indexOf(before.group(1));
                    if (o >= 0 && (before.group(0).startsWith("option") || before.group(1).length() <= 2)) {
                        out[t] = o;
                    }
                }
            }
        }
        return out;
    }

    /** The term (and option, -1 if none is clear) a phrase is about: {-1, -1} when it names no term. */
    int[] termOption(String n) {
        int[] all = termOptionIn(n);
        // party names, short names and ids are not term words ("the United States" is no vote for us_role's
        // "Role of the United States") when, without them, the line still names another term: prefer that one
        String bare = withoutPartyNames(n);
        int[] named = termOptionIn(bare);
        return named[0] >= 0 && named[0] != all[0] && namedWhole(named[0], bare) && (all[0] < 0 || !namedWhole(all[0], bare)) ? named : all;
    }

    /** Whether {@code n} names term {@code t} whole by one of its names (not by a shared word). */
    private boolean namedWhole(int t, String n) {
        for (String alias : aliases.get(t)) {
            if (alias.length() > 3 && word(n, alias)) {
                return true;
            }
        }
        return false;
    }

    private String withoutPartyNames(String n) {
        String out = " " + n + " ";
        for (Party party : info.parties()) {
            for (String w : List.of(norm(party.name()), norm(party.shortName()), party.id().toLowerCase(Locale.ROOT))) {
                if (!w.isBlank()) {
                    out = out.replaceAll("(?<![a-z0-9_])(the )?" + Pattern.quote(w) + "(?![a-z0-9_])", " ");
                }
            }
        }
        return out.replaceAll("\\s+", " ").strip();
    }

    private int[] termOptionIn(String n) {
        // an explicit option id next to a term: "sanctions b", "sanctions: b", "option b on sanctions", "b on sanctions"
        for (int t = 0; t < aliases.size(); t++) {
            for (int a = 0; a < aliases.get(t).size(); a++) {
                Matcher m = optionNear.get(t).get(a)[0].matcher(n);
                while (m.find()) {
                    int o = info.terms().get(t).indexOf(m.group(1));
                    if (o >= 0) {
                        return new int[] {t, o};
                    }
                }
                Matcher before = optionNear.get(t).get(a)[1].matcher(n);
                while (before.find()) {
                    int o = info.terms().get(t).indexOf(before.group(1));
                    if (o >= 0 && (before.group(0).startsWith("option") || before.group(1).length() <= 2)) {
                        return new int[] {t, o};
                    }
                }
            }
        }
        List<String> words = stems(n);
        int bestTerm = -1;
        int bestOption = -1;
        double bestScore = 0;
        for (int t = 0; t < termKeys.size(); t++) {
            double score = 0;
            for (String w : words) {
                if (termKeys.get(t).contains(w)) {
                    score += 1;
                }
            }
            for (String alias : aliases.get(t)) {
                if (alias.length() > 3 && word(n, alias)) {
                    score += 1; // the term named whole weighs more than a shared word
                    break;
                }
            }
            Map<String, Integer> spread = new HashMap<>();
            for (Set<String> keys : optionKeys.get(t)) {
                for (String k : keys) {
                    spread.merge(k, 1, Integer::sum);
                }
            }
            double top = 0;
            double second = 0;
            int option = -1;
            for (int o = 0; o < optionKeys.get(t).size(); o++) {
                double s = 0;
                for (String w : words) {
                    if (optionKeys.get(t).get(o).contains(w)) {
                        s += 1.0 / spread.get(w);
                    }
                }
                if (s > top) {
                    second = top;
                    top = s;
                    option = o;
                } else if (s > second) {
                    second = s;
                }
            }
            double total = score + top;
            if (total > bestScore) {
                bestScore = total;
                bestTerm = t;
                bestOption = top >= 0.99 && top > second ? option : -1;
            }
        }
        return bestScore >= 1 ? new int[] {bestTerm, bestOption} : new int[] {-1, -1};
    }

    /** Term-option pairs by id ("nato c, sanctions b", "nato:c"): the package asked about, when there are two or more. */
    int[] packageIn(String n) {
        int[] pkg = new int[info.terms().size()];
        java.util.Arrays.fill(pkg, -1);
        int found = 0;
        String flat = n.replace(',', ' ').replace(';', ' ');
        for (int t = 0; t < pkg.length; t++) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(info.terms().get(t).id()) + "\\s*[:=]?\\s*([a-z0-9_]+)\\b").matcher(flat);
            if (m.find() && info.terms().get(t).indexOf(m.group(1)) >= 0) {
                pkg[t] = info.terms().get(t).indexOf(m.group(1));
                found++;
            }
        }
        return found >= 2 ? pkg : null;
    }

    String withoutTermNames(String s) {
        String out = s;
        for (Term t : info.terms()) {
            out = out.replaceAll("(?i)" + Pattern.quote(t.name()), " ").replaceAll("(?i)" + Pattern.quote(t.topic()), " ");
        }
        return out;
    }

    /** Lower case, plain quotes, contractions spelt out, "without" read as "no", punctuation as spaces (':' and '=' kept). */
    static String norm(String s) {
        String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace("i'll", "i will").replace("we'll", "we will").replace("won't", "will not").replace("can't", "cannot")
                .replace("what's", "whats").replace("'s", "").replace("'", "");
        n = n.replaceAll("[^a-z0-9_:=,]+", " ").replaceAll("\\bwithout\\b", "no").replaceAll("\\s+", " ").strip();
        return n;
    }

    /** Content words cut to five letters, so "recognised" and "recognition" meet. */
    static List<String> stems(String s) {
        List<String> out = new ArrayList<>();
        for (String w : norm(s).replace(',', ' ').replace(':', ' ').replace('=', ' ').split(" ")) {
            if (w.isEmpty() || STOP.contains(w)) {
                continue;
            }
            out.add(w.length() > 5 ? w.substring(0, 5) : w);
        }
        return out;
    }

    private static boolean word(String n, String phrase) {
        return !phrase.isEmpty() && Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b").matcher(n).find();
    }
}
