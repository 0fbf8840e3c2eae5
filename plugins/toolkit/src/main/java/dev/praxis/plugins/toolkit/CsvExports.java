package dev.praxis.plugins.toolkit;

import dev.praxis.plugins.toolkit.CsvCompletionFeed.CsvFile;
import dev.praxis.spi.PluginException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds CSV exports: every {@code *.csv} of a folder by name, or one file downloaded from a URL. */
public final class CsvExports {

    private CsvExports() {
    }

    public static List<CsvFile> folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw PluginException.configuration("folder " + folder + " does not exist or is not a folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(path -> path.getFileName().toString().toLowerCase().endsWith(".csv"))
                    .sorted()
                    .map(path -> new CsvFile(path.getFileName().toString().replace('|', '_'), path))
                    .toList();
        } catch (IOException e) {
            throw PluginException.configuration("cannot list " + folder + ": " + e.getMessage());
        }
    }

    /**
     * Downloads the export to a temporary file (deleted on exit) named by its content hash, so the same
     * export is recognised on the next run and a new one is read from its start.
     */
    public static CsvFile download(VendorHttp http, URI url, Map<String, String> headers, VendorHttp.Authorization auth) {
        try {
            Path file = Files.createTempFile("praxis-export-", ".csv");
            file.toFile().deleteOnExit();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = http.get(url, headers, auth);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
                in.transferTo(out);
            }
            return new CsvFile("sha256-" + HexFormat.of().formatHex(sha.digest()).substring(0, 32), file);
        } catch (IOException e) {
            throw PluginException.unavailable("cannot download the export from " + url.getHost() + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
