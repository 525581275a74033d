package org.nineones.model.content;

import java.util.List;

/** A post's duty list (岗位安全生产责任清单): duties in order, grouped by their category. */
public record DutyList(List<DutyItem> items) implements PostContent {

    public DutyList {
        items = Texts.list(items);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.DUTY_LIST;
    }

    @Override
    public boolean isEmpty() {
        return items.isEmpty();
    }
}
