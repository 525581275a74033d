package org.nineones.model.inspection;

import java.util.Arrays;

/**
 * A photo the inspector took while rating a worker of the spot check: its file name, media type (e.g.
 * {@code image/jpeg}) and bytes, kept in the inspection file.
 */
public record RatingPhoto(String name, String type, byte[] bytes) {

    public RatingPhoto {
        name = name == null ? "" : name.strip();
        type = type == null || type.isBlank() ? "application/octet-stream" : type.strip();
        bytes = bytes == null ? new byte[0] : bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RatingPhoto p && p.name.equals(name) && p.type.equals(type) && Arrays.equals(p.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return (name.hashCode() * 31 + type.hashCode()) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "RatingPhoto[" + name + ", " + type + ", " + bytes.length + " bytes]";
    }
}
