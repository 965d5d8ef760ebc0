package io.eventlens.catalog.load;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.List;

/** What an asyncapi-core model class binds, named as a document spells it and as the spec calls it. */
final class ModelFields {

    private ModelFields() {}

    /** The fields the class binds, in its declaration order (its map of x- extensions left out). */
    static List<String> of(ObjectMapper mapper, Class<?> type) {
        BeanDescription description = mapper.getDeserializationConfig().introspect(mapper.constructType(type));
        return description.findProperties().stream()
                .filter(BeanPropertyDefinition::couldDeserialize)
                .filter(p -> !anyGetter(p.getField()) && !anyGetter(p.getGetter()))
                .map(BeanPropertyDefinition::getName)
                .toList();
    }

    private static boolean anyGetter(AnnotatedMember member) {
        return member != null && member.hasAnnotation(JsonAnyGetter.class);
    }

    /** The spec's name of the object a class models: {@code ChannelItem} is the "Channel Item object". */
    static String objectName(Class<?> type) {
        String name = type.getSimpleName();
        if (name.equals("AsyncAPISchema")) {
            return "Schema object";
        }
        return name.replaceAll("(?<=[a-z])(?=[A-Z])", " ") + " object";
    }
}
