package org.par4j.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutorial in docs/ tells the truth: every code block that names an example file
 * ({@code // examples/X.java} on its first line) is a verbatim part of that file, and every output
 * block that starts with {@code $ bin/par4j run ...} is what that command prints. Decimal numbers
 * (times, speedups, estimates) may differ from run to run and are compared as "a number"; everything
 * else must match, line by line, in order — or in any order where the block says {@code text any-order}
 * (parallel output has no order). The pages call this machine "myhost". Blocks marked {@code text no-run} show measurements taken once (a
 * full-size benchmark) and are not rerun.
 */
class DocsTest {
    private static final Path DOCS = Par4jCli.ROOT.resolve("docs");

    @TempDir
    Path dir;

    /** One fenced block of a page. */
    record Block(Path page, int line, String info, List<String> lines) {
        @Override
        public String toString() {
            return DOCS.relativize(page) + ":" + line;
        }
    }

    static List<Block> blocks() throws IOException {
        List<Block> all = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(DOCS)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                List<String> lines = Files.readAllLines(page);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).startsWith("```") && lines.get(i).length() > 3) {
                        int start = i;
                        List<String> body = new ArrayList<>();
                        for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                            body.add(lines.get(i));
                        }
                        all.add(new Block(page, start + 1, lines.get(start).substring(3).trim(), body));
                    }
                }
            }
        }
        return all;
    }

    @Test
    void shouldHaveATutorialPageForEveryConceptLinkedFromTheReadme() throws IOException {
        String readme = Files.readString(Par4jCli.ROOT.resolve("README.md"));
        assertThat(readme).contains("docs/README.md");
        String index = Files.readString(DOCS.resolve("README.md"));
        try (Stream<Path> pages = Files.list(DOCS)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                if (!page.getFileName().toString().equals("README.md")) {
                    assertThat(index).as("docs/README.md links %s", page.getFileName())
                            .contains("(" + page.getFileName() + ")");
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> codeBlocksAreTheRealExamples() throws IOException {
        return blocks().stream().filter(b -> b.info().equals("java") && !b.lines().isEmpty()
                && b.lines().getFirst().matches("// examples/\\w+\\.java"))
                .map(b -> DynamicTest.dynamicTest(b.toString(), () -> {
                    Path file = Par4jCli.ROOT.resolve(b.lines().getFirst().substring(3));
                    String body = String.join("\n", b.lines().subList(1, b.lines().size()));
                    assertThat(Files.readString(file)).as("%s is a verbatim part of %s", b, file).contains(body);
                }));
    }

    @TestFactory
    Stream<DynamicTest> outputBlocksAreWhatTheCommandsPrint() throws IOException {
        return blocks().stream().filter(b -> b.info().startsWith("text") && !b.info().contains("no-run")
                && !b.lines().isEmpty()
                && b.lines().getFirst().startsWith("$ bin/par4j run "))
                .map(b -> DynamicTest.dynamicTest(b.toString(), () -> check(b)));
    }

    private void check(Block b) throws Exception {
        String[] words = b.lines().getFirst().substring("$ bin/par4j ".length()).trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].startsWith("examples/")) {
                words[i] = Par4jCli.ROOT.resolve(words[i]).toString();
            }
        }
        Par4jCli.Result r = Par4jCli.inProcess(dir, 300, words);
        assertThat(r.status()).as("%s: exit status; stderr:%n%s", b, r.err()).isZero();
        List<String> expected = normalise(b.lines().subList(1, b.lines().size()));
        String host = org.par4j.mpi.Mpi.processorName();
        List<String> actual = normalise(r.out().lines().map(l -> l.replace(" on " + host, " on myhost")).toList());
        if (b.info().contains("any-order")) {
            assertThat(actual).as("%s prints (any order)", b).containsExactlyInAnyOrderElementsOf(expected);
        } else {
            assertThat(actual).as("%s prints", b).containsExactlyElementsOf(expected);
        }
    }

    /** Decimal numbers become '#': they are measurements or estimates; spaces are collapsed. */
    static List<String> normalise(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("-?\\d+\\.\\d+(e-?\\d+)?", "#").replaceAll("\\s+", " ").strip())
                .toList();
    }
}
