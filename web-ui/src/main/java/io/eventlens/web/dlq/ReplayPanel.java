package io.eventlens.web.dlq;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.eventlens.dlq.jobs.ReplayJob;
import io.eventlens.dlq.jobs.Selection;
import io.eventlens.dlq.replay.DryRun;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Replay controls (operators only): one record, the selected ones, an error group or all matching
 * the filter; to the original topics or a named target; a rate; a dry run. A started job shows a
 * progress bar with its counters until it ends, and can be cancelled.
 */
class ReplayPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final DlqService dlq;
    private final TextField target = new TextField("Target (blank: each record's original topic)");
    private final IntegerField rate = new IntegerField("Rate (records/s, 0: no limit)");
    private final Checkbox dryRun = new Checkbox("Dry run (send nothing)");
    private final Button selected = new Button("Replay selected");
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span counters = new Span();
    private final Button cancel = new Button("Cancel job");
    private final Pre outcome = new Pre();
    private List<String> ids = List.of();
    private String queue;
    private Supplier<Map<String, String>> filter;
    private Runnable reload;
    private String jobId;
    private Registration polling;

    ReplayPanel(DlqService dlq) {
        this.dlq = dlq;
        addClassName("dlq-replay");
        setPadding(false);
        if (!DlqService.isOperator()) {
            Span note = new Span("You read as a viewer: replaying and fixing need the operator user.");
            note.addClassName("viewer-note");
            add(note);
            return;
        }
        target.addClassName("replay-target");
        target.setWidth("22em");
        rate.addClassName("replay-rate");
        rate.setValue(0);
        rate.setMin(0);
        dryRun.addClassName("replay-dry-run");
        selected.addClassName("replay-selected");
        selected.setEnabled(false);
        selected.addClickListener(e -> start(Selection.of(ids), "the " + ids.size() + " selected record(s)"));
        Button all = new Button(
                "Replay all matching filter",
                e -> start(Selection.matching(filter.get()), "all records matching the filter"));
        all.addClassName("replay-all");
        HorizontalLayout controls = new HorizontalLayout(target, rate, dryRun, selected, all);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.getStyle().set("flex-wrap", "wrap");
        progress.addClassName("replay-progress");
        counters.addClassName("replay-counters");
        cancel.addClassName("replay-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> dlq.cancel(jobId));
        outcome.addClassName("replay-outcome");
        progress.setVisible(false);
        cancel.setVisible(false);
        add(controls, progress, counters, cancel, outcome);
    }

    void queue(String name, Supplier<Map<String, String>> filter, Runnable reload) {
        this.queue = name;
        this.filter = filter;
        this.reload = reload;
    }

    void selected(List<String> ids) {
        this.ids = List.copyOf(ids);
        selected.setEnabled(!ids.isEmpty());
        selected.setText("Replay selected (" + ids.size() + ")");
    }

    Component groupButton(String group) {
        if (!DlqService.isOperator()) {
            return new Span();
        }
        Button button = new Button(
                "Replay group", e -> start(Selection.matching(Map.of("errorGroup", group)), "error group " + group));
        button.addClassName("replay-group");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void start(Selection selection, String what) {
        try {
            if (dryRun.getValue()) {
                showPlan(dlq.dryRun(queue, selection, target.getValue()), what);
                return;
            }
            ReplayJob job =
                    dlq.replay(queue, selection, target.getValue(), rate.getValue() == null ? 0 : rate.getValue());
            jobId = job.id();
            outcome.setText("Replaying " + what + " (job " + job.id() + ")");
            progress.setVisible(true);
            cancel.setVisible(true);
            show(job);
            UI ui = UI.getCurrent();
            ui.setPollInterval(500);
            polling = ui.addPollListener(e -> dlq.job(jobId).ifPresent(this::show));
        } catch (RuntimeException e) {
            outcome.setText("Not started: " + e.getMessage());
            outcome.addClassName("replay-error");
        }
    }

    private void show(ReplayJob job) {
        progress.setValue(job.percent());
        counters.setText(job.status().name().toLowerCase() + " · " + job.percent() + "% · moved " + job.moved() + " of "
                + job.toMove() + " to move · failed " + job.failed() + " · parked " + job.parked());
        if (!job.status().active()) {
            cancel.setVisible(false);
            outcome.setText(job.message() == null ? job.status().name() : job.message());
            if (polling != null) {
                polling.remove();
                polling = null;
                UI.getCurrent().setPollInterval(-1);
                reload.run();
            }
        }
    }

    private void showPlan(DryRun plan, String what) {
        StringBuilder text = new StringBuilder("Dry run of " + what + ": would move " + plan.wouldMove() + ", fail "
                + plan.wouldFail() + ", park " + plan.wouldPark() + " of " + plan.selected() + "; nothing was sent.\n");
        plan.planned()
                .forEach(p -> text.append(p.id())
                        .append(" → ")
                        .append(p.outcome())
                        .append(p.target() == null ? "" : " " + p.target())
                        .append(p.reason() == null ? "" : " (" + p.reason() + ")")
                        .append('\n'));
        outcome.setText(text.toString());
    }
}
