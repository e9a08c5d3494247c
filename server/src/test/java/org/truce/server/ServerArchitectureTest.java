package org.truce.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server draws no screens: Lanterna (and the client) stay out of it, so it runs headless on any machine. */
class ServerArchitectureTest {
    private static JavaClasses server;

    @BeforeAll
    static void importServer() {
        server = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.truce.server");
    }

    @Test
    void theServerDependsOnNeitherLanternaNorTheClient() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.googlecode.lanterna..", "org.truce.client..")
                .as("the server depends on neither Lanterna nor the client")
                .check(server);
    }
}
