package org.mview.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark table as an SVG chart: one panel per peer, one bar per workload, the ratio
 * mview/peer on a log scale around 1× (a bar to the left: mview is faster). It reads the Markdown
 * table {@link Bench#render()} prints, so a table kept in docs/performance.md can be drawn again:
 * {@code java ... BenchChart TABLE.md OUT.svg} (the table is the first one in the file).
 */
final class BenchChart {

    static final double MIN_RATIO = 0.01;
    static final double MAX_RATIO = 100;
    static final int LABEL_WIDTH = 330;
    static final int PLOT_WIDTH = 480;
    static final int ROW_HEIGHT = 16;
    static final int PANEL_GAP = 34;
    static final int WIDTH = LABEL_WIDTH + PLOT_WIDTH + 80;
    private static final Pattern RATIO = Pattern.compile("\\(([0-9.]+)x\\)");

    /** Ratios mview/peer per peer (in the table's column order), per workload (in row order). */
    final Map<String, Map<String, Double>> ratios = new LinkedHashMap<>();

    /** Reads the first Markdown table of {@code markdown} whose header starts with {@code | workload | mview |}. */
    static BenchChart fromMarkdown(String markdown) {
        BenchChart chart = new BenchChart();
        List<String> peers = null;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("| workload | mview |")) {
                peers = new ArrayList<>();
                for (String cell : cells(line).subList(2, cells(line).size())) {
                    peers.add(cell);
                    chart.ratios.put(cell, new LinkedHashMap<>());
                }
            } else if (peers != null && line.startsWith("|---")) {
                continue;
            } else if (peers != null && line.startsWith("| ")) {
                List<String> cells = cells(line);
                for (int i = 0; i < peers.size() && i + 2 < cells.size(); i++) {
                    Matcher m = RATIO.matcher(cells.get(i + 2));
                    if (m.find()) {
                        chart.ratios.get(peers.get(i)).put(cells.get(0), Double.parseDouble(m.group(1)));
                    }
                }
            } else if (peers != null) {
                break;
            }
        }
        chart.ratios.values().removeIf(Map::isEmpty);
        return chart;
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.length() - (inner.endsWith("|") ? 1 : 0));
        List<String> out = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            out.add(cell.strip());
        }
        return out;
    }

    /** The x coordinate of a ratio: log scale, 1× in the middle of the plot, clamped to its ends. */
    static double x(double ratio) {
        double clamped = Math.max(MIN_RATIO, Math.min(MAX_RATIO, ratio));
        double fraction = (Math.log10(clamped) - Math.log10(MIN_RATIO)) / (Math.log10(MAX_RATIO) - Math.log10(MIN_RATIO));
        return LABEL_WIDTH + fraction * PLOT_WIDTH;
    }

    String svg(String title) {
        int height = 40;
        for (Map<String, Double> rows : ratios.values()) {
            height += PANEL_GAP + rows.size() * ROW_HEIGHT + 18;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n",
                        WIDTH, height, WIDTH, height));
        sb.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
        sb.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", escape(title)));
        sb.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"34\" fill=\"#555\">time of mview / time of the peer, log scale; left of 1× (green): mview is faster</text>%n"));
        int y = 40;
        for (Map.Entry<String, Map<String, Double>> panel : ratios.entrySet()) {
            y += PANEL_GAP;
            sb.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-size=\"13\" font-weight=\"bold\">mview vs %s</text>%n", y - 10, escape(panel.getKey())));
            axis(sb, y, y + panel.getValue().size() * ROW_HEIGHT); // the grid goes under the bars
            for (Map.Entry<String, Double> row : panel.getValue().entrySet()) {
                bar(sb, y, row.getKey(), row.getValue());
                y += ROW_HEIGHT;
            }
            y += 18;
        }
        return sb.append("</svg>\n").toString();
    }

    private static void bar(StringBuilder sb, int y, String workload, double ratio) {
        double one = x(1);
        double end = x(ratio);
        String colour = ratio <= 1 ? "#2e8b57" : "#e07b39";
        String label = workload.length() > 56 ? workload.substring(0, 55) + "…" : workload;
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LABEL_WIDTH - 6, y + 12, escape(label)));
        sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %.2fx</title></rect>%n",
                        Math.min(one, end), y + 3, Math.max(1, Math.abs(end - one)), ROW_HEIGHT - 5, colour, escape(workload), ratio));
        String value = ratio < MIN_RATIO ? "< 0.01" // beyond the scale: the bar is clamped, the label says so
                        : ratio > MAX_RATIO ? String.format(Locale.ROOT, "≫ %.0f", ratio)
                        : String.format(Locale.ROOT, ratio >= 10 ? "%.0f" : "%.2f", ratio);
        // values in a column of their own, right of the plot: a bar may run to either edge
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#333\">%s×</text>%n",
                        LABEL_WIDTH + PLOT_WIDTH + 10, y + 12, escape(value)));
    }

    private static void axis(StringBuilder sb, int top, int bottom) {
        for (double tick : new double[] {0.01, 0.1, 1, 10, 100}) {
            double x = x(tick);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>%n", x, top, x, bottom, tick == 1 ? "#000" : "#ccc"));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s×</text>%n", x, bottom + 12,
                            tick < 1 ? String.valueOf(tick) : String.valueOf((int) tick)));
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BenchChart TABLE.md OUT.svg");
            System.exit(2);
        }
        String markdown = Files.readString(Path.of(args[0]));
        int header = markdown.indexOf("mode ");
        String title = header < 0 ? "mview benchmarks" : "mview benchmarks, " + markdown.substring(header, markdown.indexOf(',', header));
        Files.writeString(Path.of(args[1]), fromMarkdown(markdown).svg(title));
    }
}
