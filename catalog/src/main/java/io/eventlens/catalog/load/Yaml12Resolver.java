package io.eventlens.catalog.load;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Plain scalars typed as YAML 1.2's core schema (what AsyncAPI tools use): {@code yes}, {@code on}
 * and {@code 0777} stay strings, unlike YAML 1.1.
 */
final class Yaml12Resolver extends Resolver {

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
        addImplicitResolver(Tag.INT, Pattern.compile("^(?:[-+]?[0-9]+)$"), "-+0123456789");
        addImplicitResolver(
                Tag.FLOAT,
                Pattern.compile("^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$"),
                "-+0123456789.");
        addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL|)$"), "~nN\0");
        addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
        addImplicitResolver(Tag.MERGE, Pattern.compile("^(?:<<)$"), "<");
    }
}
