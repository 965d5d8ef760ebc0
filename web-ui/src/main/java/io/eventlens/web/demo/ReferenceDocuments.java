package io.eventlens.web.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The reference system's AsyncAPI documents, copied from its jar into the data folder, so the
 * catalog loads them the way it loads any user's folder (relative {@code $ref}s included).
 */
final class ReferenceDocuments {

    private ReferenceDocuments() {}

    static Path extract(Path folder) {
        try {
            Files.createDirectories(folder);
            Resource[] documents = new PathMatchingResourcePatternResolver(ReferenceDocuments.class.getClassLoader())
                    .getResources("classpath*:asyncapi/*.yaml");
            for (Resource document : documents) {
                try (InputStream in = document.getInputStream()) {
                    Files.copy(in, folder.resolve(document.getFilename()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the reference system's AsyncAPI documents to " + folder, e);
        }
    }
}
