package io.eventlens.lint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML: one {@code testsuite} named after the command, one {@code testcase} per file checked (named by the file),
 * with a {@code failure} per error; warnings and infos go to {@code system-out}. With no violation at all, one passing
 * test case says the gate passed, so CI shows a green test rather than an empty suite.
 */
final class JunitWriter {

    private JunitWriter() {}

    static void write(String toolCommand, List<Violation> violations, Writer out) throws IOException {
        Map<String, List<Violation>> byFile = new LinkedHashMap<>();
        violations.forEach(
                v -> byFile.computeIfAbsent(v.file(), f -> new ArrayList<>()).add(v));
        long failures = violations.stream().filter(Violation::failing).count();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", toolCommand);
            xml.writeAttribute("tests", String.valueOf(Math.max(1, byFile.size())));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            if (byFile.isEmpty()) {
                testcase(xml, toolCommand, "no violations", List.of());
            }
            for (Map.Entry<String, List<Violation>> entry : byFile.entrySet()) {
                testcase(xml, toolCommand, entry.getKey(), entry.getValue());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.write(System.lineSeparator());
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    private static void testcase(XMLStreamWriter xml, String suite, String name, List<Violation> violations)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", suite);
        xml.writeAttribute("name", xmlSafe(name));
        StringBuilder notes = new StringBuilder();
        for (Violation v : violations) {
            String line = v.file() + ":" + v.line() + ":" + v.column() + ": "
                    + v.severity().label() + " " + v.ruleId() + ": " + v.message()
                    + (v.pointer().isEmpty() ? "" : " [" + v.pointer() + "]");
            if (v.failing()) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("failure");
                xml.writeAttribute("type", v.ruleId());
                xml.writeAttribute("message", xmlSafe(v.message()));
                xml.writeCharacters(xmlSafe(line));
                xml.writeEndElement();
            } else {
                notes.append(line).append('\n');
            }
        }
        if (notes.length() > 0) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(xmlSafe(notes.toString()));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters, even escaped: they become U+FFFD. */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints()
                .forEach(c -> safe.appendCodePoint(
                        c == 0x9
                                        || c == 0xA
                                        || c == 0xD
                                        || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) && (c < 0xD800 || c > 0xDFFF)
                                ? c
                                : 0xFFFD));
        return safe.toString();
    }
}
