package org.nineones.ui.readiness;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.Points;
import org.nineones.service.acceptance.ReadinessService;

/**
 * 得分趋势: the score at the end of each month since the first record (this month: today), computed from the
 * records as they were, nothing stored. Each point's tooltip gives the day and the conclusion.
 */
final class ScoreChart {

    private final Messages messages;
    private final CategoryAxis months = new CategoryAxis();
    private final NumberAxis scores = new NumberAxis(0, 100, 10);
    private final LineChart<String, Number> chart = new LineChart<>(months, scores);
    private final XYChart.Series<String, Number> series = new XYChart.Series<>();
    private final Label empty;
    private final StackPane root;

    ScoreChart(Messages messages, ObservableList<ReadinessService.MonthScore> data) {
        this.messages = messages;
        chart.setId("readinessChart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setMinHeight(160);
        months.setLabel(messages.get("prepare.chart.month"));
        scores.setLabel(messages.get("prepare.chart.score"));
        chart.getData().add(series);
        empty = new Label(messages.get("prepare.chart.empty"));
        empty.setWrapText(true);
        root = new StackPane(chart, empty);
        data.addListener((ListChangeListener<ReadinessService.MonthScore>) c -> fill(data));
        fill(data);
    }

    Node node() {
        return root;
    }

    private void fill(ObservableList<ReadinessService.MonthScore> data) {
        series.getData().clear();
        double top = 100;
        for (ReadinessService.MonthScore m : data) {
            XYChart.Data<String, Number> point = new XYChart.Data<>(
                    messages.get("prepare.chart.monthLabel", m.month().getYear(), m.month().getMonthValue()),
                    m.score());
            series.getData().add(point);
            top = Math.max(top, m.score().doubleValue());
            String tip = messages.get("prepare.chart.tooltip", m.day(), Points.text(m.score()),
                    messages.of(m.conclusion()));
            point.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(tip));
                }
            });
        }
        scores.setUpperBound(Math.ceil(top / 10) * 10);
        empty.setVisible(data.isEmpty());
        chart.setVisible(!data.isEmpty());
    }
}
