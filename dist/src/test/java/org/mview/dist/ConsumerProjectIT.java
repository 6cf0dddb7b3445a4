package org.mview.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds and runs a separate application from the Maven blocks and the Java class of
 * docs/guide.md ("Embedding from Maven"), once per GraalVM line. No network: the consumer build's
 * only repository is a {@code file:} mirror of the local repository, and its own local repository is
 * a temporary one into which the mview artifacts of this build are installed first.
 */
class ConsumerProjectIT {

    private static final Path ROOT = Path.of(System.getProperty("mview.root", "..")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("mview.version");

    @TempDir
    static Path tmp;

    private static String guide;
    private static Path repository;
    private static Path settings;

    @BeforeAll
    static void installTheBuildsArtifacts() throws IOException {
        guide = Files.readString(ROOT.resolve("docs/guide.md"));
        repository = Files.createDirectories(tmp.resolve("repository"));
        install(ROOT.resolve("pom.xml"), "mview-parent", "pom");
        install(ROOT.resolve("language/pom.xml"), "mview-language", "pom");
        install(ROOT.resolve("language/target/mview-language-" + VERSION + ".jar"), "mview-language", "jar");
        settings = tmp.resolve("settings.xml");
        Files.writeString(settings, """
                        <settings>
                          <mirrors>
                            <mirror>
                              <id>local-repository</id>
                              <mirrorOf>*</mirrorOf>
                              <url>%s</url>
                            </mirror>
                          </mirrors>
                        </settings>
                        """.formatted(Path.of(System.getProperty("mview.localRepository")).toUri()));
    }

    private static void install(Path file, String artifactId, String extension) throws IOException {
        Path dir = Files.createDirectories(repository.resolve("org/mview/" + artifactId + "/" + VERSION));
        Files.copy(file, dir.resolve(artifactId + "-" + VERSION + "." + extension), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The fenced block after {@code <!-- consumer: name -->} in the guide. */
    private static String block(String name) {
        Matcher m = Pattern.compile("<!-- consumer: " + Pattern.quote(name) + " -->\\s*```\\w+\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertTrue(m.find(), "docs/guide.md has the block " + name);
        return m.group(1);
    }

    private static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "did not finish: " + command);
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " printed:\n" + out);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"25.0.3", "25.2.4"})
    void theGuidesApplicationBuildsAndRuns(String graalvm) throws IOException, InterruptedException {
        Path project = Files.createDirectories(tmp.resolve("consumer-" + graalvm));
        Files.writeString(project.resolve("pom.xml"), """
                        <project xmlns="http://maven.apache.org/POM/4.0.0">
                          <modelVersion>4.0.0</modelVersion>
                          <groupId>app</groupId>
                          <artifactId>consumer</artifactId>
                          <version>1</version>
                          <properties>
                            <maven.compiler.release>22</maven.compiler.release>
                            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                          </properties>
                        %s
                          <build>
                            <pluginManagement>
                              <plugins>
                                <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                                <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
                              </plugins>
                            </pluginManagement>
                          </build>
                        </project>
                        """.formatted(block("graalvm-" + graalvm)));
        Path sources = Files.createDirectories(project.resolve("src/main/java/app"));
        Files.writeString(sources.resolve("Main.java"), block("Main.java"));

        List<String> mvn = new ArrayList<>(List.of("mvn", "-B", "-q", "-s", settings.toString(), "-Dmaven.repo.local=" + repository,
                        "compile", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath", "-Dmdep.outputFile=cp.txt"));
        run(project, mvn);
        String classpath = Files.readString(project.resolve("cp.txt")).strip();
        assertTrue(classpath.contains("truffle-api-" + graalvm + ".jar") && classpath.split("truffle-api-", -1).length == 2,
                        () -> "one Truffle, of the line " + graalvm + ": " + classpath);
        String out = run(project, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Dpolyglot.engine.WarnInterpreterOnly=false",
                        "-cp", project.resolve("target/classes") + java.io.File.pathSeparator + classpath, "app.Main"));
        assertEquals("[[1, 2, 3], [4, 5, 60]] 1 2 3 4 5 60\n", out);
    }
}
