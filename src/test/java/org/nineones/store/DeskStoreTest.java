package org.nineones.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;

/**
 * The county desk's store itself (decision 0025): a desk file made and opened again, another file of ours refused
 * with nothing changed, a PostgreSQL server that cannot be reached refused with a sentence naming its host and port,
 * and the schema version kept equal to the newest migration.
 */
class DeskStoreTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    @Test
    void aDeskFileIsMadeWhenMissingAndOpenedAgain() throws Exception {
        Path file = dir.resolve("县级汇总" + DeskStore.EXTENSION);
        try (DeskStore desk = DeskStore.openFile(file)) {
            assertEquals(DeskStore.Engine.SQLITE, desk.engine());
            assertEquals(0, (int) desk.read(DeskRepository::inspectionCount));
        }
        try (DeskStore again = DeskStore.openFile(file)) {
            assertEquals(0, (int) again.read(r -> r.batches().size()));
        }
    }

    @Test
    void anInspectionFileIsNoDeskAndIsLeftAsItWas() throws Exception {
        Path inspection = dir.resolve("检查" + InspectionFile.EXTENSION);
        InspectionFile.create(inspection, "").close();
        byte[] before = Files.readAllBytes(inspection);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> DeskStore.openFile(inspection));
        assertEquals(WorkspaceException.Reason.NOT_A_DESK, e.reason());
        assertTrue(e.userMessage(ZH).contains("不是九个一的县级汇总库"), e.userMessage(ZH));
        assertArrayEquals(before, Files.readAllBytes(inspection));
    }

    @Test
    void aServerThatCannotBeReachedIsRefusedNamingItsHostAndPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/city?user=desk&password=secret";
        DeskServerException e = assertThrows(DeskServerException.class, () -> DeskStore.connect(url));
        assertEquals(DeskServerException.Reason.UNREACHABLE, e.reason());
        String sentence = e.userMessage(ZH);
        assertTrue(sentence.contains("无法连接 PostgreSQL 服务器 127.0.0.1:" + port), sentence);
        assertTrue(sentence.contains("未写入任何内容"), sentence);
        assertEquals(DeskServerException.Reason.BAD_URL,
                assertThrows(DeskServerException.class, () -> DeskStore.connect("jdbc:mysql://x/y")).reason());
    }

    @Test
    void theSchemaVersionIsTheNewestMigration() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/desk"))) {
            int newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
            assertEquals(newest, DeskStore.SCHEMA_VERSION);
        }
    }
}
