package org.truce.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core stays pure: no Netty, no Lanterna, no sockets or files; bots never see a whole scenario. */
class ArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.truce.shared");
    }

    /** Netty, Lanterna and logging belong to the server and the client, never to the rules. */
    static final ArchRule NO_NETTY_LANTERNA_OR_LOGGING = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.netty..", "com.googlecode.lanterna..", "org.slf4j..")
            .as("the core depends on neither Netty nor Lanterna (nor a logger)");

    /**
     * No files, sockets or channels: java.io's file types (File, FileInputStream, RandomAccessFile,
     * FileDescriptor, ...), java.nio.file, java.nio.channels, java.net and javax.net. Reading a
     * bundled resource through an InputStream and parsing a Reader stay allowed.
     */
    static final ArchRule NO_FILES_OR_SOCKETS = noClasses().should().dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("java.io").and(JavaClass.Predicates.simpleNameContaining("File"))
                    .or(JavaClass.Predicates.resideInAnyPackage("java.nio.file..", "java.nio.channels..", "java.net..", "javax.net.."))
                    .as("files, sockets or channels"))
            .as("the core does no I/O beyond reading resources and readers");

    @Test
    void theCoreDependsOnNeitherNettyNorLanterna() {
        NO_NETTY_LANTERNA_OR_LOGGING.check(core);
    }

    @Test
    void theCoreDoesNoIoBeyondReadingResources() {
        NO_FILES_OR_SOCKETS.check(core);
    }

    /** The I/O rule is not vacuous: a class that reaches for each forbidden kind of thing is caught, a resource reader is not. */
    @Test
    void theIoRuleCatchesFilesSocketsAndChannels() {
        JavaClasses bad = new ClassFileImporter().importClasses(UsesAFile.class, UsesRandomAccess.class, UsesAPath.class,
                UsesASocket.class, UsesAChannel.class, ReadsAResource.class);
        EvaluationResult io = NO_FILES_OR_SOCKETS.evaluate(bad);
        for (Class<?> c : List.of(UsesAFile.class, UsesRandomAccess.class, UsesAPath.class, UsesASocket.class, UsesAChannel.class)) {
            assertThat(io.getFailureReport().getDetails()).as(c.getSimpleName()).anyMatch(d -> d.contains(c.getName()));
        }
        assertThat(io.getFailureReport().getDetails()).noneMatch(d -> d.contains(ReadsAResource.class.getName()));
    }

    static final class UsesAFile {
        java.io.File file;
    }

    static final class UsesRandomAccess {
        java.io.RandomAccessFile file;
    }

    static final class UsesAPath {
        java.nio.file.Path path;
    }

    static final class UsesASocket {
        java.net.Socket socket;
    }

    static final class UsesAChannel {
        java.nio.channels.FileChannel channel;
    }

    static final class ReadsAResource {
        java.io.Reader reader = new java.io.InputStreamReader(java.io.InputStream.nullInputStream());
    }

    @Test
    void botsNeverReadAnotherPartysBrief() {
        // a Scenario holds every brief; bots are built from the public ScenarioInfo and their own Brief only
        noClasses().that().resideInAPackage("org.truce.shared.bot..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.truce.shared.scenario.Scenario")
                .orShould().dependOnClassesThat().resideInAPackage("org.truce.shared.analysis..")
                .check(core);
    }

    @Test
    void theRulesKnowNothingOfBotsOrTheProtocol() {
        noClasses().that().resideInAPackage("org.truce.shared.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.truce.shared.bot..", "org.truce.shared.protocol..",
                        "org.truce.shared.analysis..", "org.truce.shared.sim..")
                .check(core);
    }
}
