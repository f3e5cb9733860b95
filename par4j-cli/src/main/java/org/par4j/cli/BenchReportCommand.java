package org.par4j.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.par4j.bench.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code par4j bench report DIR}: one HTML page of everything the bench commands wrote into DIR. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Par4jVersion.class,
        description = "Writes DIR/index.html: every table and plot that bench commands run with --out DIR"
                + " left there, and the machine they ran on, in one self-contained page.")
public final class BenchReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder given to --out.")
    private Path dir;

    @Override
    public Integer call() {
        Path page = HtmlReport.write(dir);
        spec.commandLine().getOut().println("report written to " + page);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
