package org.nineones.bench;

import org.nineones.app.Services;
import org.nineones.store.Workspace;

/** Makes the benchmark's 50 sessions in a workspace. */
final class BenchTrainingSessions {

    private BenchTrainingSessions() {
    }

    static void make(Services services, Workspace ws) {
        BenchTraining.sessions(services, ws);
    }
}
