package org.truce.shared.genius;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A GENIUS domain: its name and its discrete issues, each with its values in file order.
 * Issues are identified by their {@code index} attribute, as GENIUS matches a profile's weights
 * and evaluations to them.
 */
public record GeniusDomain(String name, List<Issue> issues) {
    /** One discrete issue: its index, name and values (the {@code item} elements' {@code value}s). */
    public record Issue(int index, String name, List<String> values) {
    }

    /** Canonical constructor: keeps immutable copies. */
    public GeniusDomain {
        issues = List.copyOf(issues);
    }

    /** The issue with this index, or null. */
    public Issue issue(int index) {
        for (Issue i : issues) {
            if (i.index() == index) {
                return i;
            }
        }
        return null;
    }

    /**
     * Reads a domain file's bytes ({@code source} names it in problems): the {@code objective} of its
     * {@code utility_space} (possibly inside a {@code negotiation_template}), whose {@code issue}
     * elements must be discrete with at least one {@code item}.
     */
    public static GeniusDomain parse(byte[] xml, String source) throws GeniusException {
        Element root = GeniusXml.parse(xml, source);
        Element objective = GeniusXml.objective(root, source);
        String name = objective.getAttribute("name").strip();
        List<Issue> issues = new ArrayList<>();
        Set<Integer> indexes = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<Element> elements = GeniusXml.children(objective, "issue");
        if (elements.isEmpty()) {
            throw new GeniusException(source, "objective", "has no issue elements");
        }
        for (int n = 0; n < elements.size(); n++) {
            Element e = elements.get(n);
            String at = "objective/issue[" + (n + 1) + "]";
            int index = GeniusXml.integer(e, "index", source, at);
            String issueName = GeniusXml.attribute(e, "name", source, at);
            at = "objective/issue[@name='" + issueName + "']";
            if (!indexes.add(index)) {
                throw new GeniusException(source, at + "/@index", "index " + index + " is used by another issue");
            }
            if (!names.add(issueName)) {
                throw new GeniusException(source, at, "two issues have this name");
            }
            requireDiscrete(e, source, at);
            List<String> values = new ArrayList<>();
            List<Element> items = GeniusXml.children(e, "item");
            for (int k = 0; k < items.size(); k++) {
                String v = GeniusXml.attribute(items.get(k), "value", source, at + "/item[" + (k + 1) + "]");
                if (values.contains(v)) {
                    throw new GeniusException(source, at + "/item[@value='" + v + "']", "two items have this value");
                }
                values.add(v);
            }
            if (values.isEmpty()) {
                throw new GeniusException(source, at, "has no item elements (a discrete issue lists its values)");
            }
            issues.add(new Issue(index, issueName, values));
        }
        return new GeniusDomain(name.isEmpty() ? "GENIUS domain" : name, issues);
    }

    /** Refuses integer and real issues: Truce terms are discrete. */
    static void requireDiscrete(Element issue, String source, String at) throws GeniusException {
        for (String a : List.of("type", "etype", "vtype")) {
            String t = issue.getAttribute(a).strip();
            if (!t.isEmpty() && !t.equals("discrete")) {
                throw new GeniusException(source, at + "/@" + a, "'" + t
                        + "' issues are not supported (only discrete issues can become Truce terms)");
            }
        }
    }
}
