package dev.baton.config;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The directory Baton's files live under ({@code data/}, {@code faq-corpus/}, {@code models/}) unless their own
 * settings say otherwise. Set with {@code home} / {@code BATON_HOME} / {@code --home}; by default it is where the
 * running jar was built: for {@code <dir>/target/baton.jar} that is {@code <dir>}, for a jar anywhere else the
 * jar's own directory. Only when Baton runs from a classes directory (tests, an IDE) is it the working
 * directory, which is then the checkout.
 */
public final class BatonHome {

    private BatonHome() {}

    /** The default home of this installation, from where Baton's classes were loaded. */
    public static Path installed() {
        return fromCodeSource(codeSource(), Path.of("").toAbsolutePath());
    }

    /**
     * The home for classes loaded from {@code location}: a jar's directory, or the directory above it when that
     * is Maven's {@code target}; {@code workingDir} for a classes directory or an unknown location.
     */
    static Path fromCodeSource(Optional<Path> location, Path workingDir) {
        if (location.isEmpty()
                || Files.isDirectory(location.get())
                || location.get().getParent() == null) {
            return workingDir.toAbsolutePath().normalize();
        }
        Path jarDir = location.get().toAbsolutePath().normalize().getParent();
        boolean built = jarDir.getFileName() != null
                && jarDir.getFileName().toString().equals("target")
                && jarDir.getParent() != null;
        return built ? jarDir.getParent() : jarDir;
    }

    /** {@code value} (a setting's path) against {@code home}: absolute values stay as they are. */
    static Path resolve(Path home, Path value) {
        return home.resolve(value).toAbsolutePath().normalize();
    }

    private static Optional<Path> codeSource() {
        CodeSource source = BatonHome.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
