package org.nineones.service.inspection;

/**
 * One person of the sampling frame as the draw sees them (decision 0023): the printed path of their org unit (the
 * stratum), employee number, name, post, and whether the post is a special operation or a team leader's. A missing
 * text is "". {@link #line} is the canonical line the frame's hash and the person's draw number are made from.
 */
public record FramePerson(String stratum, String employeeNumber, String name, String post, boolean specialOperation,
                          boolean teamLeader) implements FrameMember {

    public FramePerson {
        stratum = stratum == null ? "" : stratum;
        employeeNumber = employeeNumber == null ? "" : employeeNumber;
        name = name == null ? "" : name;
        post = post == null ? "" : post;
    }

    /** {@code stratum \t employeeNumber \t name \t post \t S|- \t T|-}. */
    public String line() {
        return stratum + '\t' + employeeNumber + '\t' + name + '\t' + post + '\t' + (specialOperation ? 'S' : '-')
                + '\t' + (teamLeader ? 'T' : '-');
    }
}
