package io.eventlens.web.lag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import io.eventlens.lag.history.LagPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line chart of lag over time (ECharts from its WebJar, loaded as a plain script): one series for
 * the group's total and one per partition. The data travels as the {@code data-series} attribute; a
 * ResizeObserver keeps the chart the size of its box.
 */
public class LagChart extends Div {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRAW = """
            const el = this;
            const draw = () => {
              const data = JSON.parse(el.getAttribute('data-series') || '{"series":[]}');
              if (!el.__chart) {
                el.__chart = echarts.init(el);
                new ResizeObserver(() => el.__chart.resize()).observe(el);
              }
              el.__chart.setOption({
                animation: false,
                tooltip: {trigger: 'axis'},
                legend: {type: 'scroll', top: 0},
                grid: {left: 70, right: 24, top: 40, bottom: 40},
                xAxis: {type: 'time'},
                yAxis: {type: 'value', name: 'messages behind'},
                series: data.series.map(s => ({name: s.name, type: 'line', showSymbol: s.data.length < 3,
                  lineStyle: {width: s.name === 'total' ? 3 : 1}, data: s.data}))
              }, true);
              el.setAttribute('data-points', String(data.series.reduce((n, s) => n + s.data.length, 0)));
            };
            if (window.echarts) { draw(); return; }
            let script = document.querySelector('script[data-echarts]');
            if (!script) {
              script = document.createElement('script');
              script.src = 'webjars/echarts/5.5.0/echarts.min.js';
              script.setAttribute('data-echarts', '');
              document.head.appendChild(script);
            }
            script.addEventListener('load', draw);
            """;

    public LagChart() {
        addClassName("lag-chart");
        setWidthFull();
        setHeight("320px");
        getElement().setAttribute("data-series", "{\"series\":[]}");
    }

    /** Shows these points, one line per series name. */
    public void show(List<LagPoint> points) {
        Map<String, List<Object[]>> series = new LinkedHashMap<>();
        for (LagPoint point : points) {
            series.computeIfAbsent(point.series(), name -> new ArrayList<>())
                    .add(new Object[] {point.at().toEpochMilli(), point.lag()});
        }
        List<Map<String, Object>> body = new ArrayList<>();
        series.forEach((name, data) -> body.add(Map.of("name", name, "data", data)));
        try {
            getElement().setAttribute("data-series", JSON.writeValueAsString(Map.of("series", body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lag chart data cannot be written as JSON", e);
        }
        draw();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        draw();
    }

    private void draw() {
        getElement().executeJs(DRAW);
    }
}
