package io.eventlens.lint.cli;

import io.eventlens.catalog.load.LoadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --root}, the folder relative {@code $ref}s may not leave. By default it is the working directory when every
 * input is inside it (a repository checkout is the trust boundary), else each folder given or each file's own folder.
 */
final class RootOption {

    @Option(
            names = "--root",
            paramLabel = "FOLDER",
            description = "folder that relative $refs may not leave; default: the working directory when every input is"
                    + " inside it, else each folder given or each file's own folder")
    Path root;

    /** {@code options} with the root this run uses; {@code inputs} are already resolved against {@code workingDir}. */
    LoadOptions apply(LoadOptions options, Path workingDir, List<Path> inputs, CommandLine line) {
        if (root != null) {
            Path given = workingDir.resolve(root);
            if (!Files.isDirectory(given)) {
                throw new CommandLine.ParameterException(line, "--root is not a folder: " + root);
            }
            return options.withRoot(given);
        }
        Path here = workingDir.toAbsolutePath().normalize();
        boolean inside =
                inputs.stream().allMatch(p -> p.toAbsolutePath().normalize().startsWith(here));
        return inside ? options.withRoot(here) : options;
    }
}
