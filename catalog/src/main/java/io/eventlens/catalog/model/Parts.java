package io.eventlens.catalog.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one document contributes to a catalog, gathered while it is read. */
final class Parts {

    final List<Service> services = new ArrayList<>();
    final List<Channel> channels = new ArrayList<>();
    final List<Operation> operations = new ArrayList<>();
    final Map<String, Message> messages = new LinkedHashMap<>();
    final List<SharedDefinitions> shared = new ArrayList<>();
}
