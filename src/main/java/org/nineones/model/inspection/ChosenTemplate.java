package org.nineones.model.inspection;

/**
 * The checklist an inspection scores against, as the inspector chose it: the package's own ({@link #PACKAGE}) or a
 * county's template file ({@link #FILE}, its file name), the template's name, version and the SHA-256 of its canonical
 * JSON (kept whole in the inspection file, so that the review can be made again), who chose it and when.
 */
public record ChosenTemplate(long id, String source, String fileName, String name, String version, String sha256,
                             String chosenBy, String chosenAt) {

    public static final String PACKAGE = "package";
    public static final String FILE = "file";
}
