package org.par4j.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table in the style of the OSU micro-benchmarks: a header line starting with {@code #},
 * the first column left-aligned, the others right-aligned, columns as wide as their widest cell.
 */
public final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param header the column titles */
    public TextTable(String... header) {
        this.header = List.of(header);
    }

    /**
     * @param cells one cell per column
     * @return this table
     * @throws IllegalArgumentException if the count differs from the header's
     */
    public TextTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + header.size());
        }
        rows.add(List.of(cells));
        return this;
    }

    /** @return the rows added, without the header */
    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** @param out where the table is printed */
    public void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length() + (c == 0 ? 2 : 0);
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        List<String> titled = new ArrayList<>(header);
        titled.set(0, "# " + header.get(0));
        printRow(out, titled, width);
        rows.forEach(r -> printRow(out, r, width));
        out.flush();
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(c == 0 ? cell + pad : "  " + pad + cell);
        }
        out.println(line.toString().stripTrailing());
    }

    /**
     * @param value a number
     * @return it with 3 significant figures or more, for a table cell
     */
    public static String number(double value) {
        double a = Math.abs(value);
        if (a >= 100 || a == 0) {
            return String.format("%.0f", value);
        }
        if (a >= 10) {
            return String.format("%.1f", value);
        }
        if (a >= 1) {
            return String.format("%.2f", value);
        }
        return String.format("%.3g", value);
    }
}
