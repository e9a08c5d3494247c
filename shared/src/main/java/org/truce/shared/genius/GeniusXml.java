package org.truce.shared.genius;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses GENIUS XML text safely (no DTDs, no external entities, secure processing: a file cannot
 * make the parser read other files or expand entities) and helps walk its elements. The text
 * comes from the caller: this module never opens files.
 */
final class GeniusXml {
    private GeniusXml() {
    }

    /** The root element of the file's bytes; a malformed file or a DOCTYPE is one {@link GeniusException}. */
    static Element parse(byte[] xml, String source) throws GeniusException {
        // ISO-8859-1 keeps every byte: enough to spot the ASCII keyword in any ASCII-compatible encoding
        if (new String(xml, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
            throw new GeniusException(source, null, "a DOCTYPE declaration is not allowed (GENIUS files need none)");
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(SILENT); // the default handler prints "[Fatal Error]" on stderr
            // bytes, not text: the parser honours the file's encoding declaration (UTF-8 without one)
            return b.parse(new InputSource(new ByteArrayInputStream(xml))).getDocumentElement();
        } catch (SAXParseException e) {
            if (e.getLineNumber() < 0 || String.valueOf(e.getMessage()).contains("UTF-8")) {
                throw new GeniusException(source, null, "not UTF-8 text (declare the file's encoding in its <?xml ?> line)");
            }
            throw new GeniusException(source, null, "not well-formed XML at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber());
        } catch (SAXException | IOException e) {
            throw new GeniusException(source, null, "not well-formed XML");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
        }
    }

    /** The element children of {@code parent} named {@code tag}, in document order. */
    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The {@code objective} element holding the issues: the root's own, or the one inside
     * {@code utility_space} (a domain file may wrap it in a {@code negotiation_template}).
     */
    static Element objective(Element root, String source) throws GeniusException {
        Element at = root;
        for (int depth = 0; depth < 3; depth++) {
            List<Element> obj = children(at, "objective");
            if (!obj.isEmpty()) {
                return obj.get(0);
            }
            List<Element> us = children(at, "utility_space");
            if (us.isEmpty()) {
                break;
            }
            at = us.get(0);
        }
        throw new GeniusException(source, root.getTagName(), "has no objective element (not a GENIUS domain or profile)");
    }

    /** A required attribute, never blank. */
    static String attribute(Element e, String name, String source, String path) throws GeniusException {
        String v = e.getAttribute(name);
        if (v.isBlank()) {
            throw new GeniusException(source, path + "/@" + name, "missing");
        }
        return v.strip();
    }

    /** A required whole-number attribute. */
    static int integer(Element e, String name, String source, String path) throws GeniusException {
        String v = attribute(e, name, source, path);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException x) {
            throw new GeniusException(source, path + "/@" + name, "must be a whole number, got '" + v + "'");
        }
    }

    /** A required finite number attribute within {@code min..max}. */
    static double number(Element e, String name, double min, double max, String source, String path) throws GeniusException {
        String v = attribute(e, name, source, path);
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException x) {
            d = Double.NaN;
        }
        if (!Double.isFinite(d) || d < min || d > max) {
            throw new GeniusException(source, path + "/@" + name, "must be a number from " + plain(min) + " to "
                    + plain(max) + ", got '" + v + "'");
        }
        return d;
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
