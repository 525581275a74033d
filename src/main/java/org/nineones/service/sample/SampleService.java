package org.nineones.service.sample;

import java.nio.file.Path;

import org.nineones.service.Progress;
import org.nineones.store.Workspace;

/** Makes the sample enterprise (a chemical plant of about 200 people) as a workspace, for a first look. */
public final class SampleService {

    /** Creates the sample workspace in {@code folder} (or reuses the one there) and returns it, open. */
    public Workspace openSample(Path folder, Progress progress) {
        throw new IllegalStateException("sample: not built yet " + folder + progress);
    }
}
