package org.nineones.model;

/** One line of a post's duty list, in order. */
public record Duty(Long id, long postId, int position, String text) {
}
