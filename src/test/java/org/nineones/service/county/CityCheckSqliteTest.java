package org.nineones.service.county;

import org.nineones.store.DeskStore;

/** The city's spot check on a desk file (SQLite), the default engine. */
class CityCheckSqliteTest extends CityCheckContract {

    @Override
    DeskStore newDesk() throws Exception {
        return DeskEngines.sqlite(dir);
    }

    @Override
    void dropDesk() {
        desk.close();
    }
}
