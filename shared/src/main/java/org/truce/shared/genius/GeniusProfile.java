package org.truce.shared.genius;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * A linear-additive GENIUS utility profile on a domain: a weight per issue, an evaluation per
 * value, and the optional reservation value and discount factor (both 0..1; GENIUS's defaults
 * when absent are 0 and 1, no discount).
 *
 * <p>GENIUS's utility of a bid is {@code Σ weight(issue) × evaluation(value) / max evaluation of
 * the issue} ({@code EvaluatorDiscrete.normalize}: each discrete evaluation divided by the
 * issue's largest one, not min-max): see {@link #utility(Map)}.
 */
public record GeniusProfile(String source, Map<Integer, Double> weights, Map<Integer, Map<String, Double>> evaluations,
        double reservation, double discount) {

    /** Canonical constructor: keeps immutable copies. */
    public GeniusProfile {
        weights = Map.copyOf(weights);
        Map<Integer, Map<String, Double>> copy = new HashMap<>();
        evaluations.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        evaluations = Map.copyOf(copy);
    }

    /** The value's evaluation divided by the largest evaluation on its issue (0 if all are 0), as GENIUS does. */
    public double normalised(int issue, String value) {
        Map<String, Double> ev = evaluations.get(issue);
        double max = ev.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return max < 1e-5 ? 0 : ev.get(value) / max;
    }

    /** GENIUS's (undiscounted) utility of a bid, issue index → value: {@code Σ weight × normalised evaluation}. */
    public double utility(Map<Integer, String> bid) {
        double u = 0;
        for (Map.Entry<Integer, String> e : bid.entrySet()) {
            u += weights.get(e.getKey()) * normalised(e.getKey(), e.getValue());
        }
        return u;
    }

    /**
     * Reads a profile's bytes against its domain ({@code source} names the file in problems): one
     * {@code weight} per issue (matched by {@code index}), an {@code evaluation} ≥ 0 for every value
     * of every issue (matched by {@code value}), optional {@code reservation} and
     * {@code discount_factor} elements with a {@code value} attribute.
     */
    public static GeniusProfile parse(byte[] xml, String source, GeniusDomain domain) throws GeniusException {
        return parse(xml, source, domain, 0, 1);
    }

    /**
     * As {@link #parse(byte[], String, GeniusDomain)}, with the reservation value and discount factor
     * a profile without them gets (GENIUS's own are 0 and 1; ANAC sets them per tournament).
     */
    public static GeniusProfile parse(byte[] xml, String source, GeniusDomain domain, double reservationIfNone,
            double discountIfNone) throws GeniusException {
        Element root = GeniusXml.parse(xml, source);
        Element objective = GeniusXml.objective(root, source);
        Element space = (Element) objective.getParentNode();
        double reservation = optional(space, "reservation", reservationIfNone, source);
        double discount = optional(space, "discount_factor", discountIfNone, source);
        if (discount == 0) {
            // GENIUS treats a factor of 0 as "no discount" too (validateDiscount)
            discount = 1;
        }
        Map<Integer, Double> weights = new LinkedHashMap<>();
        for (Element w : GeniusXml.children(objective, "weight")) {
            String at = "objective/weight[@index='" + w.getAttribute("index") + "']";
            int index = GeniusXml.integer(w, "index", source, at);
            if (domain.issue(index) == null) {
                throw new GeniusException(source, at, "the domain has no issue with index " + index);
            }
            if (weights.put(index, GeniusXml.number(w, "value", 0, 1000, source, at)) != null) {
                throw new GeniusException(source, at, "a second weight for the same issue");
            }
        }
        Map<Integer, Map<String, Double>> evaluations = new LinkedHashMap<>();
        for (Element e : GeniusXml.children(objective, "issue")) {
            String at = "objective/issue[@index='" + e.getAttribute("index") + "']";
            int index = GeniusXml.integer(e, "index", source, at);
            GeniusDomain.Issue issue = domain.issue(index);
            if (issue == null) {
                throw new GeniusException(source, at, "the domain has no issue with index " + index);
            }
            String name = e.getAttribute("name").strip();
            if (!name.isEmpty() && !name.equals(issue.name())) {
                throw new GeniusException(source, at + "/@name", "is '" + name + "' but the domain's issue "
                        + index + " is '" + issue.name() + "'");
            }
            GeniusDomain.requireDiscrete(e, source, at);
            Map<String, Double> ev = new LinkedHashMap<>();
            for (Element item : GeniusXml.children(e, "item")) {
                String value = GeniusXml.attribute(item, "value", source, at + "/item");
                String iat = at + "/item[@value='" + value + "']";
                if (!issue.values().contains(value)) {
                    throw new GeniusException(source, iat, "the domain's issue '" + issue.name() + "' has no such value");
                }
                ev.put(value, GeniusXml.number(item, "evaluation", 0, 1e9, source, iat));
            }
            for (String v : issue.values()) {
                if (!ev.containsKey(v)) {
                    throw new GeniusException(source, at + "/item[@value='" + v + "']", "missing: every value needs an evaluation");
                }
            }
            evaluations.put(index, ev);
        }
        double sum = 0;
        for (GeniusDomain.Issue i : domain.issues()) {
            if (!evaluations.containsKey(i.index())) {
                throw new GeniusException(source, "objective/issue[@index='" + i.index() + "']",
                        "missing: the profile must evaluate the domain's issue '" + i.name() + "'");
            }
            if (!weights.containsKey(i.index())) {
                throw new GeniusException(source, "objective/weight[@index='" + i.index() + "']",
                        "missing: the profile must weigh the domain's issue '" + i.name() + "'");
            }
            sum += weights.get(i.index());
        }
        if (sum <= 0) {
            throw new GeniusException(source, "objective/weight", "the weights must not all be 0");
        }
        return new GeniusProfile(source, weights, evaluations, reservation, discount);
    }

    private static double optional(Element space, String tag, double absent, String source) throws GeniusException {
        List<Element> found = GeniusXml.children(space, tag);
        return found.isEmpty() ? absent : GeniusXml.number(found.get(0), "value", 0, 1, source, tag);
    }
}
