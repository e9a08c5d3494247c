package org.truce.shared.genius;

/**
 * A GENIUS file that cannot be imported: one line naming the file, the element or attribute
 * (an XPath-like path such as {@code objective/issue[@index='3']/item[@value='Ballroom']/@evaluation})
 * and what is wrong with it.
 */
public final class GeniusException extends Exception {
    private static final long serialVersionUID = 1L;

    /** {@code source} names the file; {@code path} the element or attribute (null: the whole file). */
    public GeniusException(String source, String path, String problem) {
        super(source + ": " + (path == null ? "" : path + ": ") + problem);
    }
}
