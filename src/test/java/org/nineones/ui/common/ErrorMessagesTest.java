package org.nineones.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.nineones.model.Messages;
import org.nineones.service.org.OrgRuleException;
import org.nineones.store.WorkspaceException;

class ErrorMessagesTest {

    private final Path logs = Path.of("日志");
    private final ErrorMessages errors = new ErrorMessages(new Messages(Locale.SIMPLIFIED_CHINESE), logs);

    @Test
    void workspaceProblemsUseTheirReasonSentence() {
        Path file = Path.of("张三的文件", "a.nineones");
        var e = new WorkspaceException(WorkspaceException.Reason.ALREADY_OPEN, file, "locked");
        assertEquals("“" + file + "”已在另一个窗口或命令中打开。请先关闭那个窗口，再打开。", errors.describe("打开", e));
    }

    @Test
    void ruleViolationsAreShownAsTheyAre() {
        assertEquals("请填写名称。", errors.describe("保存", new OrgRuleException("请填写名称。")));
    }

    @Test
    void technicalMessagesStayInTheLog() {
        String shown = errors.describe("打印责任卡", new IllegalStateException("cards: not built yet x@1f"));
        assertEquals("“打印责任卡”没有完成：发生了意外错误（这项功能可能尚未完成）\n请检查后重试；如果问题依旧，请把日志文件夹 "
                + logs + " 中的日志发给技术支持。", shown);
    }

    @Test
    void chineseSentencesFromOtherServicesReachTheUser() {
        String shown = errors.describe("导出验收资料包", new RuntimeException(new IllegalStateException("磁盘空间不足，请清理后重试")));
        assertEquals("“导出验收资料包”没有完成：磁盘空间不足，请清理后重试\n请检查后重试；如果问题依旧，请把日志文件夹 "
                + logs + " 中的日志发给技术支持。", shown);
    }

    @Test
    void aContentRuleRefusalIsShownAsItIsNotAsAnUnexpectedError() {
        var e = new org.nineones.service.content.ContentRuleException("content.error.noDraft", "这个岗位还没有草稿，请先编辑一版。");
        assertEquals("这个岗位还没有草稿，请先编辑一版。", errors.describe("审批", new RuntimeException(e)));
    }

    @Test
    void aFileProblemIsToldInItsOwnSentenceThroughWhateverWrapsIt() {
        var full = new java.io.IOException("No space left on device");
        var wrapped = new org.nineones.service.ledger.LedgerException(
                org.nineones.service.ledger.LedgerException.Reason.CANNOT_WRITE, "无法写入。", full);
        String shown = errors.describe("导出", wrapped);
        assertEquals(new Messages(Locale.SIMPLIFIED_CHINESE).get("files.problem.DISK_FULL", "该文件"), shown);
    }

    /** Every exception a service throws to refuse a user's action is one the GUI and the command line show as it is. */
    @Test
    void everyServiceRefusalIsUserFacing() {
        var classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.nineones.service");
        var refusals = classes.stream()
                .filter(c -> c.isAssignableTo(Exception.class) && c.getSimpleName().endsWith("Exception"))
                .filter(c -> !c.getSimpleName().equals("TemplateLibraryException")) // a build problem, for developers
                .filter(c -> !c.getSimpleName().equals("CancelledException")) // the user's own cancel: no message
                .toList();
        org.junit.jupiter.api.Assertions.assertTrue(refusals.size() >= 15, refusals.toString());
        for (var c : refusals) {
            org.junit.jupiter.api.Assertions.assertTrue(c.isAssignableTo(org.nineones.model.UserFacing.class),
                    c.getName() + " is not UserFacing");
        }
    }
}
