package org.nineones.model.county;

/** An enterprise of a batch, as its sheet's row gives it. */
public record BatchEnterprise(int rowNumber, String name, String creditCode, String county, String industry) {
}
