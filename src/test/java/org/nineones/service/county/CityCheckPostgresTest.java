package org.nineones.service.county;

import org.nineones.store.DeskStore;

/**
 * The city's spot check on the PostgreSQL test server ({@code .ci/postgres}), each test in a schema of its own. Never
 * skipped: a server that cannot be reached fails with a sentence saying how to start it.
 */
class CityCheckPostgresTest extends CityCheckContract {

    private DeskEngines.Schema schema;

    @Override
    DeskStore newDesk() {
        schema = DeskEngines.postgres();
        return schema.desk();
    }

    @Override
    void dropDesk() throws Exception {
        if (schema != null) {
            schema.drop();
        }
    }
}
