package org.truce.client.ui;

/** A window that redraws itself from the model (after a message, a resize, or a clock tick). */
public interface Refreshable {
    /** Redraws the window from the model (GUI thread). */
    void refresh();
}
