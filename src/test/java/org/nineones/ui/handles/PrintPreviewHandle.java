package org.nineones.ui.handles;

import javafx.scene.image.ImageView;

import org.testfx.api.FxRobot;

/** The print preview dialog. */
public final class PrintPreviewHandle extends Handle {

    public PrintPreviewHandle(FxRobot robot) {
        super(robot);
    }

    public String page() {
        return label("pageLabel");
    }

    /** The width of the page image shown, in pixels (0 while none is shown). */
    public double imageWidth() {
        ImageView view = node("pageImage");
        return view.getImage() == null ? 0 : view.getImage().getWidth();
    }

    public PrintPreviewHandle next() {
        click("nextButton");
        return this;
    }

    public boolean canGoBack() {
        return !disabled("previousButton");
    }

    /** 另存为 PDF…: the file is taken from the fake dialogs' queue. */
    public PrintPreviewHandle saveAs() {
        click("saveAsButton");
        return this;
    }

    public void print() {
        click("printButton");
    }

    public void close() {
        click("closePreviewButton");
    }
}
