package org.truce.shared.bot;

import java.util.Objects;
import org.truce.shared.engine.Command;

/** What a bot does now: a command for the engine and, optionally, a line said to all. */
public record BotAction(Command command, String line) {
    public BotAction {
        Objects.requireNonNull(command, "command");
    }
}
