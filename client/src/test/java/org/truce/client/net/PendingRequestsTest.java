package org.truce.client.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PendingRequestsTest {

    @Test
    void aReplyWithItsReSettlesOnlyItsOwnRequest() {
        PendingRequests r = new PendingRequests();
        String vote = r.open();
        String talk = r.open();
        assertThat(vote).isNotEqualTo(talk);
        assertThat(r.pending(vote)).isTrue();

        r.settle(null); // a state some other move caused
        r.settle("c999"); // a reply to someone's request this client never sent
        assertThat(r.pending(vote)).isTrue();

        r.settle(vote);
        assertThat(r.pending(vote)).isFalse();
        assertThat(r.pending(talk)).isTrue();
        assertThat(r.pending(null)).isFalse();
    }

    @Test
    void aNewLinkDropsEveryPendingMark() {
        PendingRequests r = new PendingRequests();
        String a = r.open();
        String b = r.open();
        r.dropAll();
        assertThat(r.pending(a)).isFalse();
        assertThat(r.pending(b)).isFalse();
        assertThat(r.open()).isNotIn(a, b); // ids are never reused: a late reply cannot settle a new request
    }

    @Test
    void onlyAReplyThatIsNotAnErrorAnswersARequest() {
        PendingRequests r = new PendingRequests();
        String list = r.open();
        String vote = r.open();
        String lost = r.open();
        assertThat(r.answered(list)).isFalse(); // pending
        r.settle(list, false);
        r.settle(vote, true);
        assertThat(r.answered(list)).isTrue();
        assertThat(r.answered(vote)).as("refused").isFalse();
        assertThat(r.pending(vote)).isFalse();
        r.dropAll();
        assertThat(r.dropped(lost)).as("given up on at the link-up").isTrue();
        assertThat(r.pending(lost)).isFalse();
        r.settle(lost, false); // it went out late after all (queued, sent after the hello): its reply answers it
        assertThat(r.answered(lost)).isTrue();
        assertThat(r.dropped(lost)).isFalse();
        assertThat(r.answered(null)).isFalse();
        assertThat(r.answered("c999")).isFalse();
    }

    @Test
    void onlyTheLatestAnswersAreKept() {
        PendingRequests r = new PendingRequests();
        String first = r.open();
        r.settle(first);
        String last = null;
        for (int i = 0; i < PendingRequests.ANSWERS_KEPT; i++) {
            last = r.open();
            r.settle(last);
        }
        assertThat(r.answered(first)).isFalse();
        assertThat(r.answered(last)).isTrue();
    }
}
