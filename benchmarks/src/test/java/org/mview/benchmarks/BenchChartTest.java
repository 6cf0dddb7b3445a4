package org.mview.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The chart shows every ratio of the table it is drawn from, on a log scale around 1×. */
class BenchChartTest {

    private static final String TABLE = """
                    mode quick, runtime GraalVM CE, at least 3 warm-up + 5 timed rounds

                    | workload | mview | CPython 3.13 | GraalPy 25 | Java |
                    |---|---:|---:|---:|---:|
                    | 1a sum of <8M> | 3.1 ±5% | 31 ±2% (0.10x) | | 0.31 ±1% (10.00x) |
                    | 2 tobytes | 1.0 ±5% | 1.0 ±3% (1.00x) | 0.5 ±9% (2.00x) | |
                    | 3 hex | 900 ±1% | 0.9 ±1% (1000.00x) | | |
                    | 4 tolist | 0.01 ±1% | 9 ±1% (0.00x) | | |

                    - a note | not a row |
                    """;

    @Test
    void readsTheRatiosOfTheMarkdownTable() {
        BenchChart chart = BenchChart.fromMarkdown(TABLE);
        assertEquals(List.of("CPython 3.13", "GraalPy 25", "Java"), List.copyOf(chart.ratios.keySet()));
        assertEquals(Map.of("1a sum of <8M>", 0.10, "2 tobytes", 1.00, "3 hex", 1000.0, "4 tolist", 0.0), chart.ratios.get("CPython 3.13"));
        assertEquals(Map.of("2 tobytes", 2.0), chart.ratios.get("GraalPy 25"));
        assertEquals(Map.of("1a sum of <8M>", 10.0), chart.ratios.get("Java"));
    }

    @Test
    void logScaleAroundOne() {
        double middle = BenchChart.LABEL_WIDTH + BenchChart.PLOT_WIDTH / 2.0;
        assertEquals(middle, BenchChart.x(1), 1e-9);
        assertEquals(middle - BenchChart.PLOT_WIDTH / 4.0, BenchChart.x(0.1), 1e-9);
        assertEquals(middle + BenchChart.PLOT_WIDTH / 4.0, BenchChart.x(10), 1e-9);
        assertEquals(BenchChart.LABEL_WIDTH + BenchChart.PLOT_WIDTH, BenchChart.x(1000), 1e-9, "clamped at 100x");
    }

    @Test
    void drawsOneBarPerRatioInAValidSvg() throws Exception {
        String svg = BenchChart.fromMarkdown(TABLE).svg("mview benchmarks, mode quick");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList rects = doc.getElementsByTagName("rect");
        List<String> bars = new java.util.ArrayList<>();
        for (int i = 1; i < rects.getLength(); i++) { // the first is the background
            bars.add(((Element) rects.item(i)).getElementsByTagName("title").item(0).getTextContent());
        }
        assertEquals(List.of("1a sum of <8M>: 0.10x", "2 tobytes: 1.00x", "3 hex: 1000.00x", "4 tolist: 0.00x", "2 tobytes: 2.00x", "1a sum of <8M>: 10.00x"), bars);
        assertTrue(svg.contains(">mview vs CPython 3.13<") && svg.contains(">mview vs Java<"));
        assertTrue(svg.contains(">≫ 1000×<") && svg.contains(">&lt; 0.01×<"), "a ratio beyond the scale says so");
        Element fast = (Element) rects.item(1);
        assertEquals(BenchChart.x(0.1), Double.parseDouble(fast.getAttribute("x")), 0.05, "a faster row's bar ends at its ratio, left of 1x");
        assertEquals("#2e8b57", fast.getAttribute("fill"));
        assertEquals("#e07b39", ((Element) rects.item(5)).getAttribute("fill"));
    }
}
