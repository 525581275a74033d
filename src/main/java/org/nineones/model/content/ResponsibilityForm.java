package org.nineones.model.content;

/** The four forms of responsibility (seed 000): 直接责任, 连带责任, 分管责任, 完全责任. */
public enum ResponsibilityForm {
    DIRECT, JOINT, SUPERVISORY, FULL
}
