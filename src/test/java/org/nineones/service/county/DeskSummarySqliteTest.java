package org.nineones.service.county;

import org.nineones.store.DeskStore;

/** The county desk's tests on a desk file (SQLite), the default engine. */
class DeskSummarySqliteTest extends DeskSummaryContract {

    @Override
    DeskStore newDesk() throws Exception {
        return DeskEngines.sqlite(dir);
    }

    @Override
    void dropDesk() {
        desk.close();
    }
}
