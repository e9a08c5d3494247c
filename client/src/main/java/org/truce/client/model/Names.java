package org.truce.client.model;

import org.truce.shared.scenario.Option;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.ScenarioInfo;
import org.truce.shared.scenario.Term;

/** Words for ids: party names, term names, option labels. */
public final class Names {
    private final ScenarioInfo info;

    public Names(ScenarioInfo info) {
        this.info = info;
    }

    public String party(String id) {
        if (id == null) {
            return "-";
        }
        if ("all".equals(id)) {
            return "everyone";
        }
        int i = info.partyIndex(id);
        return i < 0 ? id : info.parties().get(i).name();
    }

    public String term(String id) {
        int i = info.termIndex(id);
        return i < 0 ? id : info.terms().get(i).name();
    }

    public String option(String termId, String optionId) {
        int i = info.termIndex(termId);
        if (i < 0) {
            return optionId;
        }
        Term t = info.terms().get(i);
        int o = t.indexOf(optionId);
        if (o < 0) {
            return optionId;
        }
        Option opt = t.option(o);
        return opt.label();
    }

    public Party partyInfo(String id) {
        return info.party(id);
    }
}
