package org.par4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.par4j.bench.BenchReport;
import org.par4j.bench.peers.Pairing;

/**
 * Where a bench command's report goes: the table on standard output, {@code --json FILE}, the
 * {@code --out DIR} folder ({@code NAME.txt} and {@code NAME.json} for {@code par4j bench report}),
 * and the peers side by side with {@code --compare}.
 */
final class BenchResults {
    private BenchResults() {
    }

    /**
     * @param report the figures
     * @param again measures again without printing, for {@code --compare-rounds}
     * @param out standard output
     * @param json the {@code --json} file, or null
     * @param output the {@code --out} option
     * @param peers the {@code --compare} options
     * @param pairings which par4j figure goes with which peer figure
     * @param peerItems the peer items to run for the comparison
     * @return the exit status: 0, or 1 if a comparison was asked for and could not be made
     * @throws Exception if a file cannot be written or a further round fails
     */
    static int emit(BenchReport report, PeerCompareOptions.Rerun again, PrintWriter out, Path json,
            BenchOutputOptions output, PeerCompareOptions peers, List<Pairing> pairings, int... peerItems) throws Exception {
        StringWriter text = new StringWriter();
        report.print(new PrintWriter(text));
        out.print(text);
        if (json != null) {
            report.writeJson(json);
            out.println("# JSON written to " + json);
        }
        Path base = output.writeTable(report.bench(), text.toString());
        if (base != null) {
            report.writeJson(base.resolveSibling(report.bench() + ".json"));
            out.println("# table and JSON written to " + output.dir());
        }
        out.flush();
        return peers.compareIfAsked(report, again, pairings, out, peerItems) ? 0 : 1;
    }

    /**
     * For benchmarks that print their own table: prints it, writes {@code --json}, and leaves the table
     * in the {@code --out} folder.
     *
     * @param table the printed table
     * @param jsonText the figures as JSON
     * @param out standard output
     * @param json the {@code --json} file, or null
     * @param output the {@code --out} option
     * @param name the name of the files in the {@code --out} folder
     * @return the base path for plots in the {@code --out} folder, or null without {@code --out}
     * @throws IOException if a file cannot be written
     */
    static Path emitTable(String table, String jsonText, PrintWriter out, Path json, BenchOutputOptions output,
            String name) throws IOException {
        out.print(table);
        if (json != null) {
            java.nio.file.Files.writeString(json, jsonText);
            out.println("# JSON written to " + json);
        }
        return output.writeTable(name, table);
    }
}
