package org.nineones.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** One table's first row read from a records document as it streams by, the tables before it skipped. */
class RecordTablesFirstRowTest {

    private static final String DOCUMENT = "{\"format\":\"nineones-records\",\"formatVersion\":1,\"schemaVersion\":9,"
            + "\"edition\":\"standard\",\"tables\":["
            + "{\"name\":\"employee\",\"columns\":[\"id\",\"name\"],\"omitted\":[],\"rows\":[[1,\"张三\"],[2,\"李四\"]]},"
            + "{\"name\":\"empty\",\"columns\":[\"id\"],\"omitted\":[],\"rows\":[]},"
            + "{\"name\":\"enterprise\",\"columns\":[\"id\",\"name\",\"county\",\"high_risk\"],\"omitted\":[],"
            + "\"rows\":[[1,\"滨州示例化工有限公司\",\"滨城区\",1]]}]}";

    private static Optional<Map<String, Object>> firstRow(String json, String table) throws Exception {
        return RecordTables.firstRow(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), table);
    }

    @Test
    void readsTheRowOfTheTableAskedForByColumnAndNothingOfOthers() throws Exception {
        Map<String, Object> enterprise = firstRow(DOCUMENT, "enterprise").orElseThrow();
        assertEquals("滨州示例化工有限公司", enterprise.get("name"));
        assertEquals("滨城区", enterprise.get("county"));
        assertEquals(1L, enterprise.get("high_risk"));
        assertEquals(Map.of("id", 1L, "name", "张三"), firstRow(DOCUMENT, "employee").orElseThrow());
        assertEquals(Optional.empty(), firstRow(DOCUMENT, "empty"));
        assertEquals(Optional.empty(), firstRow(DOCUMENT, "post"));
    }

    @Test
    void aDocumentOfAnotherFormatIsRefused() {
        RecordsRefusedException refused = assertThrows(RecordsRefusedException.class,
                () -> firstRow("{\"format\":\"something-else\"}", "enterprise"));
        assertEquals(RecordsRefusedException.Reason.FOREIGN, refused.reason());
    }
}
