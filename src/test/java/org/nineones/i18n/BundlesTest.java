package org.nineones.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nineones.model.CreditCode;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.model.content.VersionStatus;
import org.nineones.service.content.ContentState;
import org.nineones.store.BackupReason;
import org.nineones.store.WorkspaceException;

/** Every text exists in Chinese and English, and every key in the code is in the bundles. */
class BundlesTest {

    private static final Path I18N = Path.of("src", "main", "resources", "i18n");

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyChineseBundleHasTheSameKeysInEnglish() throws IOException {
        List<Path> bases;
        try (Stream<Path> files = Files.list(I18N)) {
            bases = files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
                    .toList();
        }
        assertFalse(bases.isEmpty());
        for (Path base : bases) {
            Path english = base.resolveSibling(base.getFileName().toString().replace(".properties", "_en.properties"));
            assertTrue(Files.exists(english), "missing English bundle for " + base);
            Set<String> zh = new TreeSet<>(load(base).stringPropertyNames());
            Set<String> en = new TreeSet<>(load(english).stringPropertyNames());
            assertEquals(zh, en, "keys differ between " + base.getFileName() + " and " + english.getFileName());
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path base : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                for (String key : load(base).stringPropertyNames()) {
                    if (!seen.add(key)) {
                        duplicates.add(key);
                    }
                }
            }
        }
        assertEquals(List.of(), duplicates);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyEnumShownToUsersHasAText(String language) {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        List<Enum<?>> values = new ArrayList<>();
        values.addAll(List.of(RiskLevel.values()));
        values.addAll(List.of(OrgUnitKind.values()));
        values.addAll(List.of(PostCategory.values()));
        values.addAll(List.of(Gender.values()));
        values.addAll(List.of(EmployeeStatus.values()));
        values.addAll(List.of(IdNumber.Problem.values()));
        values.addAll(List.of(CreditCode.Problem.values()));
        values.addAll(List.of(WorkspaceException.Reason.values()));
        values.addAll(List.of(ContentKind.values()));
        values.addAll(List.of(VersionStatus.values()));
        values.addAll(List.of(ResponsibilityForm.values()));
        values.addAll(List.of(AccidentType.values()));
        values.addAll(List.of(ContentState.values()));
        values.addAll(List.of(BackupReason.values()));
        values.addAll(List.of(org.nineones.model.acceptance.Conclusion.values()));
        values.addAll(List.of(org.nineones.model.acceptance.Verdict.values()));
        for (Enum<?> value : values) {
            assertFalse(messages.of(value).startsWith("!"), "no text for " + value.getDeclaringClass() + "." + value);
        }
    }

    @Test
    void chineseIsTheDefault() {
        assertEquals("重大风险", new Messages(Locale.SIMPLIFIED_CHINESE).of(RiskLevel.MAJOR));
        assertEquals("Major risk", new Messages(Locale.ENGLISH).of(RiskLevel.MAJOR));
    }

    @Test
    void namesTheContentOfAPostInChinese() {
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        assertEquals("岗位风险告知卡", zh.of(ContentKind.RISK_CARD));
        assertEquals("分管责任", zh.of(ResponsibilityForm.SUPERVISORY));
        assertEquals("中毒和窒息", zh.of(AccidentType.POISONING_ASPHYXIATION));
        assertEquals("草稿", zh.of(VersionStatus.DRAFT));
    }
}
