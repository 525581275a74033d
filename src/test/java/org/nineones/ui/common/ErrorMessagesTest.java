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
}
