package org.nineones.pack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that a zip ends with its own end-of-central-directory record, right where the central directory ends.
 * {@link java.util.zip.ZipFile} is lenient: in a truncated package it may find the end record of a zip stored inside
 * it (an xlsx is a zip) and open that instead, reporting the wrong thing. A package cut short fails this check.
 */
final class ZipEnd {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final long ZIP64_MARK = 0xFFFFFFFFL;

    private ZipEnd() {
    }

    static boolean isComplete(Path zip) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(zip)) {
            long size = channel.size();
            if (size < END_SIZE) {
                return false;
            }
            int length = (int) Math.min(size, END_SIZE + MAX_COMMENT);
            ByteBuffer tail = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
            channel.position(size - length);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // keep reading until the tail is full
            }
            if (tail.hasRemaining()) {
                return false;
            }
            for (int i = length - END_SIZE; i >= 0; i--) {
                int commentLength = tail.getShort(i + 20) & 0xFFFF;
                if (tail.getInt(i) == END_SIGNATURE && i + END_SIZE + commentLength == length) {
                    long directorySize = tail.getInt(i + 12) & 0xFFFFFFFFL;
                    long directoryOffset = tail.getInt(i + 16) & 0xFFFFFFFFL;
                    if (directorySize == ZIP64_MARK || directoryOffset == ZIP64_MARK) {
                        return true; // a zip64 archive: ZipFile checks its own records
                    }
                    return directoryOffset + directorySize == size - length + i;
                }
            }
            return false;
        }
    }
}
