package org.truce.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** A literal IP address typed by an operator (e.g. for {@code --trust}), read without any DNS look-up. */
public final class IpLiteral {
    private static final Pattern V4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private IpLiteral() {
    }

    /** The address {@code text} spells (dotted IPv4, or IPv6 with or without brackets), or null if it is not one. */
    public static InetAddress parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        // only these shapes reach InetAddress, which reads them as literals: a host name would be looked up
        if (!V4.matcher(s).matches() && !V6.matcher(s).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            return null; // e.g. "1::2::3": an invalid IPv6 literal
        }
    }
}
