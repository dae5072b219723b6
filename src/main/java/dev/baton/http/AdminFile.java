package dev.baton.http;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * How a command line process reaches the admin path of the server running on an embedded store: the file
 * {@value #NAME} in the data directory holds the loopback address, the port and a random token that the server
 * made at start. Only the owner may read it (POSIX mode 600 where the file system has modes); the server
 * deletes it on a clean stop. A file left by a killed server names a port nothing answers on any more.
 */
public record AdminFile(String host, int port, String token) {

    public static final String NAME = "admin.properties";

    public AdminFile {
        if (host == null || host.isBlank() || port < 1 || port > 65535 || token == null || token.isBlank()) {
            throw new IllegalArgumentException("an admin file needs a host, a port (1-65535) and a token");
        }
    }

    /** A fresh admin token: 256 random bits. */
    public static String newToken(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "adm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Writes the file into {@code dir}, readable by the owner only, replacing an older one in one step. */
    public Path write(Path dir) {
        Path target = dir.resolve(NAME);
        Path tmp = dir.resolve(NAME + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            createPrivate(tmp);
            Properties p = new Properties();
            p.setProperty("host", host);
            p.setProperty("port", Integer.toString(port));
            p.setProperty("token", token);
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Baton's admin path; deleted when the server stops");
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The file in {@code dir}, or empty when there is none or it is not one this class wrote. */
    public static Optional<AdminFile> read(Path dir) {
        Path file = dir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(new AdminFile(
                    p.getProperty("host"), Integer.parseInt(p.getProperty("port", "")), p.getProperty("token")));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Deletes the file in {@code dir}, if there is one. */
    public static void delete(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir.resolve(NAME) + ": " + e.getMessage(), e);
        }
    }

    private static void createPrivate(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // No POSIX modes (Windows): take read and write away from everyone, then give them back to the owner.
            try {
                Files.createFile(file);
            } catch (FileAlreadyExistsException ignored) {
                // deleted just before; another writer raced us and its file is replaced below
            }
            java.io.File f = file.toFile();
            boolean owner = f.setReadable(false, false)
                    & f.setReadable(true, true)
                    & f.setWritable(false, false)
                    & f.setWritable(true, true);
            if (!owner) {
                throw new IOException("cannot make " + file + " readable by its owner only");
            }
        }
    }
}
