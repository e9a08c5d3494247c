package org.truce.client.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.truce.shared.engine.Rules;
import org.truce.shared.genius.GeniusDomain;
import org.truce.shared.genius.GeniusException;
import org.truce.shared.genius.GeniusImport;
import org.truce.shared.genius.GeniusProfile;
import org.truce.shared.scenario.Party;
import org.truce.shared.scenario.Scenario;
import org.truce.shared.scenario.ScenarioException;
import org.truce.shared.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code truce import-genius}: turns a GENIUS (ANAC) domain and its linear-additive profiles into a
 * Truce scenario file, usable wherever a scenario file is (simulate, solo, serve).
 */
@Command(name = "import-genius", mixinStandardHelpOptions = true,
        description = {"Turn a GENIUS (ANAC) domain and its profiles into a Truce scenario file.",
                "Each profile becomes a party, in the order given; without PROFILE files, every GENIUS profile"
                        + " beside the domain is one, in name order. See docs/SCENARIOS.md."})
public final class ImportGeniusCommand implements Callable<Integer> {
    private static final String ME = "truce import-genius: ";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOMAIN.xml", description = "The GENIUS domain file.")
    private String domain;

    @Parameters(index = "1..*", paramLabel = "PROFILE.xml", description = "Its utility profiles (2 to 8).")
    private List<String> profiles = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The scenario JSON file to write.")
    private String out;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "10", description = "Rounds, 1..1000 (default: ${DEFAULT-VALUE}); a room plays at most 50.")
    private int rounds;

    @Option(names = "--reservation", paramLabel = "R", defaultValue = "0",
            description = "Reservation value 0..1 for profiles that declare none (default: ${DEFAULT-VALUE}, as GENIUS).")
    private double reservation;

    @Option(names = "--discount", paramLabel = "D", defaultValue = "1",
            description = "Discount factor, above 0 and at most 1, for profiles that declare none (default: ${DEFAULT-VALUE}: none, as GENIUS).")
    private double discount;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (!new OptionChecks("import-genius", err).range("--rounds", rounds, 1, Rules.MAX_SCENARIO_ROUNDS)
                .that(reservation >= 0 && reservation <= 1 ? null : "--reservation must be a number 0..1, not " + reservation)
                .that(discount > 0 && discount <= 1 ? null : "--discount must be a number above 0, at most 1, not " + discount)
                .ok()) {
            return 2;
        }
        try {
            Path domainPath = path(domain);
            Path target = path(out);
            if (Files.exists(target) && !force) {
                err.println(ME + out + ": already exists (add --force to replace it)");
                return 2;
            }
            List<Path> profilePaths = new ArrayList<>();
            for (String p : profiles) {
                profilePaths.add(path(p));
            }
            if (profilePaths.isEmpty()) {
                profilePaths = beside(domainPath);
            }
            GeniusDomain d = GeniusDomain.parse(read(domainPath), domain);
            List<GeniusProfile> ps = new ArrayList<>();
            for (Path p : profilePaths) {
                ps.add(GeniusProfile.parse(read(p), p.toString(), d, reservation, discount));
            }
            String json = GeniusImport.json(GeniusImport.toJson(d, domain, ps, rounds));
            // checked exactly as simulate, solo and serve will read the file
            Scenario s = ScenarioLoader.parse(json, domain);
            Files.writeString(target, json, StandardCharsets.UTF_8);
            List<String> names = new ArrayList<>();
            for (Party p : s.parties()) {
                names.add(p.id() + " " + p.name());
            }
            stdout.println("Wrote " + out + ": " + s.info().title() + ", " + s.terms().size() + " terms, "
                    + s.parties().size() + " parties (" + String.join(", ", names) + "), " + rounds + " rounds.");
            stdout.println("Try: truce simulate --scenario " + out);
            stdout.flush();
            return 0;
        } catch (GeniusException | Problem e) {
            err.println(ME + e.getMessage());
            return 2;
        } catch (ScenarioException e) {
            // the import checks GENIUS's limits first; this is Truce's own (e.g. too many packages)
            err.println(ME + domain + ": cannot become a Truce scenario: " + e.problems().get(0));
            return 2;
        } catch (NoSuchFileException e) {
            err.println(ME + out + ": cannot write the file (no such folder)");
            return 2;
        } catch (AccessDeniedException e) {
            err.println(ME + out + ": cannot write the file (permission denied)");
            return 2;
        } catch (IOException e) {
            err.println(ME + out + ": cannot write the file");
            return 2;
        }
    }

    private static Path path(String name) throws Problem {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new Problem(name + ": this file name cannot be read in the current locale (use a UTF-8 locale)");
        }
    }

    private static byte[] read(Path p) throws Problem {
        if (!Files.isRegularFile(p)) {
            throw new Problem(p + ": no such file");
        }
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new Problem(p + ": cannot read the file");
        }
    }

    /**
     * The other .xml files in the domain's folder whose root element is a GENIUS profile's
     * ({@code <utility_space>}), in name order: a domain kept beside other XML (a project's pom.xml)
     * still finds its profiles.
     */
    private static List<Path> beside(Path domain) throws Problem {
        Path dir = domain.toAbsolutePath().getParent();
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.xml")) {
                for (Path p : ds) {
                    if (!p.getFileName().equals(domain.getFileName()) && isProfile(p)) {
                        found.add(domain.resolveSibling(p.getFileName()));
                    }
                }
            } catch (IOException e) {
                throw new Problem(dir + ": cannot list the profiles beside the domain");
            }
        }
        found.sort(null);
        if (found.isEmpty()) {
            throw new Problem(domain + ": no profiles given and no other .xml file beside it");
        }
        return found;
    }

    /** Whether the file's first element is {@code <utility_space>} (after the XML declaration and comments). */
    private static boolean isProfile(Path p) {
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(p)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            return true; // named as a profile: reading it fully says what is wrong, in one line
        }
        String s = new String(head, java.nio.charset.StandardCharsets.UTF_8);
        int i = 0;
        while ((i = s.indexOf('<', i)) >= 0) {
            if (s.startsWith("<?", i) || s.startsWith("<!", i)) {
                i++;
                continue;
            }
            return s.startsWith("<utility_space", i);
        }
        return false;
    }

    /** A problem with the files, already worded as one line. */
    private static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }
}
