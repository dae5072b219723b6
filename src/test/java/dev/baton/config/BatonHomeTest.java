package dev.baton.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatonHomeTest {

    @TempDir
    Path dir;

    @Test
    void aJarBuiltByMavenHasTheCheckoutAsItsHome() throws Exception {
        Path jar = Files.createFile(
                Files.createDirectories(dir.resolve("baton/target")).resolve("baton.jar"));

        assertThat(BatonHome.fromCodeSource(Optional.of(jar), dir.resolve("elsewhere")))
                .isEqualTo(dir.resolve("baton"));
    }

    @Test
    void aJarAnywhereElseHasItsOwnDirectoryAsItsHome() throws Exception {
        Path jar = Files.createFile(
                Files.createDirectories(dir.resolve("opt/baton")).resolve("baton.jar"));

        assertThat(BatonHome.fromCodeSource(Optional.of(jar), dir.resolve("elsewhere")))
                .isEqualTo(dir.resolve("opt/baton"));
    }

    @Test
    void classesOutsideAJarOrAnUnknownSourceUseTheWorkingDirectory() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("baton/target/classes"));
        Path working = dir.resolve("checkout");

        assertThat(BatonHome.fromCodeSource(Optional.of(classes), working)).isEqualTo(working);
        assertThat(BatonHome.fromCodeSource(Optional.empty(), working)).isEqualTo(working);
    }

    @Test
    void theRunningTestsResolveToTheWorkingDirectory() {
        // Surefire runs from target/classes with the checkout as the working directory.
        assertThat(BatonHome.installed()).isEqualTo(Path.of("").toAbsolutePath().normalize());
    }

    @Test
    void relativeSettingsResolveUnderTheHomeAndAbsoluteOnesStay() {
        Path home = dir.resolve("home");

        assertThat(BatonHome.resolve(home, Path.of("data"))).isEqualTo(home.resolve("data"));
        assertThat(BatonHome.resolve(home, Path.of("./x/../models"))).isEqualTo(home.resolve("models"));
        assertThat(BatonHome.resolve(home, dir.resolve("var/data"))).isEqualTo(dir.resolve("var/data"));
    }
}
