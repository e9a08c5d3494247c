package org.truce.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bad arguments to every command: one clear line on stderr, exit code 2, no stack trace, no screen or server opened. */
class CliErrorsTest {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void oneLine(CliRun r, String start) {
        r.isOneLine(start);
    }

    @Test
    @Timeout(10)
    void soloWithAnUnknownParty() {
        CliRun r = run("solo", "--party", "XX");
        oneLine(r, "truce solo: no party 'XX' in paris-summit");
        assertThat(r.err()).contains("UA, RU, US, FR, UK, DE");
    }

    @Test
    @Timeout(10)
    void soloWithAnUnknownDifficulty() {
        oneLine(run("solo", "--difficulty", "impossible"), "truce solo: --difficulty must be easy, normal or hard, not 'impossible'");
    }

    @Test
    @Timeout(10)
    void soloWithAMissingScenarioFile() {
        CliRun r = run("solo", "--scenario", "/no/such/file");
        oneLine(r, "truce solo: cannot load scenario '/no/such/file'");
        assertThat(r.err()).contains("no such file").contains("paris-summit");
    }

    @Test
    @Timeout(10)
    void joinWithABadPort() {
        oneLine(run("join", "badhost:99999"), "truce join: bad address 'badhost:99999'");
        oneLine(run("join", "localhost:x"), "truce join: bad address 'localhost:x'");
    }

    @Test
    @Timeout(10)
    void joinWithABadOrUnbracketedIpv6Address() {
        oneLine(run("join", "::1"), "truce join: bad address '::1': an IPv6 address goes in brackets, as in [::1] or [::1]:7777");
        oneLine(run("join", "[::1]:0"), "truce join: bad address '[::1]:0': the port must be a number from 1 to 65535");
        oneLine(run("join", "[::1"), "truce join: bad address '[::1': a '[' without its ']'");
        oneLine(run("bot", "[::1]:x", "--room", "ABCDE", "--party", "RU"), "truce bot: bad address '[::1]:x': the port must be");
    }

    @Test
    @Timeout(10)
    void joinWithATooLongOrControlCharacterName() {
        oneLine(run("join", "localhost", "--name", "x".repeat(33)), "truce join: bad --name: Your name must be at most 32 characters");
        oneLine(run("join", "localhost", "--name", "a\u001b[2Jb"), "truce join: bad --name: Your name must be plain text");
        oneLine(run("join", "localhost", "--name", "A\u200Bna"), "truce join: bad --name: Your name must be plain text on one line (no control, invisible");
        oneLine(run("join", "localhost", "--name", "Ana\u202E"), "truce join: bad --name: Your name must be plain text");
        oneLine(run("join", "localhost", "--name", "Ukraine (bot)"), "truce join: bad --name: Your name may not end in \"(bot)\"");
        oneLine(run("join", "localhost", "--name", "Ukraine (stand-in)"), "truce join: bad --name: Your name may not end in \"(bot)\"");
        // the server's look-alike and invisible-character rules, checked before connecting (PlainText, shared)
        oneLine(run("join", "localhost", "--name", "Ukraine (b\u043Et)"), "truce join: bad --name: Your name mixes Latin and Cyrillic letters");
        oneLine(run("join", "localhost", "--name", "Ukraine\uFF08bot\uFF09"), "truce join: bad --name: Your name may not end in \"(bot)\"");
        oneLine(run("join", "localhost", "--name", "Ana\uFE0F"), "truce join: bad --name: Your name must be plain text");
        oneLine(run("join", "localhost", "--name", "\u2800"), "truce join: bad --name: Your name shows nothing (only blank-looking characters)");
        oneLine(run("join", "localhost", "--name", "Ana\u2800"), "truce join: bad --name: Your name may not contain blank-looking characters");
        oneLine(run("join", "localhost", "--name", "\uFF21\uFF4E\uFF41"), "truce join: bad --name: Your name uses special forms of characters");
    }

    @Test
    @Timeout(10)
    void soloChecksEveryOptionBeforeTheTerminalOpens() {
        oneLine(run("solo", "--rounds", "0"), "truce solo: --rounds must be a whole number 1..50, not 0");
        oneLine(run("solo", "--rounds", "51"), "truce solo: --rounds must be a whole number 1..50, not 51");
        oneLine(run("solo", "--turn-seconds", "-1"), "truce solo: --turn-seconds must be a whole number 0..3600, not -1");
        oneLine(run("solo", "--vote-seconds", "3601"), "truce solo: --vote-seconds must be a whole number 0..3600, not 3601");
        oneLine(run("solo", "--bot-delay-ms", "-5"), "truce solo: --bot-delay-ms must be a whole number 0..60000, not -5");
        oneLine(run("solo", "--party", "U"), "truce solo: --party must be a party id of 2 to 4 letters (e.g. UA), not 'U'");
    }

    @Test
    @Timeout(10)
    void picocliRefusalsAreOneLineToo() {
        CliRun r = run("solo", "--rounds", "abc");
        oneLine(r, "truce solo: Invalid value for option '--rounds': 'abc' is not an int");
        assertThat(r.err()).contains("(see: truce solo --help)");
        oneLine(run("serve", "--port", "99999999999"), "truce serve: Invalid value for option '--port'");
        oneLine(run("simulate", "--frobnicate"), "truce simulate: Unknown option: '--frobnicate'");
        oneLine(run("bot", "localhost"), "truce bot: Missing required options");
    }

    @Test
    @Timeout(10)
    void serveChecksEveryOptionBeforeTheServerStarts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        oneLine(run("serve", "--port", "99999"), "truce serve: --port must be a whole number 0..65535, not 99999");
        oneLine(run("serve", "--port", "-1"), "truce serve: --port must be a whole number 0..65535, not -1");
        oneLine(run("serve", "--grace", "-1"), "truce serve: --grace must be a whole number 0..86400, not -1");
        oneLine(run("serve", "--bot-delay", "60001"), "truce serve: --bot-delay must be a whole number 0..60000, not 60001");
        oneLine(run("serve", "--trust", "notanip", "--data", dir.toString()),
                "truce serve: --trust must be an IP address such as 127.0.0.1 or ::1 (no host names or ranges), not 'notanip'");
        oneLine(run("serve", "--trust", "127.0.0.1,localhost", "--data", dir.toString()), "truce serve: --trust must be an IP address");
        oneLine(run("serve", "--teacher-key", "too-short", "--data", dir.toString()),
                "truce serve: --teacher-key must be 16 to 128 characters long");
        oneLine(run("serve", "--teacher-key", "a key with spaces in it", "--data", dir.toString()),
                "truce serve: --teacher-key must be printable ASCII letters, digits or signs, without spaces");
        assertThat(java.nio.file.Files.exists(dir.resolve("teacher.key"))).as("nothing started").isFalse();
        oneLine(run("serve", "--bind", "no-such-host.invalid", "--data", dir.toString()),
                "truce serve: --bind must be an address or host name, not 'no-such-host.invalid'");
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("plain-file"), "x");
        oneLine(run("serve", "--data", file.toString()), "truce serve: --data " + file + " is a file, not a directory");
        oneLine(run("serve", "--data", file.resolve("sub").toString()), "truce serve: --data " + file.resolve("sub") + ": cannot create the directory");
    }

    @Test
    @Timeout(10)
    void joinBotAndBenchCheckTheirOptions() {
        oneLine(run("join", "localhost", "--room", "AB"), "truce join: --room must be a room's five-character join code (e.g. K7QXM), not 'AB'");
        oneLine(run("join", "localhost", "--party", "UA"), "truce join: --party needs --room");
        oneLine(run("join", "--room", "ABCDE"), "truce join: --room needs the server's address");
        oneLine(run("bot", "localhost", "--room", "ABCDE", "--party", "RU", "--delay", "-1"),
                "truce bot: --delay must be a whole number 0..60000, not -1");
        oneLine(run("bot", "localhost", "--room", "ABCD!", "--party", "RU"), "truce bot: --room must be a room's five-character join code");
        // five characters, but one a code never has: the line says why
        oneLine(run("join", "localhost", "--room", "NOPE1"), "truce join: --room must be a room's five-character join code (e.g. K7QXM),"
                + " not 'NOPE1': join codes use letters and digits but never 0, 1, I, L or O");
        oneLine(run("bot", "localhost", "--room", "ABCDE", "--party", "R1"), "truce bot: --party must be a party id of 2 to 4 letters");
        oneLine(run("bench", "--games", "0"), "truce bench: --games must be a whole number 1..1000000, not 0");
        oneLine(run("simulate", "--games", "0"), "truce simulate: --games must be between 1 and 10000000");
    }
}
