package io.eventlens.web.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

/**
 * An Apache ECharts chart (the WebJar's script, loaded as a plain script: no npm build). The option
 * is passed as JSON in an attribute and applied in the browser; a ResizeObserver keeps the chart the
 * size of its element.
 */
@Tag("div")
@JavaScript("context://webjars/echarts/5.5.0/echarts.min.js")
public class EChart extends Component implements HasSize {

    private static final long serialVersionUID = 1L;

    private static final String DRAW = """
            const el = this;
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 50); return; }
              if (!el.$chart) {
                el.$chart = echarts.init(el);
                new ResizeObserver(() => el.$chart.resize()).observe(el);
              }
              el.$chart.setOption(JSON.parse(el.getAttribute('data-option')), true);
            };
            draw();
            """;

    public EChart() {
        setWidth("100%");
        setHeight("260px");
        addClassName("echart");
    }

    /** Draws {@code optionJson}, an ECharts option object written as JSON. */
    public void setOption(String optionJson) {
        getElement().setAttribute("data-option", optionJson);
        getElement().executeJs(DRAW);
    }
}
