package org.truce.server.cli;

import java.net.InetSocketAddress;
import java.util.regex.Pattern;
import org.truce.server.IpLiteral;

/**
 * A server's address as a user types it: {@code host}, {@code host:port}, {@code 127.0.0.1:7777},
 * {@code [::1]} or {@code [::1]:7777} (an IPv6 address in brackets only, so its colons cannot be
 * read as a port). {@link #host} is kept without brackets; nothing is looked up.
 */
public record HostPort(String host, int port) {
    /** The port when the text names none. */
    public static final int DEFAULT_PORT = 7777;
    /** Host names and IPv4 addresses: letters, digits, dots, dashes and underscores. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,252}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,5}");

    /** Thrown by {@link #parse}: its message is the whole line to show ("bad address 'x': ..."). */
    public static final class BadAddress extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String problem;

        BadAddress(String text, String problem) {
            super("bad address '" + shown(text) + "': " + problem);
            this.problem = problem;
        }

        /** What is wrong, without the address ("the port must be a number from 1 to 65535"). */
        public String problem() {
            return problem;
        }
    }

    /** Validates the parts: a non-blank host and a port from 1 to 65535. */
    public HostPort {
        if (host == null || host.isBlank() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("host must not be blank and port must be 1..65535: " + host + " " + port);
        }
    }

    /** The address {@code text} spells, port {@value #DEFAULT_PORT} if it names none. */
    public static HostPort parse(String text) {
        String s = text == null ? "" : text.strip();
        String host;
        String port = null;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw new BadAddress(s, "a '[' without its ']' (an IPv6 address is written [::1] or [::1]:7777)");
            }
            host = s.substring(1, close);
            String rest = s.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw new BadAddress(s, "expected :PORT after the ']'");
            }
            port = rest.isEmpty() ? null : rest.substring(1);
            if (!host.contains(":") || IpLiteral.parse(host) == null) {
                throw new BadAddress(s, "'" + shown(host) + "' in brackets is not an IPv6 address");
            }
        } else {
            int colon = s.indexOf(':');
            if (colon >= 0 && s.indexOf(':', colon + 1) >= 0) {
                throw new BadAddress(s, "an IPv6 address goes in brackets, as in [::1] or [::1]:7777");
            }
            host = colon < 0 ? s : s.substring(0, colon);
            port = colon < 0 ? null : s.substring(colon + 1);
            if (host.isEmpty()) {
                throw new BadAddress(s, "no host (expected HOST or HOST:PORT, as in localhost:7777)");
            }
            if (!NAME.matcher(host).matches()) {
                throw new BadAddress(s, "a host is letters, digits, dots, dashes and underscores (expected HOST or HOST:PORT)");
            }
        }
        if (port == null) {
            return new HostPort(host, DEFAULT_PORT);
        }
        int p = DIGITS.matcher(port).matches() ? Integer.parseInt(port) : -1;
        if (p < 1 || p > 65535) {
            throw new BadAddress(s, "the port must be a number from 1 to 65535");
        }
        return new HostPort(host, p);
    }

    /** An unresolved socket address for it (the host is looked up when connecting). */
    public InetSocketAddress unresolved() {
        return InetSocketAddress.createUnresolved(host, port);
    }

    /** {@code host:port}, an IPv6 host in brackets: what {@link #parse} reads back. */
    @Override
    public String toString() {
        return text(host, port);
    }

    /**
     * {@code host:port} as a user types it back: an IPv6 host in brackets ({@code [::1]:7777}).
     * Any port, so a message can name an address it refused.
     */
    public static String text(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    private static String shown(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
