package org.truce.shared.bot;

import java.util.Objects;
import org.truce.shared.engine.Command;

/** What a bot does now: a command for the engine and, optionally, a line said to all. */
public record BotAction(Command command, String line) {
    /** Refuses a null command; {@code line} null means the bot says nothing. */
    public BotAction {
        Objects.requireNonNull(command, "command");
    }
}
