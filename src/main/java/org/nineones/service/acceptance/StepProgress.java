package org.nineones.service.acceptance;

import org.nineones.service.Progress;

/** Passes one step's progress on as its share (from..to percent) of the whole export. */
final class StepProgress implements Progress {

    private final Progress whole;
    private final int from;
    private final int to;

    StepProgress(Progress whole, int from, int to) {
        this.whole = whole;
        this.from = from;
        this.to = to;
    }

    @Override
    public void update(long done, long total, String message) {
        long share = total <= 0 ? 0 : (to - from) * Math.min(done, total) * 1000 / total;
        whole.update(from * 1000L + share, 100_000, message);
    }

    @Override
    public boolean isCancelled() {
        return whole.isCancelled();
    }
}
