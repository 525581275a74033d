package org.nineones.service.inspection;

/**
 * Something a draw's frame holds (decision 0023): a worker of a package ({@link FramePerson}) or an enterprise a county
 * accepted (the city's spot check). Its stratum and its canonical line are all {@value StratifiedDraw#ALGORITHM}
 * reads: the frame is ordered and hashed by the lines, a member's draw number is made from its line.
 */
public interface FrameMember {

    /** The stratum the member is drawn in; "" when none. */
    String stratum();

    /** The canonical line: what the frame's hash and the member's draw number are made from. */
    String line();
}
