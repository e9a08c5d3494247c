package org.truce.shared.genius;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The ANAC Party domain (GENIUS's partydomain folder) from the test resources, and small XML texts. */
final class GeniusFiles {
    static final String DIR = "/genius/partydomain/";

    private GeniusFiles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = GeniusFiles.class.getResourceAsStream(DIR + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static GeniusDomain partyDomain() throws GeniusException {
        return GeniusDomain.parse(bytes("party_domain.xml"), "party_domain.xml");
    }

    static List<GeniusProfile> partyProfiles(GeniusDomain d) throws GeniusException {
        List<GeniusProfile> out = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String name = "party" + i + "_utility.xml";
            out.add(GeniusProfile.parse(bytes(name), name, d));
        }
        return out;
    }
}
