package org.apogate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the package arrows pointing down, as ARCHITECTURE.md draws them. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.apogate");

    @Test
    void layersDependDownwardOnly() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("org.apogate..")
                .withOptionalLayers(true)
                .layer("bench").definedBy("org.apogate.bench..")
                .layer("cli").definedBy("org.apogate.cli..")
                .layer("pipeline").definedBy("org.apogate.pipeline..")
                .layer("report").definedBy("org.apogate.report..")
                .layer("config").definedBy("org.apogate.config..")
                .layer("simulate").definedBy("org.apogate.simulate..")
                .layer("auto").definedBy("org.apogate.auto..")
                .layer("gatingml").definedBy("org.apogate.gatingml..")
                .layer("gating").definedBy("org.apogate.gating..")
                .layer("compensation").definedBy("org.apogate.compensation..")
                .layer("transform").definedBy("org.apogate.transform..")
                .layer("fcs").definedBy("org.apogate.fcs..")
                .layer("numeric").definedBy("org.apogate.numeric..")
                .layer("error").definedBy("org.apogate.error..")
                // bench sits beside cli; only cli.Main may reach it, to register the bench command
                .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("bench", "cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("bench", "cli", "pipeline")
                .whereLayer("config").mayOnlyBeAccessedByLayers("bench", "cli", "pipeline", "report")
                .whereLayer("simulate").mayOnlyBeAccessedByLayers("bench", "cli", "pipeline")
                .whereLayer("auto").mayOnlyBeAccessedByLayers("bench", "cli", "pipeline", "report", "config")
                .whereLayer("gatingml").mayOnlyBeAccessedByLayers("bench", "cli", "pipeline", "report", "config", "auto")
                .whereLayer("gating").mayOnlyBeAccessedByLayers("bench", "cli", "pipeline", "report", "config", "auto", "gatingml")
                .whereLayer("compensation").mayOnlyBeAccessedByLayers("bench", "cli", "pipeline", "report", "config", "auto", "gatingml", "gating")
                .whereLayer("transform").mayOnlyBeAccessedByLayers("bench", "cli", "pipeline", "report", "config", "auto", "gatingml", "gating", "compensation")
                .check(CLASSES);
    }

    @Test
    void fcsImportsNothingOfOursButErrors() {
        noClasses().that().resideInAPackage("org.apogate.fcs..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apogate.compensation..", "org.apogate.transform..", "org.apogate.gating..",
                        "org.apogate.gatingml..", "org.apogate.auto..", "org.apogate.config..",
                        "org.apogate.report..", "org.apogate.pipeline..", "org.apogate.cli..", "org.apogate.bench..",
                        "org.apogate.numeric..")
                .check(CLASSES);
    }

    @Test
    void numericImportsNothingOfOurs() {
        noClasses().that().resideInAPackage("org.apogate.numeric..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.apogate.numeric..")
                .check(CLASSES);
    }

    @Test
    void simulatorUsesOnlyFcsCompensationTransform() {
        noClasses().that().resideInAPackage("org.apogate.simulate..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apogate.gating..", "org.apogate.gatingml..", "org.apogate.auto..", "org.apogate.config..",
                        "org.apogate.report..", "org.apogate.pipeline..", "org.apogate.cli..")
                .check(CLASSES);
    }

    @Test
    void onlyAutoImportsSmile() {
        noClasses().that().resideOutsideOfPackage("org.apogate.auto..")
                .should().dependOnClassesThat().resideInAPackage("smile..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void plotsDrawWithoutJava2dOrImageIo() {
        // Java2D's start-up cost a quarter second a run and its text needs fontconfig and fonts,
        // which minimal servers lack; the report package has its own raster code and PNG encoder.
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..")
                .check(CLASSES);
    }

    @Test
    void libraryCodeDoesNotPrint() {
        noClasses().that().resideOutsideOfPackage("org.apogate.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }
}
