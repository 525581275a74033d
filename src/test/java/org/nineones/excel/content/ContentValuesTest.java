package org.nineones.excel.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nineones.model.Messages;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.ResponsibilityForm;

class ContentValuesTest {

    private final ContentValues values = new ContentValues(new Messages(Locale.SIMPLIFIED_CHINESE));

    @ParameterizedTest
    @CsvSource({"重大, MAJOR", "较大风险, SIGNIFICANT", "' 一\u3000般 ', GENERAL", "低, LOW", "low, LOW"})
    void readsRiskLevelsLoosely(String text, RiskLevel level) {
        assertEquals(level, values.riskLevel(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"很高", "红", "中等"})
    void refusesWhatIsNoRiskLevel(String text) {
        assertFalse(values.riskLevel(text).isPresent());
    }

    @ParameterizedTest
    @CsvSource({"直接责任, DIRECT", "连带, JOINT", "分管责任, SUPERVISORY", "完全, FULL"})
    void readsFormsWithOrWithoutTheTrailingWord(String text, ResponsibilityForm form) {
        assertEquals(form, values.form(text).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"作业前, BEFORE_WORK", "禁止行为, PROHIBITED_ACTS", "防护用品, PROTECTIVE_EQUIPMENT"})
    void readsProcedureSections(String text, ProcedureSection section) {
        assertEquals(section, values.section(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"触电、火灾", "触电,火灾", "触电；火灾", "触电 火灾", "触电\n火灾"})
    void splitsAccidentTypesAtTheUsualSeparators(String cell) {
        assertEquals(List.of(AccidentType.ELECTRIC_SHOCK, AccidentType.FIRE), ContentValues.accidentTypeTexts(cell)
                .stream().map(t -> values.accidentType(t).orElseThrow()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"火警：119|火警|119", "值班室: 0543-3211234|值班室|0543-3211234",
        "急救 120|急救|120", "120||120", "安全科|安全科|", "车间主任 张三：13800001111|车间主任 张三|13800001111"})
    void readsContactLines(String line, String name, String phone) {
        assertEquals(new EmergencyContact(name, phone), ContentValues.contact(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"火警|119", "|120", "安全科|", "车间主任 张三|13800001111"})
    void contactLinesReadBackAsWritten(String name, String phone) {
        EmergencyContact contact = new EmergencyContact(name, phone);
        assertEquals(contact, ContentValues.contact(ContentValues.contact(contact)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyColumnSheetAndSectionHasATextInBothLanguages(String language) {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        for (ContentColumn column : ContentColumn.values()) {
            assertTrue(messages.has(column.headerKey()), column.headerKey());
        }
        for (ExchangeKind kind : ExchangeKind.values()) {
            assertTrue(messages.has("exchange.sheet." + kind.key()), kind.key());
        }
        for (ProcedureSection section : ProcedureSection.values()) {
            assertTrue(messages.has("ProcedureSection." + section.name()), section.name());
        }
        for (RiskLevel level : RiskLevel.values()) {
            assertTrue(messages.has("exchange.risk." + level.name()), level.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void theBundleHeadersAreAmongTheKnownHeaderVariants(String language) {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        for (ContentColumn column : ContentColumn.values()) {
            String header = org.nineones.excel.HeaderText.normalise(messages.get(column.headerKey()));
            assertTrue(column.headers().contains(header) || column == ContentColumn.VERSION, column + ": " + header);
        }
    }
}
