package org.nineones.service.county;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.nineones.service.inspection.SampleSizeRule;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The city check's rules as data ({@value #RESOURCE}, beside the workers' sample-size rules; decision 0027): how many
 * of a county's accepted enterprises are drawn ({@link SampleSizeRule}: by default 10 % rounded up, at least 3, at most
 * all) and how many points the county's and the city's scores may be apart before an enterprise is listed as differing.
 */
public record CityCheckRules(SampleSizeRule sampleSize, BigDecimal scoreThreshold) {

    public static final String RESOURCE = "inspection/city-check-rules.json";

    private record File(String comment, SampleSizeRule sampleSize, BigDecimal scoreThreshold) {
    }

    public CityCheckRules {
        if (sampleSize == null || sampleSize.name() == null || sampleSize.name().isBlank()) {
            throw new IllegalArgumentException("the sample size rule needs a name");
        }
        boolean table = sampleSize.table() != null && !sampleSize.table().isEmpty();
        if (!table && (sampleSize.percent() == null || sampleSize.percent() < 1 || sampleSize.percent() > 100
                || sampleSize.min() == null || sampleSize.min() < 1)) {
            throw new IllegalArgumentException("the sample size is a percent from 1 to 100 and a min of at least 1, "
                    + "or a table");
        }
        if (scoreThreshold == null || scoreThreshold.signum() < 0) {
            throw new IllegalArgumentException("the score threshold is a number of points, 0 or more");
        }
    }

    /** The rules that ship with the app. */
    public static CityCheckRules bundled() {
        try (InputStream in = CityCheckRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads rules of the same shape; an unknown field or a rule that cannot be is refused. */
    public static CityCheckRules read(InputStream in) throws IOException {
        File file = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .readValue(in, File.class);
        return new CityCheckRules(file.sampleSize(), file.scoreThreshold());
    }

    /** How many of {@code accepted} enterprises the city draws (1 to {@code accepted}). */
    public int size(int accepted) {
        return Math.max(1, sampleSize.size(accepted));
    }
}
