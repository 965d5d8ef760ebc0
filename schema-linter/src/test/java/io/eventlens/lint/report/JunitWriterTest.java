package io.eventlens.lint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class JunitWriterTest {

    static Document junit(List<Violation> violations) throws Exception {
        String xml = ReportsTest.write(Format.JUNIT, violations);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void oneFailurePerErrorInATestcaseNamedAfterTheFile() throws Exception {
        Document doc = junit(List.of(ReportsTest.BREAK, ReportsTest.NOTE));
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("eventlens diff");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        Element testcase = (Element) doc.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("name")).isEqualTo("orders.yaml");
        Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("required-property-removed");
        assertThat(failure.getTextContent()).startsWith("orders.yaml:12:7: error required-property-removed");
        assertThat(testcase.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("info-version-changed");
    }

    @Test
    void noViolationsIsOnePassingTestcase() throws Exception {
        Document doc = junit(List.of());
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void controlCharactersInMessagesStillGiveWellFormedXml() throws Exception {
        Document doc =
                junit(List.of(new Violation("r", Severity.ERROR, "a\u0001.yaml", 1, 1, "", "bad \u0000 <&> value")));
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("bad \uFFFD <&> value");
    }
}
