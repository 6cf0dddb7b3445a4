package org.mview.tests.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The intended dependency direction (docs/architecture.md): launcher → polyglot API only; within the
 * language, parser → AST nodes → builtins → the view → the type homes → the generic protocols →
 * access/format/copy nodes → buffer, and no package cycles among the node packages or the type
 * homes. Every rule holds outright: a new upward import or cycle fails the build.
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

    /** Reading and copying bytes needs no Python value: only the format codecs ({@code nodes.format}) make them. */
    @Test
    void accessAndCopyNodesMakeNoPythonValues() {
        noClasses().that().resideInAnyPackage("org.mview.language.nodes.access..", "org.mview.language.nodes.copy..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.mview.language.objects..", "org.mview.language.runtime..", "org.mview.language.nodes.format..")
                        .because("bytes move below the value model").check(classes);
    }

    @Test
    void theBufferLayerImportsNothingAbove() {
        ArchRule rule = noClasses().that().resideInAPackage("org.mview.language.buffer..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.mview.language.memoryview..", "org.mview.language.builtins..", "org.mview.language.parser..",
                                        "org.mview.language.nodes..", "org.mview.language.runtime..", "org.mview.language.objects..")
                        .because("the buffer descriptor and storages are the bottom layer");
        rule.check(classes);
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
     * The generic protocols reach every object type through the interfaces it implements. What they
     * may name of the type homes is what CPython's abstract layer names too: the values the protocols
     * take and return ({@code None}, big ints, the slice key and its indices) and the type of a value
     * with its declared builtins (how an attribute finds a method, as {@code Py_TYPE(o)->tp_methods}).
     */
    @Test
    void theProtocolsNameNoObjectType() {
        DescribedPredicate<JavaClass> objectTypes = resideInAPackage("org.mview.language.objects..")
                        .and(not(resideInAnyPackage("org.mview.language.objects.none..", "org.mview.language.objects.ints..", "org.mview.language.objects.slice..",
                                        "org.mview.language.objects.type..", "org.mview.language.objects.function..")));
        noClasses().that().resideInAPackage("org.mview.language.runtime..")
                        .should().dependOnClassesThat(objectTypes)
                        .because("the protocol layer names no concrete type; each type implements the protocol interfaces").check(classes);
    }
}
