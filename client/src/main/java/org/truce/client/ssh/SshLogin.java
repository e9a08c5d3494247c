package org.truce.client.ssh;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.List;
import java.util.function.Supplier;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKey;
import org.apache.sshd.server.auth.keyboard.InteractiveChallenge;
import org.apache.sshd.server.auth.keyboard.KeyboardInteractiveAuthenticator;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * Who may come in through the SSH door. No accounts: the SSH user name is the player's name.
 * <ul>
 *   <li>{@value #TEACHER}: the teacher's console, only with the server's teacher key typed as the
 *       password (never by a public key).</li>
 *   <li>Anyone else, without a class password: in at once; a public key, if the client offers one,
 *       is accepted as it comes and, once proven, its fingerprint names the session ({@link #provenKey}).</li>
 *   <li>Anyone else, with a class password: the password; a client that offers a key shows it first
 *       (then the password follows), so the fingerprint is known there too.</li>
 * </ul>
 * The methods' order and combinations are in {@link #authMethods}.
 */
final class SshLogin implements PasswordAuthenticator, PublickeyAuthenticator, KeyboardInteractiveAuthenticator {
    /** The user name that opens the teacher's console. */
    static final String TEACHER = "teacher";
    private final String classPassword;
    private final Supplier<String> teacherKey;

    /** {@code classPassword}: null for none; {@code teacherKey}: the server's key in use. */
    SshLogin(String classPassword, Supplier<String> teacherKey) {
        this.classPassword = classPassword;
        this.teacherKey = teacherKey;
    }

    /**
     * The value of MINA's {@code auth-methods}: alternatives separated by spaces, steps by commas.
     * Without a class password a key, an empty keyboard-interactive round or any password will do;
     * with one, a key is only a first step.
     */
    String authMethods() {
        return classPassword == null
                ? "publickey keyboard-interactive password"
                : "publickey,keyboard-interactive publickey,password keyboard-interactive password";
    }

    static boolean isTeacher(String user) {
        return TEACHER.equalsIgnoreCase(user);
    }

    /**
     * A player's name that would read as the teacher's (" teacher", "Teacher.", "teacher!"): its
     * letters and digits alone spell {@value #TEACHER}. Refused at the door: only the teacher's
     * console may show that name.
     */
    static boolean posesAsTeacher(String user) {
        return user != null && !isTeacher(user)
                && TEACHER.equals(user.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public boolean authenticate(String user, PublicKey key, ServerSession session) {
        // asked before the client has proved it holds the key: see provenKey for what counts
        return !isTeacher(user);
    }

    /**
     * The SHA-256 fingerprint of the public key this session's client proved it holds (MINA lists
     * a key only once its signature is verified), or null. Never a key that was merely offered: a
     * public key is public, and a client could offer a classmate's before logging in another way.
     */
    static String provenKey(ServerSession session) {
        List<PublicKey> proven = session.getAttribute(UserAuthPublicKey.AUTHENTICATED_KEYS);
        return proven == null || proven.isEmpty() ? null : KeyUtils.getFingerPrint(proven.get(proven.size() - 1));
    }

    @Override
    public boolean authenticate(String user, String password, ServerSession session) {
        return secretOk(user, password);
    }

    @Override
    public InteractiveChallenge generateChallenge(ServerSession session, String user, String lang, String subMethods) {
        InteractiveChallenge c = new InteractiveChallenge();
        c.setInteractionName("Truce");
        if (isTeacher(user)) {
            c.setInteractionInstruction("The teacher's console.");
            c.addPrompt("Teacher key: ", false);
        } else if (classPassword != null) {
            c.addPrompt("Class password: ", false);
        }
        return c;
    }

    @Override
    public boolean authenticate(ServerSession session, String user, List<String> responses) {
        boolean asked = isTeacher(user) || classPassword != null;
        if (!asked) {
            return responses == null || responses.isEmpty();
        }
        return responses != null && responses.size() == 1 && secretOk(user, responses.get(0));
    }

    private boolean secretOk(String user, String typed) {
        if (isTeacher(user)) {
            return same(teacherKey.get(), typed);
        }
        return classPassword == null || same(classPassword, typed);
    }

    /** Compares in constant time (a wrong guess says nothing about how close it was). */
    private static boolean same(String expected, String typed) {
        return expected != null && typed != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), typed.getBytes(StandardCharsets.UTF_8));
    }
}
