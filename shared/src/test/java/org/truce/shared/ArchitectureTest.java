package org.truce.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

    @Test
    void theCoreDependsOnNeitherNettyNorLanterna() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.netty..", "com.googlecode.lanterna..", "org.slf4j..")
                .check(core);
    }

    @Test
    void theCoreDoesNoIoBeyondReadingResources() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.file..", "java.nio.channels..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .check(core);
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
