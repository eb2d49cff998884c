package org.ragbook.read;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The JDK's own SAX parser, hardened for XML taken from uploads: secure processing limits on, no
 * DOCTYPE at all (so no external entities and no entity expansion). A parser is made per part
 * because factories and parsers are not thread-safe and the cost is tiny next to a sheet.
 */
final class SecureSax {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SecureSax() {
    }

    static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
        newParser().parse(xml, handler);
    }

    private static SAXParser newParser() throws SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            return factory.newSAXParser();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser refused a security setting", e);
        }
    }
}
