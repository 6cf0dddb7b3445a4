package org.mview.tests.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the Java examples of {@code docs/} executed: each fenced Java block preceded by
 * {@code <!-- example: Class#method -->} must appear, line for line, between the snippet markers of
 * that test method, which runs it.
 */
class DocSnippetsTest {

    private static final Pattern EXAMPLE = Pattern.compile("<!-- example: (\\w+)#(\\w+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    static Path root() {
        return Path.of(System.getProperty("mview.root", "..")).toAbsolutePath().normalize();
    }

    @TestFactory
    List<DynamicTest> everyJavaExampleIsATest() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> docs = Files.walk(root().resolve("docs"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = EXAMPLE.matcher(Files.readString(doc));
                while (m.find()) {
                    String cls = m.group(1);
                    String method = m.group(2);
                    List<String> expected = normalize(m.group(3));
                    tests.add(DynamicTest.dynamicTest(root().relativize(doc) + " " + cls + "#" + method, () -> {
                        Path source = root().resolve("tests/src/test/java/org/mview/tests/docs/" + cls + ".java");
                        List<String> snippet = snippetOf(Files.readString(source), method);
                        assertTrue(snippet.equals(expected), () -> "docs example differs from " + cls + "#" + method + ":\n" + String.join("\n", expected) + "\n---\n" + String.join("\n", snippet));
                    }));
                }
            }
        }
        assertTrue(!tests.isEmpty(), "no Java examples found in docs/");
        return tests;
    }

    private static List<String> snippetOf(String source, String method) {
        int at = source.indexOf("void " + method + "(");
        int start = source.indexOf("// snippet start", at);
        int end = source.indexOf("// snippet end", start);
        if (at < 0 || start < 0 || end < 0) {
            return List.of("<no snippet markers in " + method + ">");
        }
        return normalize(source.substring(source.indexOf('\n', start) + 1, end));
    }

    private static List<String> normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("}") && !l.startsWith("// snippet")).toList();
    }
}
