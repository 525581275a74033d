package org.nineones.ui.records;

import java.util.function.Consumer;

import org.nineones.model.acceptance.NineItem;
import org.nineones.model.records.DutyRecord;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;

/** 新建记录 from another screen (the judgement of a checklist line): the records tab's own dialog and write. */
public final class RecordEntry {

    private RecordEntry() {
    }

    /**
     * Opens 新建记录 with {@code item} chosen (null: the dialog's default); once the record is written, {@code then}
     * gets it on the FX thread. Cancelled: nothing happens.
     */
    public static void add(AppContext context, Workspace workspace, NineItem item, Consumer<DutyRecord> then) {
        RecordsViewModel model = new RecordsViewModel(context.messages(), context.tasks(), context.dialogs(),
                context.services().dutyRecords(), workspace);
        model.choices(choices -> {
            RecordDialog dialog = new RecordDialog(model, choices, null);
            if (item != null) {
                dialog.itemBox.setValue(item);
            }
            dialog.showAndWait(context).ifPresent(result -> model.add(result.draft(), then));
        });
    }
}
