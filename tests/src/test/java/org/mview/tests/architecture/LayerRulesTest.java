package org.mview.tests.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

/**
 * The intended dependency direction (docs/architecture.md): launcher → polyglot API only; within the
 * language, parser → AST nodes → objects and types → access/format/copy nodes → buffer, and no
 * package cycles.
 *
 * <p>The launcher rule, the access/format/copy rule, the AST rule and the absence of cycles among the
 * node packages hold outright. The buffer layer still calls {@code runtime}, and {@code runtime} still
 * names the view type (the object model is being redesigned, issue 12); those two rules are frozen
 * ({@link FreezingArchRule}): the violations that exist are recorded under
 * {@code src/test/resources/archunit-store}, a new one fails the build, and fixed ones leave the record
 * as it is rewritten. The record may only shrink.
 */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.mview");
    }

    @Test
    void theLauncherUsesOnlyThePolyglotApi() {
        ArchRule rule = noClasses().that().resideInAPackage("org.mview.launcher..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.mview.language..", "com.oracle.truffle..")
                        .because("the launcher is an embedder like any other (docs/architecture.md)");
        rule.check(classes);
    }

    @Test
    void accessFormatAndCopyNodesSeeOnlyTheBufferLayer() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.mview.language.nodes.access..", "org.mview.language.nodes.format..", "org.mview.language.nodes.copy..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.mview.language.memoryview..", "org.mview.language.builtins..", "org.mview.language.parser..",
                                        "org.mview.language.nodes.expr..")
                        .because("element access is below the object model");
        rule.check(classes);
    }

    @Test
    void theBufferLayerImportsNothingAbove() {
        ArchRule rule = noClasses().that().resideInAPackage("org.mview.language.buffer..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.mview.language.memoryview..", "org.mview.language.builtins..", "org.mview.language.parser..",
                                        "org.mview.language.nodes..", "org.mview.language.runtime..")
                        .because("the buffer descriptor and storages are the bottom layer");
        FreezingArchRule.freeze(rule).check(classes);
    }

    @Test
    void objectsAndTypesDoNotImportTheParserOrTheAst() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.mview.language.memoryview..", "org.mview.language.runtime..", "org.mview.language.builtins..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.mview.language.parser..", "org.mview.language.nodes.expr..")
                        .because("the AST uses the objects, not the other way round");
        rule.check(classes);
    }

    @Test
    void theNodePackagesAreFreeOfCycles() {
        ArchRule rule = slices().matching("org.mview.language.nodes.(*)..").should().beFreeOfCycles();
        rule.check(classes);
    }

    /**
     * The generic protocols ({@code runtime}) naming the view type is what makes the package cycles
     * (runtime ↔ memoryview); each such dependency is one frozen violation, so the record is stable
     * under unrelated edits and a new one fails. (A frozen cycle rule was tried first: its violation
     * text lists the first dependencies of every edge, so any edit in a cycle changed it.)
     */
    @Test
    void theProtocolsDoNotNameTheViewType() {
        ArchRule rule = noClasses().that().resideInAPackage("org.mview.language.runtime..")
                        .should().dependOnClassesThat().resideInAPackage("org.mview.language.memoryview..")
                        .because("the protocol layer names no concrete type (issue 12)");
        FreezingArchRule.freeze(rule).check(classes);
    }
}
