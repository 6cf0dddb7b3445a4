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
 * node packages hold outright, and so do the protocols not naming the view type and the type homes
 * being below it. The buffer layer still converts Python values, and the protocol functions still
 * name the type homes' classes for operators and reprs (issue 12); those two rules are frozen
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
                                        "org.mview.language.nodes..", "org.mview.language.runtime..", "org.mview.language.objects..")
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
     * The generic protocols ({@code runtime}) reach the view through the interfaces it implements
     * ({@code Subscriptable}, {@code PyIterable}, {@code BufferView}, ...), never by name.
     */
    @Test
    void theProtocolsDoNotNameTheViewType() {
        ArchRule rule = noClasses().that().resideInAPackage("org.mview.language.runtime..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.mview.language.memoryview..", "org.mview.language.builtins..")
                        .because("the protocol layer names no concrete type");
        rule.check(classes);
    }

    /** The type homes sit below the view and the builtin scope, and no home imports another in a cycle. */
    @Test
    void theTypeHomesAreBelowTheViewAndFreeOfCycles() {
        noClasses().that().resideInAPackage("org.mview.language.objects..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.mview.language.memoryview..", "org.mview.language.builtins..", "org.mview.language.parser..",
                                        "org.mview.language.nodes.expr..", "org.mview.language.nodes.call..")
                        .because("a view makes bytes and lists, never the reverse").check(classes);
        slices().matching("org.mview.language.objects.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * What is left of the protocol layer naming concrete types: {@code PyOps}, {@code PyArith},
     * {@code PyCompare}, {@code PyRepr} and {@code PyObjects} still dispatch on the classes of the type
     * homes for the operators, reprs and the sequence types not yet behind the interfaces. Each such
     * dependency is one frozen violation; the record may only shrink.
     */
    @Test
    void theProtocolsDoNotNameTheTypeHomes() {
        ArchRule rule = noClasses().that().resideInAPackage("org.mview.language.runtime..")
                        .should().dependOnClassesThat().resideInAPackage("org.mview.language.objects..")
                        .because("the protocol layer names no concrete type (issue 12)");
        FreezingArchRule.freeze(rule).check(classes);
    }
}
