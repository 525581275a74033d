package org.nineones.report;

/** Fills a report request without writing it and checks with {@link TextCutCheck} that no text was cut off. */
public final class ReportCuts {

    private ReportCuts() {
    }

    /**
     * @return the pages the filled report has
     * @throws ReportException {@link ReportException.Reason#TEXT_CUT_OFF} naming the first text cut
     */
    public static int requireNothingCut(ReportRunner runner, ReportRequest request) throws ReportException {
        FilledReport filled = runner.fill(request, ReportMonitor.NONE);
        TextCutCheck.requireNothingCut(filled.print());
        return filled.pages();
    }
}
