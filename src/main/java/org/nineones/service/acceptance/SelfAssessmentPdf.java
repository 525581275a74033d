package org.nineones.service.acceptance;

import java.io.IOException;
import java.nio.file.Path;

import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.store.Workspace;

/**
 * Prints a signed self-assessment's report (自评报告) to a PDF file, for the package: the hook the report's print
 * service plugs into ({@link PackageService#useSelfAssessmentPdf}). Writes {@code out} (a file in the package's work
 * folder) completely or throws; the package then holds {@value AcceptanceParts#SELF_ASSESSMENT_PDF}.
 */
@FunctionalInterface
public interface SelfAssessmentPdf {

    void write(Workspace workspace, SelfAssessment assessment, Path out) throws IOException;
}
