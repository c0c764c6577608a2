package dev.node4j.matrix;

import java.util.ArrayList;
import java.util.List;

/** The plain-text module x engine table printed to stdout. */
public final class SummaryTable {

    private SummaryTable() { }

    public static String render(Matrix m) {
        List<String> header = new ArrayList<>(List.of("module", "APIs"));
        for (Matrix.Engine e : m.engines()) header.add(e.name());
        List<List<String>> rows = new ArrayList<>();
        for (Matrix.ModuleRow r : m.modules()) {
            List<String> row = new ArrayList<>(List.of(r.name(), String.valueOf(r.apiCount())));
            for (Matrix.Engine e : m.engines()) {
                Matrix.ModuleCell c = r.cells().get(e.name());
                row.add(c.status().letter() + " " + c.counts().get(Status.SUPPORTED) + "/" + r.apiCount()
                        + " " + c.tests().passRateText());
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("TOTAL", String.valueOf(m.apis().size())));
        for (Matrix.Engine e : m.engines()) {
            total.add(e.apiCounts().get(Status.SUPPORTED) + "/" + m.apis().size() + " " + e.tests().passRateText());
        }
        rows.add(total);

        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = header.get(i).length();
            for (List<String> row : rows) w[i] = Math.max(w[i], row.get(i).length());
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, w);
        StringBuilder sep = new StringBuilder();
        for (int i = 0; i < w.length; i++) sep.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        sb.append(sep).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            if (i == rows.size() - 1) sb.append(sep).append('\n');
            line(sb, rows.get(i), w);
        }
        sb.append("cell: module status (S supported, P partial, U untested, - missing, ? unknown), "
                + "supported APIs / APIs, test pass rate\n");
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] w) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) sb.append("  ");
            sb.append(i == 1 ? " ".repeat(w[i] - c.length()) + c : c + " ".repeat(w[i] - c.length()));
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        sb.setLength(end);
        sb.append('\n');
    }
}
