package org.truce.server.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli's converter for every option or parameter that names a server ({@code HOST[:PORT]}):
 * {@code converter = HostPortConverter.class}. A bad address becomes one line and exit 2 through
 * {@link OptionChecks#parameterError} ("truce join: bad address 'x:0': the port must be ...").
 */
public final class HostPortConverter implements ITypeConverter<HostPort> {
    /** Thrown for a bad address; {@link OptionChecks#parameterError} prints its message as the whole line. */
    public static final class Refused extends TypeConversionException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    @Override
    public HostPort convert(String value) {
        try {
            return HostPort.parse(value);
        } catch (HostPort.BadAddress e) {
            throw new Refused(e.getMessage());
        }
    }
}
