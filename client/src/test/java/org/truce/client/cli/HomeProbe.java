package org.truce.client.cli;

import org.slf4j.LoggerFactory;
import org.truce.client.model.ClientSettings;

/** Run in a child JVM by {@link TruceHomeChildTest}: saves a setting and logs a line the way the client does. */
public final class HomeProbe {
    private HomeProbe() {
    }

    /** Saves name=Ana to the default settings file and writes one log line. */
    public static void main(String[] args) {
        ClientSettings s = ClientSettings.defaultFile();
        s.put("name", "Ana");
        s.save();
        LoggerFactory.getLogger(HomeProbe.class).info("home probe");
    }
}
