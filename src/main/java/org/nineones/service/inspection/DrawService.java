package org.nineones.service.inspection;

import java.nio.file.Path;
import java.security.SecureRandom;

import org.nineones.model.Messages;
import org.nineones.pack.PackageVerifier;
import org.nineones.pack.VerificationResult;
import org.nineones.service.acceptance.RecomputeException;
import org.nineones.service.acceptance.RecomputedRecords;

/**
 * The spot check's draw from a package (decision 0023): verifies the package, builds the sampling frame from its
 * records form, sizes the sample by a rule of {@code inspection/sample-size-rules.json} (or the inspector's size) and
 * draws with {@link SpotCheckDraw}. Nothing is written.
 */
public final class DrawService {

    /** A new seed has this many digits, so that an inspector can read it out and type it. */
    static final int SEED_DIGITS = 8;

    private final Messages messages;
    private final RecomputedRecords records;
    /** Read on the first draw, not when the app starts (decision 0019). */
    private SampleSizeRules rules;
    private SecureRandom random;

    public DrawService(Messages messages) {
        this.messages = messages;
        this.records = new RecomputedRecords(messages);
    }

    public synchronized SampleSizeRules rules() {
        if (rules == null) {
            rules = SampleSizeRules.bundled();
        }
        return rules;
    }

    /** A new seed of {@value #SEED_DIGITS} digits. */
    public synchronized long newSeed() {
        if (random == null) {
            random = new SecureRandom();
        }
        long low = (long) Math.pow(10, SEED_DIGITS - 1);
        return low + (long) random.nextInt((int) (low * 9));
    }

    /** A seed as typed: a non-negative decimal integer. */
    public long parseSeed(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("[0-9]{1,19}")) {
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                // above Long.MAX_VALUE: refused below
            }
        }
        throw new InspectionException(InspectionException.Reason.BAD_INPUT, messages.get("draw.error.seed", text), null, null);
    }

    /** The sampling frame of a package, after verifying it. */
    public SamplingFrame frame(Path zip) {
        VerificationResult verified = PackageGate.intact(new PackageVerifier().verify(zip), zip, messages);
        try (RecomputedRecords.Loaded loaded = records.open(zip, verified)) {
            return SamplingFrame.of(loaded.workspace());
        } catch (RecomputeException e) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE, e.getMessage(), zip, e);
        }
    }

    /**
     * Draws from a frame.
     *
     * @param size the inspector's size, or {@code null} for the rule's
     * @param rule the rule's name, or {@code null} for the default rule
     */
    public DrawResult draw(SamplingFrame frame, long seed, Integer size, String rule) {
        if (seed < 0) {
            throw new InspectionException(InspectionException.Reason.BAD_INPUT, messages.get("draw.error.seed", seed), null, null);
        }
        SampleSizeRule chosen = rule(rule);
        if (frame.size() == 0) {
            throw new InspectionException(InspectionException.Reason.BAD_INPUT, messages.get("draw.error.nobody"), null, null);
        }
        checkSize(size, frame.size());
        int n = size != null ? size : chosen.size(frame.size());
        return new SpotCheckDraw(frame, seed).draw(n, size != null ? null : chosen.name());
    }

    /** Verifies the package and draws from its people; a rule or size that cannot be is refused first. */
    public DrawResult draw(Path zip, long seed, Integer size, String rule) {
        rule(rule);
        checkSize(size, Integer.MAX_VALUE);
        return draw(frame(zip), seed, size, rule);
    }

    private SampleSizeRule rule(String name) {
        SampleSizeRules rules = rules();
        return name == null ? rules.byDefault() : rules.byName(name).orElseThrow(() ->
                new InspectionException(InspectionException.Reason.BAD_INPUT, messages.get("draw.error.rule", name, rules.names()),
                        null, null));
    }

    private void checkSize(Integer size, int population) {
        if (size != null && size < 1) {
            throw new InspectionException(InspectionException.Reason.BAD_INPUT,
                    messages.get("draw.error.sizeBelow", String.valueOf(size)), null, null);
        }
        if (size != null && size > population) {
            throw new InspectionException(InspectionException.Reason.BAD_INPUT,
                    messages.get("draw.error.size", String.valueOf(size), String.valueOf(population)), null, null);
        }
    }
}
