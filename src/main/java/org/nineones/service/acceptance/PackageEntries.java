package org.nineones.service.acceptance;

/**
 * The names of the acceptance parts inside a package (decision 0008), for the enterprise side that writes them
 * ({@link AcceptanceParts}) and the inspector's side that reads them. The records form is
 * {@link RecomputedRecords#ENTRY}; the manifest is {@code pack.Manifest.FILE_NAME}.
 */
public final class PackageEntries {

    /** The checklist the enterprise scored itself against. */
    public static final String CHECKLIST = "checklist.json";
    /** The enterprise's signed self-assessment, when it signed one, and its report. */
    public static final String SELF_ASSESSMENT = "self-assessment.json";
    public static final String SELF_ASSESSMENT_PDF = "self-assessment.pdf";
    /** The records of duty performance, and the folder of their files: {@code duty-records/000012-minutes.pdf}. */
    public static final String DUTY_RECORDS = "duty-records.json";
    public static final String DUTY_FILES = "duty-records/";

    private PackageEntries() {
    }
}
