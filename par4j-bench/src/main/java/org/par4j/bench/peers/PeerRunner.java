package org.par4j.bench.peers;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs items of the peer benchmarks ({@code ../shared/peers/run-all.sh}: Python multiprocessing,
 * mpi4py, C MPI, MPJ Express) on this machine, right after par4j's own run, and reads their figures.
 * The peers folder is copied to a temporary folder first, removed afterwards: the script builds and
 * writes beside itself.
 */
public final class PeerRunner {
    private final Path peers;

    /** @param peersDir the folder holding {@code run-all.sh} */
    public PeerRunner(Path peersDir) {
        this.peers = peersDir;
    }

    /**
     * Where the peers are: {@code PAR4J_PEERS}, else {@code ../shared/peers} next to the par4j checkout
     * ({@code PAR4J_HOME}, set by {@code bin/par4j}, else the working folder).
     *
     * @return the default peers folder (it may not exist)
     */
    public static Path defaultDir() {
        String env = System.getenv("PAR4J_PEERS");
        if (env != null) {
            return Path.of(env);
        }
        String home = System.getenv().getOrDefault("PAR4J_HOME", ".");
        return Path.of(home).toAbsolutePath().normalize().resolveSibling("shared").resolve("peers");
    }

    /**
     * Runs the given items and returns their figures.
     *
     * @param quick pass {@code --quick} (fewer repetitions)
     * @param items the peer item numbers, such as 2
     * @return the figures, in the order printed
     * @throws PeerUnavailableException if the peers or their tools are missing, saying how to install them
     */
    public List<PeerFigure> run(boolean quick, int... items) {
        if (!Files.isRegularFile(peers.resolve("run-all.sh"))) {
            throw new PeerUnavailableException("no peer benchmarks at " + peers
                    + ": set PAR4J_PEERS to the folder holding run-all.sh (../shared/peers in the par4j workspace)");
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("par4j-peers-");
            copyTree(peers, work);
            List<String> cmd = new ArrayList<>(List.of("bash", work.resolve("run-all.sh").toString()));
            if (quick) {
                cmd.add("--quick");
            }
            for (int item : items) {
                cmd.add(Integer.toString(item));
            }
            Path log = work.resolve("par4j-run.log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(20, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new PeerUnavailableException("peer items " + List.of(items) + " ran over 20 minutes; stopped");
            }
            String output = Files.readString(log);
            List<PeerFigure> figures = readLatest(work.resolve("results"));
            if (figures.isEmpty() || p.exitValue() != 0) {
                throw new PeerUnavailableException("the peers did not run: " + missingLine(output));
            }
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the peers from " + peers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerUnavailableException("interrupted while the peers ran");
        } finally {
            deleteTree(work);
        }
    }

    /**
     * @param jsonLines one JSON object per line; lines not starting with '{' are skipped
     * @return the figures with a numeric median (skipped and failed items are left out)
     */
    public static List<PeerFigure> parse(List<String> jsonLines) {
        List<PeerFigure> out = new ArrayList<>();
        for (String line : jsonLines) {
            if (!line.startsWith("{")) {
                continue;
            }
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            if (o.has("case") && o.has("median") && o.get("median").isJsonPrimitive()
                    && o.get("median").getAsJsonPrimitive().isNumber()) {
                out.add(new PeerFigure(o.get("bench").getAsString(), o.get("case").getAsString(),
                        o.has("unit") ? o.get("unit").getAsString() : "", o.get("median").getAsDouble()));
            }
        }
        return out;
    }

    private static List<PeerFigure> readLatest(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(results)) {
            Path latest = s.filter(p -> p.toString().endsWith(".jsonl")).max(Comparator.naturalOrder()).orElse(null);
            return latest == null ? List.of() : parse(Files.readAllLines(latest, StandardCharsets.UTF_8));
        }
    }

    private static String missingLine(String output) {
        return output.lines().filter(l -> l.contains("missing") || l.contains("MISSING")).findFirst()
                .orElse(output.lines().reduce((a, b) -> b).orElse("no output"));
    }

    /** Removes the copy (and its build and results): a comparison of 5 rounds made 10 of them. */
    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("par4j: could not remove the peers' copy " + dir + ": " + e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path rel = from.relativize(p);
                if (rel.startsWith("results") || rel.startsWith("build")) {
                    continue;
                }
                Path dest = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
