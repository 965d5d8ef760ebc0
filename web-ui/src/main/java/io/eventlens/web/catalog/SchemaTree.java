package io.eventlens.web.catalog;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link FieldTree} rows as a collapsible tree: field, path, type, required, constraints, description, origin. */
final class SchemaTree {

    private static final int EXPANDED_LEVELS = 6;

    private SchemaTree() {}

    static TreeGrid<FieldTree.Row> of(List<FieldTree.Row> rows, String className) {
        TreeData<FieldTree.Row> data = new TreeData<>();
        Map<Integer, FieldTree.Row> byId = new HashMap<>();
        for (FieldTree.Row row : rows) {
            byId.put(row.id(), row);
            data.addItem(byId.get(row.parent()), row);
        }
        TreeGrid<FieldTree.Row> grid = new TreeGrid<>();
        grid.addClassNames("schema-tree", className);
        grid.addHierarchyColumn(FieldTree.Row::name).setHeader("Field").setAutoWidth(true);
        grid.addColumn(r -> r.kind() == FieldTree.Kind.FIELD ? r.path() : "")
                .setHeader("Path")
                .setAutoWidth(true);
        grid.addColumn(FieldTree.Row::type).setHeader("Type").setAutoWidth(true);
        grid.addColumn(r -> r.required() ? "required" : "")
                .setHeader("Required")
                .setTextAlign(ColumnTextAlign.CENTER)
                .setAutoWidth(true);
        grid.addColumn(FieldTree.Row::constraints).setHeader("Constraints").setAutoWidth(true);
        grid.addColumn(FieldTree.Row::description).setHeader("Description").setFlexGrow(1);
        grid.addColumn(FieldTree.Row::origin).setHeader("From").setAutoWidth(true);
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expandRecursively(data.getRootItems(), EXPANDED_LEVELS);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
