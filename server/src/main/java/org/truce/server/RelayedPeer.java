package org.truce.server;

import io.netty.channel.local.LocalAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-process address of a connection this process relays for a remote player (the SSH door):
 * a Netty {@link LocalAddress} whose id names the player's real address. The server reads it back
 * ({@link AddressLimiter#key}) so its per-address limits count each relayed player by where they
 * really are, as if they had connected over TCP, never all of them as this machine.
 */
public final class RelayedPeer {
    private static final String PREFIX = "relayed:";
    private static final AtomicLong NEXT = new AtomicLong();

    private RelayedPeer() {
    }

    /** A fresh local address (unique: the client side of a local channel binds it) for a player at {@code peer}. */
    public static LocalAddress of(InetAddress peer) {
        String ip = peer.getHostAddress();
        int scope = ip.indexOf('%'); // an IPv6 zone is no part of who the peer is
        return new LocalAddress(PREFIX + (scope < 0 ? ip : ip.substring(0, scope)) + "#" + NEXT.incrementAndGet());
    }

    /** The player's real address behind a relayed local address, or null if {@code a} is not one. */
    static InetSocketAddress peer(SocketAddress a) {
        if (!(a instanceof LocalAddress la) || !la.id().startsWith(PREFIX)) {
            return null;
        }
        String id = la.id();
        int end = id.lastIndexOf('#');
        InetAddress ip = IpLiteral.parse(id.substring(PREFIX.length(), end < 0 ? id.length() : end));
        return ip == null ? null : new InetSocketAddress(ip, 0);
    }
}
